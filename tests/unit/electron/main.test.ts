import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT_CODES } from '../../../electron/core/startup-error.ts';
import { tempDataDir } from '../helpers/core.ts';
import { fingerprint } from '../safety/damage.ts';
import { createElectronMock, type ElectronMock } from './electron-mock.ts';

// electron/main/index.ts runs on import, as Electron runs it: each test imports it afresh
// against its own stand-in `electron` module. No test here claims Electron itself ran.
async function startShell(options: Parameters<typeof createElectronMock>[0], prepare?: (mock: ElectronMock) => void) {
  const electron = createElectronMock(options);
  prepare?.(electron);
  vi.resetModules();
  vi.doMock('electron', () => electron.module);
  await import('../../../electron/main/index.ts');
  return electron;
}

/** Quits as the operating system would, and waits for the core to close (its last backup written). */
async function quit(mock: ElectronMock) {
  mock.emitApp('will-quit', { preventDefault: vi.fn() });
  await vi.waitFor(() => expect(mock.app.exit).toHaveBeenCalledWith(0), { timeout: 10_000 });
}

afterEach(() => {
  vi.doUnmock('electron');
});

describe('the desktop shell (electron/main/index.ts, on a stand-in electron module)', () => {
  it('lets only one Rembuk run: a second one quits before opening any data', async () => {
    const mock = await startShell({ userData: tempDataDir(), gotLock: false });
    expect(mock.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(mock.app.quit).toHaveBeenCalled();
    expect(mock.app.whenReady).not.toHaveBeenCalled();
    expect(mock.windows).toHaveLength(0);
  });

  it('opens one locked-down window: isolated, sandboxed, no Node, no developer tools when installed', async () => {
    const mock = await startShell({ userData: tempDataDir() });
    await vi.waitFor(() => expect(mock.windows).toHaveLength(1), { timeout: 10_000 });
    const [window] = mock.windows;
    expect(window!.options).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false },
    });
    expect(String((window!.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(window!.loadURL).toHaveBeenCalledWith('app://rembuk/index.html');
    // The second instance's knock brings this window forward.
    mock.emitApp('second-instance');
    expect(window!.restore).toHaveBeenCalled();
    expect(window!.focus).toHaveBeenCalled();
    await quit(mock);
  });

  it('keeps developer tools for a development run', async () => {
    const mock = await startShell({ userData: tempDataDir(), packaged: false });
    await vi.waitFor(() => expect(mock.windows).toHaveLength(1), { timeout: 10_000 });
    expect(mock.windows[0]!.options).toMatchObject({ webPreferences: { devTools: true } });
    await quit(mock);
  });

  it('explains a newer data file in its own words and exits with its code, the file untouched', async () => {
    const userData = tempDataDir();
    const first = await startShell({ userData });
    await vi.waitFor(() => expect(first.windows).toHaveLength(1), { timeout: 10_000 });
    await quit(first);
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(join(userData, 'rembuk.sqlite'));
    db.exec(`insert into kysely_migration (name, timestamp) values ('9999_future', 'x')`);
    db.close();
    const before = fingerprint(join(userData, 'rembuk.sqlite'));

    const mock = await startShell({ userData });
    await vi.waitFor(() => expect(mock.app.exit).toHaveBeenCalledWith(EXIT_CODES.database_too_new), { timeout: 10_000 });
    expect(mock.dialog.showErrorBox).toHaveBeenCalledWith('Rembuk', expect.stringContaining('Perbarui Rembuk'));
    expect(mock.windows).toHaveLength(0);
    expect(fingerprint(join(userData, 'rembuk.sqlite'))).toBe(before);
  });

  it('sets a menu in the saved language, without developer tools or reload', async () => {
    const mock = await startShell({ userData: tempDataDir() });
    await vi.waitFor(() => expect(mock.windows).toHaveLength(1), { timeout: 10_000 });
    const [[menu]] = mock.module.Menu.setApplicationMenu.mock.calls as unknown as [[unknown]];
    const text = JSON.stringify(menu);
    expect(text).toContain('"label":"Sunting"');
    expect(text).not.toMatch(/toggleDevTools|forceReload|"reload"/);
    await quit(mock);
  });

  it('offers to start without data when the file is damaged and there is no backup, keeping the file aside', async () => {
    const userData = tempDataDir();
    writeFileSync(join(userData, 'rembuk.sqlite'), 'rusak');
    const mock = await startShell({ userData }, (m) => m.dialog.showMessageBoxSync.mockReturnValue(0));
    await vi.waitFor(() => expect(mock.windows).toHaveLength(1), { timeout: 10_000 });
    const question = mock.dialog.showMessageBoxSync.mock.calls[0] as unknown as [{ message: string; buttons: string[] }];
    expect(question[0].message).toMatch(/bukan basis data Rembuk/);
    expect(question[0].buttons).toEqual(['Mulai tanpa data', 'Keluar']);
    expect(readdirSync(userData).some((name) => /^rembuk-damaged-.*\.sqlite$/.test(name))).toBe(true);
    await quit(mock);
  });
});
