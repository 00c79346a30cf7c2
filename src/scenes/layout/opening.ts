/**
 * What the map opens on: the level's own view, widened where needed so that Ukraine — what the
 * guarantee is for — is on screen. A level with a node in Ukraine (the tutorial's Lviv) also
 * shows Kyiv; a level elsewhere (the Baltic) opens on its view alone.
 */
import type { Rect } from './geometry';
import type { LevelView } from './levelView';

/** Kyiv, and the margin (degrees) kept around it so its name fits too. */
export const KYIV: readonly [number, number] = [30.52, 50.45];
const KYIV_MARGIN: readonly [number, number] = [1.2, 0.7];

export function showsUkraine(view: LevelView): boolean {
  return view.homes.some((h) => h.country === 'UKR');
}

export function openingBox(view: LevelView): Rect {
  const f = view.frame;
  if (!showsUkraine(view)) return f;
  const corners = [
    view.project(KYIV[0] - KYIV_MARGIN[0], KYIV[1] + KYIV_MARGIN[1]),
    view.project(KYIV[0] + KYIV_MARGIN[0], KYIV[1] - KYIV_MARGIN[1]),
  ];
  let x0 = f.x;
  let y0 = f.y;
  let x1 = f.x + f.w;
  let y1 = f.y + f.h;
  for (const [x, y] of corners) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/**
 * Where to show Kyiv as a reference (a capital's mark and its name) on a level that has no Kyiv
 * node but shows Ukraine, such as the South: the player sees what the guarantee is for.
 */
export function kyivReference(view: LevelView): readonly [number, number] | null {
  if (!showsUkraine(view) || view.level.nodes.some((n) => n.id === 'kyiv')) return null;
  return view.project(KYIV[0], KYIV[1]);
}

/**
 * Where the axes' name plates and threat markers may go: the whole box the map opens on, not only
 * the level's frame. The opening view is often wider than the frame (it also shows Kyiv), and
 * squeezing the cards into the frame put them on the Polish–Ukrainian border hubs.
 */
export function cardArea(view: LevelView): Rect {
  return openingBox(view);
}
