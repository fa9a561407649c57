/**
 * Why Rembuk could not start on a data directory. The door that started it shows the message
 * (terminal or dialog) and exits with the problem's own non-zero code; these never reach the
 * renderer. In every case the database file is left exactly as it was.
 */
export const STARTUP_PROBLEMS = [
  'data_dir_in_use',
  'data_dir_not_writable',
  'database_not_rembuk',
  'database_damaged',
  'database_too_new',
  'disk_full',
  'backup_missing',
  'backup_unusable',
] as const;
export type StartupProblem = (typeof STARTUP_PROBLEMS)[number];

/** The problems a backup can mend: the desktop app offers the newest copy, the host says how. */
export const RESTORABLE_PROBLEMS: readonly StartupProblem[] = ['database_damaged', 'database_not_rembuk'];

const MESSAGES: Record<StartupProblem, { id: string; en: string }> = {
  data_dir_in_use: {
    id: 'Folder data ini sedang dipakai oleh Rembuk lain yang masih terbuka. Tutup Rembuk yang lain itu, atau pilih folder data lain.',
    en: 'This data folder is in use by another Rembuk that is still open. Close that one, or choose another data folder.',
  },
  data_dir_not_writable: {
    id: 'Rembuk tidak dapat menulis ke folder data ini. Periksa izin folder, atau pilih folder data lain.',
    en: 'Rembuk cannot write to this data folder. Check the folder permissions, or choose another data folder.',
  },
  database_not_rembuk: {
    id: 'Berkas data di folder ini bukan basis data Rembuk. Berkas itu tidak diubah. Pulihkan dari cadangan, atau pilih folder data lain.',
    en: 'The data file in this folder is not a Rembuk database. It was left unchanged. Restore a backup, or choose another data folder.',
  },
  database_damaged: {
    id: 'Berkas data Rembuk rusak. Berkas itu tidak diubah. Pulihkan dari cadangan terbaru; berkas yang rusak akan disimpan di samping, tidak dihapus.',
    en: 'The Rembuk data file is damaged. It was left unchanged. Restore the newest backup; the damaged file will be kept aside, not deleted.',
  },
  database_too_new: {
    id: 'Data ini dibuat oleh Rembuk versi yang lebih baru. Perbarui Rembuk, lalu buka lagi. Data tidak diubah.',
    en: 'This data was made by a newer Rembuk. Update Rembuk, then open it again. The data was left unchanged.',
  },
  disk_full: {
    id: 'Disk penuh: Rembuk tidak dapat menyimpan. Kosongkan ruang di disk (hapus berkas yang tidak perlu), lalu buka lagi. Data tidak diubah.',
    en: 'The disk is full: Rembuk cannot save. Free some space on the disk (delete files you do not need), then open it again. The data was left unchanged.',
  },
  backup_missing: {
    id: 'Tidak ada cadangan yang bisa dipulihkan di folder ini.',
    en: 'There is no backup to restore in this folder.',
  },
  backup_unusable: {
    id: 'Cadangan itu tidak bisa dipakai: bukan basis data Rembuk, rusak, atau dibuat oleh Rembuk yang lebih baru. Pilih cadangan lain.',
    en: 'That backup cannot be used: it is not a Rembuk database, it is damaged, or it was made by a newer Rembuk. Choose another backup.',
  },
};

/** Each problem its own exit code, so a script can tell them apart (1 stays "something else"). */
export const EXIT_CODES: Record<StartupProblem, number> = {
  data_dir_in_use: 10,
  data_dir_not_writable: 11,
  database_not_rembuk: 12,
  database_damaged: 13,
  database_too_new: 14,
  disk_full: 15,
  backup_missing: 16,
  backup_unusable: 17,
};

export class StartupError extends Error {
  readonly problem: StartupProblem;
  readonly path: string;

  constructor(problem: StartupProblem, path: string, options?: { cause?: unknown }) {
    super(`${MESSAGES[problem].en} (${path})`, options);
    this.name = 'StartupError';
    this.problem = problem;
    this.path = path;
  }

  get exitCode(): number {
    return EXIT_CODES[this.problem];
  }

  get restorable(): boolean {
    return RESTORABLE_PROBLEMS.includes(this.problem);
  }

  /** One language's sentence, for a dialog once the language is known. */
  sentence(language: 'id' | 'en'): string {
    return MESSAGES[this.problem][language];
  }

  /** Both languages: the app cannot read the saved language before it has opened its data. */
  describe(): string {
    const { id, en } = MESSAGES[this.problem];
    return `${id}\n${en}\n(${this.path})`;
  }
}
