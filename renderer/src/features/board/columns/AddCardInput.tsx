import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STRATEGY_TAGS, type StrategyTag } from '#shared/model.ts';
import type { KindEntry } from '#shared/board/kinds.ts';
import { CARD_TEXT_MAX } from '#shared/schemas.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import { useBoardUi } from '../../../editor/board/context.tsx';
import { useFocusRequest } from '../../../editor/board/use-focus-request.ts';
import { Icon } from '../Icon.tsx';
import { useKindLabel } from '../model/useKindLabel.ts';

interface AddCardInputProps {
  /** The column it writes into (its key: a group id, `inbox`, or a kind key). */
  columnKey: string;
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
export function AddCardInput({ columnKey, groupId, fixedKind, kinds, columnName }: AddCardInputProps) {
  const { t } = useTranslation('board');
  const kindLabel = useKindLabel();
  const run = useCommand();
  const focusRef = useFocusRequest({ kind: 'capture', column: columnKey });
  const [text, setText] = useState('');
  const captureKey = useBoardUi((s) => s.captureKind);
  const tag = useBoardUi((s) => s.captureTag);
  const kind = fixedKind ?? kinds.find((k) => k.key === captureKey) ?? kinds[0];
  if (!kind) return null;
  const column = { groupId, kind: kind.kind, customKindId: kind.customKindId, tag: kind.kind === 'achievement' ? tag : null };

  function submit() {
    const value = text;
    setText('');
    void run('addCard', { column, text: value }).then((saved) => {
      // Give the text back if the core refused it, so nothing typed is lost.
      if (saved === undefined && value.trim()) setText((current) => current || value);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing || event.key !== 'Enter') return;
    event.preventDefault();
    submit();
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const lines = event.clipboardData
      .getData('text')
      .split(/\r?\n/)
      .filter((l) => l.trim());
    if (lines.length < 2) return;
    event.preventDefault();
    void run('pasteLines', { column, lines });
  }

  const next = kinds[(kinds.indexOf(kind) + 1) % kinds.length]!;
  return (
    <div className="capture">
      {!fixedKind && kinds.length > 1 && (
        <button type="button" className={`capture-kind kind-${kind.customKindId ? 'custom' : kind.kind}`} onClick={() => void run('captureKind', { kindKey: next.key })} title={t('captureKindHint')}>
          <Icon name={kind.icon} />
          {kindLabel(kind)}
        </button>
      )}
      {kind.kind === 'achievement' && (
        <select className="capture-tag" value={tag ?? ''} aria-label={t('fields.tag')} onChange={(e) => void run('captureTag', { tag: (e.target.value || null) as StrategyTag | null })}>
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
        data-capture={columnKey}
        ref={focusRef}
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
