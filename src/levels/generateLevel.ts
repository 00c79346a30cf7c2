import { englishPlural, fillTemplate } from '../engine/messages/template';
import { AXIS_IDS, NATION_NAMES, PRESSURE_OF_KIND, type AxisId } from '../engine/ids';
import { openRng, seedRng, type Rng } from '../engine/rng';
import { GENERATOR_TEXT as G } from './generatorText';
import { validateLevel, type LevelResult } from './parseLevel';
import type { Card, Formation, Level, LevelInput, Link, MapNode, Nation } from './schema';

/**
 * A complete level from a seed alone. Pure and deterministic: the seed goes through seedrandom's
 * Alea (engine/rng.ts), as the engine's own randomness does; no Math.random, no clock.
 *
 * The map stays real: nodes, links, axes, the guarantors' rosters, the escalation cards and the
 * learning notes all come from a pool, the campaign level (levels/forty-thousand.json), so every
 * place is a real place at its real coordinates and every formation a real unit. The seed picks
 * which axes Moscow presses (one to three), which guarantors take part (enough troops for the
 * force, two or more nations with high-readiness units for the certifying exercise), varies their
 * will, notice and thresholds a little, picks and rescales the escalation cards to the level's
 * deadline, and sets the credibility bars, enablers and starting values within ranges that the
 * greedy bot is proven (tests/levels/generateLevel.test.ts) to win. The result is checked by the
 * same schema and cross-reference checks as a hand-made level before it is returned.
 *
 * Level ids are "gen-" + the seed; the seed is 1 to 44 lower-case letters, digits and dashes.
 */
export const GENERATED_PREFIX = 'gen-';
export const GENERATOR_POOL_LEVEL = 'forty-thousand';
export const MAX_GENERATOR_SEED = 44;
const GEN_SEED = /^[a-z0-9][a-z0-9-]{0,43}$/;

export function isGeneratorSeed(seed: string): boolean {
  return GEN_SEED.test(seed);
}

export function isGeneratedId(id: string): boolean {
  return id.startsWith(GENERATED_PREFIX);
}

/** The generator seed of a "gen-…" level id, or null when the id is not one. */
export function generatorSeedOf(id: string): string | null {
  if (!isGeneratedId(id)) return null;
  const seed = id.slice(GENERATED_PREFIX.length);
  return isGeneratorSeed(seed) ? seed : null;
}

/** The force every level asks for (docs/design.md section 7). */
const WIN = { troops: 40000, core: 5000, coreDeployDays: 5 };
/** Rosters hold at least this many troops, so that the player still chooses. */
const ROSTER_MIN = 56000;
/** High-readiness troops across the nations, so the core can be certified with a margin. */
const HR_MIN = 6500;
/** Troops at home within a few days of a hub: what holds the line while the far ones travel. */
const NEAR_MIN = 12000;
const NEAR_DAYS = 2;
/** Kinds of event that are not tied to a place. */
const AXIS_FREE: ReadonlySet<string> = new Set(['veto', 'delay', 'funding']);
/** Military pressure: the only kind that climbs the ladder past "crisis". */
const isMilitary = (c: Card) => (c.pressure ?? PRESSURE_OF_KIND[c.kind]) === 'military';

export function generateLevel(seed: string, pool: Level): LevelResult {
  const id = `${GENERATED_PREFIX}${seed}`;
  if (!isGeneratorSeed(seed)) return { ok: false, errors: [`${id}: the seed must be 1 to ${MAX_GENERATOR_SEED} lower-case letters, digits and dashes`] };
  return validateLevel(buildLevel(seed, pool), id);
}

