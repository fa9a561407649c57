import { useTranslation } from 'react-i18next';
import { setLanguage } from './i18n.ts';

/** Bahasa Indonesia or English, remembered on this phone. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('phone');
  const other = i18n.language === 'en' ? 'id' : 'en';
  return (
    <button type="button" className="phone-language" lang={other} aria-label={t('language.switchLabel')} onClick={() => void setLanguage(other)}>
      {t('language.switch')}
    </button>
  );
}
