import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { leaveProjector } from '../../../commands/projector.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import { useBoard, useBoardUi, useEditor } from '../../../editor/board/context.tsx';
import { CardFace, CardFooter } from '../card/CardFace.tsx';
import { chainOf } from '../model/chain.ts';

/**
 * What projector mode adds to the board: the time, large; a spotlighted card with what it is
 * linked to; and a few controls that only appear under the mouse (the keys do it all too).
 */
export function ProjectorChrome() {
  const { t } = useTranslation(['board', 'commands']);
  const editor = useEditor();
  const run = useCommand();
  const focus = useBoardUi((s) => s.projector.focus);
  const zoom = useBoardUi((s) => s.projector.zoom);

  useEffect(() => {
    // Leaving full screen with the browser's own key (F11, Esc) leaves projector mode too.
    const onChange = () => {
      if (!document.fullscreenElement) editor.setUi((ui) => (ui.projector.on && ui.projector.wasFullscreen ? { projector: { ...ui.projector, on: false, focus: null, wasFullscreen: false } } : {}));
      else editor.setUi((ui) => ({ projector: { ...ui.projector, wasFullscreen: true } }));
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [editor]);

  return (
    <>
      <div className="projector-controls" aria-label={t('projectorControls')} role="group">
        <button type="button" onClick={() => void run('zoomOut')} aria-label={t('commands:commands.zoomOut')}>
          −
        </button>
        <span aria-live="polite">{Math.round(zoom * 100)}%</span>
        <button type="button" onClick={() => void run('zoomIn')} aria-label={t('commands:commands.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => leaveProjector(editor)}>
          {t('commands:commands.exitProjector')}
        </button>
      </div>
      {focus?.type === 'card' && <SpotlightCard id={focus.id} />}
    </>
  );
}

function SpotlightCard({ id }: { id: string }) {
  const { t } = useTranslation('board');
  const links = useBoard((s) => s.links);
  const linked = [...chainOf(id, links)].filter((other) => other !== id);
  return (
    <div className="spotlight" role="region" aria-label={t('spotlight')}>
      <div className="card spotlight-card">
        <div className="card-body">
          <CardFace id={id} />
        </div>
        <CardFooter id={id} />
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
