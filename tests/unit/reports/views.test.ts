import { describe, expect, it } from 'vitest';
import { challengeMatrix, sessionView } from '../../../electron/core/reports/views.ts';
import { lampungReportData } from './fixtures.ts';

describe('what a session report shows per group', () => {
  const data = lampungReportData();
  const day1 = sessionView(data, data.sessions[0]!);
  const group = (name: string) => day1.groups.find((g) => g.group.name === name)!;

  it('ranks challenges by the board’s ranking of the closed vote, with the solutions linked to each', () => {
    const tengah = group('Lampung Tengah');
    expect(tengah.challenges.map((c) => [c.title, c.votes])).toEqual([
      ['Internet lambat di balai desa', 7],
      ['Koleksi buku anak masih sedikit', 3],
      ['Pengunjung masih sepi 😟', 1],
    ]);
    expect(tengah.challenges[0]!.solutions.map((s) => s.text)).toEqual(['Ajukan wifi desa lewat Dana Desa 👍']);
    expect(tengah.otherSolutions.map((s) => s.text)).toEqual(['Jadwal buka sore hari']);
  });

  it('finds a challenge’s solutions whichever way the link was drawn', () => {
    const reversed = lampungReportData();
    reversed.links = reversed.links.map((l) => ({ fromCardId: l.toCardId, toCardId: l.fromCardId }));
    const tengah = sessionView(reversed, reversed.sessions[0]!).groups[0]!;
    expect(tengah.challenges[0]!.solutions.map((s) => s.text)).toEqual(['Ajukan wifi desa lewat Dana Desa 👍']);
    expect(tengah.otherSolutions.map((s) => s.text)).toEqual(['Jadwal buka sore hari']);
  });

  it('counts merged duplicates as one challenge whose votes add up', () => {
    const wayKanan = group('Way Kanan');
    expect(wayKanan.challenges.map((c) => [c.title, c.votes, c.cards.length])).toEqual([
      ['Pengelola perpustakaan sering berganti', 7, 2],
      ['Internet lambat di balai desa', 1, 1],
    ]);
  });

  it('lists the inbox apart and totals every column by kind', () => {
    expect(day1.inbox.map((c) => c.kind)).toEqual(['challenge', 'solution']);
    const tengah = day1.totals.find((r) => r.group?.name === 'Lampung Tengah')!;
    expect(tengah.counts).toEqual([3, 3]);
    // The totals show the exercise's own kinds, not every kind the app knows.
    expect(day1.columns.map((c) => c.kind)).toEqual(['challenge', 'solution']);
    expect(day1.totals.at(-1)).toMatchObject({ group: null, total: 2 });
  });

  it('totals a blank board by the board’s own kinds, with a "no kind" column only when a card has none, first as on the board', () => {
    const blank = { ...data.sessions[0]!, id: 's4', template: 'blank' as const, customKinds: [{ id: 'h', label: 'Harapan' }, { id: 'k', label: 'Kekhawatiran' }] };
    const note = (id: string, customKindId: string | null) => ({ ...data.cards[0]!, id, sessionId: 's4', kind: 'note' as const, customKindId, votes: 0 });
    const withKinds = { ...data, sessions: [...data.sessions, blank], cards: [...data.cards, note('n1', 'h'), note('n2', 'k')] };
    expect(sessionView(withKinds, blank).columns.map((c) => c.label ?? c.kind)).toEqual(['Harapan', 'Kekhawatiran']);
    const withPlain = { ...withKinds, cards: [...withKinds.cards, note('n3', null)] };
    const view = sessionView(withPlain, blank);
    expect(view.columns.map((c) => c.label ?? c.kind)).toEqual(['note', 'Harapan', 'Kekhawatiran']);
    expect(view.totals.find((r) => r.group?.id === data.cards[0]!.groupId)?.counts).toEqual([1, 1, 1]);
  });

  it('groups achievements by TPBIS strategy in the programme order, untagged last', () => {
    const day2 = sessionView(data, data.sessions[1]!);
    expect(day2.groups[0]!.achievements.map((a) => a.tag)).toEqual(['services', 'community', 'advocacy']);
    expect(day2.groups[1]!.achievements.map((a) => [a.tag, a.cards.length])).toEqual([
      ['community', 1],
      [null, 1],
    ]);
  });
});

describe('the challenge × group matrix', () => {
  it('puts a challenge several groups raised first, merged duplicates as one row that counts once per group', () => {
    const rows = challengeMatrix(lampungReportData());
    expect(rows[0]).toMatchObject({ title: 'Internet lambat di balai desa', groupCount: 2, counts: { g1: 1, g2: 1 } });
    const merged = rows.find((r) => r.title === 'Pengelola perpustakaan sering berganti')!;
    expect(merged.counts).toEqual({ g2: 1 });
    expect(rows.some((r) => r.title === 'Rak buku rusak karena banjir')).toBe(false);
  });
});
