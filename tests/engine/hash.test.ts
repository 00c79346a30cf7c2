import { describe, expect, it } from 'vitest';
import alea from 'seedrandom/lib/alea';
import { applyCommand, hashState, newGame, resolveDay, type GameState } from '../../src/engine';
import { greedyBot } from '../../src/bots/greedy';
import { shippedLevel } from '../helpers/shipped';
import type { Level } from '../../src/levels/schema';

/**
 * The hasher reads the state field by field, by hand. These tests make sure it can never silently
 * skip a field: in a rich mid-campaign state every leaf (and every array's length) is changed in
 * turn, and each change must change the hash. When a field is added to GameState, the richness
 * checks below fail until the rich state has a value there, and then the leaf walk tests it.
 */

type Path = Array<string | number>;
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Values for fields that can be null, by field name (a new nullable field must be added here). */
const NON_NULL: Record<string, Json> = {
  reason: 'war',
  readinessDay: 7,
  surge: { axis: 0, until: 9 },
  test: { axis: 1, day: 30, until: 34 },
  route: [{ link: 0, to: 1, days: 2 }],
};

function richState(): { level: Level; s: GameState } {
  const level = shippedLevel('forty-thousand');
  let s = newGame(level, 'rich');
  while (s.day < 24 && s.status === 'playing') s = resolveDay(s, level, greedyBot(s, level).orders).state;
  expect(s.status).toBe('playing');
  // Orders that leave traces: a commitment, a plan under way, a surge, allocations of every kind.
  for (const cmd of [
    { type: 'commit', axis: 'south' }, { type: 'surge', axis: 'north' }, { type: 'allocate', enabler: 'cyber', network: 'power' },
  ] as const) s = tryGive(s, level, cmd);
  // Whatever the game has not produced by itself is filled in by hand (the hash test needs a value
  // in every field; it does not need the value to be reachable).
  const patch: Partial<GameState> = {};
  const f0 = s.formations.findIndex((f) => f.status !== 'moving');
  if (!s.formations.some((f) => f.route)) patch.formations = s.formations.map((f, i) => (i === f0 ? { ...f, status: 'moving', route: [{ link: 0, to: 1, days: 2 }] } : f));
  if (!s.prepo.length) patch.prepo = [{ node: 22, troops: 3000, daysLeft: 2 }];
  if (!s.exercises.length) patch.exercises = [{ node: 22, daysLeft: 2, formations: [0, 1] }];
  if (!s.commitments.length) patch.commitments = [{ axis: 0, byDay: 30, troops: 9000, state: 'open' }];
  if (!s.munitions.length) patch.munitions = [s.day + 3];
  if (!s.losses.length) patch.losses = [{ kind: 'airlift', amount: 10, until: s.day + 2 }];
  if (!s.supportCuts.length) patch.supportCuts = [{ cut: 30, until: s.day + 5 }];
  if (!s.surge) patch.surge = { axis: 1, until: s.day + 2 };
  if (!s.test) patch.test = { axis: 2, day: s.day + 3, until: s.day + 7 };
  if (!s.hand.length) patch.hand = [{ card: 3, day: s.day + 4 }];
  const alloc = { ...s.alloc };
  if (!alloc.isr.length) alloc.isr = [0];
  if (!alloc.missileDefence.length) alloc.missileDefence = [22];
  if (!alloc.cyber.length) alloc.cyber = [0];
  if (!alloc.training.length) alloc.training = [3];
  patch.alloc = alloc;
  if (!s.railLoads.some((l) => l.length)) patch.railLoads = s.railLoads.map((l, i) => (i === 1 ? [s.day, 2000] : l));
  return { level, s: { ...s, ...patch } };
}

/** Give an order if the rules accept it (the rich state does not depend on it being accepted). */
function tryGive(s: GameState, level: Level, cmd: Parameters<typeof applyCommand>[2]): GameState {
  return applyCommand(s, level, cmd).state;
}

function leaves(v: Json, path: Path = [], out: Array<{ path: Path; value: Json }> = []): typeof out {
  if (v !== null && typeof v === 'object') {
    if (Array.isArray(v)) v.forEach((x, i) => leaves(x, [...path, i], out));
    else for (const k of Object.keys(v)) leaves(v[k]!, [...path, k], out);
  } else out.push({ path, value: v });
  return out;
}

