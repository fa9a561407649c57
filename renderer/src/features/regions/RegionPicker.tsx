import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region, RegionLevel } from '#shared/model.ts';
import { searchRegions } from '../../editor/actions/regions.ts';

interface RegionPickerProps {
  label: string;
  placeholder: string;
  levels: RegionLevel[];
  /** Only regions inside this one (the workshop's province or kabupaten). */
  within?: string | undefined;
  /** Regions already chosen: listed, but not pickable. */
  taken?: ReadonlySet<string>;
  onPick(region: Region): void;
}

/**
 * Type-ahead over the official regions (a combobox: arrows move, Enter picks, Escape closes).
 * Each region shows where it lies, so the many villages called Wonosari can be told apart.
 */
export function RegionPicker({ label, placeholder, levels, within, taken, onPick }: RegionPickerProps) {
  const { t } = useTranslation('regions');
  const listId = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Region[]>([]);
  const [active, setActive] = useState(0);
  const [state, setState] = useState<'idle' | 'searching' | 'done'>('idle');
  const latest = useRef(0);
  // Enter pressed before the answer came (the first search reads the region data): pick when it comes.
  const pickWhenFound = useRef(false);

  async function search(text: string) {
    setQuery(text);
    const ticket = ++latest.current;
    pickWhenFound.current = false;
    if (!text.trim()) {
      setState('idle');
      return setResults([]);
    }
    setState('searching');
    const found = await searchRegions({ query: text, levels, ...(within ? { within } : {}), limit: 12 });
    // Typing is faster than answers can come back: only the newest keystroke's answer is shown.
    if (ticket !== latest.current) return;
    setState('done');
    setActive(0);
    if (pickWhenFound.current && found[0]) return pick(found[0]);
    setResults(found);
  }

  function pick(region: Region | undefined) {
    if (!region || taken?.has(region.code)) return;
    onPick(region);
    latest.current += 1;
    pickWhenFound.current = false;
    setQuery('');
    setResults([]);
    setState('idle');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (results.length === 0 ? 0 : (i + step + results.length) % results.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (state === 'searching') pickWhenFound.current = true;
      else pick(results[active]);
    } else if (event.key === 'Escape') {
      setResults([]);
    }
  }

  const open = results.length > 0;
  return (
    <div className="region-picker">
      <label>
        {label}
        <input
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          value={query}
          placeholder={placeholder}
          maxLength={100}
          onChange={(e) => void search(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() =>
            setTimeout(() => {
              setResults([]);
              setState((current) => (current === 'searching' ? current : 'idle'));
            }, 150)
          }
        />
      </label>
      <p className="region-status" role="status">
        {state === 'searching' ? t('searching') : state === 'done' && results.length === 0 ? t('noMatch', { query: query.trim() }) : ''}
      </p>
      {open && (
        <ul className="region-results" role="listbox" id={listId} aria-label={label}>
          {results.map((region, index) => {
            const isTaken = taken?.has(region.code) ?? false;
            return (
              <li
                key={region.code}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                aria-disabled={isTaken}
                className={`region-option${index === active ? ' active' : ''}${isTaken ? ' taken' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(region)}
              >
                <span className="region-name">{region.name}</span>
                <span className="region-level">{t(`level.${region.level}`)}</span>
                <span className="region-context">{regionContext(region, t('districtPrefix'))}</span>
                {isTaken && <span className="region-taken">{t('taken')}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** "Kec. Ngaliyan, Kota Semarang, Jawa Tengah": where a region lies. */
export function regionContext(region: Region, districtPrefix: string): string {
  return [region.districtName && `${districtPrefix} ${region.districtName}`, region.regencyName, region.provinceName].filter(Boolean).join(', ');
}
