/**
 * Why Rembuk could not start on a data directory. The door that started it shows the message
 * (terminal or dialog) and exits with a non-zero code; these never reach the renderer.
 */
export type StartupProblem = 'data_dir_in_use' | 'data_dir_not_writable';

const MESSAGES: Record<StartupProblem, { id: string; en: string }> = {
  data_dir_in_use: {
    id: 'Folder data ini sedang dipakai oleh Rembuk lain yang masih terbuka. Tutup Rembuk yang lain itu, atau pilih folder data lain.',
    en: 'This data folder is in use by another Rembuk that is still open. Close that one, or choose another data folder.',
  },
  data_dir_not_writable: {
    id: 'Rembuk tidak dapat menulis ke folder data ini. Periksa izin folder, atau pilih folder data lain.',
    en: 'Rembuk cannot write to this data folder. Check the folder permissions, or choose another data folder.',
  },
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

  /** Both languages: the app cannot read the saved language before it has opened its data. */
  describe(): string {
    const { id, en } = MESSAGES[this.problem];
    return `${id}\n${en}\n(${this.path})`;
  }
}
