import { describe, expect, it } from 'vitest';
import { unpackedPath, workerFile } from '../../../electron/core/workers/worker-file.ts';

describe('finding a worker', () => {
  it('runs the TypeScript entry from sources, the bundle beside the core when built', () => {
    expect(workerFile('backup', 'file:///src/electron/core/workers/worker-file.ts').href).toBe('file:///src/electron/core/backups/copy-worker.ts');
    expect(workerFile('spreadsheet', 'file:///app/dist/electron/main.js').href).toBe('file:///app/dist/electron/spreadsheet-worker.js');
  });

  it('takes the unpacked copy beside app.asar in the installed app', () => {
    expect(workerFile('report', 'file:///C:/Program%20Files/Rembuk/resources/app.asar/dist/electron/main.js').href).toBe(
      'file:///C:/Program%20Files/Rembuk/resources/app.asar.unpacked/dist/electron/report-worker.js',
    );
    expect(unpackedPath('file:///opt/Rembuk/resources/app/dist/electron/x.js')).toBe('file:///opt/Rembuk/resources/app/dist/electron/x.js');
  });
});