function buildLevel(seed: string, pool: Level): LevelInput {
  const rng = openRng(seedRng(`generate/${seed}`));

  // 1. The axes Moscow presses: one (30%), two (45%) or three (25%).
  const roll = rng.int(100);
  const axisCount = Math.min(pool.axes.length, roll < 30 ? 1 : roll < 75 ? 2 : 3);
  const axes = shuffle(rng, pool.axes.map((a) => a.id)).slice(0, axisCount);
  const axisOrder = (a: AxisId) => AXIS_IDS.indexOf(a);
  axes.sort((a, b) => axisOrder(a) - axisOrder(b));
  const onAxes = (n: MapNode) => n.axes.filter((a) => axes.includes(a));

  // 2. The map: every place and link of the pool; staging hubs only for the level's axes.
  const nodes: MapNode[] = pool.nodes.map((n) => ({ ...n, kinds: [...n.kinds], axes: onAxes(n) }));
  const links: Link[] = pool.links.map((l) => ({ ...l }));
  const hubs = nodes.filter((n) => n.axes.length > 0).map((n) => n.id);
  const days = surfaceDays(pool, hubs);

  // 3. The guarantors: the nearest are likelier to be asked; enough troops and two nations with
  //    high-readiness units, whatever the draw.
  const size = 4 + rng.int(4);
  const weighted = pool.nations.map((n) => ({ n, w: nearness(days.get(n.home) ?? 99) }));
  const chosen: Nation[] = [];
  while (chosen.length < size && weighted.length) {
    const total = weighted.reduce((t, x) => t + x.w, 0);
    let pick = rng.int(total);
    const i = weighted.findIndex((x) => (pick -= x.w) < 0);
    chosen.push(weighted.splice(i, 1)[0]!.n);
  }
  const troops = (list: Nation[], hrOnly = false) => list.reduce((t, n) => t + n.roster.reduce((s, f) => s + (hrOnly && !f.hr ? 0 : f.strength), 0), 0);
  const hrNations = (list: Nation[]) => list.filter((n) => n.roster.some((f) => f.hr)).length;
  const rest = () => pool.nations.filter((n) => !chosen.includes(n));
  const near = (n: Nation) => (days.get(n.home) ?? 99) <= NEAR_DAYS;
  const short = () => troops(chosen) < ROSTER_MIN || troops(chosen, true) < HR_MIN || hrNations(chosen) < 2;
  const fewNear = () => troops(chosen.filter(near)) < NEAR_MIN;
  while ((short() || fewNear()) && rest().length) {
    // the largest contributor left (a near one while the near troops are too few), nearest first on a tie
    const pickFrom = fewNear() && rest().some(near) ? rest().filter(near) : rest();
    const next = pickFrom.sort((a, b) => troops([b]) - troops([a]) || (days.get(a.home) ?? 99) - (days.get(b.home) ?? 99))[0]!;
    chosen.push(next);
  }
  chosen.sort((a, b) => pool.nations.indexOf(a) - pool.nations.indexOf(b));
  const nations: Nation[] = chosen.map((n) => varyNation(rng, n));
  // A brigade may stay home when the others still give the player a choice.
  for (const n of nations) {
    const spare = n.roster.filter((f) => !f.hr && f.start !== 'ready');
    if (spare.length > 1 && rng.chance(30)) {
      const drop = spare[rng.int(spare.length)]!;
      if (troops(nations) - drop.strength >= ROSTER_MIN) n.roster = n.roster.filter((f) => f !== drop);
    }
  }
  const nationIds = new Set(nations.map((n) => n.id));

  // 4. The clock: longer for more axes to hold.
  const deadline = 50 + 10 * (axisCount - 1) + rng.int(11);

  // 5. Moscow's deck: the pool's cards that fit these axes and nations, most of them.
  const fits = (c: Card) => {
    if (!axes.includes(c.axis)) return false;
    if (c.target && !nationIds.has(c.target)) return false;
    for (const who of [c.effect.will?.nation, c.effect.delay?.nation]) {
      if (who && who !== 'all' && who !== 'target' && !nationIds.has(who)) return false;
    }
    if (c.kind === 'attack') return false;
    return true;
  };
  // Windows keep their days (Moscow is no quicker in a short level), cut at the deadline.
  const clipDay = (d: number) => Math.max(1, Math.min(deadline - 2, d));
  // Pressure that is not tied to a place (a veto, stalled talks, a US funding fight) follows the
  // level to whichever axis it has, so that a level of one quiet axis still has a deck.
  const cards = pool.deck.map((c) => (AXIS_FREE.has(c.kind) && !axes.includes(c.axis) ? { ...c, axis: axes[0]! } : c)).filter(fits);
  let deck = cards.filter(() => rng.chance(85));
  if (deck.length < 4) deck = cards;
  // Only military pressure climbs past "crisis": a few such cards, drawn at random, keep the
  // threat of war real without making the level a lottery.
  const military = shuffle(rng, deck.filter(isMilitary)).slice(0, 1 + axisCount);
  deck = deck.filter((c) => !isMilitary(c) || military.includes(c));
  // Spread over more axes, the same force is thinner on each: Moscow's military pressure is
  // eased to match, so that a level with three axes is as fair as one with one.
  const ease = axisCount === 1 ? 85 : axisCount === 2 ? 74 : 64;
  deck = deck.map((c) => {
    const from = Math.max(isMilitary(c) ? 8 : 3, clipDay(c.window[0]));
    const to = Math.max(from, clipDay(c.window[1]));
    const severity = isMilitary(c) ? Math.round((c.severity * ease) / 100) : c.severity;
    return { ...c, severity, effect: structuredClone(c.effect), window: [from, to] as [number, number] };
  });

  // 6. Credibility bars: the fewer the axes, the more of the force stands behind each.
  const barBase = axisCount === 1 ? 40 : axisCount === 2 ? 35 : 28;
  const levelAxes = pool.axes.filter((a) => axes.includes(a.id)).map((a) => ({ ...a, bar: barBase + rng.int(6) }));

  const par = estimatePar(nations, days, deadline);
  const notes = pickNotes(pool, axes, nodes);
  const axisNames = joinList(levelAxes.map((a) => a.name), G.and, G.and);
  const nationNames = joinList(nations.map((n) => G.nationInText[n.id] ?? NATION_NAMES[n.id]), G.listJoin, G.and);
  const axisWord = axisCount === 1 ? G.axisOne : G.axisMany;
  const heaviest = [...deck].sort((a, b) => b.severity - a.severity)[0];
  const fill = (t: string, p: Record<string, string | number>) => fillTemplate(t, p, { plural: englishPlural });

  return {
    schemaVersion: 1,
    id: `${GENERATED_PREFIX}${seed}`,
    title: clip(fill(G.title, { axes: axisNames, seed }), 80),
    summary: clip(fill(G.summary, { nations: nationNames, axes: axisNames, axisWord, deadline, par }), 300),
    // the pool's units come with the pool's year (a brigade still forming keeps its size)
    ...(pool.year === undefined ? {} : { year: pool.year }),
    briefing: clip(fill(G.briefing, {
      seed, nations: nationNames, axes: axisNames, axisWord, deadline, cards: deck.length,
      heaviest: heaviest?.title ?? '',
      axisLines: levelAxes.map((a) => fill(G.axisLine, { name: a.name, description: a.description })).join(' '),
    }), 4000),
    learningNotes: notes,
    par,
    deadline,
    staffActions: pool.staffActions,
    view: viewOf(nodes, nations, hubs),
    nodes,
    links,
    axes: levelAxes,
    nations,
    enablers: {
      isr: 1 + rng.int(2), airlift: 25 + 5 * rng.int(4), missileDefence: 1 + rng.int(2), cyber: 1 + rng.int(2),
      training: 1 + rng.int(2), munitions: 1 + rng.int(2), surge: 1 + rng.int(2),
    },
    budget: { start: 8, perDay: 1 },
    start: { unity: 66 + rng.int(7), ladder: 0, resilience: 16 + rng.int(10) },
    unityFloor: 30,
    win: WIN,
    deck,
    // Moscow answers a US surge less often here than in the campaign: a generated level is a
    // race to stand the force up, not a gamble on the surge.
    rules: { surgeRiskPercent: 10 },
  };
}

