import { z } from 'zod';
import type { ImportChoices, ImportMembers, ImportResult, Participant, ParticipantSummary } from '../model.ts';
import { byId, gender, id, MAX_WORKSHOP_DAYS, NAME_MAX, optionalText, participantRole, regionCode, text, TITLE_MAX } from '../schemas.ts';
import { method } from './method.ts';

/** More rows than any sign-in list has; beyond it a file is refused, never cut short silently. */
export const MAX_IMPORT_ROWS = 5000;
const NOTES_MAX = 500;
/** Free text: sign-in lists hold "0812-xxxx", "+62 812 …" and "-" alike. */
const phone = optionalText(40);

const participantFields = z.strictObject({
  name: text(NAME_MAX),
  gender: gender.nullable(),
  role: participantRole,
  groupId: id.nullable(),
  regency: optionalText(NAME_MAX),
  village: optionalText(NAME_MAX),
  institution: optionalText(TITLE_MAX),
  phone,
  notes: optionalText(NOTES_MAX),
});

/** One roster entry as typed or imported (no id, no workshop): only the name is required. */
export const participantDraft = z.strictObject({
  name: participantFields.shape.name,
  gender: participantFields.shape.gender.default(null),
  role: participantFields.shape.role.default('other'),
  groupId: participantFields.shape.groupId.default(null),
  regency: participantFields.shape.regency.default(''),
  village: participantFields.shape.village.default(''),
  institution: participantFields.shape.institution.default(''),
  phone: participantFields.shape.phone.default(''),
  notes: participantFields.shape.notes.default(''),
});

const meetingDay = z.number().int().min(1).max(MAX_WORKSHOP_DAYS);

/** A sign-in list's text as the import keys it (normalized, with its kecamatan and kabupaten). */
export const CHOICE_KEY_MAX = 3 * NAME_MAX + 2;
const choiceKey = z.string().min(1).max(CHOICE_KEY_MAX);
/** More distinct texts than any list has; the core keeps at most this many choices per import. */
export const MAX_CHOICES = 2000;

/** What the facilitator said the list's texts mean (see `ImportChoices`), remembered for the next import. */
export const importChoices = z.strictObject({
  groups: z.record(choiceKey, id.nullable()).refine((r) => Object.keys(r).length <= MAX_CHOICES, { message: 'too_big' }),
  roles: z.record(choiceKey, participantRole).refine((r) => Object.keys(r).length <= MAX_CHOICES, { message: 'too_big' }),
});

/** More groups than a PLM has (6 kabupaten, 17 or 45 villages) from one sign-in list. */
export const MAX_NEW_GROUPS = 100;

/**
 * A group the list's texts name and the workshop does not have yet ("Kabupaten Way Kanan" before
 * any group was added): made with the import, in its transaction. Its id is chosen by the caller,
 * so the rows can name it.
 */
export const importedGroup = z.strictObject({ id, name: text(NAME_MAX), regionCode: regionCode.nullable().default(null) });

/** An import's people and the groups it made ("Urungkan" of an import, and its redo). */
const importMembers = z.strictObject({
  ids: z.array(id).max(MAX_IMPORT_ROWS),
  groupIds: z.array(id).max(MAX_NEW_GROUPS).default([]),
});

export const participantMethods = {
  /** The roster (removed participants left out), in the order they were added. */
  'participants.list': method<Participant[]>()(z.strictObject({ workshopId: id })),
  'participants.create': method<Participant>()(
    participantDraft.extend({
      id: id.optional(),
      workshopId: id,
      /** A late arrival, added at the check-in desk: saved and checked in at once. */
      presentOnDay: meetingDay.optional(),
    }),
  ),
  /** Changes the given fields only. */
  'participants.update': method<Participant>()(participantFields.partial().extend({ id })),
  'participants.delete': method<Participant>()(byId),
  'participants.restore': method<Participant>()(byId),
  /**
   * Takes several participants of one workshop off the roster, and the groups made with them, in
   * one transaction (an import undone): the groups go after the people.
   */
  'participants.deleteMany': method<ImportMembers>()(importMembers),
  /** Brings them back in one transaction (that undo redone): the groups before the people. */
  'participants.restoreMany': method<ImportMembers>()(importMembers),
  /**
   * Adds the rows in one transaction, with the new groups they name (at the end of the groups'
   * order); a row that matches someone already on the roster is not added again.
   */
  'participants.import': method<ImportResult>()(
    z.strictObject({
      workshopId: id,
      participants: z.array(participantDraft).min(1).max(MAX_IMPORT_ROWS),
      choices: importChoices.optional(),
      newGroups: z.array(importedGroup).max(MAX_NEW_GROUPS).default([]),
    }),
  ),
  /** What this workshop's earlier imports chose for each text (choices naming a deleted group left out). */
  'participants.importChoices': method<ImportChoices>()(z.strictObject({ workshopId: id })),
  /** Per group × role, per gender, attendance per day: the numbers the setup pages and the reports show. */
  'participants.summary': method<ParticipantSummary>()(z.strictObject({ workshopId: id })),
};

export const attendanceMethods = {
  /** Ticks (or unticks) a participant on one day of the meeting. */
  'attendance.set': method<Participant>()(z.strictObject({ participantId: id, day: meetingDay, present: z.boolean() })),
};