function arrays(v: Json, path: Path = [], out: Array<{ path: Path; value: Json[] }> = []): typeof out {
  if (Array.isArray(v)) {
    out.push({ path, value: v });
    v.forEach((x, i) => arrays(x, [...path, i], out));
  } else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) arrays(v[k]!, [...path, k], out);
  return out;
}

function setAt(root: Json, path: Path, value: Json): Json {
  const copy = structuredClone(root);
  let o = copy as Record<string | number, Json>;
  for (let i = 0; i < path.length - 1; i++) o = o[path[i]!] as Record<string | number, Json>;
  o[path[path.length - 1]!] = value;
  return copy;
}

const shape = (path: Path) => path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.');

function shuffleKeys(v: Json, pick: () => number): Json {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, pick));
  if (v === null || typeof v !== 'object') return v;
  const keys = Object.keys(v);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(pick() * (i + 1));
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  const out: Record<string, Json> = {};
  for (const k of keys) out[k] = shuffleKeys(v[k]!, pick);
  return out;
}

describe('hashState', () => {
  const { s } = richState();
  const json = s as unknown as Json;
  const base = hashState(s);

  it('is 16 hexadecimal digits and depends on the state alone', () => {
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(hashState(structuredClone(s))).toBe(base);
    expect(hashState(JSON.parse(JSON.stringify(s)) as GameState)).toBe(base);
  });

  it('the rich state has a value in every field: every array field non-empty somewhere, every null a known nullable field', () => {
    const byShape = new Map<string, boolean>();
    for (const a of arrays(json)) byShape.set(shape(a.path), (byShape.get(shape(a.path)) ?? false) || a.value.length > 0);
    const empty = [...byShape].filter(([, nonEmpty]) => !nonEmpty).map(([k]) => k);
    expect(empty).toEqual([]);
    const nulls = leaves(json).filter((l) => l.value === null).map((l) => String(l.path[l.path.length - 1]));
    expect(nulls.filter((k) => !(k in NON_NULL))).toEqual([]);
  });

  it('changes when any single leaf changes (numbers ±1 and by the generator\'s least step, strings, booleans, nulls)', () => {
    const unchanged: string[] = [];
    const all = leaves(json);
    expect(all.length).toBeGreaterThan(500);
    for (const { path, value } of all) {
      const variants: Json[] = [];
      if (typeof value === 'number') {
        variants.push(value + 1, value - 1);
        if (!Number.isInteger(value)) variants.push(value + 2 ** -32);
      } else if (typeof value === 'string') variants.push(`${value}x`, value.slice(0, -1));
      else if (typeof value === 'boolean') variants.push(!value);
      else variants.push(NON_NULL[String(path[path.length - 1])]!);
      for (const v of variants) {
        if (hashState(setAt(json, path, v) as unknown as GameState) === base) unchanged.push(`${path.join('.')} = ${JSON.stringify(v)}`);
      }
    }
    expect(unchanged).toEqual([]);
  });

  it('changes when a nullable field becomes null', () => {
    const unchanged: string[] = [];
    for (const { path, value } of [...arrays(json), ...leaves(json)]) {
      const key = String(path[path.length - 1]);
      if (!(key in NON_NULL) || value === null) continue;
      if (hashState(setAt(json, path, null) as unknown as GameState) === base) unchanged.push(path.join('.'));
    }
    expect(unchanged).toEqual([]);
  });

  it('changes when any array gains or loses an element', () => {
    const unchanged: string[] = [];
    for (const { path, value } of arrays(json)) {
      if (path.length === 0) continue;
      if (value.length > 0) {
        if (hashState(setAt(json, path, value.slice(0, -1)) as unknown as GameState) === base) unchanged.push(`${path.join('.')} pop`);
        if (hashState(setAt(json, path, [...value, value[value.length - 1]!]) as unknown as GameState) === base) unchanged.push(`${path.join('.')} push`);
      }
    }
    expect(unchanged).toEqual([]);
  });

  it('does not depend on the order of object keys', () => {
    for (let i = 0; i < 20; i++) {
      const shuffled = shuffleKeys(json, alea(`keys-${i}`)) as unknown as GameState;
      expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(s));
      expect(hashState(shuffled)).toBe(base);
    }
  });

  it('tells apart states that differ only in the generator\'s state', () => {
    const other = { ...s, rng: { ...s.rng, s2: s.rng.s2 === 0 ? 2 ** -32 : s.rng.s2 - 2 ** -32 } };
    expect(hashState(other)).not.toBe(base);
  });
});
