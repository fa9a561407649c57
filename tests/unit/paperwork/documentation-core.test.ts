import { Jimp } from 'jimp';
import { describe, expect, it } from 'vitest';
import { keyBetween } from '#shared/ordering.ts';
import { join } from 'node:path';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { collectMinutes, collectPhotos } from '../../../electron/core/reports/collect-paperwork.ts';
import { call, failure, openTestCore, tempDataDir } from '../helpers/core.ts';
import { lampungMeeting } from '../helpers/setup.ts';
import { makeJpeg } from './photo-fixtures.ts';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('documentation photos', () => {
  it('keeps a big photo downscaled to 1600 px with a thumbnail, its caption, and the original only when asked', async () => {
    const core = await openTestCore();
    const { workshop, session } = await lampungMeeting(core);
    const jpeg = await makeJpeg(1800, 1350);
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
  });

  it('deletes photos softly and brings them back as they were: image, original, caption and place', async () => {
    const core = await openTestCore();
    const { workshop, session } = await lampungMeeting(core);
    const jpeg = await makeJpeg(300, 200);
    const plano = await call(core, 'photos.add', { workshopId: workshop.id, sessionId: session.id, data: base64(jpeg), caption: 'Plano Way Kanan', keepOriginal: true });
    const room = await call(core, 'photos.add', { workshopId: workshop.id, sessionId: session.id, data: base64(jpeg), caption: 'Suasana ruangan' });
    const image = await call(core, 'photos.image', { id: plano.id });

    const [deleted] = await call(core, 'photos.delete', { ids: [plano.id] });
    expect(deleted).toMatchObject({ id: plano.id, caption: 'Plano Way Kanan', revision: plano.revision + 1 });
    expect(deleted!.deletedAt).not.toBeNull();
    expect(core.events.at(-1)).toEqual({ type: 'photos.saved', workshopId: workshop.id, photos: [deleted] });
    expect((await call(core, 'photos.list', { workshopId: workshop.id })).map((p) => p.id)).toEqual([room.id]);
    expect((await failure(core, 'photos.image', { id: plano.id })).code).toBe('not_found');
    expect((await failure(core, 'photos.update', { id: plano.id, caption: 'x' })).code).toBe('not_found');

    const [back] = await call(core, 'photos.restore', { ids: [plano.id] });
    expect(back).toMatchObject({ id: plano.id, deletedAt: null, hasOriginal: true, position: plano.position, revision: plano.revision + 2 });
    expect((await call(core, 'photos.list', { workshopId: workshop.id })).map((p) => p.caption)).toEqual(['Plano Way Kanan', 'Suasana ruangan']);
    expect(await call(core, 'photos.image', { id: plano.id })).toEqual(image);

    // Several at once, in one transaction: one unknown id and nothing changes.
    expect((await failure(core, 'photos.delete', { ids: [plano.id, crypto.randomUUID()] })).code).toBe('not_found');
    expect(await call(core, 'photos.list', { workshopId: workshop.id })).toHaveLength(2);
    expect(await call(core, 'photos.delete', { ids: [plano.id, room.id] })).toHaveLength(2);
    expect(await call(core, 'photos.list', { workshopId: workshop.id })).toEqual([]);
  });

  it('reorders a photo by its order key and refuses a key the core could not have made', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    const jpeg = base64(await makeJpeg(200, 150));
    const first = await call(core, 'photos.add', { workshopId: workshop.id, data: jpeg, caption: 'Pembukaan' });
    const second = await call(core, 'photos.add', { workshopId: workshop.id, data: jpeg, caption: 'Diskusi' });
    const moved = await call(core, 'photos.update', { id: second.id, position: keyBetween(null, first.position) });
    expect(moved.revision).toBe(second.revision + 1);
    expect((await call(core, 'photos.list', { workshopId: workshop.id })).map((p) => p.caption)).toEqual(['Diskusi', 'Pembukaan']);
    // Two trailing zeros: no order key ends so.
    expect((await failure(core, 'photos.update', { id: first.id, position: 'a00' })).code).toBe('invalid_input');
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

describe('what a report collects', () => {
  it('leaves deleted photos and emptied minutes out', async () => {
    const dataDir = tempDataDir();
    const core = await openTestCore(dataDir);
    const { workshop, session } = await lampungMeeting(core);
    const jpeg = base64(await makeJpeg(160, 120));
    await call(core, 'photos.add', { workshopId: workshop.id, sessionId: session.id, data: jpeg, caption: 'Plano Way Kanan' });
    const gone = await call(core, 'photos.add', { workshopId: workshop.id, sessionId: session.id, data: jpeg, caption: 'Foto buram' });
    await call(core, 'photos.delete', { ids: [gone.id] });
    await call(core, 'minutes.save', { sessionId: session.id, text: 'Salah sesi' });
    await call(core, 'minutes.save', { sessionId: session.id, text: '' });
    await core.close();
    const database = await openDatabase(join(dataDir, 'rembuk.sqlite'));
    const scope = { workshopId: workshop.id, sessionId: null };
    expect((await collectPhotos(database.db, scope, 'report')).map((p) => p.caption)).toEqual(['Plano Way Kanan']);
    expect(Object.values(await collectMinutes(database.db, workshop.id)).filter((text) => text.trim())).toEqual([]);
    await database.close();
  });
});

describe('minutes', () => {
  it('saves a session’s notulen, lists them, and empties them with the revision going on', async () => {
    const core = await openTestCore();
    const { workshop, session } = await lampungMeeting(core);
    const saved = await call(core, 'minutes.save', { sessionId: session.id, text: 'Dibuka oleh **Kepala Dinas**.\n- Koleksi\n- Internet\n' });
    expect(saved).toMatchObject({ sessionId: session.id, workshopId: workshop.id, text: 'Dibuka oleh **Kepala Dinas**.\n- Koleksi\n- Internet', revision: 1 });
    expect(await call(core, 'minutes.list', { workshopId: workshop.id })).toEqual([saved]);
    const emptied = await call(core, 'minutes.save', { sessionId: session.id, text: '   ' });
    expect(emptied).toMatchObject({ text: '', revision: 2 });
    expect(core.events.at(-1)).toEqual({ type: 'minutes.saved', minutes: emptied });
    expect(await call(core, 'minutes.list', { workshopId: workshop.id })).toEqual([emptied]);
    expect((await failure(core, 'minutes.save', { sessionId: session.id, text: 'x'.repeat(20_001) })).code).toBe('invalid_input');
  });
});

describe('certificate settings', () => {
  it('keeps the signatory, the NIP, the number code and a logo', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    expect(await call(core, 'certificates.settings', { workshopId: workshop.id })).toEqual({ workshopId: workshop.id, signatoryName: '', signatoryNip: '', signatoryPosition: '', serialPrefix: '', logo: null, revision: 0 });
    const saved = await call(core, 'certificates.saveSettings', { workshopId: workshop.id, signatoryName: 'Drs. Hendri', signatoryNip: '19700101  199003 1 001', signatoryPosition: 'Kepala Dinas' });
    expect(saved.revision).toBe(1);
    expect((await call(core, 'certificates.saveSettings', { workshopId: workshop.id, serialPrefix: 'SERT/DISPERSIP' })).revision).toBe(2);
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
