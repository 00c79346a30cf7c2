import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexLevel } from '../../src/engine';
import { parseLevelText } from '../../src/levels/parseLevel';
import { countryAt, countryNear } from '../../src/map/pointInRegion';
import { makeProjection } from '../../src/map/projection';
import type { RegionAsset } from '../../src/map/regionTypes';
import { decodeRegion } from '../../src/map/regionFile';
import { ALL_LEVELS, LEVEL_FILES, LEVELS_DIR, NEW_LEVELS, level } from './helpers';

const region: RegionAsset = decodeRegion(JSON.parse(readFileSync(new URL('../../assets/map/region.json', import.meta.url), 'utf8')));
const project = makeProjection(region.projection);

/** The map's drawn extent: nodes beyond it sit off the edge (docs/design.md section 4: France and the UK may). */
const extent = (() => {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const c of region.countries) {
    for (const poly of c.rings) {
      for (const ring of poly) {
        for (let i = 0; i < ring.length; i += 2) {
          minX = Math.min(minX, ring[i]!); maxX = Math.max(maxX, ring[i]!);
          minY = Math.min(minY, ring[i + 1]!); maxY = Math.max(maxY, ring[i + 1]!);
        }
      }
    }
  }
  return { minX, maxX, minY, maxY };
})();

describe('every level file validates', () => {
  it('finds the six campaign levels among the files', () => {
    for (const id of ALL_LEVELS) expect(LEVEL_FILES).toContain(`${id}.json`);
  });

  it.each(LEVEL_FILES)('%s parses against the schema and its cross-references', (file) => {
    const r = parseLevelText(readFileSync(`${LEVELS_DIR}${file}`, 'utf8'), `levels/${file}`);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.level.id).toBe(file.replace(/\.json$/, ''));
  });

  it.each([...ALL_LEVELS])('%s asks for the game\'s 40,000 with a certified core', (id) => {
    const lv = level(id);
    expect(lv.win.troops).toBe(40000);
    expect(lv.win.core).toBeGreaterThanOrEqual(5000);
    expect(lv.par).toBeLessThan(lv.deadline);
  });
});

describe.each([...NEW_LEVELS])('the %s level', (id) => {
  const lv = level(id);
  const ix = indexLevel(lv);

  it('puts every node in the country it names (a cheap check that the coordinates are real)', () => {
    for (const n of lv.nodes) {
      const [x, y] = project(n.lon, n.lat);
      if (x < extent.minX) {
        // Off the western edge: only British and French bases, drawn with an arrow.
        expect(['GBR', 'FRA'], `${n.id} lies off the map`).toContain(n.country);
        continue;
      }
      if (y < extent.minY) {
        // Off the northern edge: only home garrisons in the far north of Sweden and Norway.
        expect(['SWE', 'NOR'], `${n.id} lies off the map`).toContain(n.country);
        expect(n.kinds, n.id).toContain('garrison');
        continue;
      }
      // Harbour towns can sit just off the simplified 1:50m coast: the nearest country within 6 units.
      const found = countryAt(region, x, y)?.id ?? countryNear(region, x, y, 6)?.id;
      expect(found, `${n.id} (${n.lat}, ${n.lon})`).toBe(n.country);
    }
  });

  it('opens its camera on its own window, which holds every staging hub', () => {
    const { west, east, south, north } = lv.view;
    expect(east - west).toBeGreaterThan(5);
    expect(north - south).toBeGreaterThan(4);
    for (const n of lv.nodes.filter((x) => x.axes.length > 0)) {
      expect(n.lon, n.id).toBeGreaterThanOrEqual(west);
      expect(n.lon, n.id).toBeLessThanOrEqual(east);
      expect(n.lat, n.id).toBeGreaterThanOrEqual(south);
      expect(n.lat, n.id).toBeLessThanOrEqual(north);
    }
  });

  it('has a briefing, a summary and learning notes in full sentences', () => {
    expect(lv.briefing.length).toBeGreaterThan(800);
    expect(lv.summary.length).toBeGreaterThan(80);
    expect(lv.learningNotes.length).toBeGreaterThanOrEqual(4);
    for (const note of lv.learningNotes) {
      expect(note.text.length, note.id).toBeGreaterThan(200);
      expect(note.text.trim().endsWith('.'), note.id).toBe(true);
    }
    // The deadline the briefing quotes is the level's own.
    const quoted = [...lv.briefing.matchAll(/by day (\d+)|You have (\d+) days/g)].map((m) => Number(m[1] ?? m[2]));
    for (const d of quoted) expect(d).toBe(lv.deadline);
  });

  it('offers more troops than the 40,000, so the player must choose', () => {
    const total = ix.formations.reduce((t, f) => t + f.strength, 0);
    expect(total).toBeGreaterThan(lv.win.troops);
    const hr = ix.formations.filter((f) => f.hr && f.notice <= lv.win.coreDeployDays).reduce((t, f) => t + f.strength, 0);
    expect(hr).toBeGreaterThanOrEqual(lv.win.core);
  });

  it('gives every deck card a window inside the deadline and an axis of the level', () => {
    for (const c of lv.deck) {
      expect(c.window[0]).toBeLessThanOrEqual(c.window[1]);
      expect(c.window[1]).toBeLessThanOrEqual(lv.deadline);
      expect(ix.axis.has(c.axis), c.id).toBe(true);
    }
  });
});

