import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../electron/core/db/migrations/index.ts';

/**
 * Every migration has its test, and that test starts from exactly the schema before it
 * (`databaseAt(<previous>)`), not from an older one nor from an empty file migrated to the newest:
 * so it tests what the migration changes on the rows it will really meet.
 */
const names = Object.keys(migrations);

describe('migration tests', () => {
  it.each(names.slice(1).map((name, i) => [name, names[i]!]))('%s is tested from %s with databaseAt', (name, previous) => {
    const file = new URL(`./migration_${name.slice(0, 4)}.test.ts`, import.meta.url);
    expect(existsSync(file), `tests/unit/db/migration_${name.slice(0, 4)}.test.ts`).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('databaseAt(');
    expect(text).toContain(`'${previous}'`);
    // A database of its own would not be the one databaseAt hands over.
    expect(text).not.toMatch(/new DatabaseSync|migrate\(db/);
  });
});
