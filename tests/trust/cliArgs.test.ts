/**
 * The CLI under hostile arguments (issue 15, point 4): every problem is one line and a non-zero
 * exit, found before a game is played; nothing throws, nothing hangs, nothing reads without a cap.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSim } from '../../src/cli/simCommand';
import { runVerify } from '../../src/cli/verifyCommand';
import { REPO } from '../helpers/shipped';

const dir = mkdtempSync(join(tmpdir(), 'guarantor-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(cmd: typeof runSim, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = cmd(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** One line, no stack trace, no control character. */
function oneCleanLine(lines: string[]): string {
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/\n|\bat .*:\d+:\d+|TypeError|[\u0000-\u001f]/);
  return lines[0]!;
}

describe('sim refuses bad arguments with one line', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])('--bot %s is an unknown bot', (bot) => {
    const r = run(runSim, ['--level', 'tutorial', '--seed', 'a', '--bot', bot]);
    expect(r.code).toBe(2);
    expect(oneCleanLine(r.err)).toContain('unknown bot');
  });

  it('--level naming a directory', () => {
    const r = run(runSim, ['--level', dir, '--seed', 'a']);
    expect(r.code).toBe(2);
    expect(oneCleanLine(r.err)).toContain('directory');
  });

  it.each([
    ['a missing directory', () => join(dir, 'nope', 'r.json'), 'does not exist'],
    ['a directory', () => dir, 'is a directory'],
    ['/dev/full', () => '/dev/full', 'not a regular file'],
  ])('--out to %s is refused before the game is played', (_what, path, message) => {
    const r = run(runSim, ['--level', 'forty-thousand', '--seed', 'a', '--out', path()]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(oneCleanLine(r.err)).toContain(message);
  });

  it.each([['x'.repeat(10_000)], ['a\nb'], ['<b>x</b>'], ['a b'], ['']])('a seed outside the one rule (1-32 safe characters): %#', (seed) => {
    const r = run(runSim, ['--level', 'tutorial', '--seed', seed]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
  });

  it('a seed the browser accepts is accepted', () => {
    const r = run(runSim, ['--level', 'tutorial', '--seed', 'A-b_3'.padEnd(32, 'z')]);
    expect(r.code).toBe(0);
  });
});

describe('files are read with a hard cap, regular files only', () => {
  it.each([['/dev/zero'], ['/dev/urandom']])('sim --level and verify of %s stop at once', (dev) => {
    const s = run(runSim, ['--level', dev, '--seed', 'a']);
    expect(s.code).toBe(2);
    expect(oneCleanLine(s.err)).toContain('not a regular file');
    const v = run(runVerify, [dev]);
    expect(v.code).toBe(2);
    expect(JSON.parse(oneCleanLine(v.out)).error).toContain('not a regular file');
  });

  it('a FIFO is refused rather than waited on', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(run(runVerify, [fifo]).code).toBe(2);
    expect(run(runSim, ['--level', fifo, '--seed', 'a']).code).toBe(2);
  });

  it('a replay file over the limit is refused without reading it all', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, ' '.repeat(5_000_001));
    const v = run(runVerify, [big]);
    expect(v.code).toBe(2);
    expect(JSON.parse(v.out[0]!).error).toContain('too large');
  });
});

describe('level errors are a few printable lines', () => {
  it('control characters escaped, long keys cut, at most a few errors', () => {
    const level = JSON.parse(readFileSync(join(REPO, 'levels/tutorial.json'), 'utf8')) as Record<string, unknown>;
    level['\u001b[2Jclear'] = 1;
    level['a\nb'] = 2;
    for (let i = 0; i < 10_000; i++) level[`k${i}`.padEnd(60, 'x')] = i;
    const file = join(dir, 'keys.json');
    writeFileSync(file, JSON.stringify(level));
    const r = run(runSim, ['--level', file, '--seed', 'a']);
    expect(r.code).toBe(2);
    const text = r.err.join('\n');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(text).toContain('\\u001b');
    expect(text.split('\n').length).toBeLessThanOrEqual(6);
    expect(text.length).toBeLessThan(2000);
  });
});

describe('verify --level', () => {
  it('verifies a replay made with sim --level <file>, which verify alone cannot find', () => {
    const level = JSON.parse(readFileSync(join(REPO, 'levels/tutorial.json'), 'utf8')) as Record<string, unknown>;
    level.id = 'my-tutorial';
    const file = join(dir, 'my.json');
    writeFileSync(file, JSON.stringify(level));
    const out = join(dir, 'my.replay.json');
    expect(run(runSim, ['--level', file, '--seed', 'mine', '--out', out]).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const alone = run(runVerify, [out]);
    expect(alone.code).toBe(2);
    expect(JSON.parse(alone.out[0]!).error).toContain('--level');
    const withLevel = run(runVerify, [out, '--level', file]);
    expect(withLevel.code).toBe(0);
    expect(JSON.parse(withLevel.out[0]!)).toMatchObject({ valid: true, kind: 'solo' });
  });
});
