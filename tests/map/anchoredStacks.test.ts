/**
 * Stacks stay on their hub's ground: every piece parked at a node is drawn (its centre, as the
 * map's own layout places it) inside the country that node stands on — never in a neighbour or
 * the sea — on all six levels, at the start and after 20 days of expert play, at the zoom the
 * map opens on at 1366×768 and 1920×1080.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { overlayModel } from '../../src/scenes/layout/overlayModel';
import { layoutPieces } from '../../src/scenes/layout/pieceLayout';
import { pieceModel } from '../../src/scenes/layout/pieceModel';
import { estimateText, sizeSource } from '../../src/scenes/layout/pieceSizes';
import { countryAt, countryNear } from '../../src/map/pointInRegion';
import { COAST_SLACK } from '../../src/scenes/layout/nodeHomes';
import { region } from '../scenes/fixtures';
import { MAP_VIEWPORTS, mapCases, openingZoom, type MapCase } from './mapStates';

let cases: MapCase[] = [];
beforeAll(() => { cases = mapCases(); }, 120_000);

describe('stacks anchored to their hub', () => {
  it('knows the ground of every node on the map, Crimea and Odesa in Ukraine', () => {
    for (const c of cases) {
      c.view.nodes.forEach((n, i) => {
        if (!n.offMap) expect(c.view.homes[i]!.country, `${c.id}: ${n.id}`).not.toBeNull();
      });
    }
    const south = cases.find((c) => c.id === 'south')!.view;
    expect(south.homes[south.ix.node.get('odesa')!]!.country).toBe('UKR');
  });

  for (const [screen, vp] of Object.entries(MAP_VIEWPORTS)) {
    it(`draws every parked piece inside its node's country at ${screen}`, () => {
      let checked = 0;
      const wrong: string[] = [];
      for (const c of cases) {
        const zoom = openingZoom(c.view, vp);
        const m = pieceModel(c.view, c.state, null, true);
        const o = overlayModel(c.view, c.state, m.spots, null, null);
        const { pieces } = layoutPieces(c.view, m, o.axes, zoom, sizeSource(1, estimateText));
        for (const p of pieces) {
          if (p.node < 0) continue;
          const home = c.view.homes[p.node]!;
          if (home.country === null) continue;
          checked++;
          // A piece right on its node (the fallback on a sliver of coast) counts as its node does.
          const at = countryAt(region, p.x, p.y)?.id ?? countryNear(region, p.x, p.y, COAST_SLACK)?.id ?? 'the sea';
          if (at !== home.country) wrong.push(`${c.label}: ${p.key} at ${c.view.nodes[p.node]!.id} (${home.country}) drawn in ${at}`);
        }
      }
      expect(wrong).toEqual([]);
      // The states do put pieces on the map (20 days in, every level has formations at hubs).
      expect(checked).toBeGreaterThan(50);
    });
  }
});
