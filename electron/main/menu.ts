import type { MenuItemConstructorOptions } from 'electron';
import type { ShellWords } from './words.ts';

/**
 * The production menu: editing, zoom and full screen (for the projector), and quitting. No
 * developer tools and no reload: a facilitator never needs them, and a reload mid-gesture helps no one.
 */
export function menuTemplate(words: ShellWords, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const, submenu: [{ role: 'hide' as const }, { role: 'hideOthers' as const }, { type: 'separator' as const }, { role: 'quit' as const, label: words.quit }] }] : []),
    { label: words.file, submenu: [mac ? { role: 'close', label: words.close } : { role: 'quit', label: words.quit }] },
    {
      label: words.edit,
      submenu: [
        { role: 'undo', label: words.undo },
        { role: 'redo', label: words.redo },
        { type: 'separator' },
        { role: 'cut', label: words.cut },
        { role: 'copy', label: words.copy },
        { role: 'paste', label: words.paste },
        { role: 'selectAll', label: words.selectAll },
      ],
    },
    {
      label: words.view,
      submenu: [
        { role: 'resetZoom', label: words.resetZoom },
        { role: 'zoomIn', label: words.zoomIn },
        { role: 'zoomOut', label: words.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: words.fullScreen },
      ],
    },
    { label: words.window, submenu: [{ role: 'minimize', label: words.minimize }, { role: 'close', label: words.close }] },
  ];
}
