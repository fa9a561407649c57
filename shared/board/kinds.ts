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
 * The kinds a board offers, in order: the template's (a blank board's own kinds after "no kind"),
 * then any other kind its cards already have, so no card is ever left out of a layout.
 */
export function boardKinds(template: SessionTemplate, customKinds: readonly CustomKind[], cards: readonly Pick<Card, 'kind' | 'customKindId'>[]): KindEntry[] {
  const entries = TEMPLATE_KINDS[template].map(builtInKind);
  entries.push(...customKinds.filter((k) => k.deletedAt === null).map(customKindEntry));
  const present = new Set(entries.map((e) => e.key));
  for (const card of cards) {
    if (card.customKindId === null && !present.has(card.kind)) {
      present.add(card.kind);
      entries.push(builtInKind(card.kind));
    }
  }
  return entries;
}
