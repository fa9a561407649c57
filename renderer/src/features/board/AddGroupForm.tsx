import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addGroup } from '../../state/workshop-actions.ts';

export function AddGroupForm({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('board');
  const [name, setName] = useState('');
  return (
    <form
      className="column column-new"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await addGroup(workshopId, name)) setName('');
      }}
    >
      <label>
        {t('addGroup')}
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('addGroupPlaceholder')} maxLength={120} />
      </label>
    </form>
  );
}
