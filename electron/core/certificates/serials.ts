import { write, type CoreContext } from '../context.ts';

/**
 * Gives every person about to get a certificate a number, once: the next free one of the
 * workshop, in roster order. A reprint shows the same numbers; nobody shares one.
 */
export async function assignSerials(ctx: CoreContext, workshopId: string, participantIds: readonly string[], now: string): Promise<void> {
  if (participantIds.length === 0) return;
  // Through write(), like every change: ctx.db is the read-only connection.
  await write(ctx, async (trx) => {
    const existing = await trx.selectFrom('certificate_serials').select(['participant_id', 'serial']).where('workshop_id', '=', workshopId).execute();
    const numbered = new Set(existing.map((s) => s.participant_id));
    let next = existing.reduce((max, s) => Math.max(max, s.serial), 0);
    const rows = participantIds.filter((id) => !numbered.has(id)).map((participant_id) => ({ participant_id, workshop_id: workshopId, serial: ++next, issued_at: now, updated_at: now }));
    if (rows.length) await trx.insertInto('certificate_serials').values(rows).execute();
    return { value: undefined, events: [] };
  });
}
