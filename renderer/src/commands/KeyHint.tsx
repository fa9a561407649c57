import { useTranslation } from 'react-i18next';

const NAMED = ['Space', 'Enter', 'Escape', 'Delete', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Ctrl', 'Shift', 'Alt', 'ContextMenu', 'PageDown', 'PageUp'] as const;
type Named = (typeof NAMED)[number];

/** A shortcut as the keyboard shows it, in the user's language ("Ctrl + Z", "Spasi"). */
export function KeyHint({ keys }: { keys: readonly string[] }) {
  const { t } = useTranslation('commands');
  if (keys.length === 0) return null;
  const name = (part: string) => ((NAMED as readonly string[]).includes(part) ? t(`keys.${part as Named}`) : part);
  return (
    <span className="key-hint">
      {keys.map((shortcut, i) => (
        <span key={shortcut}>
          {i > 0 && ' / '}
          {splitShortcut(shortcut).map((part, j) => (
            <span key={`${part}${j}`}>
              {j > 0 && '+'}
              <kbd>{name(part)}</kbd>
            </span>
          ))}
        </span>
      ))}
    </span>
  );
}

function splitShortcut(shortcut: string): string[] {
  if (shortcut === '+') return ['+'];
  const parts = shortcut.split('+');
  return shortcut.endsWith('++') ? [...parts.slice(0, -2), '+'] : parts;
}
