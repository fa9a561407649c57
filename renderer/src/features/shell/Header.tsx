import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { otherLanguage } from '../../commands/history-commands.ts';
import { useCommand } from '../../commands/useCommand.ts';
import { useStore } from '../../editor/store.ts';

export function Header() {
  const { t } = useTranslation(['common', 'backups']);
  const language = useStore((s) => s.settings?.language ?? 'id');
  const other = otherLanguage(language);
  const run = useCommand();

  return (
    <header className="app-header">
      <Link href="/" className="brand">
        {t('appName')}
      </Link>
      <span className="tagline">{t('tagline')}</span>
      <Link href="/cadangan" className="header-link">
        {t('backups:nav')}
      </Link>
      <button type="button" className="language-switch" onClick={() => void run('switchLanguage')} aria-label={t('switchToLabel')} lang={other}>
        {t('switchTo')}
      </button>
    </header>
  );
}
