import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, Session } from '#shared/model.ts';
import { KeyHint } from '../../../commands/KeyHint.tsx';
import { useCommand } from '../../../commands/useCommand.ts';
import { ask } from '../../../editor/ask.ts';
import { useBoard, useEditor } from '../../../editor/board/context.tsx';
import { useStore } from '../../../editor/store.ts';
import { useSessionName } from '../../agenda/useSessionName.ts';

/**
 * Drawing links: the card it starts from stays marked; each card chosen next (click, or focus
 * it and press L) is linked to it, until Esc or "Selesai". Cards of other sessions are found
 * with "Cari di sesi lain".
 */
export function LinkBar({ session, fromId }: { session: Session; fromId: string }) {
  const { t } = useTranslation(['board', 'commands']);
  const run = useCommand();
  const from = useBoard((s) => s.cards[fromId]);
  const [candidates, setCandidates] = useState<Card[] | null>(null);
  if (!from) return null;
  return (
    <div className="bar bar-link" role="region" aria-label={t('linking.label')}>
      <span>{t('linking.from', { text: from.text })}</span>
      <span className="muted">
        {t('linking.hint')} <KeyHint keys={['L']} />
      </span>
      <button type="button" onClick={async () => setCandidates((await ask('links.candidates', { cardId: fromId })) ?? null)}>
        {t('linking.otherSessions')}
      </button>
      <button type="button" className="primary" onClick={() => void run('finishLinking')}>
        {t('linking.done')}
      </button>
      {candidates && <LinkPicker session={session} candidates={candidates} onClose={() => setCandidates(null)} />}
    </div>
  );
}

function LinkPicker({ session, candidates, onClose }: { session: Session; candidates: Card[]; onClose: () => void }) {
  const { t } = useTranslation(['board', 'commands']);
  const editor = useEditor();
  const run = useCommand();
  const sessionName = useSessionName();
  const sessions = useStore((s) => s.sessions);
  const [query, setQuery] = useState('');
  const shown = candidates.filter((c) => c.text.toLowerCase().includes(query.trim().toLowerCase()));
  return (
    <div className="popover link-picker" role="dialog" aria-label={t('linking.otherSessions')}>
      <input type="search" autoFocus value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('searchPlaceholder')} aria-label={t('commands:commands.search')} />
      {shown.length === 0 ? (
        <p className="empty">{t('linking.noCandidates')}</p>
      ) : (
        <ul>
          {shown.map((card) => (
            <li key={card.id}>
              <button
                type="button"
                onClick={async () => {
                  // A card of another session, as the core answered: this board knows it from now on.
                  if (card.sessionId !== session.id) editor.linkedCards.accept([card]);
                  if (await run('linkTo', { cardId: card.id })) onClose();
                }}
              >
                <span>{card.text}</span>
                <span className="muted">
                  {t(`kind.${card.kind}`)} · {card.sessionId === session.id ? t('linking.thisBoard') : sessions[card.sessionId] ? sessionName(sessions[card.sessionId]!) : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
    </div>
  );
}
