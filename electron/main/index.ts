import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore, type Core } from '../core/core.ts';
import { StartupError } from '../core/startup-error.ts';
import { createDoorListener } from '../host/door/listener.ts';
import { forwardEvents, registerIpc } from './ipc.ts';
import { createAppProtocolHandler } from './protocol.ts';
import { createSaveDialog } from './save-dialog.ts';
import { APP_ENTRY, APP_SCHEME, hardenSession, hardenWebContents } from './security.ts';

/**
 * The Electron shell, kept thin: open the core on the userData folder, serve the renderer
 * under app://, wire the IPC door, and lock the window down. Everything else is the core's.
 */
const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preload = join(here, 'preload.cjs');
const participantDir = join(here, '..', 'participant');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  // The first Rembuk owns the data folder; it brings its window forward (see second-instance).
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.whenReady().then(start, (error: unknown) => fatal(String(error)));
}

async function start() {
  let core: Core;
  try {
    const chooseSavePath = createSaveDialog({
      dialog,
      window: () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null,
      documentsDir: app.getPath('documents'),
    });
    // The participants' door listens only once the facilitator opens it (and on the network they pick).
    const door = { listener: createDoorListener({ pageDir: participantDir }) };
    core = await openCore({ dataDir: app.getPath('userData'), chooseSavePath, door });
  } catch (error) {
    return fatal(error instanceof StartupError ? error.describe() : String(error));
  }
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
  registerIpc(ipcMain, core);
  forwardEvents(core, () => BrowserWindow.getAllWindows().map((window) => window.webContents));
  openWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    event.preventDefault();
    void core.close().finally(() => app.exit(0));
  });
}

function openWindow() {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1000,
    minHeight: 700,
    title: 'Rembuk',
    show: false,
    webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY);
}

function fatal(message: string) {
  dialog.showErrorBox('Rembuk', message);
  app.exit(1);
}
