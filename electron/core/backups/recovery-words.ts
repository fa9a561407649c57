import type { BackupCopy } from '#shared/backups.ts';

export type Language = 'id' | 'en';

/**
 * What the doors say when a data file needs a backup, before the core (and the saved language)
 * is open: the desktop app asks in the system's language, the host prints both.
 */
export const RECOVERY_WORDS = {
  id: {
    newest: (copy: BackupCopy) => `Cadangan terbaru: ${formatTime(copy.createdAt, 'id')}${counts(copy, 'id')}.`,
    none: 'Belum ada cadangan di folder ini.',
    restore: 'Pulihkan cadangan terbaru',
    startEmpty: 'Mulai tanpa data',
    quit: 'Keluar',
    restored: (from: string | null, aside: string | null) =>
      `${from ? `Dipulihkan dari ${from}.` : 'Mulai tanpa data.'}${aside ? ` Berkas lama disimpan sebagai ${aside} (tidak dihapus).` : ''}`,
    howTo: (dataDir: string) =>
      `Untuk memulihkan: npm run serve -- --data "${dataDir}" --restore latest (atau --restore BERKAS untuk cadangan tertentu, --restore empty untuk mulai tanpa data; berkas lama disimpan di samping).`,
    lowSpace: (free: number) => `Peringatan: ruang disk tinggal ${megabytes(free)} MB. Kosongkan ruang agar Rembuk dapat terus menyimpan dan membuat cadangan.`,
  },
  en: {
    newest: (copy: BackupCopy) => `Newest backup: ${formatTime(copy.createdAt, 'en')}${counts(copy, 'en')}.`,
    none: 'There is no backup in this folder yet.',
    restore: 'Restore the newest backup',
    startEmpty: 'Start without data',
    quit: 'Quit',
    restored: (from: string | null, aside: string | null) =>
      `${from ? `Restored from ${from}.` : 'Started without data.'}${aside ? ` The old file was kept as ${aside} (not deleted).` : ''}`,
    howTo: (dataDir: string) =>
      `To restore: npm run serve -- --data "${dataDir}" --restore latest (or --restore FILE for a given backup, --restore empty to start without data; the old file is kept aside).`,
    lowSpace: (free: number) => `Warning: only ${megabytes(free)} MB of disk space left. Free some space so Rembuk can keep saving and making backups.`,
  },
} as const;

function counts(copy: BackupCopy, language: Language): string {
  if (copy.workshops === null || copy.cards === null) return '';
  return language === 'id' ? ` (${copy.workshops} pertemuan, ${copy.cards} kartu)` : ` (${copy.workshops} workshops, ${copy.cards} cards)`;
}

function formatTime(iso: string, language: Language): string {
  return new Date(iso).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function megabytes(bytes: number): number {
  return Math.floor(bytes / (1024 * 1024));
}
