/**
 * A mutation fuzzer over valid inputs (issue 15): a shipped level and honest replays, changed
 * structurally (a number nudged, a string swapped, an item dropped or repeated, a key removed) —
 * the edits a hand or a script makes, which random text almost never reaches. Whatever is
 * accepted must behave: an accepted level plays to its end and its replay re-verifies; an
 * accepted replay re-verifies, is an honest run, and its recorded result is the recomputed one.
 * Some replays are re-hashed after the edit (as a forger would), so only the run rules stand
 * between them and a "verified".
 *
 * Inputs: 120 level mutations, 200 replay mutations, 200 re-hashed replay mutations (520 in all,
 * chosen to cost a few seconds of CI on a quiet machine, most of it playing the accepted levels to
 * the end; the seeds are fixed, so a failure reproduces).
 */
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { playGame } from '../../src/bots/playGame';
import { defaultSetup, poolsOf } from '../../src/session/turns';
import { makeReplay, resultDifference, verifyReplay, newGame, resolveDay, type Command, type Replay } from '../../src/engine';
import { validateLevel } from '../../src/levels/parseLevel';
import type { Level } from '../../src/levels/schema';
import { checkReplay } from '../../src/replay/checkReplay';
import { parseReplayText, poolsSchema } from '../../src/replay/replaySchema';
import { shippedLevel } from '../helpers/shipped';
import { reforged } from '../trust/forge';

const tutorial = shippedLevel('tutorial');
const airBridge = shippedLevel('air-bridge');
const levels = [tutorial, airBridge];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path in a JSON value (to containers and leaves), for picking where to edit. */
function paths(v: Json, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function strings(v: Json, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

const OPS = ['nudge', 'double', 'zero', 'negate', 'huge', 'swapString', 'drop', 'repeat', 'swapItems', 'removeKey', 'null'] as const;
type Op = (typeof OPS)[number];
interface Edit { where: number; op: Op; pick: number }

const edit = fc.record({ where: fc.nat(), op: fc.constantFrom(...OPS), pick: fc.nat() });
const edits = fc.array(edit, { minLength: 1, maxLength: 3 });

/** Apply structural edits to a deep copy of `root`. */
function mutate(root: Json, list: Edit[]): Json {
  const doc = structuredClone(root);
  const pool = strings(doc);
  for (const e of list) {
    const all = paths(doc).filter((p) => p.length > 0);
    if (all.length === 0) break;
    const path = all[e.where % all.length]!;
    const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, doc) as Record<string | number, Json> | Json[];
    const key = path[path.length - 1]!;
    const value = (parent as Record<string | number, Json>)[key]!;
    const set = (x: Json) => { (parent as Record<string | number, Json>)[key] = x; };
    switch (e.op) {
      case 'nudge': if (typeof value === 'number') set(value + (e.pick % 2 ? 1 : -1)); break;
      case 'double': if (typeof value === 'number') set(value * 2); break;
      case 'zero': if (typeof value === 'number') set(0); break;
      case 'negate': if (typeof value === 'number') set(-value); break;
      case 'huge': if (typeof value === 'number') set(1e9); break;
      case 'swapString': if (typeof value === 'string' && pool.length) set(pool[e.pick % pool.length]!); break;
      case 'drop': if (Array.isArray(parent)) parent.splice(key as number, 1); break;
      case 'repeat': if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(value)); break;
      case 'swapItems': if (Array.isArray(parent) && parent.length > 1) {
        const j = e.pick % parent.length;
        [parent[key as number], parent[j]] = [parent[j]!, parent[key as number]!];
      } break;
      case 'removeKey': if (!Array.isArray(parent)) delete parent[key]; break;
      case 'null': set(null); break;
    }
  }
  return doc;
}

