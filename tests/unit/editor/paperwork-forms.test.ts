// @vitest-environment happy-dom
import { Jimp } from 'jimp';
import { describe, expect, it } from 'vitest';
import { loadCertificateSettings, saveCertificateSettings, setLogo } from '../../../renderer/src/editor/actions/certificates.ts';
import { loadMinutes, saveMinutes } from '../../../renderer/src/editor/actions/minutes.ts';
import { getState } from '../../../renderer/src/editor/store.ts';
import { call } from '../helpers/core.ts';
import { openTestEditor } from './test-editor.ts';

describe('minutes and certificate settings on the mutation runner', () => {
  it('saves a session’s minutes; undo puts the text before back, down to none', async () => {
    const t = await openTestEditor();
    await loadMinutes(t.workshop.id);
    const saved = async () => (await call(t.core, 'minutes.list', { workshopId: t.workshop.id }))[0]?.text ?? '';
    await saveMinutes(t.session.id, 'Dibuka oleh **Kepala Dinas**.\n');
    await saveMinutes(t.session.id, 'Dibuka oleh **Kepala Dinas**.\n- Koleksi buku anak');
    expect(await saveMinutes(t.session.id, 'Dibuka oleh **Kepala Dinas**.\n- Koleksi buku anak  \n')).toBeNull();
    await t.press('Ctrl+Z');
    expect(await saved()).toBe('Dibuka oleh **Kepala Dinas**.');
    expect(getState().minutes[t.session.id]?.text).toBe('Dibuka oleh **Kepala Dinas**.');
    await t.press('Ctrl+Z');
    expect(await saved()).toBe('');
    expect(t.notices()).toContain('Dibatalkan: mengubah notulen');
    await t.press('Ctrl+Shift+Z');
    expect(await saved()).toBe('Dibuka oleh **Kepala Dinas**.');
  });

  it('follows minutes written in another window', async () => {
    const t = await openTestEditor();
    await loadMinutes(t.workshop.id);
    await call(t.core, 'minutes.save', { sessionId: t.session.id, text: 'Ditulis di laptop notulis' });
    await expect.poll(() => getState().minutes[t.session.id]?.text).toBe('Ditulis di laptop notulis');
  });

  it('saves the signatory and a logo; each undoes, and the logo comes back as it was', async () => {
    const t = await openTestEditor();
    await loadCertificateSettings(t.workshop.id);
    const settings = () => getState().certificateSettings[t.workshop.id]!;
    const saved = () => call(t.core, 'certificates.settings', { workshopId: t.workshop.id });
    await saveCertificateSettings({ workshopId: t.workshop.id, signatoryName: 'Drs. Hendri', signatoryPosition: 'Kepala Dinas Perpustakaan Provinsi Lampung' });
    expect(settings()).toMatchObject({ signatoryName: 'Drs. Hendri', revision: 1 });

    const png = await new Jimp({ width: 300, height: 120, color: 0x1f5fbfff }).getBuffer('image/png');
    await setLogo(t.workshop.id, new File([new Uint8Array(png)], 'logo.png', { type: 'image/png' }));
    const logo = (await saved()).logo;
    expect(logo).toMatch(/^data:image\/png;base64,/);
    await setLogo(t.workshop.id, null);
    expect(settings().logo).toBeNull();

    await t.press('Ctrl+Z');
    expect((await saved()).logo).toBe(logo);
    await t.press('Ctrl+Z');
    expect((await saved()).logo).toBeNull();
    await t.press('Ctrl+Z');
    expect(await saved()).toMatchObject({ signatoryName: '', signatoryPosition: '' });
    expect(settings().signatoryName).toBe('');
    expect(t.notices()).toContain('Dibatalkan: mengubah penanda tangan sertifikat');
  });
});
