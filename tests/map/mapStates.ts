/**
 * The states the clean-map tests look at: every shipped level at its start and after 20 days of
 * the expert bot's play (and with every formation ready at the hubs, the crowded extreme), each at the zoom the map opens on at 1366×768 and at 1920×1080.
 */
import { endDay, newGame, type GameState } from '../../src/engine';
import { expertBot } from '../../src/bots/expert';
import { benchState } from '../../src/scenes/layout/benchState';
import { fitBox, type Viewport } from '../../src/scenes/layout/camera';
import { buildLevelView, type LevelView } from '../../src/scenes/layout/levelView';
import { openingBox } from '../../src/scenes/layout/opening';
import { shippedLevel, SHIPPED_IDS, type ShippedId } from '../helpers/shipped';
import { region } from '../scenes/fixtures';

/**
 * The map's share of each screen: the width between the two sidebars at their widest (19rem and
 * 22rem, src/ui/styles/panels.css) and the height under the HUD's three rows.
 */
export const MAP_VIEWPORTS: Readonly<Record<string, Viewport>> = {
  '1366x768': { w: 1366 - 304 - 352, h: 768 - 120 },
  '1920x1080': { w: 1920 - 304 - 352, h: 1080 - 120 },
};

export interface MapCase { id: ShippedId; label: string; view: LevelView; state: GameState }

const views = new Map<string, LevelView>();
export function levelView(id: ShippedId): LevelView {
  let v = views.get(id);
  if (!v) {
    v = buildLevelView(shippedLevel(id), region);
    views.set(id, v);
  }
  return v;
}

/** Start, and after `days` days of expert play (or the game's end, if sooner). */
export function mapCases(days = 20): MapCase[] {
  const out: MapCase[] = [];
  for (const id of SHIPPED_IDS) {
    const view = levelView(id);
    let s = newGame(view.level, 'clean-map');
    out.push({ id, label: `${id} day 1`, view, state: s });
    for (let d = 0; d < days && s.status === 'playing'; d++) s = endDay(expertBot(s, view.level).state, view.level).state;
    out.push({ id, label: `${id} day ${s.day}`, view, state: s });
    // The crowded extreme: every formation of the level ready at its staging hubs.
    out.push({ id, label: `${id} all at hubs`, view, state: benchState(view.level) });
  }
  return out;
}

export function openingZoom(view: LevelView, vp: Viewport): number {
  return fitBox(openingBox(view), view.world, vp).zoom;
}
