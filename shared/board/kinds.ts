import { TEMPLATE_KINDS, type Card, type CardKind, type CustomKind, type KindIcon, type SessionTemplate } from '../model.ts';
import { hexForColor } from '../palette.ts';

/**
 * What a card's kind means, for the core (what it stores) and the board (what it shows). A board's
 * own kind (blank boards) always makes a `note`; a built-in kind never has an own kind.
 */
export interface KindChoice {
  kind: CardKind;
  customKindId: string | null;
}

export function resolveKind(kind: CardKind, customKindId: string | null): KindChoice {
  return customKindId !== null ? { kind: 'note', customKindId } : { kind, customKindId: null };
}

/**
 * A card's kind after `cards.update`: what the patch names, the rest kept. Naming an own kind
 * alone makes a note; naming a built-in kind alone keeps the card's own kind (`customKindId: null`
 * clears it).
 */
export function kindAfterUpdate(current: KindChoice, patch: { kind?: CardKind | undefined; customKindId?: string | null | undefined }): KindChoice {
  const customKindId = patch.customKindId === undefined ? current.customKindId : patch.customKindId;
  return resolveKind(patch.kind ?? (patch.customKindId ? 'note' : current.kind), customKindId);
}

/** How a kind looks: built-in kinds get their words from i18n, a board's own kinds carry their label. */
export interface KindEntry extends KindChoice {
  /** `challenge`, or `custom:<id>` for a board's own kind. */
  key: string;
  /** For a board's own kind; built-in kinds are translated from `board:kind.<kind>`. */
  label: string | null;
  icon: KindIcon;
  /** Tint of the card; built-in kinds use the CSS class `kind-<kind>`. */
  color: string | null;
}

const BUILT_IN_ICONS: Record<CardKind, KindIcon> = {
  challenge: 'alert',
  solution: 'bulb',
  achievement: 'star',
  action: 'check',
  note: 'note',
};

export function builtInKind(kind: CardKind): KindEntry {
  return { key: kind, kind, customKindId: null, label: null, icon: BUILT_IN_ICONS[kind], color: null };
}

export function customKindEntry(kind: CustomKind): KindEntry {
  return { key: `custom:${kind.id}`, kind: 'note', customKindId: kind.id, label: kind.label, icon: kind.icon, color: hexForColor(kind.color) };
}

/** The kind a card shows: its board's own kind when it has a live one, else its built-in kind. */
export function kindOfCard(card: Pick<Card, 'kind' | 'customKindId'>, customKinds: Readonly<Record<string, CustomKind>>): KindEntry {
  const custom = card.customKindId ? customKinds[card.customKindId] : undefined;
  return custom && custom.deletedAt === null ? customKindEntry(custom) : builtInKind(card.kind);
}

/**
 * The one rule of which kinds a board has, in order: the template's built-in kinds (a blank
 * board's "no kind"), the board's own kinds, then any other built-in kind a card already has, so
 * no card is ever left out of a layout. A card whose own kind was deleted counts as its built-in
 * kind, as `kindOfCard` shows it. The board keeps a blank board's "no kind" always (a card can be
 * put back there); a report and a phone leave it out once the board has kinds of its own, unless
 * a card still has no kind (`emptyNoKind: 'leave out'`).
 */
export function kindChoices(
  template: SessionTemplate,
  ownKindIds: readonly string[],
  cards: readonly Pick<Card, 'kind' | 'customKindId'>[],
  emptyNoKind: 'keep' | 'leave out',
): KindChoice[] {
  const own = new Set(ownKindIds);
  // Built-in kinds the cards have, in the order the cards come.
  const present = new Set(cards.filter((c) => c.customKindId === null || !own.has(c.customKindId)).map((c) => c.kind));
  const shown = (kind: CardKind) => !(kind === 'note' && emptyNoKind === 'leave out' && own.size > 0 && !present.has('note'));
  const offered = TEMPLATE_KINDS[template];
  const others = [...present].filter((kind) => !offered.includes(kind));
  return [...offered.filter(shown).map((kind) => resolveKind(kind, null)), ...ownKindIds.map((id) => resolveKind('note', id)), ...others.map((kind) => resolveKind(kind, null))];
}

/** The kinds a board shows and offers, in `kindChoices`' order, with their looks. */
export function boardKinds(template: SessionTemplate, customKinds: readonly CustomKind[], cards: readonly Pick<Card, 'kind' | 'customKindId'>[]): KindEntry[] {
  const live = new Map(customKinds.filter((k) => k.deletedAt === null).map((k) => [k.id, k]));
  return kindChoices(template, [...live.keys()], cards, 'keep').map((choice) => (choice.customKindId ? customKindEntry(live.get(choice.customKindId)!) : builtInKind(choice.kind)));
}
