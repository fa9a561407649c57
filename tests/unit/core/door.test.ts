import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, failure } from '../helpers/core.ts';
import { joinPhone, keyOf, openDoorCore } from '../helpers/door.ts';

describe('the participants’ door, from the facilitator’s side', () => {
  it('opens for one board with a 6-character code and a secret in the QR address, and says so', async () => {
    const { core, session } = await openDoorCore();
    expect(await call(core, 'door.status', {})).toMatchObject({ open: false, code: null, joinUrl: null });
    const door = await call(core, 'door.open', { sessionId: session.id });
    expect(door).toMatchObject({ open: true, sessionId: session.id, showAtOnce: false, connected: [], closedBy: null });
    expect(door.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(door.addresses).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/$/)]);
    expect(door.joinUrl).toBe(`${door.addresses[0]}#${door.code}.${keyOf(door.joinUrl).secret}`);
    expect(keyOf(door.joinUrl).secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(core.events.at(-1)).toEqual({ type: 'door.saved', door });

    const closed = await call(core, 'door.close', {});
    expect(closed).toMatchObject({ open: false, code: null, addresses: [], closedBy: 'facilitator' });
  });

  it('remembers the network picked, and forgets it once the laptop is no longer on it', async () => {
    const { core, session, listenedOn } = await openDoorCore();
    // 192.0.2.0/24 is reserved for documentation: never an address of this machine. (The test's
    // door listens on 127.0.0.1 whatever is asked; what was asked is what this checks.)
    await call(core, 'door.open', { sessionId: session.id, address: '192.0.2.7' });
    await call(core, 'door.close', {});
    await call(core, 'door.open', { sessionId: session.id });
    expect(listenedOn).toEqual(['192.0.2.7', null]);
  });

  it('does not open for a locked board or a plenary session', async () => {
    const { core, session, workshop } = await openDoorCore();
    const plenary = await call(core, 'sessions.create', { workshopId: workshop.id, title: 'Pembukaan', day: 1, kind: 'plenary', template: 'blank' });
    expect((await failure(core, 'door.open', { sessionId: plenary.id })).code).toBe('invalid_input');
    await call(core, 'sessions.lock', { id: session.id });
    expect((await failure(core, 'door.open', { sessionId: session.id })).code).toBe('board_locked');
  });

  it('lets phones in with the code only while it is current: a rotated code or a wrong secret is refused', async () => {
    const { core, session, phones } = await openDoorCore();
    const first = await call(core, 'door.open', { sessionId: session.id });
    const key = keyOf(first.joinUrl);
    expect((await phones.call('phone.welcome', { key: { code: key.code.toLowerCase() } }, null)).outcome.ok).toBe(true);
    expect((await phones.call('phone.welcome', { key: { code: key.code, secret: 'x'.repeat(22) } }, null)).outcome).toMatchObject({ ok: false, error: { code: 'join_code_wrong' } });
    const rotated = await call(core, 'door.rotateCode', {});
    expect(rotated.code).not.toBe(first.code);
    expect((await phones.call('phone.welcome', { key }, null)).outcome).toMatchObject({ ok: false, error: { code: 'join_code_wrong' } });
    expect((await phones.call('phone.welcome', { key: keyOf(rotated.joinUrl) }, null)).outcome.ok).toBe(true);
  });

  it('shows a joining phone the meeting’s groups and roster, and keeps its person and group', async () => {
    const { core, session, groups, roster, phones } = await openDoorCore();
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const welcome = await phones.call('phone.welcome', { key }, null);
    expect(welcome.outcome).toMatchObject({
      ok: true,
      value: { workshopTitle: 'PLM Provinsi Lampung 2019', groups: groups.map((g) => ({ id: g.id, name: g.name, color: g.color })), language: 'id' },
    });
    const siti = await joinPhone(phones, key, { participantId: roster[0]!.id });
    expect(siti.device).toMatchObject({ name: 'Siti Aminah', groupId: groups[0]!.id, participantId: roster[0]!.id });
    const guest = await joinPhone(phones, key, { name: 'Pak Joko', groupId: groups[2]!.id });
    expect(guest.device).toMatchObject({ name: 'Pak Joko', groupId: groups[2]!.id, participantId: null });
    const state = await guest.call('phone.state', {});
    expect(state).toMatchObject({ ok: true, value: { me: { name: 'Pak Joko', groupName: 'Tulang Bawang' }, cards: [], vote: null } });
    // The cookie works again (a reload), and a made-up one does not.
    expect(await phones.authenticate(guest.credential)).toMatchObject({ id: guest.device.id });
    expect(await phones.authenticate(`${guest.device.id}.wrong`)).toBeNull();
  });

  it('lists the roster alphabetically as a person reads it, namesakes in their groups’ order', async () => {
    const { core, session, workshop, groups, phones } = await openDoorCore();
    // Sign-in sheets as the field writes them: a name in lower case, two people of one name.
    await call(core, 'participants.create', { workshopId: workshop.id, name: 'ahmad Fauzi', groupId: groups[2]!.id });
    await call(core, 'participants.create', { workshopId: workshop.id, name: 'Siti Aminah', groupId: groups[1]!.id });
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const welcome = await phones.call('phone.welcome', { key }, null);
    const roster = (welcome.outcome as { value: { roster: Array<{ name: string; groupId: string }> } }).value.roster;
    expect(roster.map((p) => p.name)).toEqual(['ahmad Fauzi', 'Budi Santoso', 'Siti Aminah', 'Siti Aminah', 'Wayan Sudarta']);
    expect(roster.filter((p) => p.name === 'Siti Aminah').map((p) => p.groupId)).toEqual([groups[0]!.id, groups[1]!.id]);
  });

  it('leaves a deleted group off the phones: not offered, not joined, and a card from a phone in it goes to the inbox', async () => {
    const { core, session, groups, phones } = await openDoorCore();
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const joko = await joinPhone(phones, key, { name: 'Pak Joko', groupId: groups[2]!.id });
    // A group added by mistake ("Tulang Bawang" typed twice), deleted while phones are in.
    await call(core, 'groups.delete', { id: groups[2]!.id });

    const welcome = await phones.call('phone.welcome', { key }, null);
    expect(welcome.outcome).toMatchObject({ ok: true, value: { groups: groups.slice(0, 2).map((g) => ({ id: g.id, name: g.name, color: g.color })) } });
    const late = await phones.call('phone.join', { key, participantId: null, name: 'Bu Rina', groupId: groups[2]!.id }, null);
    expect(late.outcome).toMatchObject({ ok: false, error: { code: 'not_found' } });

    // Written from a phone that joined it before: on the board, in the inbox, not in a group no one sees.
    await joko.call('phone.cards.create', { id: randomUUID(), text: 'Rak buku penuh', kind: 'challenge', customKindId: null });
    expect((await call(core, 'sessions.board', { id: session.id })).cards).toEqual([expect.objectContaining({ text: 'Rak buku penuh', groupId: null })]);
    expect(await joko.call('phone.state', {})).toMatchObject({ ok: true, value: { me: { name: 'Pak Joko', groupId: groups[2]!.id, groupName: null } } });
  });

  it('puts a phone’s card in its group, hidden and marked with its device and author, until the group is revealed', async () => {
    const { core, session, groups, roster, phones } = await openDoorCore();
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const siti = await joinPhone(phones, key, { participantId: roster[0]!.id });
    const written = await siti.call('phone.cards.create', { id: randomUUID(), text: '  Internet lambat ', kind: 'challenge', customKindId: null });
    expect(written).toMatchObject({ ok: true, value: { text: 'Internet lambat', kind: 'challenge' } });
    const board = await call(core, 'sessions.board', { id: session.id });
    expect(board.cards).toEqual([expect.objectContaining({ text: 'Internet lambat', groupId: groups[0]!.id, author: 'Siti Aminah', deviceId: siti.device.id, hidden: true })]);

    const shown = await call(core, 'door.reveal', { sessionId: session.id, groupId: groups[0]!.id });
    expect(shown).toEqual([expect.objectContaining({ text: 'Internet lambat', hidden: false })]);

    await call(core, 'door.showAtOnce', { showAtOnce: true });
    await siti.call('phone.cards.create', { id: randomUUID(), text: 'Koleksi sedikit', kind: 'solution', customKindId: null });
    expect((await call(core, 'sessions.board', { id: session.id })).cards.map((c) => [c.text, c.hidden])).toEqual([
      ['Internet lambat', false],
      ['Koleksi sedikit', false],
    ]);
    // A kind this board does not take is refused.
    const achievement = await siti.call('phone.cards.create', { id: randomUUID(), text: 'Lomba baca', kind: 'achievement', customKindId: null });
    expect(achievement).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('turning “show at once” on shows the cards still waiting', async () => {
    const { core, session, roster, phones } = await openDoorCore();
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const budi = await joinPhone(phones, key, { participantId: roster[1]!.id });
    await budi.call('phone.cards.create', { id: randomUUID(), text: 'Rak penuh', kind: 'challenge', customKindId: null });
    await call(core, 'door.showAtOnce', { showAtOnce: true });
    expect((await call(core, 'sessions.board', { id: session.id })).cards.map((c) => c.hidden)).toEqual([false]);
  });

  it('lets a phone edit and delete its own cards only, and only until the board is locked', async () => {
    const { core, session, roster, phones } = await openDoorCore();
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const siti = await joinPhone(phones, key, { participantId: roster[0]!.id });
    const budi = await joinPhone(phones, key, { participantId: roster[1]!.id });
    const id = randomUUID();
    await siti.call('phone.cards.create', { id, text: 'Internet lambat', kind: 'challenge', customKindId: null });
    expect(await siti.call('phone.cards.update', { id, text: 'Internet sangat lambat' })).toMatchObject({ ok: true, value: { text: 'Internet sangat lambat' } });
    expect(await budi.call('phone.cards.update', { id, text: 'Diubah orang lain' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await budi.call('phone.cards.delete', { id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const other = randomUUID();
    await siti.call('phone.cards.create', { id: other, text: 'Salah ketik', kind: 'challenge', customKindId: null });
    expect(await siti.call('phone.cards.delete', { id: other })).toMatchObject({ ok: true, value: { deletedAt: expect.any(String) } });
    expect((await siti.call('phone.state', {})) as { value: { cards: Array<{ text: string }> } }).toMatchObject({ value: { cards: [{ text: 'Internet sangat lambat' }] } });

    await call(core, 'sessions.lock', { id: session.id });
    // Locking the board closes the door; the phones are told why.
    expect(siti.events.at(-1)).toEqual({ type: 'closed', by: 'lock' });
    expect(await call(core, 'door.status', {})).toMatchObject({ open: false, closedBy: 'lock' });
    expect(await siti.call('phone.cards.update', { id, text: 'Terlambat' })).toMatchObject({ ok: false, error: { code: 'door_closed' } });
    expect((await call(core, 'sessions.board', { id: session.id })).cards.map((c) => c.text)).toEqual(['Internet sangat lambat']);
  });

  it('refuses a phone’s edit once the board is locked, even before the door has closed', async () => {
    const { core, session, roster, phones } = await openDoorCore();
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const siti = await joinPhone(phones, key, { participantId: roster[0]!.id });
    const id = randomUUID();
    await siti.call('phone.cards.create', { id, text: 'Internet lambat', kind: 'challenge', customKindId: null });
    const [locking, editing] = await Promise.all([core.dispatch('sessions.lock', { id: session.id }), siti.call('phone.cards.update', { id, text: 'Sesudah kunci' })]);
    expect(locking.ok).toBe(true);
    expect(editing).toMatchObject({ ok: false, error: { code: 'board_locked' } });
  });

  it('tells each phone what changed for it: its own cards, the question and timer, and when a vote opens', async () => {
    const { core, session, roster, phones } = await openDoorCore();
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const siti = await joinPhone(phones, key, { participantId: roster[0]!.id });
    const budi = await joinPhone(phones, key, { participantId: roster[1]!.id });
    expect((await call(core, 'door.status', {})).open).toBe(true);
    const id = randomUUID();
    await siti.call('phone.cards.create', { id, text: 'Internet lambat', kind: 'challenge', customKindId: null });
    await call(core, 'cards.update', { id, text: 'Internet lambat sekali' });
    expect(siti.events.filter((e) => e.type === 'cards').map((e) => e.type === 'cards' && e.cards[0]!.text)).toEqual(['Internet lambat', 'Internet lambat sekali']);
    expect(budi.events.filter((e) => e.type === 'cards')).toEqual([]);

    await call(core, 'sessions.update', { id: session.id, question: 'Apa tantangan terbesar perpustakaan desa?' });
    await call(core, 'timer.start', { sessionId: session.id });
    await expect.poll(() => budi.events.filter((e) => e.type === 'session').length).toBe(2);
    const last = budi.events.filter((e) => e.type === 'session').at(-1);
    expect(last).toMatchObject({ session: { question: 'Apa tantangan terbesar perpustakaan desa?', locked: false, kinds: [{ kind: 'challenge' }, { kind: 'solution' }] } });
    expect(last?.type === 'session' && last.session.timer.endsAt).toBeTruthy();

    await call(core, 'votes.open', { id: randomUUID(), sessionId: session.id, budget: 3, budgetScope: 'participant', cardKind: 'challenge' });
    expect(budi.events.at(-1)).toEqual({ type: 'refresh' });
  });

  it('offers a phone a blank board’s own kinds, as the board shows them, and refuses a plain note there', async () => {
    const { core, workshop, roster, phones } = await openDoorCore();
    const refleksi = await call(core, 'sessions.create', { workshopId: workshop.id, title: 'Refleksi', day: 2, template: 'blank' });
    const key = keyOf((await call(core, 'door.open', { sessionId: refleksi.id })).joinUrl);
    const siti = await joinPhone(phones, key, { participantId: roster[0]!.id });
    // Arrays match whole: no other kind may be offered.
    expect(await siti.call('phone.state', {})).toMatchObject({ ok: true, value: { session: { kinds: [{ kind: 'note', customKindId: null, label: null }] } } });
    await call(core, 'door.close', {});

    const harapan = await call(core, 'kinds.create', { id: randomUUID(), sessionId: refleksi.id, label: 'Harapan', color: 'green', icon: 'star' });
    const kekhawatiran = await call(core, 'kinds.create', { id: randomUUID(), sessionId: refleksi.id, label: 'Kekhawatiran', color: 'red', icon: 'alert' });
    const again = keyOf((await call(core, 'door.open', { sessionId: refleksi.id })).joinUrl);
    const budi = await joinPhone(phones, again, { participantId: roster[1]!.id });
    const kinds = [
      { kind: 'note', customKindId: harapan.id, label: 'Harapan', color: 'green', icon: 'star' },
      { kind: 'note', customKindId: kekhawatiran.id, label: 'Kekhawatiran', color: 'red', icon: 'alert' },
    ];
    expect(await budi.call('phone.state', {})).toMatchObject({ ok: true, value: { session: { kinds } } });
    const written = await budi.call('phone.cards.create', { id: randomUUID(), text: 'Pojok baca di setiap dusun', kind: 'note', customKindId: harapan.id });
    expect(written).toMatchObject({ ok: true, value: { customKindId: harapan.id } });
    const plain = await budi.call('phone.cards.create', { id: randomUUID(), text: 'Tanpa jenis', kind: 'note', customKindId: null });
    expect(plain).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('counts connected phones per group for the board', async () => {
    const { core, session, groups, roster, phones } = await openDoorCore();
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const siti = await joinPhone(phones, key, { participantId: roster[0]!.id });
    await joinPhone(phones, key, { name: 'Teman Siti', groupId: groups[0]!.id });
    await joinPhone(phones, key, { participantId: roster[2]!.id });
    expect((await call(core, 'door.status', {})).connected).toEqual(
      expect.arrayContaining([
        { groupId: groups[0]!.id, phones: 2 },
        { groupId: groups[2]!.id, phones: 1 },
      ]),
    );
    siti.disconnect();
    await expect.poll(async () => (core.events.filter((e) => e.type === 'door.saved').at(-1) as { door: { connected: unknown } }).door.connected).toEqual(
      expect.arrayContaining([{ groupId: groups[0]!.id, phones: 1 }]),
    );
  });

  it('lets no more phones in than the door’s cap', async () => {
    const { core, session, groups, phones } = await openDoorCore({ deviceCap: 2 });
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    await joinPhone(phones, key, { name: 'Satu', groupId: groups[0]!.id });
    await joinPhone(phones, key, { name: 'Dua', groupId: groups[0]!.id });
    const third = await phones.call('phone.join', { key, participantId: null, name: 'Tiga', groupId: groups[0]!.id }, null);
    expect(third.outcome).toMatchObject({ ok: false, error: { code: 'door_full' } });
    expect(third.credential).toBeUndefined();
  });

  it('keeps the two contracts apart: phones cannot call the facilitator’s methods, nor the facilitator the phones’', async () => {
    const { core, session, roster, phones } = await openDoorCore();
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const siti = await joinPhone(phones, key, { participantId: roster[0]!.id });
    for (const method of ['workshops.list', 'reports.start', 'spreadsheets.read', 'door.close', 'cards.create']) {
      expect(await siti.call(method, {}), method).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect((await failure(core, 'phone.state', {})).code).toBe('unknown_method');
    expect((await call(core, 'door.status', {})).open).toBe(true);
  });

  it('refuses every phone call once the door is closed, and a phone of another meeting', async () => {
    const { core, session, roster, phones } = await openDoorCore();
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const siti = await joinPhone(phones, key, { participantId: roster[0]!.id });
    await call(core, 'door.close', {});
    expect(siti.events.at(-1)).toEqual({ type: 'closed', by: 'facilitator' });
    expect(await siti.call('phone.state', {})).toMatchObject({ ok: false, error: { code: 'door_closed' } });
    expect((await phones.call('phone.welcome', { key }, null)).outcome).toMatchObject({ ok: false, error: { code: 'door_closed' } });
    expect(await phones.authenticate(siti.credential)).toBeNull();

    const other = await call(core, 'workshops.create', { title: 'PLM Kabupaten Bone', startDate: '2022-09-28', endDate: '2022-09-29' });
    await call(core, 'door.open', { sessionId: other.sessions[0]!.id });
    expect(await phones.authenticate(siti.credential)).toBeNull();
  });
});
