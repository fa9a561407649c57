import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getVillages } from 'idn-area-data';
import { openCore } from '../../electron/core/core.ts';
import { median, percentile, timed, type BenchRow } from './stats.ts';

/** Village names a facilitator types, letter by letter: every prefix is one keystroke. */
const TYPED = ['wonosari', 'sidomulyo', 'sukajaya', 'tanjung harapan', 'karang anyar', 'mulyorejo', 'way kanan', 'kampung baru', 'sumber rejo', 'batu', 'air', 'talang'];

/**
 * The region type-ahead over all villages, through `dispatch` (validation, the word index), beside
 * a plain linear scan of the same names (lower-case "includes", then the first 12) in the same run.
 */
export async function benchRegions(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rembuk-bench-'));
  try {
    const core = await openCore({ dataDir: dir });
    const search = async (query: string) => {
      const outcome = await core.dispatch('regions.search', { query, levels: ['village'], limit: 12 });
      if (!outcome.ok) throw new Error(`regions.search: ${outcome.error.code}`);
    };
    const load = await timed(() => search('a'));
    const keystrokes = TYPED.flatMap((name) => Array.from({ length: name.length }, (_, i) => name.slice(0, i + 1)));
    for (const query of keystrokes.slice(0, 20)) await search(query);
    const samples: number[] = [];
    for (let round = 0; round < 3; round++) for (const query of keystrokes) samples.push(await timed(() => search(query)));
    await core.close();

    const names = (await getVillages()).map((v) => v.name.toLowerCase());
    const scan = (query: string) => names.filter((n) => n.includes(query)).sort().slice(0, 12);
    const baseline: number[] = [];
    for (let round = 0; round < 3; round++) for (const query of keystrokes) baseline.push(await timed(() => scan(query)));

    return [
      { workload: `first search (reads ${names.length.toLocaleString('en')} desa once)`, n: 1, median: load, p95: load },
      {
        workload: `keystroke, type-ahead over all desa`,
        n: samples.length,
        median: median(samples),
        p95: percentile(samples, 95),
        baseline: 'linear scan (includes)',
        baselineMedian: median(baseline),
        baselineP95: percentile(baseline, 95),
        goal: 'p95 ≤ 20 ms',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
