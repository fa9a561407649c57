import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppEvent } from '#shared/events.ts';
import type { Card, Cluster, CustomKind, Link, Session, Vote, VoteRound, VoteVoters } from '#shared/model.ts';
import { columnOf, sharesDimensions, type Column, type Dimensions } from '#shared/board/placement.ts';
import { ask } from '../ask.ts';
import { changedKeys, EntityTable } from '../entities.ts';
import { getState, tables, workshopGroups } from '../store.ts';
import { CardIndex } from './card-index.ts';
import { cardsNamedByUiChange, emptyBoardState, initialUi, phoneVoteKey, sameTarget, voteKey, votersKey, type BoardState, type BoardUi, type FocusTarget } from './board-state.ts';
import type { BoardView } from './view.ts';
import { ViewCache } from './view-cache.ts';

const byId = <T extends { id: string }>(item: T) => item.id;

/**
 * One session's board, headless: its cards, clusters, links, votes and own kinds (as versioned
 * tables), what this window shows of it (selection, focus, filters, projector: `ui`), and the
 * laid-out view. Changes go through the actions in `editor/actions/` (the mutation runner);
 * commands (`renderer/src/commands/`) call those actions; React renders `store` and `view()`.
 * Tests drive it without a screen (`tests/unit/editor/test-editor.ts`).
 */
export class BoardEditor {
  readonly store: StoreApi<BoardState> = createStore<BoardState>(emptyBoardState);
  readonly cards = new EntityTable<Card>('cards', this.store, byId);
  readonly linkedCards = new EntityTable<Card>('linkedCards', this.store, byId);
  readonly customKinds = new EntityTable<CustomKind>('customKinds', this.store, byId);
  readonly clusters = new EntityTable<Cluster>('clusters', this.store, byId);
  readonly links = new EntityTable<Link>('links', this.store, byId);
  readonly voteRounds = new EntityTable<VoteRound>('voteRounds', this.store, byId);
  readonly votes = new EntityTable<Vote>('votes', this.store, voteKey);
  readonly voteVoters = new EntityTable<VoteVoters>('voteVoters', this.store, votersKey);
  readonly #views = new ViewCache();
  #viewInputs: readonly unknown[] = [];
  #view: BoardView | null = null;
  readonly #index = new CardIndex();
  #linkCounts: { inputs: readonly unknown[]; counts: Map<string, number> } | null = null;
  readonly #cardWatchers = new Map<string, Set<() => void>>();

  readonly sessionId: string;

