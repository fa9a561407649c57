// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addPhotos, deletePhotos, loadPhotos, movePhoto, photoImage, setCaption } from '../../../renderer/src/editor/actions/photos.ts';
import { useHistory } from '../../../renderer/src/editor/history.ts';
import { useNotices } from '../../../renderer/src/editor/notices.ts';
import { workshopPhotos } from '../../../renderer/src/editor/paperwork.ts';
import { getState } from '../../../renderer/src/editor/store.ts';
import { call } from '../helpers/core.ts';
import { makeJpeg } from '../paperwork/photo-fixtures.ts';
import { openTestEditor } from './test-editor.ts';

/** A JPEG as the file picker hands it over. */
async function photoFile(name: string, seed = 0): Promise<File> {
  return new File([new Uint8Array(await makeJpeg(240, 180, seed))], name, { type: 'image/jpeg' });
}

async function setup() {
  const t = await openTestEditor();
  const target = { workshopId: t.workshop.id, sessionId: t.session.id };
  const shown = () => workshopPhotos(getState(), t.workshop.id).map((p) => p.caption || p.fileName);
  const saved = async () => (await call(t.core, 'photos.list', { workshopId: t.workshop.id })).map((p) => p.caption || p.fileName);
  const add = async (...names: string[]) => {
    const files = await Promise.all(names.map((name, i) => photoFile(name, i)));
    return (await addPhotos(target, files, { keepOriginal: false, onProgress: () => undefined }))!;
  };
  return Object.assign(t, { target, shown, saved, add });
}

describe('documentation photos on the mutation runner', () => {
  it('adds a pick of photos as one step: undo takes them all away, redo brings the same ones back', async () => {
    const t = await setup();
    const progress: number[] = [];
    const files = [await photoFile('plano-way-kanan.jpg'), await photoFile('ruangan.jpg', 1)];
    const added = (await addPhotos(t.target, files, { keepOriginal: true, onProgress: (done) => progress.push(done) }))!;
    expect(progress).toEqual([1, 2]);
    expect(t.shown()).toEqual(['plano-way-kanan.jpg', 'ruangan.jpg']);
    expect(useHistory.getState().past.map((s) => s.label)).toEqual(['addPhotos']);

    await t.press('Ctrl+Z');
    expect(t.shown()).toEqual([]);
    expect(await t.saved()).toEqual([]);
    expect(t.notices()).toContain('Dibatalkan: menambah foto');
    await t.press('Ctrl+Shift+Z');
    expect(await t.saved()).toEqual(['plano-way-kanan.jpg', 'ruangan.jpg']);
    expect((await call(t.core, 'photos.list', { workshopId: t.workshop.id })).map((p) => [p.id, p.hasOriginal])).toEqual(added.map((p) => [p.id, true]));
  });

  it('keeps the photos the core took when one file of the pick is refused, and says why', async () => {
    const t = await setup();
    const broken = new File([new TextEncoder().encode('bukan foto')], 'catatan.jpg', { type: 'image/jpeg' });
    const added = await addPhotos(t.target, [await photoFile('plano.jpg'), broken], { keepOriginal: false, onProgress: () => undefined });
    expect(added?.map((p) => p.fileName)).toEqual(['plano.jpg']);
    expect(t.notices()).toContain('Berkas ini bukan foto yang bisa dibaca. Pilih berkas JPEG atau PNG.');
    await t.press('Ctrl+Z');
    expect(await t.saved()).toEqual([]);
  });

  it('captions a photo at once and undoes the caption', async () => {
    const t = await setup();
    const [photo] = await t.add('plano.jpg');
    const saving = setCaption(photo!.id, '  Plano kelompok Way Kanan ');
    expect(t.shown()).toEqual(['Plano kelompok Way Kanan']);
    await saving;
    // Enter and then leaving the box: the second save changes nothing and is no step.
    expect(await setCaption(photo!.id, 'Plano kelompok Way Kanan')).toBeNull();
    await t.press('Ctrl+Z');
    expect(await t.saved()).toEqual(['plano.jpg']);
    expect(t.shown()).toEqual(['plano.jpg']);
  });

  it('moves a photo first, shown before the core answers, and undo puts it back', async () => {
    const t = await setup();
    const [first, , third] = await t.add('pembukaan.jpg', 'diskusi.jpg', 'penutupan.jpg');
    const moving = movePhoto(third!.id, null);
    expect(t.shown()).toEqual(['penutupan.jpg', 'pembukaan.jpg', 'diskusi.jpg']);
    await moving;
    expect(await t.saved()).toEqual(['penutupan.jpg', 'pembukaan.jpg', 'diskusi.jpg']);
    await movePhoto(third!.id, first!.id);
    expect(await t.saved()).toEqual(['pembukaan.jpg', 'penutupan.jpg', 'diskusi.jpg']);
    await t.press('Ctrl+Z');
    await t.press('Ctrl+Z');
    expect(await t.saved()).toEqual(['pembukaan.jpg', 'diskusi.jpg', 'penutupan.jpg']);
    expect(t.shown()).toEqual(['pembukaan.jpg', 'diskusi.jpg', 'penutupan.jpg']);
  });

  it('deletes a photo at once; Urungkan in the notice brings it back with its image, and so does Ctrl+Z', async () => {
    const t = await setup();
    const [plano, room] = await t.add('plano.jpg', 'ruangan.jpg');
    const image = await photoImage(plano!.id);
    const deleting = deletePhotos([plano!.id]);
    expect(t.shown()).toEqual(['ruangan.jpg']);
    await deleting;
    expect(await t.saved()).toEqual(['ruangan.jpg']);
    const notice = useNotices.getState().notices.find((n) => n.action);
    expect(notice?.text).toBe('1 foto dihapus.');
    expect(notice?.action?.label).toBe('Urungkan');
    notice?.action?.run();
    await expect.poll(() => t.shown()).toEqual(['plano.jpg', 'ruangan.jpg']);
    // The notice's button starts the undo and does not wait for it: the save lands a moment later.
    await expect.poll(() => t.saved()).toEqual(['plano.jpg', 'ruangan.jpg']);
    expect(await photoImage(plano!.id)).toBe(image);

    await deletePhotos([room!.id]);
    await t.press('Ctrl+Z');
    expect(await t.saved()).toEqual(['plano.jpg', 'ruangan.jpg']);
    expect(t.notices()).toContain('Dibatalkan: menghapus foto');
  });

  it('shows what another window does to the photos, from the core’s events', async () => {
    const t = await setup();
    await loadPhotos(t.workshop.id);
    const data = Buffer.from(await makeJpeg(120, 90)).toString('base64');
    const other = await call(t.core, 'photos.add', { workshopId: t.workshop.id, data, caption: 'Dari laptop lain' });
    await expect.poll(() => t.shown()).toEqual(['Dari laptop lain']);
    await call(t.core, 'photos.update', { id: other.id, caption: 'Foto bersama' });
    await expect.poll(() => t.shown()).toEqual(['Foto bersama']);
    await call(t.core, 'photos.delete', { ids: [other.id] });
    await expect.poll(() => t.shown()).toEqual([]);
    // The photo is kept aside in this window too, so an undo here would find it.
    expect(getState().photos[other.id]?.deletedAt).not.toBeNull();
  });
});
