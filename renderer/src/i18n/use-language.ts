import { useTranslation } from 'react-i18next';
import type { Language } from '#shared/model.ts';

/** The interface language, for dates and numbers written by Intl. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'id';
}