  constructor(sessionId: string) {
    this.sessionId = sessionId;
    this.store.subscribe((state, previous) => this.#tellCardWatchers(state, previous));
  }

  /**
   * Tells `listener` when card `id` changes, when a part of the ui that names cards names it (its
   * focus, selection, editing, menu), or when anything else of the board changes (see
   * `useCardPart`). A change of other cards alone is not told: a drop writes one card twice, and
   * running the selectors of every card on the screen each time cost 2.5-4 ms; so did a card
   * taking the focus.
   */
  watchCard(id: string, listener: () => void): () => void {
    let watchers = this.#cardWatchers.get(id);
    if (!watchers) this.#cardWatchers.set(id, (watchers = new Set()));
    watchers.add(listener);
    return () => {
      watchers.delete(listener);
      if (watchers.size === 0 && this.#cardWatchers.get(id) === watchers) this.#cardWatchers.delete(id);
    };
  }

  #tellCardWatchers(state: BoardState, previous: BoardState) {
    const changed = (Object.keys(state) as Array<keyof BoardState>).filter((key) => state[key] !== previous[key]);
    if (changed.length === 0) return;
    // Only cards changed, and the tables say which, or only the ui, naming which: their watchers
    // alone. Otherwise everyone.
    const only = changed.length === 1 ? changed[0] : undefined;
    const cardIds = only === 'cards' ? changedKeys(previous.cards, state.cards) : only === 'ui' ? cardsNamedByUiChange(previous.ui, state.ui) : null;
    const told = cardIds ? cardIds.map((id) => this.#cardWatchers.get(id)) : [...this.#cardWatchers.values()];
    for (const watchers of told) for (const listener of watchers ?? []) listener();
  }

  get state(): BoardState {
    return this.store.getState();
  }

  get ui(): BoardUi {
    return this.state.ui;
  }

  session(): Session | undefined {
    return getState().sessions[this.sessionId];
  }

  locked(): boolean {
    return (this.session()?.lockedAt ?? null) !== null;
  }

  setUi(patch: Partial<BoardUi> | ((ui: BoardUi) => Partial<BoardUi>)) {
    this.store.setState((s) => ({ ui: { ...s.ui, ...(typeof patch === 'function' ? patch(s.ui) : patch) } }));
  }

  /** A board opened afresh: nothing selected, filtered or open; its entities stay. */
  resetUi() {
    this.store.setState({ ui: initialUi() });
  }

  /** The board as laid out now; the same object until something it shows changes. */
  view(): BoardView | null {
    const session = this.session();
    if (!session) return null;
    const app = getState();
    const { cards, customKinds, clusters, ui } = this.state;
    const inputs = [session, app.groups, cards, customKinds, clusters, ui.filters, ui.projector.on];
    if (this.#view && inputs.every((input, i) => input === this.#viewInputs[i])) return this.#view;
    this.#viewInputs = inputs;
    const groups = workshopGroups(app, session.workshopId);
    this.#view = this.#views.view({ session, groups, cards, customKinds, clusters, filters: ui.filters, projector: ui.projector.on });
    return this.#view;
  }

  /** The live cards of this board, in board order. */
  liveCards(): Card[] {
    return this.#index.live(this.state.cards);
  }

  liveCard(id: string): Card | undefined {
    const card = this.cards.get(id);
    return card && card.deletedAt === null ? card : undefined;
  }

  /** Any card this board knows: its own, or one of another session a link reaches. */
  anyCard(id: string): Card | undefined {
    return this.cards.get(id) ?? this.linkedCards.get(id);
  }

  /** One column of this board (the cards sharing `dims`), as the shared placement rules read it. */
  column(dims: Dimensions, except: ReadonlySet<string> = new Set()): Column {
    return columnOf(this.liveCards().filter((c) => !except.has(c.id) && sharesDimensions(c, dims)));
  }

  /** The live cards of a cluster, in board order. */
  clusterMembers(clusterId: string): string[] {
    return this.liveCards()
      .filter((c) => c.clusterId === clusterId)
      .map((c) => c.id);
  }

  /** How many live cards a card is linked with; counted once per change of the links or cards, not once per card. */
  linkCount(cardId: string): number {
    const { links, cards, linkedCards } = this.state;
    const inputs = [links, cards, linkedCards];
    if (!this.#linkCounts || inputs.some((input, i) => input !== this.#linkCounts!.inputs[i])) {
      const live = (id: string) => (cards[id] ?? linkedCards[id])?.deletedAt === null;
      const counts = new Map<string, number>();
      for (const link of Object.values(links)) {
        if (link.deletedAt !== null || !live(link.fromCardId) || !live(link.toCardId)) continue;
        counts.set(link.fromCardId, (counts.get(link.fromCardId) ?? 0) + 1);
        counts.set(link.toCardId, (counts.get(link.toCardId) ?? 0) + 1);
      }
      this.#linkCounts = { inputs, counts };
    }
    return this.#linkCounts.counts.get(cardId) ?? 0;
  }

  /** How many cards from phones wait off the projector in a group (null: the inbox); every column's header asks on every change. */
  waitingPhoneCards(groupId: string | null): number {
    return this.#index.waiting(this.state.cards, groupId);
  }

  /** The key of the last card of the board (where new cards go after). */
  lastPosition(): string | null {
    let last: string | null = null;
    for (const card of this.cards.all()) if (last === null || card.position > last) last = card.position;
    return last;
  }

  /** The vote open on this board (at most one), or null. */
  openRound(): VoteRound | null {
    return this.voteRounds.all().find((r) => r.closedAt === null && r.deletedAt === null) ?? null;
  }

  /** A command moves the focus: the page follows. */
  focusOn(target: FocusTarget) {
    this.setUi((ui) => ({ focus: { target, request: ui.focus.request + 1 } }));
  }

  /** A person moved the focus (Tab, a click): noted, nothing to do on the page. */
  noteFocus(target: FocusTarget | null) {
    if (!sameTarget(this.ui.focus.target, target)) this.setUi((ui) => ({ focus: { ...ui.focus, target } }));
  }

  focusedCardId(): string | null {
    const target = this.ui.focus.target;
    return target?.kind === 'card' ? target.id : null;
  }

  toggleSelected(cardId: string) {
    this.setUi((ui) => ({ selection: ui.selection.includes(cardId) ? ui.selection.filter((id) => id !== cardId) : [...ui.selection, cardId] }));
  }

  clearSelection() {
    if (this.ui.selection.length) this.setUi({ selection: [] });
  }

  /** Fetches the board from the core and replaces what this editor holds with it. */
  async load(): Promise<boolean> {
    const board = await ask('sessions.board', { id: this.sessionId });
    if (!board) return false;
    tables.sessions.accept([board.session]);
    this.cards.replace(board.cards, () => true);
    this.linkedCards.replace(board.linkedCards, () => true);
    this.customKinds.replace(board.customKinds, () => true);
    this.clusters.replace(board.clusters, () => true);
    this.links.replace(board.links, () => true);
    this.voteRounds.replace(board.voteRounds, () => true);
    this.votes.replace(board.votes, () => true);
    this.voteVoters.replace(board.voteVoters, () => true);
    this.store.setState({ phoneVotes: Object.fromEntries(board.phoneVotes.map((v) => [phoneVoteKey(v), v])) });
    return true;
  }

  /** What the core announced about this board (another window, a phone, or this window's own change). */
  applyEvent(event: AppEvent) {
    switch (event.type) {
      case 'cards.saved':
        if (event.sessionId === this.sessionId) this.cards.accept(event.cards);
        else this.linkedCards.accept(event.cards.filter((c) => this.linkedCards.get(c.id)));
        return;
      case 'kinds.saved':
        if (event.sessionId === this.sessionId) this.customKinds.accept(event.kinds);
        return;
      case 'clusters.saved':
        if (event.sessionId === this.sessionId) this.clusters.accept(event.clusters);
        return;
      case 'voteRounds.saved':
        if (event.sessionId === this.sessionId) this.voteRounds.accept(event.rounds);
        return;
      case 'votes.saved':
        if (event.sessionId === this.sessionId) {
          this.votes.accept(event.votes);
          this.voteVoters.accept(event.voters);
        }
        return;
      case 'phoneVotes.saved':
        if (event.sessionId === this.sessionId) this.store.setState((s) => ({ phoneVotes: { ...s.phoneVotes, ...Object.fromEntries(event.votes.map((v) => [phoneVoteKey(v), v])) } }));
        return;
      case 'links.saved':
        if (event.workshopId === this.session()?.workshopId) this.links.accept(event.links.filter((l) => this.anyCard(l.fromCardId) || this.anyCard(l.toCardId)));
        return;
    }
  }
}
