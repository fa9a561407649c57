import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES, type ParticipantRole } from '#shared/model.ts';
import { IMPORT_FIELDS, type ImportField } from '#shared/roster-import/columns.ts';
import { distinctValues, type ImportMapping } from '#shared/roster-import/interpret.ts';
import { GroupChoice, textWithPlace } from './GroupChoice.tsx';
import type { GroupOption } from './new-groups.ts';

interface MappingStepProps {
  rows: string[][];
  mapping: ImportMapping;
  groups: readonly GroupOption[];
  onChange(mapping: ImportMapping): void;
  onHeaderRow(index: number): void;
  /** New groups for these texts (the keys of the group column's texts), made with the import. */
  onNewGroups(valueKeys: string[]): void;
}

/** Which row is the header, which column holds what, and what each role and group text means. */
export function MappingStep({ rows, mapping, groups, onChange, onHeaderRow, onNewGroups }: MappingStepProps) {
  const { t } = useTranslation('roster');
  const header = rows[mapping.headerRow] ?? [];
  const width = Math.max(0, ...rows.slice(0, 50).map((r) => r.length));
  const columnName = (index: number) => `${columnLetter(index)}${header[index] ? ` · ${header[index]}` : ''}`;

  const groupValues = distinctValues(rows, mapping, 'group');
  const unknownGroups = groupValues.filter((v) => !Object.hasOwn(mapping.groups, v.key));
  const groupMap = useRef<HTMLFieldSetElement>(null);
  // The buttons for all unknown texts go once they are used: the focus goes to the first text's choice.
  const toFirstChoice = () => groupMap.current?.querySelector('select')?.focus();

  function setColumn(field: ImportField, value: string) {
    const columns = { ...mapping.columns };
    if (value === '') delete columns[field];
    else columns[field] = Number(value);
    onChange({ ...mapping, columns });
  }

  return (
    <div className="import-mapping">
      <h3>{t('import.mapping')}</h3>
      <label className="header-row">
        {t('import.headerRow')}
        <input
          type="number"
          min={1}
          max={Math.min(rows.length, 50)}
          value={mapping.headerRow + 1}
          onChange={(e) => {
            const line = Number(e.target.value);
            if (Number.isInteger(line) && line >= 1 && line <= rows.length) onHeaderRow(line - 1);
          }}
        />
      </label>
      {mapping.columns.name === undefined && <p className="problem-text">{t('import.noNameColumn')}</p>}
      <div className="column-map">
        {IMPORT_FIELDS.map((field) => (
          <label key={field}>
            {t(`fields.${field}`)}
            <select value={mapping.columns[field] ?? ''} onChange={(e) => setColumn(field, e.target.value)}>
              <option value="">{t('import.notInFile')}</option>
              {Array.from({ length: width }, (_, i) => (
                <option key={i} value={i}>
                  {columnName(i)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <ValueMap
        title={t('import.roleValues')}
        values={distinctValues(rows, mapping, 'role')}
        render={(key) => (
          <select
            value={mapping.roles[key] ?? 'other'}
            onChange={(e) => onChange({ ...mapping, roles: { ...mapping.roles, [key]: e.target.value as ParticipantRole } })}
          >
            {PARTICIPANT_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        )}
      />
      <ValueMap
        ref={groupMap}
        title={t('import.groupValues')}
        values={groupValues}
        action={
          unknownGroups.length > 0 && (
            <>
              <button
                type="button"
                onClick={() => {
                  toFirstChoice();
                  onNewGroups(unknownGroups.map((v) => v.key));
                }}
              >
                {t('import.unknownToNewGroups', { count: unknownGroups.length })}
              </button>
              <button
                type="button"
                onClick={() => {
                  toFirstChoice();
                  onChange({ ...mapping, groups: { ...mapping.groups, ...Object.fromEntries(unknownGroups.map((v) => [v.key, null])) } });
                }}
              >
                {t('import.unknownToNoGroup', { count: unknownGroups.length })}
              </button>
            </>
          )
        }
        note={(key) => (Object.hasOwn(mapping.guessed, key) ? <span className="near-note">{t('import.nearNote')}</span> : null)}
        render={(key) => <GroupChoice valueKey={key} mapping={mapping} groups={groups} onChange={onChange} onNewGroup={(k) => onNewGroups([k])} />}
      />
    </div>
  );
}

interface ValueMapProps {
  title: string;
  values: Array<{ key: string; text: string; count: number; context: { district?: string; regency?: string } }>;
  render(key: string): React.ReactNode;
  note?(key: string): React.ReactNode;
  action?: React.ReactNode;
  ref?: React.Ref<HTMLFieldSetElement>;
}

function ValueMap({ title, values, render, note, action, ref }: ValueMapProps) {
  const { t } = useTranslation('roster');
  if (values.length === 0) return null;
  return (
    <fieldset className="value-map" ref={ref}>
      <legend>{title}</legend>
      {action && <div className="value-map-action">{action}</div>}
      {values.map((v) => (
        <label key={v.key}>
          <span>
            “{textWithPlace(v.text, v.context)}” <span className="muted">{t('import.rows', { count: v.count })}</span> {note?.(v.key)}
          </span>
          {render(v.key)}
        </label>
      ))}
    </fieldset>
  );
}

/** A, B, …, Z, AA: how spreadsheets name columns. */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
