import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevelText } from '../../src/levels/parseLevel';
import type { Formation, Level, MapNode } from '../../src/levels/schema';
import { REPO } from '../helpers/shipped';

/**
 * A real unit is the same unit in every level: its name, type, size and garrison are facts
 * (docs/sources.md), not level design. Only a level that says why (a `variant`, e.g. a brigade
 * still forming in the level's year) may give it another strength.
 */
const levels: Level[] = readdirSync(`${REPO}levels`).filter((f) => f.endsWith('.json')).map((f) => {
  const r = parseLevelText(readFileSync(`${REPO}levels/${f}`, 'utf8'), `levels/${f}`);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.level;
});

interface Seen { level: string; f: Formation; home: MapNode }
const seen: Seen[] = levels.flatMap((l) => l.nations.flatMap((n) => n.roster.map((f) => ({
  level: l.id, f, home: l.nodes.find((x) => x.id === (f.home ?? n.home))!,
}))));
const byId = new Map<string, Seen[]>();
for (const s of seen) byId.set(s.f.id, [...(byId.get(s.f.id) ?? []), s]);

describe('formation facts across the levels', () => {
  it('reads every level and finds units shared between them', () => {
    expect(levels.length).toBeGreaterThanOrEqual(6);
    expect([...byId.values()].filter((list) => list.length > 1).length).toBeGreaterThan(20);
  });

  it('gives one id the same name, type, readiness and garrison everywhere', () => {
    const clashes: string[] = [];
    for (const [id, list] of byId) {
      const first = list[0]!;
      const facts = (s: Seen) => JSON.stringify([s.f.name, s.f.kind, s.f.arm, s.f.hr, s.f.light, s.home.name, s.home.lat, s.home.lon]);
      for (const s of list.slice(1)) if (facts(s) !== facts(first)) clashes.push(`${id}: ${first.level} ${facts(first)} vs ${s.level} ${facts(s)}`);
    }
    expect(clashes).toEqual([]);
  });

  it('gives one id the same strength everywhere, unless the level says why', () => {
    const clashes: string[] = [];
    for (const [id, list] of byId) {
      const plain = list.filter((s) => s.f.variant === undefined);
      const strengths = new Set(plain.map((s) => s.f.strength));
      if (strengths.size > 1) clashes.push(`${id}: ${plain.map((s) => `${s.level} ${s.f.strength}`).join(', ')}`);
    }
    expect(clashes).toEqual([]);
  });

  it('gives one unit one id (no unit twice under two ids)', () => {
    const idsOf = new Map<string, Set<string>>();
    for (const s of seen) idsOf.set(s.f.name, (idsOf.get(s.f.name) ?? new Set()).add(s.f.id));
    expect([...idsOf].filter(([, ids]) => ids.size > 1).map(([name, ids]) => `${name}: ${[...ids].join(', ')}`)).toEqual([]);
  });

  it('starts every unit at a node marked as a garrison, and marks no garrison without a unit', () => {
    const wrong: string[] = [];
    for (const l of levels) {
      const homes = new Set(l.nations.flatMap((n) => n.roster.map((f) => f.home ?? n.home)));
      for (const node of l.nodes) {
        if (homes.has(node.id) !== node.kinds.includes('garrison')) wrong.push(`${l.id}: ${node.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('sets every level in a year, and sizes Panzer Brigade 45 by it (about 500 in 2025, 4,800 planned from 2027)', () => {
    for (const l of levels) expect(l.year, l.id).toBeDefined();
    const pz = seen.filter((s) => s.f.id === 'de-45-pz');
    expect(pz.length).toBeGreaterThan(0);
    for (const s of pz) {
      const year = levels.find((l) => l.id === s.level)!.year!;
      if (year <= 2025) expect(s.f.strength, s.level).toBeLessThanOrEqual(1000);
      if (year >= 2027) expect(s.f.strength, s.level).toBeGreaterThanOrEqual(4000);
      expect(s.f.variant, s.level).toBeDefined();
    }
  });

  it('never has a cable cut close a shipping lane: ships sail over a cut cable', () => {
    const wrong: string[] = [];
    for (const l of levels) {
      for (const c of l.deck) {
        if (c.network !== 'power' && c.network !== 'c2') continue;
        const sea = (c.effect.cut?.links ?? []).filter((id) => l.links.find((k) => k.id === id)?.kind === 'sea');
        if (sea.length || c.effect.cut?.kind === 'sea') wrong.push(`${l.id}: ${c.id} cuts ${sea.join(', ') || 'sea links'}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the North level', () => {
  const north = levels.find((l) => l.id === 'north')!;
  const node = (id: string) => north.nodes.find((n) => n.id === id);

  it('lands transport aircraft at the Baltic airfields, not only at Šiauliai', () => {
    const airfields = ['siauliai', 'amari', 'lielvarde', 'riga', 'tallinn', 'kaunas', 'vilnius'];
    for (const id of airfields) {
      expect(node(id)?.kinds, id).toContain('airfield');
      expect(north.links.some((k) => k.kind === 'air' && (k.to === id || k.from === id)), id).toBe(true);
    }
  });

  it('runs standard gauge on to Kaunas: the gauge break is at Kaunas, not at Mockava', () => {
    const breaks = north.links.filter((k) => k.gaugeBreak);
    expect(breaks.length).toBeGreaterThan(0);
    for (const k of breaks) expect([k.from, k.to]).toContain('kaunas');
    expect(north.links.find((k) => k.id === 'mockava-kaunas-rail')?.gaugeBreak).toBe(false);
  });

  it('has the roads out of the Nordics: the Øresund bridge and round the Gulf of Bothnia', () => {
    const road = (a: string, b: string) => north.links.some((k) => k.kind === 'road' && ((k.from === a && k.to === b) || (k.from === b && k.to === a)));
    expect(road('copenhagen', 'stockholm')).toBe(true);
    expect(road('stockholm', 'helsinki')).toBe(true);
  });
});
