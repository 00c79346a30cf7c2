/**
 * Widths of the map's words, measured once per font and text and kept for the page's life: the
 * overlay is redrawn every day with the same names in the same few fonts, and a canvas's
 * measureText, the first time a typeface and size meet, is among the slowest calls of the
 * overlay. A width is kept only once the page's typefaces have loaded, so a width measured in a
 * fallback face while a webfont was still on its way is never reused.
 */
const widths = new Map<string, number>();

/** The width of `text` in `font` with `spacing` letter spacing (CSS), as ctx.measureText gives it. */
export function textWidth(ctx: CanvasRenderingContext2D, font: string, text: string, spacing = '0px'): number {
  const key = `${font}|${spacing}|${text}`;
  const hit = widths.get(key);
  if (hit !== undefined) return hit;
  ctx.font = font;
  const c = ctx as CanvasRenderingContext2D & { letterSpacing?: string };
  const spaced = spacing !== '0px' && 'letterSpacing' in c;
  if (spaced) c.letterSpacing = spacing;
  const w = ctx.measureText(text).width;
  if (spaced) c.letterSpacing = '0px';
  if (typefacesSettled()) widths.set(key, w);
  return w;
}

function typefacesSettled(): boolean {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  return !fonts || fonts.status === 'loaded';
}
