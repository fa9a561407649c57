import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { certificateNumber } from '#shared/certificates.ts';
import { meetingDays } from '#shared/schemas.ts';
import { notify } from '../../editor/notices.ts';
import { startExport } from '../../editor/actions/reports.ts';
import { useWorkshopGroups } from '../../editor/store.ts';
import { useStore } from '../../editor/store.ts';
import { GroupOptions } from '../groups/GroupOptions.tsx';
import { saveCertificateSettings, setLogo, useCertificateSettings } from './certificate-actions.ts';

/** The daftar hadir to print: one day or all of them. */
export function AttendancePanel({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('reports');
  const workshop = useStore((s) => s.workshops[workshopId]);
  const [day, setDay] = useState<number | null>(null);
  const days = workshop ? meetingDays(workshop.startDate, workshop.endDate) : [];
  return (
    <section className="panel" aria-labelledby="attendance-sheet-title">
      <h3 id="attendance-sheet-title">{t('paperwork.attendanceTitle')}</h3>
      <p>{t('paperwork.attendanceDescription')}</p>
      <div className="paperwork-actions">
        <label>
          {t('paperwork.day')}{' '}
          <select value={day ?? ''} onChange={(e) => setDay(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('paperwork.allDays')}</option>
            {days.map((_, i) => (
              <option key={i} value={i + 1}>
                {t('paperwork.dayOption', { day: i + 1 })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => void startExport({ workshopId, content: 'attendance', format: 'pdf', day })}>
          {t('paperwork.attendanceButton')}
        </button>
      </div>
    </section>
  );
}

/** Certificates: who signs them (name, NIP, position), the logo, the number code, and for whom to print. */
export function CertificatePanel({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('reports');
  const settings = useCertificateSettings(workshopId);
  const groups = useWorkshopGroups(workshopId);
  const workshop = useStore((s) => s.workshops[workshopId]);
  const [who, setWho] = useState('');
  const [presentOnly, setPresentOnly] = useState(false);
  if (!settings) return null;
  return (
    <section className="panel" aria-labelledby="certificates-title">
      <h3 id="certificates-title">{t('paperwork.certificatesTitle')}</h3>
      <p>{t('paperwork.certificatesDescription')}</p>
      <form
        key={`${settings.signatoryName}|${settings.signatoryNip}|${settings.signatoryPosition}|${settings.serialPrefix}`}
        className="signatory-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const field = (name: string) => String(form.get(name) ?? '');
          const saved = await saveCertificateSettings({
            workshopId,
            signatoryName: field('signatoryName'),
            signatoryNip: field('signatoryNip'),
            signatoryPosition: field('signatoryPosition'),
            serialPrefix: field('serialPrefix'),
          });
          if (saved) notify('info', t('paperwork.signatorySaved'));
        }}
      >
        <label>
          {t('paperwork.signatoryName')}
          <input name="signatoryName" defaultValue={settings.signatoryName} maxLength={120} />
        </label>
        <label>
          {t('paperwork.signatoryNip')}
          <input name="signatoryNip" defaultValue={settings.signatoryNip} maxLength={30} inputMode="numeric" pattern="[0-9 .]*" />
        </label>
        <label>
          {t('paperwork.signatoryPosition')}
          <input name="signatoryPosition" defaultValue={settings.signatoryPosition} maxLength={200} />
        </label>
        <label>
          {t('paperwork.serialPrefix')}
          <input name="serialPrefix" defaultValue={settings.serialPrefix} maxLength={60} />
        </label>
        <p className="hint">{t('paperwork.serialExample', { example: certificateNumber(1, settings.serialPrefix, workshop?.endDate.slice(0, 4) ?? '') })}</p>
        <button type="submit">{t('paperwork.saveSignatory')}</button>
      </form>
      <div className="logo-row">
        <span>{t('paperwork.logo')}</span>
        {settings.logo ? <img src={settings.logo} alt={t('paperwork.logoAlt')} className="logo-preview" /> : <span className="muted">{t('paperwork.noLogo')}</span>}
        <label className="button-like">
          {t('paperwork.chooseLogo')}
          <input
            type="file"
            accept="image/png,image/jpeg"
            className="visually-hidden"
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) await setLogo(workshopId, file);
              input.value = '';
            }}
          />
        </label>
        {settings.logo && (
          <button type="button" className="link-button" onClick={() => void setLogo(workshopId, null)}>
            {t('paperwork.removeLogo')}
          </button>
        )}
      </div>
      <div className="paperwork-actions">
        <label>
          {t('paperwork.who')}{' '}
          <select value={who} onChange={(e) => setWho(e.target.value)}>
            <option value="">{t('paperwork.everyone')}</option>
            <option value="team">{t('paperwork.team')}</option>
            <GroupOptions groups={groups} />
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={presentOnly} onChange={(e) => setPresentOnly(e.target.checked)} /> {t('paperwork.presentOnly')}
        </label>
        <button
          type="button"
          className="primary"
          onClick={() => void startExport({ workshopId, content: 'certificates', format: 'pdf', certificateGroup: who || null, presentOnly })}
        >
          {t('paperwork.certificatesButton')}
        </button>
      </div>
      <p className="hint">
        <strong>{t('paperwork.awardsTitle')}:</strong> {t('paperwork.awardsDescription')}
      </p>
    </section>
  );
}
