import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Language } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import { switchLanguage } from '../../i18n/index.ts';
import { notifyError } from '../../state/notices.ts';
import { setState, useStore } from '../../state/store.ts';

export function Header() {
  const { t } = useTranslation(['common', 'backups']);
  const language = useStore((s) => s.settings?.language ?? 'id');
  const other: Language = language === 'id' ? 'en' : 'id';

  async function toggleLanguage() {
    try {
      const settings = await call('settings.update', { language: other });
      setState({ settings });
      await switchLanguage(settings.language);
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <header className="app-header">
      <Link href="/" className="brand">
        {t('appName')}
      </Link>
      <span className="tagline">{t('tagline')}</span>
      <Link href="/cadangan" className="header-link">
        {t('backups:nav')}
      </Link>
      <button type="button" className="language-switch" onClick={toggleLanguage} aria-label={t('switchToLabel')} lang={other}>
        {t('switchTo')}
      </button>
    </header>
  );
}
