import type { BaseWindow, Dialog, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createSaveDialog } from '../../../electron/main/save-dialog.ts';

// No Electron runs here: a stand-in dialog records what it was asked and answers as a person would.
function fakeDialog(answer: { canceled: boolean; filePath?: string }) {
  const calls: Array<{ window: unknown; options: SaveDialogOptions }> = [];
  const dialog = {
    showSaveDialog: async (...args: unknown[]) => {
      const [window, options] = args.length === 2 ? args : [null, args[0]];
      calls.push({ window, options: options as SaveDialogOptions });
      return { canceled: answer.canceled, filePath: answer.filePath ?? '' };
    },
  } as unknown as Pick<Dialog, 'showSaveDialog'>;
  return { dialog, calls };
}

describe('the desktop save dialog', () => {
  it('opens in Documents with the suggested name, over the app window, and returns the chosen path', async () => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePath: 'C:\\Users\\fasil\\Documents\\Laporan PLM.pdf' });
    const window = { id: 1 } as unknown as BaseWindow;
    const choose = createSaveDialog({ dialog, window: () => window, documentsDir: '/home/fasil/Documents' });
    expect(await choose({ fileName: 'Laporan PLM Provinsi Lampung 2019.pdf', format: 'pdf' })).toBe('C:\\Users\\fasil\\Documents\\Laporan PLM.pdf');
    expect(calls[0]!.window).toBe(window);
    expect(calls[0]!.options).toMatchObject({
      defaultPath: '/home/fasil/Documents/Laporan PLM Provinsi Lampung 2019.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(calls[0]!.options.properties).toContain('showOverwriteConfirmation');
  });

  it('adds the extension when the dialog did not', async () => {
    const { dialog } = fakeDialog({ canceled: false, filePath: '/home/fasil/kartu' });
    const choose = createSaveDialog({ dialog, window: () => null, documentsDir: '/home/fasil' });
    expect(await choose({ fileName: 'Kartu.xlsx', format: 'xlsx' })).toBe('/home/fasil/kartu.xlsx');
  });

  it('returns nothing when the facilitator cancels', async () => {
    const { dialog } = fakeDialog({ canceled: true });
    const choose = createSaveDialog({ dialog, window: () => null, documentsDir: '/home/fasil' });
    expect(await choose({ fileName: 'Kartu.csv', format: 'csv' })).toBeNull();
  });
});