function varyNation(rng: Rng, n: Nation): Nation {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  const roster: Formation[] = n.roster.map((f) => ({
    ...f,
    notice: f.hr ? clamp(f.notice + rng.int(3) - 1, 2, 5) : clamp(f.notice + rng.int(5) - 2, 5, 30),
    threshold: clamp(f.threshold + rng.int(9) - 4, 0, 100),
    interop: clamp(f.interop + rng.int(9) - 4, 0, 100),
  }));
  return { ...n, will: clamp(n.will + rng.int(11) - 4, 40, 95), roster };
}

function shuffle<T>(rng: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function nearness(days: number): number {
  return days <= 2 ? 4 : days <= 4 ? 3 : days <= 6 ? 2 : 1;
}

/** Days by road, rail or sea from every node to the nearest of the hubs (Dijkstra). */
function surfaceDays(pool: Level, hubs: readonly string[]): Map<string, number> {
  const dist = new Map<string, number>(hubs.map((h) => [h, 0]));
  const open = [...hubs];
  while (open.length) {
    open.sort((a, b) => dist.get(a)! - dist.get(b)!);
    const at = open.shift()!;
    for (const l of pool.links) {
      if (l.kind === 'air' || (l.from !== at && l.to !== at)) continue;
      const other = l.from === at ? l.to : l.from;
      const d = dist.get(at)! + l.days + (l.gaugeBreak ? 2 : 0);
      if (d < (dist.get(other) ?? Infinity)) {
        if (!dist.has(other)) open.push(other);
        dist.set(other, d);
      }
    }
  }
  return dist;
}

/**
 * A readiness day a strong player should reach: the formations fastest to a hub (notice plus the
 * journey) until the force is complete, plus a few days for the exercise and the last arrivals.
 */
function estimatePar(nations: readonly Nation[], days: Map<string, number>, deadline: number): number {
  const arrivals = nations.flatMap((n) => n.roster.map((f) => ({
    // from the unit's own garrison: a brigade based in Lithuania is not a German one's journey away
    day: (f.start === 'ready' ? 0 : f.notice) + Math.min(days.get(f.home ?? n.home) ?? 30, f.light ? 1 : 99) + 1,
    strength: f.strength,
  }))).sort((a, b) => a.day - b.day);
  let troops = 0;
  let day = 1;
  for (const a of arrivals) {
    troops += a.strength;
    day = a.day;
    if (troops >= WIN.troops) break;
  }
  return Math.max(10, Math.min(deadline - 5, day + 2));
}

/** The notes that fit the level: always the basics, then the ones its map and axes call for. */
function pickNotes(pool: Level, axes: readonly AxisId[], nodes: readonly MapNode[]): Level['learningNotes'] {
  const staging = new Set(nodes.filter((n) => n.axes.length).map((n) => n.id));
  const want = new Set(['article5', 'nrf', 'coalition', 'enablers', 'prepositioning', 'grayzone']);
  if (axes.includes('north') || staging.has('suwalki')) want.add('suwalki');
  if (['lviv', 'kyiv', 'odesa', 'rukla', 'tapa'].some((n) => staging.has(n))) want.add('gauge');
  return pool.learningNotes.filter((n) => want.has(n.id)).map((n) => ({ ...n }));
}

/** The camera's opening view: the hubs and the homes east of the Rhine, with a margin. */
function viewOf(nodes: readonly MapNode[], nations: readonly Nation[], hubs: readonly string[]): Level['view'] {
  const wanted = new Set([...hubs, ...nations.map((n) => n.home)]);
  const pts = nodes.filter((n) => wanted.has(n.id) && n.lon >= 9);
  const lons = pts.map((p) => p.lon);
  const lats = pts.map((p) => p.lat);
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  let west = Math.min(...lons) - 2;
  let east = Math.max(...lons) + 2;
  let south = Math.min(...lats) - 1.5;
  let north = Math.max(...lats) + 1.5;
  if (east - west < 10) { const c = (east + west) / 2; west = c - 5; east = c + 5; }
  if (north - south < 6) { const c = (north + south) / 2; south = c - 3; north = c + 3; }
  const r = (v: number) => Math.round(v * 10) / 10;
  return { west: r(clamp(west, -12, 49)), south: r(clamp(south, 30, 71)), east: r(clamp(east, -11, 50)), north: r(clamp(north, 31, 72)) };
}

function joinList(items: readonly string[], join: string, last: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(join)}${last}${items[items.length - 1]}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
