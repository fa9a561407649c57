import { useTranslation } from 'react-i18next';
import { certificateNumber, type CertificateSettings } from '#shared/certificates.ts';
import { saveCertificateSettings } from '../../editor/actions/certificates.ts';
import { notify } from '../../editor/notices.ts';
import { useDraft } from '../paperwork/use-draft.ts';

type Fields = Pick<CertificateSettings, 'signatoryName' | 'signatoryNip' | 'signatoryPosition' | 'serialPrefix'>;

/** Who signs the certificates and piagam, and the code in their numbers; an undo shows the ones before. */
export function SignatoryForm({ settings, year }: { settings: CertificateSettings; year: string }) {
  const { t } = useTranslation('reports');
  const { signatoryName, signatoryNip, signatoryPosition, serialPrefix } = settings;
  const [fields, setFields] = useDraft<Fields>({ signatoryName, signatoryNip, signatoryPosition, serialPrefix });
  const field = (name: keyof Fields) => ({ name, value: fields[name], onChange: (e: { target: { value: string } }) => setFields({ ...fields, [name]: e.target.value }) });
  return (
    <form
      className="signatory-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if ((await saveCertificateSettings({ workshopId: settings.workshopId, ...fields })) !== undefined) notify('info', t('paperwork.signatorySaved'));
      }}
    >
      <label>
        {t('paperwork.signatoryName')}
        <input {...field('signatoryName')} maxLength={120} />
      </label>
      <label>
        {t('paperwork.signatoryNip')}
        <input {...field('signatoryNip')} maxLength={30} inputMode="numeric" pattern="[0-9 .]*" />
      </label>
      <label>
        {t('paperwork.signatoryPosition')}
        <input {...field('signatoryPosition')} maxLength={200} />
      </label>
      <label>
        {t('paperwork.serialPrefix')}
        <input {...field('serialPrefix')} maxLength={60} />
      </label>
      <p className="hint">{t('paperwork.serialExample', { example: certificateNumber(1, fields.serialPrefix, year) })}</p>
      <button type="submit">{t('paperwork.saveSignatory')}</button>
    </form>
  );
}
