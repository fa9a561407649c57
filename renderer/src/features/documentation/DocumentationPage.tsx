import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { loadMinutes } from '../../editor/actions/minutes.ts';
import { loadPhotos } from '../../editor/actions/photos.ts';
import { useWorkshopPhotos } from '../../editor/paperwork.ts';
import { useStore } from '../../editor/store.ts';
import { agendaOrder } from '../agenda/agenda-order.ts';
import { useSessionName } from '../agenda/useSessionName.ts';
import { MinutesEditor } from './MinutesEditor.tsx';
import { PhotoSection } from './PhotoSection.tsx';
import './documentation.css';

/** The workshop's "Dokumentasi" tab: photos of the whole meeting, then each session's photos and minutes. */
export function DocumentationPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('documentation');
  const sessionName = useSessionName();
  const sessions = useStore(useShallow((s) => agendaOrder(Object.values(s.sessions).filter((x) => x.workshopId === workshopId && x.deletedAt === null))));
  const photos = useWorkshopPhotos(workshopId);
  useEffect(() => {
    void loadPhotos(workshopId);
    void loadMinutes(workshopId);
  }, [workshopId]);
  const known = new Set(sessions.map((s) => s.id));
  // A photo of a session taken off the agenda counts as the meeting's, so it is never out of reach.
  const meetingPhotos = photos.filter((p) => p.sessionId === null || !known.has(p.sessionId));
  return (
    <div className="documentation-page">
      <h2>{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <section className="panel" aria-labelledby="doc-meeting">
        <h3 id="doc-meeting">{t('meeting')}</h3>
        <PhotoSection workshopId={workshopId} sessionId={null} owner={t('meeting')} photos={meetingPhotos} />
      </section>
      {sessions.map((session) => {
        const name = sessionName(session, { withTime: true });
        return (
          <section className="panel" key={session.id} aria-labelledby={`doc-${session.id}`}>
            <h3 id={`doc-${session.id}`}>{name}</h3>
            <PhotoSection workshopId={workshopId} sessionId={session.id} owner={name} photos={photos.filter((p) => p.sessionId === session.id)} />
            <MinutesEditor sessionId={session.id} sessionName={name} />
          </section>
        );
      })}
    </div>
  );
}
