import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAddress, Session } from '#shared/model.ts';
import { closeDoor, loadNetworks, openDoor, rotateDoorCode, setShowAtOnce } from '../../editor/actions/door.ts';
import { showDoorPanel, useDoorPanel } from './door-ui.ts';
import { QrCode } from './QrCode.tsx';
import './door.css';
import { connectedPhones, useDoor } from './useDoor.ts';

/**
 * The participants' door on a board. Closed: what it is, the network to use, "Buka untuk
 * peserta". Open: a large QR code, the short address and the join code for the room to read
 * (also in projector mode), and the facilitator's controls (not in projector mode).
 */
export function DoorPanel({ session, projector }: { session: Session; projector: boolean }) {
  const { t } = useTranslation('door');
  const door = useDoor();
  const shown = useDoorPanel((s) => s.shown);
  if (!shown || !door) return null;
  const openHere = door.open && door.sessionId === session.id;
  if (projector && !openHere) return null;

  return (
    <section className={`door-panel${projector ? ' door-panel-projector' : ''}`} aria-labelledby="door-heading">
      {openHere && door.joinUrl ? (
        <div className="door-join">
          <QrCode text={door.joinUrl} label={t('qrLabel')} />
          <div className="door-join-text">
            <h2 id="door-heading">{t('heading')}</h2>
            <p>{t('scan')}</p>
            <p>{t('orType')}</p>
            {door.addresses.map((address) => (
              <p key={address} className="door-address">
                {address.replace(/^http:\/\//, '').replace(/\/$/, '')}
              </p>
            ))}
            <p className="door-code">
              {t('code')}: <strong data-testid="join-code">{door.code}</strong>
            </p>
            <p className="door-count" role="status">
              {t('connected', { count: connectedPhones(door, session.id) })}
            </p>
          </div>
        </div>
      ) : (
        <h2 id="door-heading">{t('toggle')}</h2>
      )}
      {!projector && <DoorControls session={session} openHere={openHere} />}
    </section>
  );
}

function DoorControls({ session, openHere }: { session: Session; openHere: boolean }) {
  const { t } = useTranslation('door');
  const door = useDoor()!;
  const [networks, setNetworks] = useState<NetworkAddress[] | null>(null);
  const [address, setAddress] = useState('');
  useEffect(() => {
    if (!openHere) void loadNetworks().then(setNetworks);
  }, [openHere]);

  if (openHere) {
    return (
      <div className="door-controls">
        <label className="door-check">
          <input type="checkbox" checked={door.showAtOnce} onChange={(e) => void setShowAtOnce(e.target.checked)} />
          {t('showAtOnce')}
        </label>
        <button type="button" onClick={() => void rotateDoorCode()}>
          {t('rotate')}
        </button>
        <button type="button" onClick={() => void closeDoor()}>
          {t('close')}
        </button>
        <button type="button" onClick={() => showDoorPanel(false)}>
          {t('hide')}
        </button>
      </div>
    );
  }
  const elsewhere = door.open && door.sessionId !== session.id;
  const locked = session.lockedAt !== null;
  return (
    <div className="door-controls door-closed">
      {door.closedBy === 'lock' && <p role="status">{t('closedBy.lock')}</p>}
      {elsewhere && <p>{t('otherBoard')}</p>}
      <p className="hint">{t('intro')}</p>
      {networks !== null && networks.length === 0 && <p className="door-warning">{t('noNetwork')}</p>}
      {networks !== null && networks.length > 1 && (
        <label>
          {t('network')}
          <select value={address} onChange={(e) => setAddress(e.target.value)}>
            <option value="">{t('networkAll')}</option>
            {networks.map((n) => (
              <option key={`${n.name}:${n.address}`} value={n.address}>
                {n.name} · {n.address}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        className="primary"
        disabled={locked}
        onClick={() => void openDoor({ sessionId: session.id, ...(networks && networks.length > 1 ? { address: address || null } : {}) })}
      >
        {elsewhere ? t('moveHere') : t('open')}
      </button>
      <button type="button" onClick={() => showDoorPanel(false)}>
        {t('hide')}
      </button>
    </div>
  );
}
