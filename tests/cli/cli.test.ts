/**
 * The headless tools as a user runs them: `npm run -s sim` and `npm run -s verify` in a child process
 * (through tsx), checked for their one JSON line and their exit codes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, shippedLevel } from '../helpers/shipped';
import { greedyWith, honestGame } from '../trust/forge';

interface Run { code: number; stdout: string; stderr: string }

function npm(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', ...args], { cwd: REPO, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const sim = (...a: string[]) => npm(['sim', '--', ...a]);
const verify = (...a: string[]) => npm(['verify', '--', ...a]);

/** The one line of JSON a tool prints on stdout. */
function oneJsonLine(r: Run): Record<string, unknown> {
  const lines = r.stdout.split('\n').filter((l) => l.length > 0);
  expect(lines, r.stdout + r.stderr).toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

const dir = mkdtempSync(join(tmpdir(), 'guarantor-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('npm run sim and npm run verify', { timeout: 180_000 }, () => {
  it('prints exactly one JSON line: level, seed, outcome, reason, readinessDay, day, hash', async () => {
    const r = await sim('--level', 'tutorial', '--seed', 'cli-1');
    expect(r.code).toBe(0);
    const line = oneJsonLine(r);
    expect(Object.keys(line)).toEqual(expect.arrayContaining(['level', 'seed', 'outcome', 'reason', 'readinessDay', 'day', 'hash']));
    expect(line).toMatchObject({ level: 'tutorial', seed: 'cli-1', outcome: 'won', reason: 'forceStoodUp' });
    // The readiness day comes first; the guarantee test that decides the win a few days later.
    expect(line.readinessDay as number).toBeLessThan(line.day as number);
    expect(line.hash).toMatch(/^[0-9a-f]{16}$/);
    // Same seed, same game.
    expect(oneJsonLine(await sim('--level', 'tutorial', '--seed', 'cli-1'))).toEqual(line);
  });

  it('--bot random loses, with readinessDay null', async () => {
    const line = oneJsonLine(await sim('--level', 'tutorial', '--seed', 'cli-r', '--bot', 'random'));
    expect(line).toMatchObject({ outcome: 'lost', readinessDay: null });
  });

  it('--out writes a replay that verify accepts (exit 0, the same hash)', async () => {
    const out = join(dir, 'ft.json');
    const s = await sim('--level', 'forty-thousand', '--seed', 'cli-2', '--out', out);
    expect(s.code).toBe(0);
    const simLine = oneJsonLine(s);
    const v = await verify(out);
    expect(v.code).toBe(0);
    const line = oneJsonLine(v);
    expect(line).toMatchObject({ valid: true, outcome: simLine.outcome, readinessDay: simLine.readinessDay, hash: simLine.hash, day: simLine.day });
    expect(line.error).toBeUndefined();
  });

  it('a tampered replay: verify exits 1 and names the first bad day', async () => {
    const out = join(dir, 'tut.json');
    expect((await sim('--level', 'tutorial', '--seed', 'cli-3', '--out', out)).code).toBe(0);
    const replay = JSON.parse(readFileSync(out, 'utf8')) as { days: Array<{ orders: unknown[]; hash: string }> };
    replay.days[2]!.orders = [];
    const bad = join(dir, 'tut-bad.json');
    writeFileSync(bad, JSON.stringify(replay));
    const v = await verify(bad);
    expect(v.code).toBe(1);
    const line = oneJsonLine(v);
    expect(line).toMatchObject({ valid: false, firstBadDay: 3 });
    expect(line.error).toMatch(/^day 3: /);
  });

  it('an unreadable or malformed file: verify exits 2 with an error', async () => {
    const missing = await verify(join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(oneJsonLine(missing)).toMatchObject({ valid: false, error: expect.stringMatching(/nope\.json: cannot be read \(ENOENT\)/) });
    const junk = join(dir, 'junk.json');
    writeFileSync(junk, '{ not json');
    const j = await verify(junk);
    expect(j.code).toBe(2);
    expect(oneJsonLine(j).error).toMatch(/junk\.json: not valid JSON/);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ format: 'guarantor-replay', formatVersion: 1, gameVersion: '1.0.0', level: 'tutorial', seed: 'x', days: [{ orders: [{ type: 'launch' }], hash: 'abc' }] }));
    const w = await verify(wrong);
    expect(w.code).toBe(2);
    expect(oneJsonLine(w).error).toMatch(/wrong\.json: days\[0\]\.orders\[0\]/);
    const none = await verify();
    expect(none.code).toBe(2);
  });

  it('a replay names its level by id only: a path in that field is refused, no file outside levels/ is read', async () => {
    const out = join(dir, 'tut-path.json');
    expect((await sim('--level', 'tutorial', '--seed', 'cli-5', '--out', out)).code).toBe(0);
    const replay = JSON.parse(readFileSync(out, 'utf8')) as { level: string };
    replay.level = 'package.json';
    const bad = join(dir, 'tut-path-bad.json');
    writeFileSync(bad, JSON.stringify(replay));
    const v = await verify(bad);
    expect(v.code).toBe(2);
    const line = oneJsonLine(v);
    expect(line.error).toMatch(/level: a level id/);
    expect(String(line.error)).not.toContain('dependencies');
  });

  it('an unknown level: a non-zero exit and a message naming it', async () => {
    const r = await sim('--level', 'atlantis', '--seed', 'x');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('atlantis');
    expect(r.stdout).toBe('');
  });

  it('--level takes a path to a level file, and names a bad one', async () => {
    const line = oneJsonLine(await sim('--level', 'levels/tutorial.json', '--seed', 'cli-4'));
    expect(line).toMatchObject({ level: 'tutorial', seed: 'cli-4' });
    expect(line.hash).toBe(oneJsonLine(await sim('--level', 'tutorial', '--seed', 'cli-4')).hash);
    const bad = await sim('--level', 'tests/fixtures/levels/proto-top.json', '--seed', 'x');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('tests/fixtures/levels/proto-top.json: __proto__: this key is not allowed');
  });

  it('a missing seed or an unknown bot: usage on stderr, exit 2', async () => {
    const r = await sim('--level', 'tutorial');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/);
    const b = await sim('--level', 'tutorial', '--seed', 'x', '--bot', 'clever');
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('clever');
  });

  it('forged replays (issue 15): verify exits 1 with one line naming what is wrong', async () => {
    const airBridge = shippedLevel('air-bridge');
    const extend = { type: 'extend', days: 30 } as const;
    const honest = honestGame(shippedLevel('tutorial'), 'cli-6');
    const forged = {
      extend: [greedyWith(airBridge, 'cli-7', [extend, extend, extend, extend, extend]), /facilitator/],
      pool: [greedyWith(airBridge, 'cli-8', [], [{ id: 'coalition', roles: ['*'], perDay: 50 }]), /staff pools/],
      outcome: [{ ...honest, result: { ...honest.result!, outcome: 'lost' } }, /outcome/],
      readiness: [{ ...honest, result: { ...honest.result!, readinessDay: 3 } }, /readinessDay/],
    } as const;
    await Promise.all(Object.entries(forged).map(async ([name, [replay, message]]) => {
      const file = join(dir, `forged-${name}.json`);
      writeFileSync(file, JSON.stringify(replay));
      const v = await verify(file);
      expect(v.code, name).toBe(1);
      expect(oneJsonLine(v), name).toMatchObject({ valid: false, error: expect.stringMatching(message) });
    }));
  });

  it('verify /dev/zero stops at once with exit 2 (stat says 0 bytes; the read is capped)', async () => {
    const v = await verify('/dev/zero');
    expect(v.code).toBe(2);
    expect(oneJsonLine(v).error).toMatch(/not a regular file/);
  });
});
