/**
 * The size of an axis's name plate in screen pixels, from its words: "WESTERN UKRAINE  4 / 35"
 * over "below the bar" (and "ISR watch"). The plate's spot is chosen, and other things keep
 * clear of it, with this size, and the baked plate is drawn at least this big, so what the
 * layout reserves is what the player sees.
 *
 * Zoomed far out (a whole theatre on a laptop) a plate is compact: the name and the figures, and
 * the ISR tag under them when ISR watches the axis, without the verdict in words; the arrow's head
 * (pointed or blunt behind a bar), the plate's border (solid or dashed) and the HUD's axis meter
 * still say whether the axis holds. A full plate there was as wide as the Baltic states.
 */
import { t } from '../../i18n';
import { estimateText, pieceScale, type TextMeasure } from './pieceSizes';

export interface PlateWords { name: string; credibility: number; bar: number; held: boolean; isr: boolean }
export interface PlateSize { w: number; h: number }

export function plateSize(a: PlateWords, textScale: number, measure: TextMeasure = estimateText, compact = false): PlateSize {
  const head = measure(`${a.name.toUpperCase()}  `, 600, 13 * textScale, false);
  const num = measure(`${a.credibility} / ${a.bar}`, 400, 13 * textScale, true);
  const isrTag = measure(t('mapText.isrWatch'), 600, 9 * textScale, false) + 8;
  if (compact) return { w: Math.ceil(Math.max(head + num, a.isr ? isrTag : 0) + 16), h: Math.ceil((a.isr ? 38 : 24) * textScale) };
  const sub = measure(t(a.held ? 'mapText.held' : 'mapText.below'), 400, 10.5 * textScale, false) + (a.isr ? isrTag + 6 : 0);
  return { w: Math.ceil(Math.max(head + num, sub) + 16), h: Math.ceil(38 * textScale) };
}

/** Whether plates are compact at this zoom: where formations are drawn smaller too. */
export function compactPlates(zoom: number): boolean {
  return pieceScale(zoom) < 0.8;
}

/** The plate's size at a zoom: the full one, or the compact one zoomed far out. */
export function plateAt(a: { plate?: PlateSize; compactPlate?: PlateSize }, zoom: number): PlateSize | undefined {
  return compactPlates(zoom) ? a.compactPlate ?? a.plate : a.plate;
}
