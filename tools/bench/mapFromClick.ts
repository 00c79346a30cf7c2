/**
 * The map as a player meets it: the title opens (cold: no cache), the player clicks a level, and
 * the time runs from that click to the map's first frame with input live (data-map-ready). The
 * bytes are everything the page downloaded for that first game, sounds included: the click is the
 * first gesture, so the sound effects and (once the map is up) the ambient track load then.
 */
import type { Browser } from '../browser';
import { figures, networkQuiet, openPage, requested, waitFor } from './page';

export interface ClickLoad { ms: number; paths: string[] }

export async function mapFromClick(browser: Browser, baseUrl: string, level: string, renderer: 'auto' | 'canvas'): Promise<ClickLoad> {
  const p = await openPage(browser);
  try {
    const query = renderer === 'auto' ? '' : `?renderer=${renderer}`;
    await p.page.goto(`${baseUrl}${query}`);
    await waitFor(p.page, 'titleAt');
    // Let the title settle as a player would look at it for a moment (idle prefetches run now).
    await networkQuiet(p.page, 500, 5000);
    await p.page.click(`[data-level="${level}"]`);
    await waitFor(p.page, 'mapAt');
    const f = await figures(p.page);
    await networkQuiet(p.page, 1500, 15_000);
    return { ms: f.mapAt! - f.clickAt!, paths: await requested(p.page) };
  } finally {
    await p.close();
  }
}
