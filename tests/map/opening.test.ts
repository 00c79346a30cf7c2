/**
 * The map opens on each level's theatre with Ukraine in view: on every level with a node in
 * Ukraine, Kyiv is inside the opening view at 1366×768 and 1920×1080 (with the side panel open
 * or folded), and the level's own view is too. A Baltic level opens on its own view alone.
 */
import { describe, expect, it } from 'vitest';
import { fitBox, visibleRect } from '../../src/scenes/layout/camera';
import { rectContains } from '../../src/scenes/layout/geometry';
import { KYIV, kyivReference, openingBox, showsUkraine } from '../../src/scenes/layout/opening';
import { SHIPPED_IDS } from '../helpers/shipped';
import { levelView, MAP_VIEWPORTS } from './mapStates';

describe('the opening view', () => {
  it('shows Ukraine wherever a level has a node there, and only the North level has none', () => {
    expect(SHIPPED_IDS.filter((id) => !showsUkraine(levelView(id)))).toEqual(['north']);
  });

  for (const [screen, vp] of Object.entries(MAP_VIEWPORTS)) {
    for (const folded of [false, true]) {
      it(`keeps Kyiv and the level's view on screen at ${screen}${folded ? ', side panel folded' : ''}`, () => {
        const size = folded ? { w: vp.w + 352, h: vp.h } : vp;
        for (const id of SHIPPED_IDS) {
          const v = levelView(id);
          const seen = visibleRect(fitBox(openingBox(v), v.world, size), size);
          const f = v.frame;
          // The level's view, to a pixel's rounding.
          expect(seen.x, id).toBeLessThanOrEqual(f.x + 1);
          expect(seen.x + seen.w, id).toBeGreaterThanOrEqual(f.x + f.w - 1);
          if (!showsUkraine(v)) continue;
          const [kx, ky] = v.project(KYIV[0], KYIV[1]);
          expect(rectContains(seen, kx, ky), `${id}: Kyiv`).toBe(true);
        }
      });
    }
  }

  it('marks Kyiv where Ukraine shows but Kyiv is no node (South, Across Administrations), and not where Kyiv is a node', () => {
    expect(kyivReference(levelView('south'))).not.toBeNull();
    expect(kyivReference(levelView('across-administrations'))).not.toBeNull();
    expect(kyivReference(levelView('tutorial'))).toBeNull();
    expect(kyivReference(levelView('forty-thousand'))).toBeNull();
    expect(kyivReference(levelView('north'))).toBeNull();
  });
});
