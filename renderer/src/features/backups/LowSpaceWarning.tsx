import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { call } from '../../api/client.ts';
import { formatBytes } from '../../format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/** On the start page: a warning when the data folder's disk has less than 200 MB free. */
export function LowSpaceWarning() {
  const { t } = useTranslation('backups');
  const language = useLanguage();
  const [free, setFree] = useState<number | null>(null);
  useEffect(() => {
    // Quietly: a start page that cannot tell the free space simply says nothing.
    void call('backups.list', {}).then((o) => setFree(o.lowSpace ? o.freeBytes : null), () => undefined);
  }, []);
  if (free === null) return null;
  return (
    <p className="low-space-warning" role="alert">
      {t('lowSpace', { free: formatBytes(free, language) })} <Link href="/cadangan">{t('nav')}</Link>
    </p>
  );
}
