import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (its binary cannot run here): it records what the shell
 * asks of it, and lets a test play the operating system (a second instance, quitting).
 */
export function createElectronMock(options: { userData: string; gotLock?: boolean; packaged?: boolean }) {
  const appEvents = new EventEmitter();
  const windows: FakeWindow[] = [];

  class FakeWindow extends EventEmitter {
    readonly options: Record<string, unknown>;
    readonly webContents = Object.assign(new EventEmitter(), {
      reload: vi.fn(),
      forcefullyCrashRenderer: vi.fn(),
      isDestroyed: () => false,
      send: vi.fn(),
    });
    readonly loadURL = vi.fn(async () => undefined);
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly close = vi.fn();
    isMinimized = vi.fn(() => true);
    isDestroyed = () => false;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      windows.push(this);
    }
    static getAllWindows = () => windows;
    static getFocusedWindow = () => windows[0] ?? null;
  }

  const app = {
    requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn((event: string, handler: (...args: unknown[]) => void) => appEvents.on(event, handler)),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((name: string) => (name === 'userData' ? options.userData : `${options.userData}-${name}`)),
    getPreferredSystemLanguages: vi.fn(() => ['id-ID']),
    isPackaged: options.packaged ?? true,
  };
  const dialog = {
    showErrorBox: vi.fn(),
    showMessageBoxSync: vi.fn(() => 0),
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
    showSaveDialog: vi.fn(),
  };
  const module = {
    app,
    dialog,
    BrowserWindow: FakeWindow,
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } },
    },
  };
  return { module, app, dialog, windows, emitApp: (event: string, ...args: unknown[]) => appEvents.emit(event, ...args) };
}

export type ElectronMock = ReturnType<typeof createElectronMock>;
