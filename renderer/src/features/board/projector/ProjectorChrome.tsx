import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '#shared/model.ts';
import { useStore } from '../../../state/store.ts';
import { CardFace, CardFooter } from '../card/CardFace.tsx';
import { chainOf } from '../model/chain.ts';
import { setBoardUi, useBoardUi, zoomBy } from '../ui-state.ts';
import { leaveProjector } from './projector.ts';

/**
 * What projector mode adds to the board: the time, large; a spotlighted card with what it is
 * linked to; and a few controls that only appear under the mouse (the keys do it all too).
 */
export function ProjectorChrome({ session }: { session: Session }) {
  const { t } = useTranslation('board');
  const focus = useBoardUi((s) => s.projector.focus);
  const zoom = useBoardUi((s) => s.projector.zoom);

  useEffect(() => {
    // Leaving full screen with the browser's own key (F11, Esc) leaves projector mode too.
    const onChange = () => {
      if (!document.fullscreenElement) setBoardUi((s) => (s.projector.on && s.projector.wasFullscreen ? { projector: { ...s.projector, on: false, focus: null, wasFullscreen: false } } : {}));
      else setBoardUi((s) => ({ projector: { ...s.projector, wasFullscreen: true } }));
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  return (
    <>
      <div className="projector-controls" aria-label={t('projectorControls')} role="group">
        <button type="button" onClick={() => zoomBy(-1)} aria-label={t('commands.zoomOut')}>
          −
        </button>
        <span aria-live="polite">{Math.round(zoom * 100)}%</span>
        <button type="button" onClick={() => zoomBy(1)} aria-label={t('commands.zoomIn')}>
          +
        </button>
        <button type="button" onClick={leaveProjector}>
          {t('commands.exitProjector')}
        </button>
      </div>
      {focus?.type === 'card' && <SpotlightCard id={focus.id} sessionId={session.id} />}
    </>
  );
}

function SpotlightCard({ id, sessionId }: { id: string; sessionId: string }) {
  const { t } = useTranslation('board');
  const links = useStore((s) => s.links);
  const linked = [...chainOf(id, links)].filter((other) => other !== id);
  return (
    <div className="spotlight" role="region" aria-label={t('spotlight')}>
      <div className="card spotlight-card">
        <div className="card-body">
          <CardFace id={id} />
        </div>
        <CardFooter id={id} sessionId={sessionId} />
      </div>
      {linked.length > 0 && (
        <ul className="spotlight-links" aria-label={t('linkedCards')}>
          {linked.map((other) => (
            <li key={other} className="card">
              <div className="card-body">
                <CardFace id={other} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
