// One import bomb read in a fresh process, as the core reads it (dispatch, worker with its limits):
// prints the time to the refusal, the code, and the process's peak memory (worker included).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/core/core.ts';
import { BOMBS } from '../unit/helpers/spreadsheet-bombs.ts';

const name = process.argv[2] as keyof typeof BOMBS;
const { fileName, bytes } = BOMBS[name]();
const data = Buffer.from(bytes).toString('base64');
const dir = mkdtempSync(join(tmpdir(), 'rembuk-bomb-'));
const core = await openCore({ dataDir: dir });
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const outcome = await core.dispatch('spreadsheets.read', { fileName, data });
const ms = performance.now() - started;
await core.close();
rmSync(dir, { recursive: true, force: true });
const code = outcome.ok ? 'read' : outcome.error.code;
process.stdout.write(JSON.stringify({ ms, code, fileBytes: bytes.byteLength, rssBefore, peakRss: peakRss() }));

/**
 * This process's own peak. On Linux `resourceUsage().maxRSS` keeps the parent's high-water mark
 * across fork and exec (the bench runner is several hundred MB by now), so read the kernel's
 * VmHWM, which starts afresh with the new program; elsewhere maxRSS is the best there is.
 */
function peakRss(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}
