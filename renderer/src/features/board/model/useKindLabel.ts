import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { KindEntry } from '#shared/board/kinds.ts';

/** The words for a kind: a board's own kind has its label, a built-in kind is translated. */
export function useKindLabel() {
  const { t } = useTranslation('board');
  return useCallback((kind: KindEntry) => kind.label ?? t(`kind.${kind.kind}`), [t]);
}
