import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SPREADSHEET_BYTES } from '#shared/methods/spreadsheets.ts';
import type { SpreadsheetGrid } from '#shared/model.ts';
import { choicesOf, distinctValues, interpretRows, participantKey, suggestMapping, type ImportMapping } from '#shared/roster-import/interpret.ts';
import { ApiError } from '../../../api/client.ts';
import { ask } from '../../../editor/ask.ts';
import { fileToBase64 } from '../../../files.ts';
import { notify, notifyError } from '../../../editor/notices.ts';
import { importParticipants } from '../../../editor/actions/participants.ts';
import { useStore, useWorkshopGroups, useWorkshopParticipants } from '../../../editor/store.ts';
import { loadImportContext, type ImportContext } from './import-context.ts';
import { MappingStep } from './MappingStep.tsx';
import { groupForText, type GroupOption } from './new-groups.ts';
import { PreviewStep } from './PreviewStep.tsx';
import { FileButton } from '../../shell/FileButton.tsx';

/**
 * Import from a spreadsheet: choose the file (read by the core, off its main thread), confirm what
 * the columns and their texts mean, look at the preview with every problem row and its reason,
 * then add the ready rows in one go. Problem rows stay out until the mapping or the file is fixed.
 * What the facilitator chose is remembered with the import, so the same list reads alike next time.
 */
export function ImportPanel({ workshopId, onClose }: { workshopId: string; onClose(): void }) {
  const { t } = useTranslation('roster');
  const workshop = useStore((s) => s.workshops[workshopId]);
  const level = workshop?.level ?? 'province';
  const groups = useWorkshopGroups(workshopId);
  const roster = useWorkshopParticipants(workshopId);
  const [grid, setGrid] = useState<SpreadsheetGrid | null>(null);
  const [sheet, setSheet] = useState(0);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [busy, setBusy] = useState(false);
  // Groups the list names that the workshop lacks: made with the import, chosen like the others meanwhile.
  // One no text reads as any more (changed back, or passed over with the arrow keys) is neither offered nor made.
  const [newGroups, setNewGroups] = useState<GroupOption[]>([]);
  const chosenNewGroups = useMemo(() => {
    const chosen = new Set(Object.values(mapping?.groups ?? {}));
    return newGroups.filter((g) => chosen.has(g.id));
  }, [newGroups, mapping]);
  const groupOptions = useMemo<GroupOption[]>(() => [...groups, ...chosenNewGroups], [groups, chosenNewGroups]);
  const context = useRef<{ groups: typeof groups; loaded: Promise<ImportContext> } | null>(null);

  /** Loaded once per set of groups (a group added meanwhile reloads it). */
  function importContext(): Promise<ImportContext> {
    if (context.current?.groups !== groups) context.current = { groups, loaded: loadImportContext(workshopId, groups) };
    return context.current.loaded;
  }

  async function suggest(sheetRows: string[][], headerRow?: number) {
    try {
      const { candidates, remembered } = await importContext();
      setMapping(suggestMapping(sheetRows, { groups: candidates, level, remembered, ...(headerRow === undefined ? {} : { headerRow }) }));
    } catch (error) {
      context.current = null;
      notifyError(error);
    }
  }

  const rows = useMemo(() => grid?.sheets[sheet]?.rows ?? [], [grid, sheet]);
  const existing = useMemo(() => new Set(roster.map(participantKey)), [roster]);
  const preview = useMemo(() => (mapping ? interpretRows(rows, mapping, existing) : null), [rows, mapping, existing]);

  async function readFile(file: File) {
    if (file.size > MAX_SPREADSHEET_BYTES) {
      return notifyError(new ApiError({ code: 'file_too_large', message: `${file.size} bytes` }));
    }
    setBusy(true);
    const read = await ask('spreadsheets.read', { fileName: file.name, data: await fileToBase64(file) });
    if (read) {
      const first = Math.max(0, read.sheets.findIndex((s) => s.rows.length > 0));
      await suggest(read.sheets[first]?.rows ?? []);
      setGrid(read);
      setSheet(first);
    }
    setBusy(false);
  }

  /** The texts of these keys read as new groups: the region each names, else a free group of that name. */
  async function chooseNewGroups(keys: string[]) {
    if (!mapping || !workshop) return;
    setBusy(true);
    try {
      const texts = distinctValues(rows, mapping, 'group').filter((v) => keys.includes(v.key));
      const known = [...groupOptions];
      const chosen: Record<string, string> = {};
      const near: Record<string, true> = {};
      for (const value of texts) {
        const { group, near: isNear } = await groupForText(value.text, value.context, workshop, known);
        if (!known.includes(group)) known.push(group);
        chosen[value.key] = group.id;
        if (isNear) near[value.key] = true;
      }
      setNewGroups(known.filter((g) => g.isNew));
      // A region spelled a little differently is asked about in the preview, as near matches are.
      const guessed = (current: ImportMapping) => ({ ...Object.fromEntries(Object.entries(current.guessed).filter(([key]) => !(key in chosen))), ...near });
      setMapping((current) => current && { ...current, groups: { ...current.groups, ...chosen }, guessed: guessed(current) });
    } finally {
      setBusy(false);
    }
  }

  async function runImport() {
    const ready = preview?.rows.filter((r) => r.status === 'ready').map((r) => r.draft) ?? [];
    if (ready.length === 0 || !mapping) return;
    const made = chosenNewGroups.map(({ id, name, regionCode }) => ({ id, name, regionCode }));
    setBusy(true);
    const result = await importParticipants({ workshopId, participants: ready, choices: choicesOf(mapping), newGroups: made });
    setBusy(false);
    if (!result) return;
    const done = t('import.done', { count: result.added.length, present: result.alreadyPresent });
    notify('info', result.groups.length > 0 ? `${done} ${t('import.doneGroups', { count: result.groups.length })}` : done);
    onClose();
  }

  return (
    <section className="panel import-panel" aria-labelledby="import-title">
      <div className="panel-heading">
        <h2 id="import-title">{t('import.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('import.close')}
        </button>
      </div>
      <FileButton
        accept=".xlsx,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        disabled={busy}
        onFiles={([file]) => void readFile(file!)}
      >
        {t('import.chooseFile')}
      </FileButton>
      <p className="hint">{t('import.fileHint')}</p>
      {busy && <p role="status">{t('import.busy')}</p>}
      {grid && mapping && preview && (
        <>
          {grid.encoding === 'windows-1252' && <p className="hint encoding-guess">{t('import.windows1252')}</p>}
          {grid.sheets.length > 1 && (
            <label className="sheet-choice">
              {t('import.sheet')}
              <select
                value={sheet}
                onChange={(e) => {
                  const index = Number(e.target.value);
                  setSheet(index);
                  void suggest(grid.sheets[index]?.rows ?? []);
                }}
              >
                {grid.sheets.map((s, i) => (
                  <option key={s.name} value={i}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <MappingStep
            rows={rows}
            mapping={mapping}
            groups={groupOptions}
            onChange={setMapping}
            onHeaderRow={(headerRow) => void suggest(rows, headerRow)}
            onNewGroups={(keys) => void chooseNewGroups(keys)}
          />
          <PreviewStep rows={rows} preview={preview} mapping={mapping} groups={groupOptions} busy={busy} onChange={setMapping} onImport={() => void runImport()} />
        </>
      )}
    </section>
  );
}
