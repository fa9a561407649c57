import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHOP_LEVELS, WORKSHOP_MODES, type Region, type Workshop } from '#shared/model.ts';
import { notify } from '../../editor/notices.ts';
import { acceptRegions, useStore } from '../../editor/store.ts';
import { updateWorkshop } from '../../editor/actions/workshops.ts';
import { DateField } from '../shell/DateField.tsx';
import { RegionPicker } from '../regions/RegionPicker.tsx';

type Fields = Pick<Workshop, 'title' | 'startDate' | 'endDate' | 'venue' | 'organizer' | 'level' | 'mode' | 'provinceCode' | 'regencyCode'>;

export function DetailsForm({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation(['details', 'workshops']);
  const [fields, setFields] = useState<Fields>(() => pickFields(workshop));
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const dirty = JSON.stringify(fields) !== JSON.stringify(pickFields(workshop));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const saved = await updateWorkshop({ id: workshop.id, ...fields });
    setBusy(false);
    if (saved) notify('info', t('saved'));
  }

  function chooseLevel(level: Workshop['level']) {
    // A national PLM names no region; only a kabupaten/kota PLM names a kabupaten.
    setFields((f) => ({
      ...f,
      level,
      provinceCode: level === 'national' ? null : f.provinceCode,
      regencyCode: level === 'regency' ? f.regencyCode : null,
    }));
  }

  return (
    <form className="panel details-form" onSubmit={onSubmit} aria-labelledby="details-title" noValidate>
      <h2 id="details-title">{t('title')}</h2>
      <div className="form-columns">
        <label>
          {t('fields.title')}
          <input value={fields.title} maxLength={200} required onChange={(e) => set('title', e.target.value)} />
        </label>
        <label>
          {t('fields.organizer')}
          <input value={fields.organizer} maxLength={200} placeholder={t('fields.organizerPlaceholder')} onChange={(e) => set('organizer', e.target.value)} />
        </label>
        <fieldset className="choice-row">
          <legend>{t('fields.level')}</legend>
          {WORKSHOP_LEVELS.map((level) => (
            <label key={level} className="choice">
              <input type="radio" name="level" checked={fields.level === level} onChange={() => chooseLevel(level)} />
              {t(`level.${level}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-row">
          <legend>{t('fields.mode')}</legend>
          {WORKSHOP_MODES.map((mode) => (
            <label key={mode} className="choice">
              <input type="radio" name="mode" checked={fields.mode === mode} onChange={() => set('mode', mode)} />
              {t(`mode.${mode}`)}
            </label>
          ))}
        </fieldset>
        {fields.level !== 'national' && (
          <ChosenRegion
            label={t('fields.province')}
            code={fields.provinceCode}
            picker={{ levels: ['province'], placeholder: t('fields.provincePlaceholder') }}
            onChange={(region) => setFields((f) => ({ ...f, provinceCode: region?.code ?? null, regencyCode: null }))}
          />
        )}
        {fields.level === 'regency' && (
          <ChosenRegion
            label={t('fields.regency')}
            code={fields.regencyCode}
            picker={{ levels: ['regency'], within: fields.provinceCode ?? undefined, placeholder: t('fields.regencyPlaceholder') }}
            onChange={(region) =>
              setFields((f) => ({ ...f, regencyCode: region?.code ?? null, provinceCode: region ? region.code.slice(0, 2) : f.provinceCode }))
            }
          />
        )}
        <label>
          {t('fields.venue')}
          <input value={fields.venue} maxLength={200} placeholder={t('workshops:fields.venuePlaceholder')} onChange={(e) => set('venue', e.target.value)} />
        </label>
        <div className="date-pair">
          <DateField label={t('fields.startDate')} value={fields.startDate} required onChange={(value) => set('startDate', value)} />
          <DateField label={t('fields.endDate')} value={fields.endDate} required openOn={fields.startDate} onChange={(value) => set('endDate', value)} />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !dirty}>
          {busy ? t('saving') : t('save')}
        </button>
        {dirty && <span className="muted">{t('unsaved')}</span>}
      </div>
    </form>
  );
}

/** A province or kabupaten/kota: its name with "Ganti" once chosen, the type-ahead before. */
function ChosenRegion({
  label,
  code,
  picker,
  onChange,
}: {
  label: string;
  code: string | null;
  picker: { levels: Region['level'][]; within?: string | undefined; placeholder: string };
  onChange(region: Region | null): void;
}) {
  const { t } = useTranslation('details');
  const region = useStore((s) => (code ? s.regions[code] : undefined));
  if (code === null) {
    return (
      <RegionPicker
        label={label}
        levels={picker.levels}
        within={picker.within}
        placeholder={picker.placeholder}
        onPick={(picked) => {
          acceptRegions([picked]);
          onChange(picked);
        }}
      />
    );
  }
  return (
    <div className="chosen-region">
      <span className="chosen-label">{label}</span>
      <span className="chosen-value">
        <strong>{region?.name ?? code}</strong>
        <button type="button" onClick={() => onChange(null)} aria-label={t('changeRegion', { label })}>
          {t('change')}
        </button>
      </span>
    </div>
  );
}

function pickFields(w: Workshop): Fields {
  return {
    title: w.title,
    startDate: w.startDate,
    endDate: w.endDate,
    venue: w.venue,
    organizer: w.organizer,
    level: w.level,
    mode: w.mode,
    provinceCode: w.provinceCode,
    regencyCode: w.regencyCode,
  };
}
