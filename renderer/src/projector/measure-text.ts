import type { MeasureText } from './plan-layout.ts';

/** The projector's card text: the bundled Noto Sans, regular. */
export const PROJECTOR_FONT_FAMILY = '"Noto Sans"';
const REFERENCE_PX = 100;
/**
 * The page sets text a little wider than the canvas measures it (hinting, rounding of each
 * glyph's advance); counting words 2 % wider keeps a planned line from wrapping once drawn.
 */
const DRAWN_WIDER = 1.02;

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null = null;

/**
 * Measures text as the page draws it, with a canvas in the bundled font. Text scales with its
 * size, so each word is measured once (at 100 px) and scaled: the planner asks for thousands of
 * widths while it looks for the largest size that fits.
 */
export const measureText: MeasureText = (text, fontPx) => {
  let width = widths.get(text);
  if (width === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return text.length * 0.55 * fontPx;
    context.font = `400 ${REFERENCE_PX}px ${PROJECTOR_FONT_FAMILY}`;
    width = context.measureText(text).width * DRAWN_WIDER;
    widths.set(text, width);
  }
  return (width * fontPx) / REFERENCE_PX;
};

/**
 * Resolves once the font is loaded (widths measured before that are of a fallback font, and are
 * forgotten). Where the page has no font loading (unit tests), at once.
 */
export async function projectorFontReady(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await document.fonts.load(`400 ${REFERENCE_PX}px ${PROJECTOR_FONT_FAMILY}`);
  widths.clear();
}