/** An accepted replay must re-verify, be an honest run, and carry the recomputed result. */
function expectHonest(replay: Replay, level: Level): void {
  const v = verifyReplay(replay, level);
  expect(v.valid, v.error).toBe(true);
  let end = newGame(level, replay.seed, replay.pools ? { pools: replay.pools } : {});
  for (const d of replay.days) end = resolveDay(end, level, d.orders).state;
  if (replay.result) expect(resultDifference(replay.result, end)).toBeNull();
  // The run rules, stated independently of the checker: no facilitator orders without pools.
  const facilitatorOrders = replay.days.some((d) => d.orders.some((o) => o.type === 'inject' || o.type === 'extend'));
  if (!replay.pools) expect(facilitatorOrders).toBe(false);
  else {
    const teams = replay.pools.filter((p) => !p.roles.includes('facilitator'));
    const roles = teams.flatMap((t) => t.roles);
    expect(new Set(roles).size).toBe(roles.length);
    expect(roles.includes('*')).toBe(false);
    for (const t of teams) expect(t.perDay).toBeLessThanOrEqual(20);
    expect(replay.pools.filter((p) => p.roles.includes('facilitator')).map((p) => p.perDay)).toEqual([0]);
  }
}

const solo = (() => {
  const g = playGame(tutorial, 'mut-1', greedyBot);
  return makeReplay(tutorial, 'mut-1', g.days, g.state);
})();
const classroom = (() => {
  const pools = poolsOf(defaultSetup(airBridge));
  const g = playGame(airBridge, 'mut-2', greedyBot, { pools });
  return makeReplay(airBridge, 'mut-2', g.days, g.state, pools);
})();

describe('mutation fuzz: valid levels and replays, edited', () => {
  it('120 edited levels: whatever is accepted plays to the end and its replay re-verifies', () => {
    let accepted = 0;
    fc.assert(fc.property(edits, (list) => {
      const doc = mutate(tutorial as unknown as Json, list);
      const r = validateLevel(doc, 'mutant.json');
      if (!r.ok) { expect(r.errors[0]!.length).toBeGreaterThan(5); return; }
      accepted++;
      const g = playGame(r.level, 'mut-level', greedyBot);
      expect(g.state.status).not.toBe('playing');
      const replay = makeReplay(r.level, 'mut-level', g.days, g.state);
      expectHonest(replay, r.level);
    }), { numRuns: 120, seed: 15 });
    // The fuzzer must reach the interesting side too: some edits are harmless and accepted.
    expect(accepted).toBeGreaterThan(5);
  });

  it('200 edited replays: whatever is accepted re-verifies with its own result', () => {
    let accepted = 0;
    fc.assert(fc.property(fc.constantFrom(solo, classroom), edits, (base, list) => {
      const parsed = parseReplayText(JSON.stringify(mutate(base as unknown as Json, list)), 'mutant.replay.json');
      if (!parsed.ok) return;
      const c = checkReplay(parsed.replay, levels);
      if (!c.ok) { expect(c.error.length).toBeGreaterThan(5); return; }
      accepted++;
      expectHonest(c.replay, c.level);
    }), { numRuns: 200, seed: 16 });
    expect(accepted).toBeGreaterThan(0);
  });

  it('200 re-hashed replays (edited orders and pools, hashes recomputed): only honest runs pass', () => {
    const extra: Command[] = [{ type: 'extend', days: 30 }, { type: 'inject', card: airBridge.deck[0]!.id }, { type: 'summit' }, { type: 'protocol' }];
    let refused = 0;
    fc.assert(fc.property(fc.constantFrom(solo, classroom), edits, fc.nat(), fc.nat(), (base, list, at, which) => {
      const level = base.level === tutorial.id ? tutorial : airBridge;
      const orders = base.days.map((d) => [...d.orders]);
      // A forger's edit: an order slipped into a day, then the pools edited structurally.
      orders[at % orders.length]!.unshift(extra[which % extra.length]!);
      const edited = base.pools ? poolsSchema().safeParse(mutate(base.pools as unknown as Json, list)) : null;
      if (edited && !edited.success) return; // not even the shape of pools: the schema's refusal, tested above
      const pools = edited?.data as Replay['pools'];
      const parsed = parseReplayText(JSON.stringify(reforged(level, base.seed, orders, pools ?? undefined)), 'forged.json');
      if (!parsed.ok) return;
      const c = checkReplay(parsed.replay, levels);
      if (!c.ok) { refused++; return; }
      expectHonest(c.replay, c.level);
    }), { numRuns: 200, seed: 17 });
    expect(refused).toBeGreaterThan(0);
  });
});
