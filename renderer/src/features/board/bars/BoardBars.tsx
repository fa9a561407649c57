import { useTranslation } from 'react-i18next';
import type { Session } from '#shared/model.ts';
import { useBoard, useBoardUi } from '../../../editor/board/context.tsx';
import { KindsEditor } from '../kinds/KindsEditor.tsx';
import { VotePanel } from '../vote/VotePanel.tsx';
import { LinkBar } from './LinkBar.tsx';
import { SelectionBar } from './SelectionBar.tsx';

/** The bars under the toolbar that appear when they have something to say. */
export function BoardBars({ session }: { session: Session }) {
  const { t } = useTranslation('board');
  const panel = useBoardUi((s) => s.panel);
  const selection = useBoardUi((s) => s.selection.length);
  const linkFrom = useBoardUi((s) => s.linkFrom);
  const chainText = useBoard((s) => (s.ui.chainOf ? (s.cards[s.ui.chainOf] ?? s.linkedCards[s.ui.chainOf])?.text : undefined));
  return (
    <>
      {session.lockedAt !== null && <p className="bar bar-locked" role="status">{t('lockedNotice')}</p>}
      {panel === 'kinds' && <KindsEditor session={session} />}
      {panel === 'vote' && <VotePanel session={session} />}
      {(selection > 0 || linkFrom) && (
        // The bars of a mode where a person clicks card after card (choosing, linking) float at the
        // foot of the screen: in the page, the bar that came with the first click pushed the columns
        // down, and the next card moved from under the pointer.
        <div className="mode-bars">
          {selection > 0 && <SelectionBar session={session} />}
          {linkFrom && <LinkBar session={session} fromId={linkFrom} />}
        </div>
      )}
      {chainText !== undefined && (
        <p className="bar bar-chain" role="status">
          {t('chainShown', { text: chainText })}
        </p>
      )}
    </>
  );
}
