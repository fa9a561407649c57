import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, failure, lampungWorkshop, openTestCore } from '../helpers/core.ts';

async function setup() {
  const core = await openTestCore();
  const lampung = await lampungWorkshop(core);
  const add = (text: string, groupIndex: number) =>
    call(core, 'cards.create', { id: randomUUID(), sessionId: lampung.session.id, groupId: lampung.groups[groupIndex]!.id, text });
  const cards = async () => (await call(core, 'sessions.board', { id: lampung.session.id })).cards;
  return { core, ...lampung, add, cards };
}

describe('merging duplicates into a cluster', () => {
  it('keeps every card in its own group: a challenge Lampung Tengah and Way Kanan share is one cluster in both columns', async () => {
    const { core, session, groups, add, cards } = await setup();
    const a = await add('Internet lambat', 0);
    await add('Koleksi sedikit', 0);
    const a2 = await add('Jaringan putus', 0);
    const b = await add('Sinyal internet lemah', 1);
    const id = randomUUID();
    const merged = await call(core, 'clusters.create', { id, sessionId: session.id, title: 'Jaringan internet', cardIds: [a.id, b.id, a2.id] });
    expect(merged.cluster).toMatchObject({ id, title: 'Jaringan internet', deletedAt: null });
    expect(merged.cards.map((c) => [c.text, c.groupId, c.kind, c.clusterId])).toEqual([
      ['Internet lambat', groups[0]!.id, 'challenge', id],
      ['Jaringan putus', groups[0]!.id, 'challenge', id],
      ['Sinyal internet lemah', groups[1]!.id, 'challenge', id],
    ]);
    // In each column the duplicates line up after the first of them.
    const after = await cards();
    expect(after.filter((c) => c.groupId === groups[0]!.id).map((c) => c.text)).toEqual(['Internet lambat', 'Jaringan putus', 'Koleksi sedikit']);
    expect(after.filter((c) => c.groupId === groups[1]!.id).map((c) => [c.text, c.clusterId])).toEqual([['Sinyal internet lemah', id]]);
    expect((await call(core, 'sessions.board', { id: session.id })).clusters.map((c) => c.title)).toEqual(['Jaringan internet']);
  });

  it('keeps each card of its own kind: a merged challenge and solution stay in their lanes', async () => {
    const { core, session, groups, cards } = await setup();
    const card = (text: string, kind: 'challenge' | 'solution') => call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text, kind });
    const challenge = await card('Internet lambat', 'challenge');
    const solution = await card('Modem bersama', 'solution');
    await call(core, 'clusters.create', { id: randomUUID(), sessionId: session.id, title: 'Internet', cardIds: [challenge.id, solution.id] });
    expect((await cards()).map((c) => [c.text, c.kind, c.groupId])).toEqual([
      ['Internet lambat', 'challenge', groups[0]!.id],
      ['Modem bersama', 'solution', groups[0]!.id],
    ]);
  });

  it('renames a cluster, and dissolving it leaves the cards where they are, standing alone', async () => {
    const { core, session, add, cards } = await setup();
    const a = await add('Internet lambat', 0);
    const b = await add('Sinyal lemah', 0);
    const { cluster } = await call(core, 'clusters.create', { id: randomUUID(), sessionId: session.id, title: 'Internet', cardIds: [a.id, b.id] });
    expect((await call(core, 'clusters.update', { id: cluster.id, title: 'Jaringan' })).title).toBe('Jaringan');
    const dissolved = await call(core, 'clusters.dissolve', { id: cluster.id });
    expect(dissolved.cluster.deletedAt).not.toBeNull();
    expect((await cards()).map((c) => [c.text, c.clusterId])).toEqual([['Internet lambat', null], ['Sinyal lemah', null]]);
    expect((await call(core, 'sessions.board', { id: session.id })).clusters).toEqual([]);
    expect((await call(core, 'clusters.restore', { id: cluster.id })).deletedAt).toBeNull();
  });

  it('keeps a cluster together when all its cards move, and lets a card that leaves alone', async () => {
    const { core, session, groups, add, cards } = await setup();
    const a = await add('A', 0);
    const b = await add('B', 0);
    const c = await add('C', 0);
    const { cluster } = await call(core, 'clusters.create', { id: randomUUID(), sessionId: session.id, title: 'ABC', cardIds: [a.id, b.id, c.id] });
    await call(core, 'cards.moveMany', { ids: [a.id, b.id, c.id], groupId: groups[2]!.id, afterCardId: null });
    expect((await cards()).map((x) => x.clusterId)).toEqual([cluster.id, cluster.id, cluster.id]);
    await call(core, 'cards.move', { id: b.id, groupId: groups[1]!.id, afterCardId: null });
    expect((await cards()).find((x) => x.id === b.id)?.clusterId).toBeNull();
  });

  it('never drops a card inside a cluster it does not belong to', async () => {
    const { core, session, groups, add, cards } = await setup();
    const a = await add('A', 0);
    const b = await add('B', 0);
    const loose = await add('Lepas', 1);
    await call(core, 'clusters.create', { id: randomUUID(), sessionId: session.id, title: 'AB', cardIds: [a.id, b.id] });
    await call(core, 'cards.move', { id: loose.id, groupId: groups[0]!.id, afterCardId: a.id });
    expect((await cards()).filter((c) => c.groupId === groups[0]!.id).map((c) => c.text)).toEqual(['A', 'B', 'Lepas']);
  });

  it('refuses a cluster of one card, of unknown cards, or with a blank title, and writes nothing', async () => {
    const { core, session, add, cards } = await setup();
    const a = await add('A', 0);
    const before = await cards();
    expect((await failure(core, 'clusters.create', { id: randomUUID(), sessionId: session.id, title: 'x', cardIds: [a.id] })).code).toBe('invalid_input');
    expect((await failure(core, 'clusters.create', { id: randomUUID(), sessionId: session.id, title: 'x', cardIds: [a.id, randomUUID()] })).code).toBe('not_found');
    expect((await failure(core, 'clusters.create', { id: randomUUID(), sessionId: session.id, title: '   ', cardIds: [a.id, a.id] })).code).toBe('invalid_input');
    expect(await cards()).toEqual(before);
    expect((await call(core, 'sessions.board', { id: session.id })).clusters).toEqual([]);
  });

  it('lists clusters made in the same millisecond in the order they were made', async () => {
    const core = await openTestCore(undefined, { now: () => '2019-10-15T09:00:00.000Z' });
    const { session, groups } = await lampungWorkshop(core);
    const add = (text: string) => call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text });
    const titles = ['Internet', 'Koleksi', 'Listrik', 'Pelatihan', 'Ruang baca', 'Anggaran'];
    for (const title of titles) {
      const cards = [await add(`${title} 1`), await add(`${title} 2`)];
      await call(core, 'clusters.create', { id: randomUUID(), sessionId: session.id, title, cardIds: cards.map((c) => c.id) });
    }
    expect((await call(core, 'sessions.board', { id: session.id })).clusters.map((c) => c.title)).toEqual(titles);
  });
});
