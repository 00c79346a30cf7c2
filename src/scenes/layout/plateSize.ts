/**
 * The size of an axis's name plate in screen pixels, from its words: "WESTERN UKRAINE  4 / 35"
 * over "below the bar" (and "ISR watch"). The plate's spot is chosen, and other things keep
 * clear of it, with this size, and the baked plate is drawn at least this big, so what the
 * layout reserves is what the player sees.
 */
import { t } from '../../i18n';
import { estimateText, type TextMeasure } from './pieceSizes';

export interface PlateWords { name: string; credibility: number; bar: number; held: boolean; isr: boolean }
export interface PlateSize { w: number; h: number }

export function plateSize(a: PlateWords, textScale: number, measure: TextMeasure = estimateText): PlateSize {
  const head = measure(`${a.name.toUpperCase()}  `, 600, 13 * textScale, false);
  const num = measure(`${a.credibility} / ${a.bar}`, 400, 13 * textScale, true);
  const isr = a.isr ? measure(t('mapText.isrWatch'), 600, 9 * textScale, false) + 8 + 6 : 0;
  const sub = measure(t(a.held ? 'mapText.held' : 'mapText.below'), 400, 10.5 * textScale, false) + isr;
  return { w: Math.ceil(Math.max(head + num, sub) + 16), h: Math.ceil(38 * textScale) };
}
