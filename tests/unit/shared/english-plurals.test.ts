// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18next, startI18n } from '../../../renderer/src/i18n/index.ts';

const EN = join(import.meta.dirname, '../../../renderer/src/i18n/en');

/** Every English text, as `namespace:key.path` → text. */
function englishTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (node: Record<string, unknown>, path: string) => {
    for (const [key, value] of Object.entries(node)) {
      const at = path.endsWith(':') ? `${path}${key}` : `${path}.${key}`;
      if (typeof value === 'string') texts.set(at, value);
      else walk(value as Record<string, unknown>, at);
    }
  };
  for (const file of readdirSync(EN)) walk(JSON.parse(readFileSync(join(EN, file), 'utf8')) as Record<string, unknown>, `${file.replace('.json', '')}:`);
  return texts;
}

const PREPOSITIONS = new Set(['with', 'of', 'in', 'from', 'to', 'by', 'for', 'on', 'at']);
const VERBS_AND_SUCH = new Set(['is', 'was', 'has', 'does', 'goes', 'stays', 'its', 'this']);

/**
 * The English screen says "1 phone", never "1 phones". A number followed (within two words) by a
 * plural noun is only right in a key's `_other` form; elsewhere the noun goes through a plural
 * (`key_one` / `key_other`, or `$t(common:n.…)` inside a text with several numbers).
 */
describe('English numbers and nouns', () => {
  it('put no number before a plural noun outside a plural form', () => {
    const wrong: string[] = [];
    for (const [key, text] of englishTexts()) {
      if (key.endsWith('_other')) continue;
      for (const match of text.matchAll(/\{\{(\w+)\}\}((?:\s+[\w']+){1,2})/g)) {
        // A limit is a constant of the app, always more than one ("at most 5,000 rows").
        if (match[1] === 'limit') continue;
        const words = match[2]!.trim().split(/\s+/);
        // "0 with problems": the noun after a preposition is not what the number counts.
        if (PREPOSITIONS.has(words[0]!)) continue;
        if (words.some((word) => /[a-z]s$/.test(word) && !VERBS_AND_SUCH.has(word))) wrong.push(`${key}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  describe('as the screens show them', () => {
    beforeAll(async () => {
      await startI18n('en');
    });

    it('counts phones, dots, photos and skipped items', () => {
      expect(i18next.t('door:toggleOpen', { count: 1 })).toBe("Participants' phones · 1 phone");
      expect(i18next.t('door:connected', { count: 2 })).toBe('2 phones connected');
      expect(i18next.t('door:phonesLabel', { count: 1 })).toBe('1 phone connected');
      expect(i18next.t('door:revealLabel', { count: 1, group: 'Way Kanan' })).toBe('Show 1 new card from phones in Way Kanan');
      expect(i18next.t('phone:vote.dots', { count: 1 })).toBe('1 dot');
      expect(i18next.t('documentation:stripCount', { count: 1 })).toBe('1 photo');
      expect(i18next.t('backups:transfer.reportSkipped', { count: 3 })).toBe('3 identical items skipped.');
    });

    it('counts each noun of a text with several numbers on its own', () => {
      expect(i18next.t('workshops:counts', { groups: 1, participants: 65, cards: 1 })).toBe('1 group · 65 participants · 1 card');
      expect(i18next.t('summary:intro', { count: 65, groups: 1 })).toBe('65 participants; 1 working group.');
      expect(i18next.t('roster:import.counts', { ready: 56, problems: 0, present: 0, ignored: 1 })).toBe(
        '56 ready to import · 0 with problems · 0 already on the list · 1 row ignored (empty or totals)',
      );
      expect(i18next.t('awards:paste.tooLarge', { rows: 1, columns: 4, freeRows: 1, freeColumns: 3 })).toBe(
        'The pasted 1 row × 4 columns do not fit: from this box there are only 1 row and 3 columns. Nothing was pasted.',
      );
      expect(i18next.t('attendance:presentCount', { day: 1, present: 1, total: 1 })).toBe('Present on day 1: 1 of 1 participant');
      expect(i18next.t('backups:transfer.report', { title: 'PLM', added: 3, updated: 0, conflicts: 1 })).toBe('PLM: 3 added, 0 updated, 1 difference settled by the merge rule.');
    });

    it('leaves the Indonesian texts as they were', async () => {
      await i18next.changeLanguage('id');
      expect(i18next.t('door:toggleOpen', { count: 1 })).toBe('Peserta lewat HP · 1 HP');
      expect(i18next.t('phone:vote.dots', { count: 3 })).toBe('3 titik');
    });
  });
});
