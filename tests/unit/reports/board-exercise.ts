import { randomUUID } from 'node:crypto';
import type { CardKind, StrategyTag } from '#shared/model.ts';
import { call, lampungWorkshop, openTestCore, tempDataDir } from '../helpers/core.ts';

/**
 * A small Lampung exercise built through the core, as the board builds it: challenges and
 * solutions with links, a merged pair, a closed dot vote with each group's paper dots, a second
 * vote still open, achievements by strategy, an action plan linked to a solution of day 1, a
 * blank board with its own kinds, a plenary session, a removed session and a deleted card.
 */
export async function boardExercise() {
  const dataDir = tempDataDir();
  const core = await openTestCore(dataDir);
  const { workshop, session, groups } = await lampungWorkshop(core);
  const [tengah, wayKanan, tulang] = groups.map((g) => g.id) as [string, string, string];
  await call(core, 'sessions.update', { id: session.id, title: 'Tantangan dan solusi', question: 'Apa tantangan terbesar perpustakaan desa Anda?' });
  const card = (sessionId: string, groupId: string | null, text: string, kind: CardKind = 'challenge', extra: Record<string, unknown> = {}) =>
    call(core, 'cards.create', { id: randomUUID(), sessionId, groupId, text, kind, ...extra });
  const link = (from: string, to: string) => call(core, 'links.create', { id: randomUUID(), fromCardId: from, toCardId: to });

  // Day 1: challenges and solutions.
  const koleksi = await card(session.id, tengah, 'Koleksi buku anak masih sedikit');
  const internet = await card(session.id, tengah, 'Internet lambat di balai desa');
  const sepi = await card(session.id, tengah, 'Pengunjung masih sepi', 'challenge', { author: 'Siti Aminah' });
  const donasi = await card(session.id, tengah, 'Minta donasi buku dari alumni', 'solution');
  const wifi = await card(session.id, tengah, 'Ajukan wifi desa lewat Dana Desa', 'solution');
  await card(session.id, tengah, 'Jadwal buka sore hari', 'solution');
  await link(donasi.id, koleksi.id);
  await link(wifi.id, internet.id);
  const berganti = await card(session.id, wayKanan, 'Pengelola sering berganti');
  const diganti = await card(session.id, wayKanan, 'Pengelola diganti tiap ganti kepala kampung');
  const jam = await card(session.id, wayKanan, 'Jam buka terbatas');
  const typo = await card(session.id, tulang, 'Salah ketik');
  await call(core, 'clusters.create', { id: randomUUID(), sessionId: session.id, title: 'Pengelola perpustakaan sering berganti', cardIds: [berganti.id, diganti.id] });

  // A closed vote, three dots per participant, each group's paper dots typed in.
  const vote = await call(core, 'votes.open', { id: randomUUID(), sessionId: session.id, budget: 3, budgetScope: 'participant', cardKind: 'challenge' });
  for (const group of [tengah, wayKanan, tulang]) await call(core, 'votes.setVoters', { roundId: vote.id, groupId: group, voters: 4 });
  const dots = (cardId: string, groupId: string, n: number) => call(core, 'votes.set', { roundId: vote.id, cardId, groupId, dots: n });
  await dots(internet.id, tengah, 5);
  await dots(koleksi.id, tengah, 2);
  await dots(internet.id, tulang, 2);
  await dots(berganti.id, wayKanan, 4);
  await dots(diganti.id, wayKanan, 3);
  await dots(jam.id, wayKanan, 1);
  await dots(typo.id, tulang, 6);
  await call(core, 'votes.close', { id: vote.id });
  await call(core, 'cards.delete', { id: typo.id });
  // A second vote, still open: its dots are secret and stay out of the report.
  const secret = await call(core, 'votes.open', { id: randomUUID(), sessionId: session.id, budget: 20, budgetScope: 'group', cardKind: 'challenge' });
  await call(core, 'votes.set', { roundId: secret.id, cardId: koleksi.id, groupId: tengah, dots: 9 });
  await call(core, 'votes.set', { roundId: secret.id, cardId: sepi.id, groupId: tengah, dots: 11 });

  const newSession = (title: string, day: number, template: 'achievements' | 'action_plan' | 'blank' | 'challenges_solutions', kind: 'board' | 'plenary' = 'board') =>
    call(core, 'sessions.create', { workshopId: workshop.id, title, day, template, kind, question: '' });

  // Day 2: achievements by TPBIS strategy, and a plenary.
  const capaian = await newSession('Berbagi capaian', 2, 'achievements');
  const tagged = (text: string, tag: StrategyTag | null, groupId = tengah) => card(capaian.id, groupId, text, 'achievement', { tag });
  await tagged('Kelas komputer untuk ibu-ibu PKK', 'services');
  await tagged('Pelatihan keripik pisang bersama BUMDes', 'community');
  await tagged('Berita perpustakaan di radio kabupaten', 'advocacy');
  await tagged('Lomba mewarnai anak', null, wayKanan);
  await newSession('Pleno: presentasi kelompok', 2, 'challenges_solutions', 'plenary');

  // Day 3: the action plan, a plan carrying out a solution of day 1.
  const rtl = await newSession('Rencana tindak lanjut', 3, 'action_plan');
  const proposal = await card(rtl.id, tengah, 'Menyusun proposal wifi ke Dana Desa', 'action', {
    who: 'Kepala kampung dan pengelola',
    byWhen: '2019-12-31',
    indicator: 'Proposal masuk APBDes 2020',
  });
  await link(proposal.id, wifi.id);
  await card(rtl.id, wayKanan, 'Pelatihan pengelola baru', 'action');

  // Day 3: a blank board with its own kinds.
  const refleksi = await newSession('Refleksi', 3, 'blank');
  const kind = (label: string, color: 'green' | 'orange') => call(core, 'kinds.create', { id: randomUUID(), sessionId: refleksi.id, label, color, icon: 'star' });
  const harapan = await kind('Harapan', 'green');
  const khawatir = await kind('Kekhawatiran', 'orange');
  await card(refleksi.id, tengah, 'Perpustakaan jadi pusat kegiatan warga', 'note', { customKindId: harapan.id });
  await card(refleksi.id, tengah, 'Dana desa dipotong', 'note', { customKindId: khawatir.id });
  await card(refleksi.id, null, 'Ada pojok baca di setiap dusun', 'note', { customKindId: harapan.id });

  // A session taken off the agenda, with a card on it.
  const batal = await newSession('Sesi yang dibatalkan', 3, 'challenges_solutions');
  await card(batal.id, tengah, 'Kartu sesi batal');
  await call(core, 'sessions.delete', { id: batal.id });

  return { core, dataDir, workshop, groups, sessions: { tantangan: session, capaian, rtl, refleksi, batal }, cards: { koleksi, internet, sepi, wifi, berganti, diganti, jam, proposal }, vote, secret };
}
