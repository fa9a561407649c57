import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, GroupUsage } from '#shared/model.ts';
import { deleteGroup, groupUsage } from '../../editor/actions/groups.ts';
import { loadRoster } from '../../editor/actions/participants.ts';
import { ensureRegions } from '../../editor/actions/regions.ts';
import { useWorkshopGroups } from '../../editor/store.ts';
import { useStore } from '../../editor/store.ts';
import { ConfirmDialog } from '../shell/ConfirmDialog.tsx';
import { AddGroupPanel } from './AddGroupPanel.tsx';
import { GroupList } from './GroupList.tsx';

/** Kelompok: the working groups, picked from the region data or named freely; colour, order, delete. */
export function GroupsPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation(['groups', 'common']);
  const workshop = useStore((s) => s.workshops[workshopId]);
  const groups = useWorkshopGroups(workshopId);
  const [deleting, setDeleting] = useState<{ group: Group; usage: GroupUsage } | null>(null);
  const regionCodes = useMemo(() => groups.map((g) => g.regionCode), [groups]);

  useEffect(() => {
    void loadRoster(workshopId);
  }, [workshopId]);
  useEffect(() => {
    void ensureRegions(regionCodes);
  }, [regionCodes]);

  if (!workshop) return <p>{t('common:loading')}</p>;

  async function askDelete(group: Group) {
    const usage = await groupUsage(group.id);
    if (usage) setDeleting({ group, usage });
  }

  return (
    <div className="setup-page groups-page">
      <section className="panel" aria-labelledby="groups-title">
        <h2 id="groups-title">{t('title', { count: groups.length })}</h2>
        {groups.length === 0 ? <p className="empty">{t('empty')}</p> : <GroupList groups={groups} onDelete={(g) => void askDelete(g)} />}
      </section>
      <AddGroupPanel workshop={workshop} groups={groups} />
      {deleting && (
        <ConfirmDialog
          title={t('delete.title', { name: deleting.group.name })}
          confirmLabel={t('delete.confirm')}
          cancelLabel={t('common:cancel')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const { group } = deleting;
            setDeleting(null);
            void deleteGroup(group.id);
          }}
        >
          <p>{t('delete.cards', { count: deleting.usage.cards })}</p>
          <p>{t('delete.participants', { count: deleting.usage.participants })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
