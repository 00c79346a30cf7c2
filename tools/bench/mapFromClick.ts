/**
 * The map as a player meets it: the title opens (cold: no cache), the player clicks a level, and
 * the time runs from that click to the map's first frame with input live (data-map-ready). The
 * bytes are everything the page downloaded for that first game, sounds included: the click is the
 * first gesture, so the sound effects and (once the map is up) the ambient track load then.
 */
import type { Browser } from '../browser';
import { inPage } from './inPage';
import { figures, networkQuiet, openPage, requested, waitFor } from './page';

export interface ClickLoad { ms: number; paths: string[] }

export async function mapFromClick(browser: Browser, baseUrl: string, level: string, renderer: 'auto' | 'canvas'): Promise<ClickLoad> {
  const p = await openPage(browser);
  try {
    const query = renderer === 'auto' ? '' : `?renderer=${renderer}`;
    await p.page.goto(`${baseUrl}${query}`);
    await waitFor(p, 'titleAt');
    // Let the title settle as a player would look at it for a moment (idle prefetches run now).
    await networkQuiet(p, 500, 5000);
    // A click at the button's centre by the protocol's own input events (no injected script).
    const at = await inPage<{ x: number; y: number } | null>(p.cdp, `(() => {
      const b = document.querySelector('[data-level="${level}"]');
      if (!b) return null;
      b.scrollIntoView({ block: 'nearest' });
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
    if (!at) throw new Error(`the title shows no button for the level ${level}`);
    await p.page.mouse.click(at.x, at.y);
    await waitFor(p, 'mapAt');
    const f = await figures(p);
    await networkQuiet(p, 1500, 15_000);
    return { ms: f.mapAt! - f.clickAt!, paths: await requested(p) };
  } finally {
    await p.close();
  }
}
