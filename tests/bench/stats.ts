/** Small helpers every benchmark shares: timing, percentiles, and the printed table. */

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

/** Runs `task` and returns how long it took in milliseconds. */
export async function timed(task: () => unknown): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export interface BenchRow {
  workload: string;
  n: number;
  /** Milliseconds. */
  median: number;
  p95: number;
  /** Shown (with the baseline's) when some row of the table has it. */
  p99?: number;
  baseline?: string;
  baselineMedian?: number;
  baselineP95?: number;
  baselineP99?: number;
  goal?: string;
  note?: string;
}

export function printTable(title: string, rows: BenchRow[]) {
  const fmt = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '' : x < 10 ? x.toFixed(3) : x.toFixed(1));
  const withP99 = rows.some((r) => r.p99 !== undefined);
  const table = rows.map((r) => ({
    workload: r.workload,
    n: String(r.n),
    'median ms': fmt(r.median),
    'p95 ms': fmt(r.p95),
    ...(withP99 ? { 'p99 ms': fmt(r.p99) } : {}),
    baseline: r.baseline ?? '',
    'base median ms': fmt(r.baselineMedian),
    'base p95 ms': fmt(r.baselineP95),
    ...(withP99 ? { 'base p99 ms': fmt(r.baselineP99) } : {}),
    'ratio (median)': r.baselineMedian ? `${(r.median / r.baselineMedian).toFixed(2)}×` : '',
    goal: r.goal ?? '',
    note: r.note ?? '',
  }));
  const headers = Object.keys(table[0] ?? {});
  const widths = headers.map((h) => Math.max(h.length, ...table.map((row) => (row as Record<string, string>)[h]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(headers));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(headers.map((h) => (row as Record<string, string>)[h]!)));
}

/**
 * Watches the event loop of this thread: a 1 ms timer notes how late it fires. Returns a
 * stop function that gives the longest stall seen (ms), i.e. the longest time this thread
 * could not answer anything else.
 */
export function watchStalls(): () => number {
  let longest = 0;
  let last = performance.now();
  let timer: NodeJS.Timeout;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  return () => {
    clearTimeout(timer);
    tick();
    clearTimeout(timer);
    return longest;
  };
}
