import { Jimp } from 'jimp';
import { describe, expect, it } from 'vitest';
import { call, failure, openTestCore } from '../helpers/core.ts';
import { lampungMeeting } from '../helpers/setup.ts';
import { makeJpeg } from './photo-fixtures.ts';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('documentation photos', () => {
  it('keeps a big photo downscaled to 1600 px with a thumbnail, its caption, and the original only when asked', async () => {
    const core = await openTestCore();
    const { workshop, session } = await lampungMeeting(core);
    const jpeg = await makeJpeg(2400, 1800);
    const photo = await call(core, 'photos.add', { workshopId: workshop.id, sessionId: session.id, fileName: 'plano.jpg', data: base64(jpeg), caption: ' Plano kelompok Way Kanan ' });
    expect(photo).toMatchObject({ width: 1600, height: 1200, caption: 'Plano kelompok Way Kanan', sessionId: session.id, hasOriginal: false });
    expect(photo.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
    const thumb = await Jimp.fromBuffer(Buffer.from(photo.thumbnail.split(',')[1]!, 'base64'));
    expect(Math.max(thumb.width, thumb.height)).toBe(320);
    const image = await call(core, 'photos.image', { id: photo.id });
    expect(image).toMatchObject({ fileName: 'plano.jpg', mimeType: 'image/jpeg' });
    expect((await Jimp.fromBuffer(Buffer.from(image.data, 'base64'))).width).toBe(1600);
    expect((await failure(core, 'photos.image', { id: photo.id, original: true })).code).toBe('not_found');

    const kept = await call(core, 'photos.add', { workshopId: workshop.id, data: base64(jpeg), keepOriginal: true });
    expect(kept).toMatchObject({ sessionId: null, hasOriginal: true });
    expect(Buffer.from((await call(core, 'photos.image', { id: kept.id, original: true })).data, 'base64').equals(Buffer.from(jpeg))).toBe(true);

    const renamed = await call(core, 'photos.update', { id: photo.id, caption: 'Diskusi kelompok' });
    expect(renamed.caption).toBe('Diskusi kelompok');
    expect((await call(core, 'photos.list', { workshopId: workshop.id })).map((p) => p.id)).toEqual([photo.id, kept.id]);
    await call(core, 'photos.delete', { id: photo.id });
    expect((await call(core, 'photos.list', { workshopId: workshop.id })).map((p) => p.id)).toEqual([kept.id]);
    expect(core.events.at(-1)).toEqual({ type: 'photo.deleted', workshopId: workshop.id, photoId: photo.id });
  });

  it('takes a PNG, and refuses a file that is not a picture or too big, saving nothing', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    const png = await new Jimp({ width: 300, height: 200, color: 0x3366ccff }).getBuffer('image/png');
    expect(await call(core, 'photos.add', { workshopId: workshop.id, data: png.toString('base64') })).toMatchObject({ width: 300, height: 200 });
    expect((await failure(core, 'photos.add', { workshopId: workshop.id, data: Buffer.from('PK\u0003\u0004 not a photo').toString('base64') })).code).toBe('not_an_image');
    // A JPEG's first bytes with nothing readable behind them.
    expect((await failure(core, 'photos.add', { workshopId: workshop.id, data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64') })).code).toBe('not_an_image');
    const tooBig = Buffer.alloc(8 * 1024 * 1024 + 10, 1);
    tooBig.set([0xff, 0xd8, 0xff]);
    expect((await failure(core, 'photos.add', { workshopId: workshop.id, data: tooBig.toString('base64') })).code).toBe('image_too_large');
    expect(await call(core, 'photos.list', { workshopId: workshop.id })).toHaveLength(1);
  });

  it('refuses a session of another workshop', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    const other = await call(core, 'workshops.create', { title: 'PLM Bengkalis', startDate: '2022-10-13', endDate: '2022-10-13' });
    const jpeg = await makeJpeg(100, 80);
    expect((await failure(core, 'photos.add', { workshopId: workshop.id, sessionId: other.sessions[0]!.id, data: base64(jpeg) })).code).toBe('cross_workshop');
  });
});

describe('minutes', () => {
  it('saves a session’s notulen, lists them, and removes them when emptied', async () => {
    const core = await openTestCore();
    const { workshop, session } = await lampungMeeting(core);
    const saved = await call(core, 'minutes.save', { sessionId: session.id, text: 'Dibuka oleh **Kepala Dinas**.\n- Koleksi\n- Internet\n' });
    expect(saved).toMatchObject({ sessionId: session.id, workshopId: workshop.id, text: 'Dibuka oleh **Kepala Dinas**.\n- Koleksi\n- Internet' });
    expect(await call(core, 'minutes.list', { workshopId: workshop.id })).toEqual([saved]);
    await call(core, 'minutes.save', { sessionId: session.id, text: '   ' });
    expect(await call(core, 'minutes.list', { workshopId: workshop.id })).toEqual([]);
    expect((await failure(core, 'minutes.save', { sessionId: session.id, text: 'x'.repeat(20_001) })).code).toBe('invalid_input');
  });
});

describe('certificate settings', () => {
  it('keeps the signatory, the NIP, the number code and a logo', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    expect(await call(core, 'certificates.settings', { workshopId: workshop.id })).toEqual({ workshopId: workshop.id, signatoryName: '', signatoryNip: '', signatoryPosition: '', serialPrefix: '', logo: null });
    await call(core, 'certificates.saveSettings', { workshopId: workshop.id, signatoryName: 'Drs. Hendri', signatoryNip: '19700101  199003 1 001', signatoryPosition: 'Kepala Dinas' });
    const logo = await new Jimp({ width: 1200, height: 600, color: 0x00000000 }).getBuffer('image/png');
    const withLogo = await call(core, 'certificates.setLogo', { workshopId: workshop.id, data: logo.toString('base64') });
    expect(withLogo).toMatchObject({ signatoryName: 'Drs. Hendri', signatoryNip: '19700101 199003 1 001', signatoryPosition: 'Kepala Dinas' });
    // A logo keeps its transparency (PNG) and is kept at most 600 px wide.
    expect(withLogo.logo).toMatch(/^data:image\/png;base64,/);
    expect((await Jimp.fromBuffer(Buffer.from(withLogo.logo!.split(',')[1]!, 'base64'))).width).toBe(600);
    expect((await call(core, 'certificates.setLogo', { workshopId: workshop.id, data: null })).logo).toBeNull();
    expect((await failure(core, 'certificates.saveSettings', { workshopId: workshop.id, signatoryNip: '1970-ABC' })).code).toBe('invalid_input');
  });
});
