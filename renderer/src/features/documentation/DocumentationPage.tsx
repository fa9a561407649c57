import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../editor/store.ts';
import { agendaOrder } from '../agenda/agenda-order.ts';
import { useSessionName } from '../agenda/useSessionName.ts';
import { useMinutes, usePhotos } from './documentation-actions.ts';
import { MinutesEditor } from './MinutesEditor.tsx';
import { PhotoList } from './PhotoList.tsx';
import { PhotoPicker } from './PhotoPicker.tsx';
import './documentation.css';

/** The workshop's "Dokumentasi" tab: photos of the whole meeting, then each session's photos and minutes. */
export function DocumentationPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('documentation');
  const sessionName = useSessionName();
  const sessions = useStore(useShallow((s) => agendaOrder(Object.values(s.sessions).filter((x) => x.workshopId === workshopId && x.deletedAt === null))));
  const photos = usePhotos(workshopId);
  const minutes = useMinutes(workshopId);
  if (!photos || !minutes) return null;
  const known = new Set(sessions.map((s) => s.id));
  const meetingPhotos = photos.filter((p) => p.sessionId === null || !known.has(p.sessionId));
  return (
    <div className="documentation-page">
      <h2>{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <section className="panel" aria-labelledby="doc-meeting">
        <h3 id="doc-meeting">{t('meeting')}</h3>
        <PhotoPicker workshopId={workshopId} sessionId={null} label={t('addPhotosLabel', { owner: t('meeting') })} />
        <PhotoList photos={meetingPhotos} />
      </section>
      {sessions.map((session) => {
        const name = sessionName(session, { withTime: true });
        return (
          <section className="panel" key={session.id} aria-labelledby={`doc-${session.id}`}>
            <h3 id={`doc-${session.id}`}>{name}</h3>
            <PhotoPicker workshopId={workshopId} sessionId={session.id} label={t('addPhotosLabel', { owner: name })} />
            <PhotoList photos={photos.filter((p) => p.sessionId === session.id)} />
            <MinutesEditor sessionId={session.id} sessionName={name} minutes={minutes[session.id]} />
          </section>
        );
      })}
    </div>
  );
}
