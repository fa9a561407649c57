import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { EXIT_CODES } from '../../electron/core/startup-error.ts';
import { HostProcess, runHostExpectingExit } from './support/host.ts';

test('a second host on the same data folder exits with a clear message', async () => {
  const first = new HostProcess();
  await first.start();
  try {
    const second = await runHostExpectingExit(['--port', '0', '--data', first.dataDir]);
    expect(second.code).toBe(EXIT_CODES.data_dir_in_use);
    expect(second.output).toContain('Folder data ini sedang dipakai oleh Rembuk lain');
    expect(second.output).toContain('in use by another Rembuk');
    expect(second.output).not.toMatch(/\n\s+at /);
  } finally {
    await first.dispose();
  }
});

test('a data folder that cannot be written stops the host with a clear message', async () => {
  const holder = new HostProcess();
  const blocker = join(holder.dataDir, 'a-file');
  writeFileSync(blocker, 'not a folder');
  const result = await runHostExpectingExit(['--port', '0', '--data', join(blocker, 'data')]);
  expect(result.code).toBe(EXIT_CODES.data_dir_not_writable);
  expect(result.output).toContain('Rembuk tidak dapat menulis ke folder data ini');
  expect(result.output).not.toMatch(/\n\s+at /);
  await holder.dispose();
});
