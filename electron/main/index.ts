import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type BrowserWindowConstructorOptions } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language, Settings } from '#shared/model.ts';
import { RECOVERY_WORDS } from '../core/backups/recovery-words.ts';
import { openCore, type Core } from '../core/core.ts';
import { createDoorListener } from '../host/door/listener.ts';
import { forwardEvents, registerIpc } from './ipc.ts';
import { menuTemplate } from './menu.ts';
import { createAppProtocolHandler } from './protocol.ts';
import { watchRenderer } from './renderer-watch.ts';
import { createSaveDialog } from './save-dialog.ts';
import { APP_ENTRY, APP_SCHEME, hardenSession, hardenWebContents } from './security.ts';
import { openCoreAtStart } from './startup.ts';
import { SHELL_WORDS, systemLanguage } from './words.ts';

/**
 * The Electron shell, kept thin: open the core on the userData folder (explaining, and offering a
 * backup, when it cannot), serve the renderer under app://, wire the IPC door, and lock the window
 * down. Everything else is the core's.
 */
const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preload = join(here, 'preload.cjs');
const participantDir = join(here, '..', 'participant');

/** The window: isolated, sandboxed, no Node, and no developer tools in the installed app. */
export function windowOptions(preloadFile: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1000,
    minHeight: 700,
    title: 'Rembuk',
    show: false,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: !packaged,
    },
  };
}

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let language: Language = 'id';

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
  language = systemLanguage(app.getPreferredSystemLanguages());
  const dataDir = app.getPath('userData');
  const chooseSavePath = createSaveDialog({
    dialog,
    window: () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null,
    documentsDir: app.getPath('documents'),
  });
  // The participants' door listens only once the facilitator opens it (and on the network they pick).
  const door = { listener: createDoorListener({ pageDir: participantDir }) };
  let opened: Awaited<ReturnType<typeof openCoreAtStart>>;
  try {
    opened = await openCoreAtStart({ dataDir, language, dialog, open: () => openCore({ dataDir, chooseSavePath, door }) });
  } catch (error) {
    return fatal(String(error));
  }
  if (!('dispatch' in opened)) return app.exit(opened.exitCode);
  const core: Core = opened;

  await useSavedLanguage(core);
  core.subscribe((event) => {
    if (event.type === 'settings.saved') applyLanguage(event.settings);
  });
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
  registerIpc(ipcMain, core);
  forwardEvents(core, () => BrowserWindow.getAllWindows().map((window) => window.webContents));
  const window = openWindow();
  for (const warning of core.warnings) {
    void dialog.showMessageBox(window, { type: 'warning', title: SHELL_WORDS[language].lowSpaceTitle, message: RECOVERY_WORDS[language].lowSpace(warning.freeBytes) });
  }

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    event.preventDefault();
    // Closing makes the last backup; the app exits when it is written.
    void core.close().finally(() => app.exit(0));
  });
}

async function useSavedLanguage(core: Core) {
  const outcome = await core.dispatch('settings.get', {});
  if (outcome.ok) applyLanguage(outcome.value as Settings);
  else applyLanguage({ language, csvSeparator: ',' });
}

function applyLanguage(settings: Settings) {
  language = settings.language;
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(SHELL_WORDS[language], process.platform)));
}

function openWindow(): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preload, app.isPackaged));
  watchRenderer(window, { dialog, words: () => SHELL_WORDS[language] });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY);
  return window;
}

function fatal(message: string) {
  dialog.showErrorBox('Rembuk', message);
  app.exit(1);
}
