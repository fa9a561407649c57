import i18next from 'i18next';
import type { PhoneKind } from '#shared/phone.ts';

/** A blank board's own kind by its label; a built-in kind in the phone's language. */
export function kindLabel(kind: Pick<PhoneKind, 'kind' | 'customKindId'>, kinds: readonly PhoneKind[]): string {
  const own = kind.customKindId ? kinds.find((k) => k.customKindId === kind.customKindId)?.label : null;
  return own ?? i18next.t(`phone:kind.${kind.kind}`);
}
