import { useTranslation } from 'react-i18next';
import { revealPhoneCards } from '../../editor/actions/door.ts';
import { useBoard, useEditor } from '../../editor/board/context.tsx';
import { connectedPhones, useDoor } from './useDoor.ts';

/**
 * In a column's header: how many phones of this group are connected, and the group's new cards
 * from phones that wait off the projector, with the button that shows them.
 */
export function GroupPhones({ groupId, groupName }: { groupId: string | null; groupName: string }) {
  const { t } = useTranslation('door');
  const editor = useEditor();
  const door = useDoor();
  const waiting = useBoard(() => editor.waitingPhoneCards(groupId));
  const phones = connectedPhones(door, editor.sessionId, groupId);
  if (phones === 0 && waiting === 0) return null;
  return (
    <span className="group-phones">
      {phones > 0 && (
        <span className="phone-count" aria-label={t('phonesLabel', { count: phones })} title={t('phonesLabel', { count: phones })}>
          <PhoneIcon />
          {phones}
        </span>
      )}
      {waiting > 0 && (
        <button type="button" className="reveal-button" aria-label={t('revealLabel', { count: waiting, group: groupName })} onClick={() => void revealPhoneCards(editor, groupId)}>
          {t('waiting', { count: waiting })} · {t('reveal')}
        </button>
      )}
    </span>
  );
}

export function PhoneIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M7 2 H17 V22 H7 Z M11 18.5 H13" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
