import type { KindIcon } from '#shared/model.ts';

/**
 * Small line icons drawn in SVG (no emoji font needed offline): every card kind shows one beside
 * its label and colour, so a kind never depends on colour alone (projectors, grayscale prints).
 */
const PATHS: Record<KindIcon | 'link' | 'menu' | 'dot' | 'trash' | 'pencil' | 'split' | 'tick' | 'reset' | 'undo' | 'redo', string> = {
  alert: 'M12 3 L22 20 H2 Z M12 9 V14 M12 17 V17.5',
  bulb: 'M9 18 H15 M10 21 H14 M12 3 A6 6 0 0 1 16 13.5 C15 14.5 15 15.5 15 16 H9 C9 15.5 9 14.5 8 13.5 A6 6 0 0 1 12 3 Z',
  star: 'M12 3 L14.6 9 L21 9.5 L16 13.8 L17.6 20.5 L12 17 L6.4 20.5 L8 13.8 L3 9.5 L9.4 9 Z',
  check: 'M4 5 H20 V20 H4 Z M8 12 L11 15 L16 9',
  note: 'M5 3 H15 L19 7 V21 H5 Z M15 3 V7 H19 M8 12 H16 M8 16 H14',
  heart: 'M12 20 C5 15 3 11 3 8 A4.5 4.5 0 0 1 12 6 A4.5 4.5 0 0 1 21 8 C21 11 19 15 12 20 Z',
  flag: 'M5 21 V3 M5 4 H17 L14 8 L17 12 H5',
  question: 'M12 21 A9 9 0 1 1 12 3 A9 9 0 1 1 12 21 Z M9.5 9.5 A2.5 2.5 0 1 1 13 11.8 C12.3 12.2 12 12.7 12 13.5 M12 16.5 V17',
  chat: 'M4 5 H20 V16 H10 L6 20 V16 H4 Z',
  people: 'M9 11 A3 3 0 1 0 9 5 A3 3 0 1 0 9 11 Z M3 20 C3 16 6 14 9 14 C12 14 15 16 15 20 M16 11 A2.5 2.5 0 1 0 16 6 M17 14 C19.5 14.5 21 16.5 21 20',
  link: 'M10 14 L14 10 M8.5 12.5 L6 15 A3 3 0 0 0 9 18 L11.5 15.5 M12.5 8.5 L15 6 A3 3 0 0 1 18 9 L15.5 11.5',
  menu: 'M5 12 H5.5 M12 12 H12.5 M19 12 H19.5',
  dot: 'M12 7 A5 5 0 1 1 12 17 A5 5 0 1 1 12 7 Z',
  trash: 'M4 7 H20 M9 7 V4 H15 V7 M6 7 L7 21 H17 L18 7 M10 11 V17 M14 11 V17',
  pencil: 'M4 20 L5 15 L16 4 L20 8 L9 19 Z M14 6 L18 10',
  split: 'M4 12 H9 M15 12 H20 M9 7 V17 M15 7 V17',
  tick: 'M5 12.5 L10 17 L19 7',
  reset: 'M4 12 A8 8 0 1 0 7 5.8 M4 4 V9 H9',
  undo: 'M9 14 L4 9 L9 4 M4 9 H14 A6 6 0 0 1 14 21 H10',
  redo: 'M15 14 L20 9 L15 4 M20 9 H10 A6 6 0 0 0 10 21 H14',
};

export type IconName = keyof typeof PATHS;

export function Icon({ name, className = 'icon', title }: { name: IconName; className?: string; title?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden={title ? undefined : true} role={title ? 'img' : undefined} focusable="false">
      {title && <title>{title}</title>}
      <path d={PATHS[name]} fill={name === 'dot' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
