import { useTranslation } from 'react-i18next';
import type { Session } from '#shared/model.ts';
import { showDoorPanel, useDoorPanel } from './door-ui.ts';
import { connectedPhones, useDoor } from './useDoor.ts';

/** The toolbar's way to the participants' door: shows or hides its panel, and how many phones are in. */
export function DoorToggle({ session }: { session: Session }) {
  const { t } = useTranslation('door');
  const door = useDoor();
  const shown = useDoorPanel((s) => s.shown);
  const openHere = door?.open === true && door.sessionId === session.id;
  return (
    <button type="button" className={openHere ? 'door-live' : undefined} aria-pressed={shown} onClick={() => showDoorPanel(!shown)}>
      {openHere ? t('toggleOpen', { count: connectedPhones(door, session.id) }) : t('toggle')}
    </button>
  );
}