describe('what each new level is built around', () => {
  it('north: the Nordic brigades reach the Baltic states by land only the long way round, so the sea is their road', () => {
    const lv = level('north');
    const ix = indexLevel(lv);
    const nordic = new Set(['FI', 'SE', 'NO']);
    const baltic = new Set(lv.nodes.filter((n) => ['EST', 'LVA', 'LTU'].includes(n.country)).map((n) => n.id));
    // Fewest days from the Nordic capitals to any Baltic node, over the given kinds of link.
    const daysToBaltic = (kinds: ReadonlySet<string>): number => {
      const dist = new Map<string, number>(lv.nations.filter((n) => nordic.has(n.id)).map((n) => [n.home, 0]));
      const open = [...dist.keys()];
      while (open.length) {
        open.sort((a, b) => dist.get(b)! - dist.get(a)!);
        const at = open.pop()!;
        for (const l of lv.links) {
          if (!kinds.has(l.kind)) continue;
          const other = l.from === at ? l.to : l.to === at ? l.from : null;
          const d = dist.get(at)! + l.days;
          if (other && d < (dist.get(other) ?? Infinity)) { if (!dist.has(other)) open.push(other); dist.set(other, d); }
        }
      }
      return Math.min(...[...baltic].map((b) => dist.get(b) ?? Infinity));
    };
    // Roads exist (the Øresund bridge, Tornio–Haparanda), but round through Denmark, Germany and Poland.
    const byLand = daysToBaltic(new Set(['road', 'rail']));
    const bySea = daysToBaltic(new Set(['road', 'rail', 'sea']));
    expect(byLand).toBeLessThan(Infinity);
    expect(byLand).toBeGreaterThanOrEqual(bySea + 4);
    // Standard gauge runs from Poland on to Kaunas; the broad gauge begins there.
    expect(lv.links.some((l) => l.gaugeBreak && (l.from === 'kaunas' || l.to === 'kaunas'))).toBe(true);
    // Without the Nordic brigades the rest of the roster falls short of 40,000.
    const rest = ix.formations.filter((f) => !nordic.has(f.nationId) || f.light).reduce((t, f) => t + f.strength, 0);
    expect(rest).toBeLessThan(lv.win.troops);
  });

  it('air-bridge: heavy brigades are far away and the border rail lines are narrow and broken by gauge', () => {
    const lv = level('air-bridge');
    const ix = indexLevel(lv);
    const breaks = lv.links.filter((l) => l.gaugeBreak);
    expect(breaks.length).toBeGreaterThanOrEqual(3);
    for (const l of breaks) expect(l.capacity!).toBeLessThanOrEqual(2500);
    expect(lv.rules.prepoTroops).toBeGreaterThanOrEqual(Math.max(...ix.formations.filter((f) => !f.light).map((f) => f.strength)));
    // Budget for several sets at the start, and enough sorties for brigades, not just battalions.
    expect(lv.budget.start / ix.rules.prepoBudget).toBeGreaterThanOrEqual(4);
    expect(lv.enablers.airlift * ix.rules.troopsPerSortie).toBeGreaterThanOrEqual(10000);
  });

  it('south: France brings the largest roster, and strikes are aimed at the staging hubs', () => {
    const lv = level('south');
    const size = (id: string) => lv.nations.find((n) => n.id === id)!.roster.reduce((t, f) => t + f.strength, 0);
    for (const n of lv.nations) if (n.id !== 'FR') expect(size('FR')).toBeGreaterThan(size(n.id));
    const ix = indexLevel(lv);
    const struck = lv.deck.filter((c) => c.effect.strike).map((c) => ix.node.get(c.effect.strike!.hub)!);
    expect(struck.length).toBeGreaterThanOrEqual(3);
    for (const n of struck) expect(ix.staging[n]).toBe(true);
    expect(lv.deck.some((c) => /Transnistria/.test(c.title + c.text))).toBe(true);
    expect(lv.deck.some((c) => /Crimea/.test(c.title + c.text))).toBe(true);
  });

  it('across-administrations: US support is cut by 40–70% for long stretches, on a day the seed picks', () => {
    const lv = level('across-administrations');
    const cuts = lv.deck.filter((c) => c.kind === 'funding' && c.effect.support);
    expect(cuts.length).toBeGreaterThanOrEqual(1);
    const main = cuts.find((c) => c.chance === 100)!;
    expect(main.deterrable).toBe(false);
    expect(main.effect.support!.cut).toBeGreaterThanOrEqual(40);
    expect(main.effect.support!.cut).toBeLessThanOrEqual(70);
    expect(main.effect.support!.days).toBeGreaterThanOrEqual(30);
    expect(main.window[1] - main.window[0]).toBeGreaterThanOrEqual(7);
  });
});
