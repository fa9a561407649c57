import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '#shared/model.ts';

/** A session as people call it: its title, or its exercise when untitled ("Hari 1 · 10:00 · …"). */
export function useSessionName() {
  const { t } = useTranslation(['agenda', 'board']);
  return useCallback(
    (session: Session, options: { withTime?: boolean } = {}) => {
      const title = session.title || (session.kind === 'board' ? t(`board:template.${session.template}`) : t('agenda:untitled'));
      if (!options.withTime) return title;
      const when = [t('agenda:dayN', { day: session.day }), session.startTime].filter(Boolean).join(' · ');
      return `${when} · ${title}`;
    },
    [t],
  );
}
