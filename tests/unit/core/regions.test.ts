import { describe, expect, it } from 'vitest';
import type { Region } from '#shared/model.ts';
import { call, failure, openTestCore } from '../helpers/core.ts';

const label = (r: Region) => [r.name, r.districtName, r.regencyName, r.provinceName].filter(Boolean).join(', ');

describe('region type-ahead over the official data', () => {
  it('finds "bone" as Kabupaten Bone first, ignoring the "Kabupaten" prefix and the case', async () => {
    const core = await openTestCore();
    const [first] = await call(core, 'regions.search', { query: 'bone', levels: ['regency'] });
    expect(first).toMatchObject({ code: '73.08', name: 'Kabupaten Bone', level: 'regency', provinceName: 'Sulawesi Selatan' });
    for (const typed of ['BONE', 'Kab. Bone', 'kabupaten bone']) {
      expect((await call(core, 'regions.search', { query: typed, levels: ['regency'] }))[0]?.code).toBe('73.08');
    }
  });

  it('finds "way kanan" and "kotawaringin barat" by their words', async () => {
    const core = await openTestCore();
    expect((await call(core, 'regions.search', { query: 'way kanan', levels: ['regency'] })).map((r) => r.name)).toEqual(['Kabupaten Way Kanan']);
    expect((await call(core, 'regions.search', { query: 'way kan', levels: ['regency'] }))[0]?.name).toBe('Kabupaten Way Kanan');
    const kobar = await call(core, 'regions.search', { query: 'kotawaringin barat' });
    expect(kobar[0]).toMatchObject({ code: '62.01', name: 'Kabupaten Kotawaringin Barat', provinceName: 'Kalimantan Tengah' });
    // "Kota" is only a prefix when it is a word of its own: "kotawaringin" keeps its letters.
    expect((await call(core, 'regions.search', { query: 'Kota Metro', levels: ['regency'] }))[0]?.name).toBe('Kota Metro');
  });

  it('tells the many villages called Wonosari apart by kecamatan and kabupaten', async () => {
    const core = await openTestCore();
    const found = await call(core, 'regions.search', { query: 'Wonosari', levels: ['village'], limit: 50 });
    // The 48 villages named exactly so come first, then longer names ("Wonosari Jaya", "Jemur Wonosari").
    const villages = found.slice(0, 48);
    expect(villages.every((v) => v.level === 'village' && v.name === 'Wonosari' && v.districtName && v.regencyName && v.provinceName)).toBe(true);
    expect(found.slice(48).every((v) => v.name !== 'Wonosari' && /\bWonosari\b/.test(v.name))).toBe(true);
    const labels = villages.map(label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('Wonosari, Ngaliyan, Kota Semarang, Jawa Tengah');
  });

  it('searches only inside the workshop: kabupaten of Lampung, kecamatan and desa of Way Kanan', async () => {
    const core = await openTestCore();
    const lampung = await call(core, 'regions.search', { query: 'lampung', levels: ['regency'], within: '18' });
    expect(lampung.map((r) => r.name).sort()).toEqual([
      'Kabupaten Lampung Barat',
      'Kabupaten Lampung Selatan',
      'Kabupaten Lampung Tengah',
      'Kabupaten Lampung Timur',
      'Kabupaten Lampung Utara',
      'Kota Bandar Lampung',
    ]);
    const inWayKanan = await call(core, 'regions.search', { query: 'su', levels: ['district', 'village'], within: '18.08', limit: 50 });
    expect(inWayKanan.length).toBeGreaterThan(0);
    expect(inWayKanan.every((r) => r.code.startsWith('18.08.') && r.regencyName === 'Kabupaten Way Kanan')).toBe(true);
  });

  it('looks regions up by code, leaving unknown codes out', async () => {
    const core = await openTestCore();
    const found = await call(core, 'regions.lookup', { codes: ['18', '18.08', '99.99'] });
    expect(found.map((r) => [r.code, r.name])).toEqual([
      ['18', 'Lampung'],
      ['18.08', 'Kabupaten Way Kanan'],
    ]);
  });

  it('refuses an empty or malformed query with a coded error', async () => {
    const core = await openTestCore();
    expect((await failure(core, 'regions.search', { query: '   ' })).details?.fields).toContainEqual({ path: 'query', problem: 'required', limit: 1 });
    expect((await failure(core, 'regions.search', { query: 'bone', within: 'Lampung' })).code).toBe('invalid_input');
    expect((await failure(core, 'regions.search', { query: 'bone', limit: 500 })).code).toBe('invalid_input');
  });
});
