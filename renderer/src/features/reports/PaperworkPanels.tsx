import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingDays } from '#shared/schemas.ts';
import { startExport } from '../../editor/actions/reports.ts';
import { useStore, useWorkshopGroups } from '../../editor/store.ts';
import { GroupOptions } from '../groups/GroupOptions.tsx';
import { loadCertificateSettings, setLogo } from '../../editor/actions/certificates.ts';
import { useCertificateSettings } from '../../editor/paperwork.ts';
import { useFocusRequests } from '../paperwork/use-focus-requests.ts';
import { SignatoryForm } from './SignatoryForm.tsx';
import { FileButton } from '../shell/FileButton.tsx';

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
  const focus = useFocusRequests();
  useEffect(() => void loadCertificateSettings(workshopId), [workshopId]);
  if (!settings) return null;
  return (
    <section className="panel" aria-labelledby="certificates-title">
      <h3 id="certificates-title">{t('paperwork.certificatesTitle')}</h3>
      <p>{t('paperwork.certificatesDescription')}</p>
      <SignatoryForm settings={settings} year={workshop?.endDate.slice(0, 4) ?? ''} />
      <div className="logo-row">
        <span>{t('paperwork.logo')}</span>
        {settings.logo ? <img src={settings.logo} alt={t('paperwork.logoAlt')} className="logo-preview" /> : <span className="muted">{t('paperwork.noLogo')}</span>}
        <FileButton accept="image/png,image/jpeg" inputRef={focus.ref('logo')} onFiles={([file]) => setLogo(workshopId, file!)}>
          {t('paperwork.chooseLogo')}
        </FileButton>
        {settings.logo && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              // The button goes with the logo: the keyboard stays on the logo row.
              focus.move('logo');
              void setLogo(workshopId, null);
            }}
          >
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
