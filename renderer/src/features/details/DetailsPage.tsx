import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../editor/store.ts';
import { loadRoster } from '../../editor/actions/participants.ts';
import { ensureRegions } from '../../editor/actions/regions.ts';
import { DetailsForm } from './DetailsForm.tsx';
import { TeamSection } from './TeamSection.tsx';

/** Detail: what the meeting is (level, region, organizer, place, days, mode) and who runs it. */
export function DetailsPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('common');
  const workshop = useStore((s) => s.workshops[workshopId]);

  useEffect(() => {
    void loadRoster(workshopId);
  }, [workshopId]);
  useEffect(() => {
    if (workshop) void ensureRegions([workshop.provinceCode, workshop.regencyCode]);
  }, [workshop]);

  if (!workshop) return <p>{t('loading')}</p>;
  return (
    <div className="setup-page details-page">
      {/* Saved elsewhere (another window): the form starts again from what the core holds. */}
      <DetailsForm key={workshop.updatedAt} workshop={workshop} />
      <TeamSection workshopId={workshopId} />
    </div>
  );
}
