import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseLevelText } from '../../src/levels/parseLevel';
import { AXIS_IDS, ENABLER_KINDS, EVENT_KINDS, NATION_IDS } from '../../src/engine/ids';
import { indexLevel } from '../../src/engine';
import { REPO, shippedLevel } from '../helpers/shipped';

describe('shipped levels', () => {
  const files = readdirSync(`${REPO}levels`).filter((f) => f.endsWith('.json'));

  it('include the tutorial and the full campaign', () => {
    expect(files).toEqual(expect.arrayContaining(['tutorial.json', 'forty-thousand.json']));
  });

  for (const file of files) {
    it(`${file} validates, its id is its file name, and a greedy-reachable win is possible on paper`, () => {
      const r = parseLevelText(readFileSync(`${REPO}levels/${file}`, 'utf8'), `levels/${file}`);
      if (!r.ok) throw new Error(r.errors.join('\n'));
      expect(r.level.id).toBe(file.replace(/\.json$/, ''));
      const roster = r.level.nations.flatMap((n) => n.roster);
      expect(roster.reduce((a, f) => a + f.strength, 0)).toBeGreaterThanOrEqual(r.level.win.troops);
      expect(roster.filter((f) => f.hr && f.notice <= r.level.win.coreDeployDays).reduce((a, f) => a + f.strength, 0)).toBeGreaterThanOrEqual(r.level.win.core);
      expect(r.level.par).toBeLessThanOrEqual(r.level.deadline);
    });
  }

  it('the tutorial asks for the force of docs/design.md section 7: 40,000 with a certified core', () => {
    const t = shippedLevel('tutorial');
    expect(t.win.troops).toBe(40000);
    expect(t.win.core).toBeGreaterThanOrEqual(5000);
  });
});

describe('the Forty Thousand campaign', () => {
  const L = shippedLevel('forty-thousand');

  it('has all eleven guarantors, each with a roster and a home garrison', () => {
    expect(L.nations.map((n) => n.id).sort()).toEqual([...NATION_IDS].sort());
    for (const n of L.nations) expect(n.roster.length).toBeGreaterThan(0);
    const roster = L.nations.flatMap((n) => n.roster);
    // docs/design.md section 3: battlegroups of ~1,000–1,500 and brigades of ~4,000–5,500; more than 40,000 in all.
    expect(roster.reduce((a, f) => a + f.strength, 0)).toBeGreaterThan(40000);
    expect(L.win.troops).toBe(40000);
    for (const f of roster) {
      // a brigade still forming in the level's year (it says so in its variant) may be smaller
      if (f.kind === 'brigade' && f.variant === undefined) expect(f.strength).toBeGreaterThanOrEqual(3000);
      else expect(f.strength).toBeLessThanOrEqual(2500);
    }
  });

  it('has every US enabler with capacity above zero', () => {
    expect(Object.keys(L.enablers).sort()).toEqual([...ENABLER_KINDS, 'surge'].sort());
    for (const [k, v] of Object.entries(L.enablers)) expect(v, k).toBeGreaterThan(0);
  });

  it('has the full escalation deck: every kind of event of docs/design.md section 6, on every axis', () => {
    const kinds = new Set(L.deck.map((c) => c.kind));
    // docs/design.md section 6, lightest to heaviest, plus the US funding fights of section 3.
    const design = ['protest', 'veto', 'counterProposal', 'delay', 'disinformation', 'energy', 'cyber', 'sabotage', 'jamming', 'airspace', 'snapExercise', 'buildup', 'strike', 'nuclear', 'attack', 'funding'];
    expect([...EVENT_KINDS].sort()).toEqual([...design].sort());
    for (const k of design) expect(kinds.has(k as never), k).toBe(true);
    expect(new Set(L.deck.map((c) => c.axis))).toEqual(new Set(AXIS_IDS));
    expect(L.axes.map((a) => a.id).sort()).toEqual([...AXIS_IDS].sort());
    // Events that can cut a link, hit an enabler, strike a hub, delay mobilisation, cut staff or US support.
    const effects = new Set(L.deck.flatMap((c) => Object.keys(c.effect)));
    for (const e of ['will', 'unity', 'ladder', 'cut', 'enabler', 'strike', 'delay', 'staff', 'support']) expect(effects.has(e), e).toBe(true);
    expect(L.deck.some((c) => !c.deterrable)).toBe(true);
  });

  it('places its nodes at the coordinates of FACTS.md (within 0.15°)', () => {
    // FACTS.md, "Approximate coordinates": id → [lat N, lon E]
    const FACTS: Record<string, [number, number]> = {
      rzeszow: [50.11, 22.02], przemysl: [49.78, 22.77], dorohusk: [51.17, 23.80], hrubieszow: [50.81, 23.89],
      powidz: [52.38, 17.85], poznan: [52.41, 16.93], orzysz: [53.81, 21.95], suwalki: [54.10, 22.93],
      redzikowo: [54.48, 17.10], gdansk: [54.40, 18.67], klaipeda: [55.71, 21.13], rukla: [55.03, 24.37],
      adazi: [57.08, 24.32], tapa: [59.26, 25.96], mk: [44.36, 28.49], constanta: [44.17, 28.63],
      lviv: [49.84, 24.03], kyiv: [50.45, 30.52], odesa: [46.48, 30.72], ramstein: [49.44, 7.60],
      warsaw: [52.23, 21.01], riga: [56.95, 24.11], tallinn: [59.44, 24.75], helsinki: [60.17, 24.94],
      stockholm: [59.33, 18.07], oslo: [59.91, 10.75], copenhagen: [55.68, 12.57], berlin: [52.52, 13.40],
      paris: [48.86, 2.35], 'brize-norton': [51.75, -1.58], tilbury: [51.46, 0.36], bucharest: [44.43, 26.10],
    };
    const ix = indexLevel(L);
    const off: string[] = [];
    for (const [id, [lat, lon]] of Object.entries(FACTS)) {
      const n = L.nodes[ix.node.get(id) ?? -1];
      if (!n) { off.push(`${id}: missing`); continue; }
      if (Math.abs(n.lat - lat) > 0.15 || Math.abs(n.lon - lon) > 0.15) off.push(`${id}: ${n.lat}, ${n.lon} (FACTS.md ${lat}, ${lon})`);
    }
    expect(off).toEqual([]);
  });

  it('models the gauge break, rail capacity, sea and air links, and staging hubs on every axis', () => {
    expect(L.links.some((l) => l.kind === 'rail' && l.gaugeBreak)).toBe(true);
    for (const kind of ['road', 'rail', 'sea', 'air'] as const) expect(L.links.some((l) => l.kind === kind), kind).toBe(true);
    const ix = indexLevel(L);
    for (let a = 0; a < L.axes.length; a++) expect(ix.axisNodes[a]!.length, L.axes[a]!.id).toBeGreaterThan(0);
    expect(L.nodes.find((n) => n.id === 'rzeszow')!.kinds).toEqual(expect.arrayContaining(['hub', 'airfield']));
  });
});
