import type { Session } from '#shared/model.ts';
import { workshopGroups } from '../../../state/selectors.ts';
import { getState } from '../../../state/store.ts';
import { boardUi } from '../ui-state.ts';
import { buildBoardView, type BoardView } from './cells.ts';

/** The board as laid out right now, for commands that run outside React (keys, menus). */
export function currentView(session: Session): BoardView {
  const state = getState();
  return buildBoardView({
    session,
    groups: workshopGroups(state, session.workshopId),
    cards: state.cards,
    customKinds: state.customKinds,
    clusters: state.clusters,
    filters: boardUi().filters,
  });
}
