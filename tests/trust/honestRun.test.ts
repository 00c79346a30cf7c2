/**
 * A verified replay means an honest run under the level's rules (issue 15, point 3): the recorded
 * result is what the game gives, facilitator orders only in a game with a facilitator, staff pools
 * only as the classroom set-up allows, and the kind of run is stated.
 */
import { describe, expect, it } from 'vitest';
import { defaultSetup, poolsOf } from '../../src/session/turns';
import { runVerify } from '../../src/cli/verifyCommand';
import type { Replay } from '../../src/engine';
import { checkReplay } from '../../src/replay/checkReplay';
import { checkHonestRun, runKindOf } from '../../src/replay/honestRun';
import { shippedLevel } from '../helpers/shipped';
import { greedyWith, honestGame } from './forge';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const airBridge = shippedLevel('air-bridge');
const tutorial = shippedLevel('tutorial');
const levels = [airBridge, tutorial];
const dir = mkdtempSync(join(tmpdir(), 'guarantor-honest-'));

/** verify as the CLI runs it, in process: exit code and the one line it prints. */
function verifyFile(replay: Replay): { code: number; line: Record<string, unknown> } {
  const file = join(dir, `r-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(replay));
  const out: string[] = [];
  const code = runVerify([file], { out: (l) => out.push(l), err: (l) => out.push(l) });
  expect(out).toHaveLength(1);
  return { code, line: JSON.parse(out[0]!) as Record<string, unknown> };
}

const honest = honestGame(tutorial, 'honest-1');

describe('the recorded result is compared field by field', () => {
  it('an honest solo replay verifies and says it is a solo run', () => {
    const v = verifyFile(honest);
    expect(v.code).toBe(0);
    expect(v.line).toMatchObject({ valid: true, kind: 'solo', outcome: 'won' });
    const c = checkReplay(honest, levels);
    expect(c.ok && c.kind).toBe('solo');
  });

  it.each([
    ['outcome', 'lost'], ['readinessDay', 3], ['reason', 'deadline'], ['day', 99],
  ] as const)('a result with %s changed (hash kept) is refused, naming the field', (field, value) => {
    const forged = { ...honest, result: { ...honest.result!, [field]: value } } as Replay;
    const v = verifyFile(forged);
    expect(v.code).toBe(1);
    expect(String(v.line.error)).toContain(field);
    const c = checkReplay(forged, levels);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.error).toContain(field);
  });
});

describe('facilitator orders and staff pools', () => {
  const extend = { type: 'extend', days: 30 } as const;

  it('five extend orders on day 1 of a solo Air Bridge game, hashes recomputed: refused', () => {
    const forged = greedyWith(airBridge, 'forge-1', [extend, extend, extend, extend, extend]);
    // The forgery is self-consistent: only the run rules can catch it.
    expect(forged.result!.outcome).toBe('won');
    const v = verifyFile(forged);
    expect(v.code).toBe(1);
    expect(String(v.line.error)).toMatch(/facilitator/);
    const c = checkReplay(forged, levels);
    expect(c.ok).toBe(false);
  });

  it('a solo replay with a 50-action pool for every role, hashes recomputed: refused', () => {
    const forged = greedyWith(airBridge, 'forge-2', [], [{ id: 'coalition', roles: ['*'], perDay: 50 }]);
    const v = verifyFile(forged);
    expect(v.code).toBe(1);
    expect(String(v.line.error)).toMatch(/staff pools/);
    expect(checkReplay(forged, levels).ok).toBe(false);
  });

  it('a classroom game with the set-up screen\'s default pools verifies as a classroom game', () => {
    const pools = poolsOf(defaultSetup(airBridge));
    const r = greedyWith(airBridge, 'class-1', [], pools);
    expect(checkHonestRun(r, airBridge)).toEqual({ ok: true, kind: 'classroom' });
    expect(verifyFile(r).line).toMatchObject({ valid: true, kind: 'classroom' });
  });

  it('a facilitator\'s extension in a classroom game is allowed and makes it "facilitated"', () => {
    const pools = poolsOf(defaultSetup(airBridge));
    const r = greedyWith(airBridge, 'class-2', [{ type: 'extend', days: 5 }], pools);
    expect(runKindOf(r)).toBe('facilitated');
    const v = verifyFile(r);
    expect(v).toMatchObject({ code: 0, line: { valid: true, kind: 'facilitated' } });
  });

  it.each([
    ['a team over the staff limit', (p: ReturnType<typeof poolsOf>) => { p[0]!.perDay = 21; }, /more than 20/],
    ['a role held twice', (p: ReturnType<typeof poolsOf>) => { p[2]!.roles.push('lead'); }, /coalition lead/],
    ['the facilitator with staff', (p: ReturnType<typeof poolsOf>) => { p[p.length - 1]!.perDay = 6; }, /facilitator/],
    ['no facilitator pool', (p: ReturnType<typeof poolsOf>) => { p.pop(); }, /facilitator/],
    ['a wildcard role', (p: ReturnType<typeof poolsOf>) => { p[1]!.roles.push('*'); }, /not a role/],
    ['a nation nobody holds', (p: ReturnType<typeof poolsOf>) => { p[1]!.roles = p[1]!.roles.slice(1); }, /held by no team/],
  ])('pools that no classroom set-up allows: %s', (_name, spoil, message) => {
    const pools = poolsOf(defaultSetup(airBridge));
    spoil(pools);
    const r = greedyWith(airBridge, 'class-3', [], pools);
    const h = checkHonestRun(r, airBridge);
    expect(h.ok).toBe(false);
    if (!h.ok) expect(h.error).toMatch(message);
  });
});
