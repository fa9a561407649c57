import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STRATEGY_TAGS, type StrategyTag } from '#shared/model.ts';
import { CARD_TEXT_MAX } from '#shared/schemas.ts';
import { addCard, addCards } from '../../../state/card-actions.ts';
import { Icon } from '../Icon.tsx';
import type { KindEntry } from '../model/kinds.ts';
import { useKindLabel } from '../model/useKindLabel.ts';
import { setBoardUi, useBoardUi } from '../ui-state.ts';

interface AddCardInputProps {
  sessionId: string;
  groupId: string | null;
  /** The column's own kind (columns per kind); otherwise the capture kind the facilitator picks. */
  fixedKind: KindEntry | null;
  kinds: KindEntry[];
  /** Names the field for screen readers and tests: "Kartu baru di Way Kanan". */
  columnName: string;
}

/**
 * Capture at the speed of speech: type, Enter, and the field is ready for the next card. Paste
 * several lines to make several cards. Alt+1, Alt+2… switch the kind being written.
 */
export function AddCardInput({ sessionId, groupId, fixedKind, kinds, columnName }: AddCardInputProps) {
  const { t } = useTranslation('board');
  const kindLabel = useKindLabel();
  const [text, setText] = useState('');
  const captureKey = useBoardUi((s) => s.captureKind);
  const tag = useBoardUi((s) => s.captureTag);
  const kind = fixedKind ?? kinds.find((k) => k.key === captureKey) ?? kinds[0];
  if (!kind) return null;
  const column = { groupId, kind: kind.kind, customKindId: kind.customKindId, tag: kind.kind === 'achievement' ? tag : null };

  function submit() {
    const value = text;
    setText('');
    void addCard(sessionId, groupId, value, column).then((saved) => {
      // Give the text back if the core refused it, so nothing typed is lost.
      if (!saved && value.trim()) setText((current) => current || value);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
      return;
    }
    const digit = Number.parseInt(event.key, 10);
    if (event.altKey && !fixedKind && digit >= 1 && digit <= kinds.length) {
      event.preventDefault();
      setBoardUi({ captureKind: kinds[digit - 1]!.key });
    }
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text');
    const lines = pasted.split(/\r?\n/).filter((l) => l.trim());
    if (lines.length < 2) return;
    event.preventDefault();
    void addCards(sessionId, column, lines);
  }

  const cycle = () => setBoardUi({ captureKind: kinds[(kinds.indexOf(kind) + 1) % kinds.length]!.key });
  return (
    <div className="capture">
      {!fixedKind && kinds.length > 1 && (
        <button type="button" className={`capture-kind kind-${kind.customKindId ? 'custom' : kind.kind}`} onClick={cycle} title={t('captureKindHint')}>
          <Icon name={kind.icon} />
          {kindLabel(kind)}
        </button>
      )}
      {kind.kind === 'achievement' && (
        <select className="capture-tag" value={tag ?? ''} aria-label={t('fields.tag')} onChange={(e) => setBoardUi({ captureTag: (e.target.value || null) as StrategyTag | null })}>
          <option value="">{t('noTag')}</option>
          {STRATEGY_TAGS.map((value) => (
            <option key={value} value={value}>
              {t(`tag.${value}`)}
            </option>
          ))}
        </select>
      )}
      <input
        className="add-card"
        data-capture
        value={text}
        maxLength={CARD_TEXT_MAX}
        placeholder={t(`capturePlaceholder.${kind.kind}`)}
        aria-label={t('addCardLabel', { group: columnName })}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
    </div>
  );
}
