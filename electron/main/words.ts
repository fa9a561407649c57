import type { Language } from '#shared/model.ts';

/** What the shell itself says (menus and dialogs), Bahasa Indonesia first. */
export const SHELL_WORDS = {
  id: {
    file: 'Berkas',
    edit: 'Sunting',
    view: 'Tampilan',
    window: 'Jendela',
    quit: 'Keluar',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    selectAll: 'Pilih semua',
    resetZoom: 'Ukuran asli',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    fullScreen: 'Layar penuh',
    minimize: 'Kecilkan',
    close: 'Tutup jendela',
    rendererGone: 'Tampilan Rembuk berhenti dan sudah dimuat ulang sekali.',
    unresponsive: 'Tampilan Rembuk tidak menanggapi.',
    nothingLost: 'Tidak ada yang hilang: setiap perubahan sudah tersimpan sebelum ditampilkan.',
    reload: 'Muat ulang',
    wait: 'Tunggu',
    restoreTitle: 'Pulihkan data Rembuk',
    keptAside: 'Berkas yang sekarang tidak dihapus: disimpan di samping dengan tanda waktu.',
    lowSpaceTitle: 'Ruang disk hampir habis',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    quit: 'Quit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    minimize: 'Minimise',
    close: 'Close window',
    rendererGone: 'The Rembuk window stopped and was already reloaded once.',
    unresponsive: 'The Rembuk window is not responding.',
    nothingLost: 'Nothing is lost: every change is saved before it is shown.',
    reload: 'Reload',
    wait: 'Wait',
    restoreTitle: 'Restore Rembuk data',
    keptAside: 'The current file is not deleted: it is kept aside with a time stamp.',
    lowSpaceTitle: 'The disk is nearly full',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type ShellWords = (typeof SHELL_WORDS)[Language];

/** Before the data (and its saved language) is open: Indonesian unless the system speaks English. */
export function systemLanguage(preferred: readonly string[]): Language {
  const first = preferred[0]?.toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}
