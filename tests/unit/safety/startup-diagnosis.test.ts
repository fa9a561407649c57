import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core.ts';
import { StartupError, type StartupProblem } from '../../../electron/core/startup-error.ts';
import { dataDirWithCards, DAMAGE, fingerprint } from './damage.ts';

const EXPECTED: Record<keyof typeof DAMAGE, StartupProblem> = {
  'half file': 'database_damaged',
  'first page only': 'database_damaged',
  'garbage header': 'database_damaged',
  'random bytes': 'database_not_rembuk',
  'text file': 'database_not_rembuk',
  'a folder': 'database_not_rembuk',
  'one bad page in the middle': 'database_damaged',
  'a bad last page': 'database_damaged',
  'zero bytes': 'database_damaged',
  'a newer schema': 'database_too_new',
};

describe('opening a damaged data file', () => {
  for (const [kind, damage] of Object.entries(DAMAGE) as Array<[keyof typeof DAMAGE, (file: string) => void]>) {
    it(`says what is wrong with ${kind}, in both languages, and leaves the file byte-identical`, async () => {
      const { dir, file } = await dataDirWithCards();
      damage(file);
      const before = fingerprint(file);
      const error = await openCore({ dataDir: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as StartupError).problem).toBe(EXPECTED[kind]);
      expect((error as StartupError).exitCode).toBeGreaterThan(1);
      expect((error as StartupError).describe()).not.toMatch(/\n\s+at /);
      expect(fingerprint(file)).toBe(before);
    });
  }

  it('tells a newer file to update Rembuk, in Bahasa Indonesia first', async () => {
    const { dir, file } = await dataDirWithCards(10);
    DAMAGE['a newer schema'](file);
    const error = (await openCore({ dataDir: dir }).catch((e: unknown) => e)) as StartupError;
    expect(error.describe().split('\n')[0]).toMatch(/Perbarui Rembuk/);
    expect(error.describe()).toMatch(/Update Rembuk/);
  });
});
