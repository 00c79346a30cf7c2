/**
 * Generated levels through the headless tools: `sim --level gen-<seed>` plays one, and `verify`
 * replays its replay (the level is remade from its id), exactly like a shipped level.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers/shipped';

interface Run { code: number; stdout: string; stderr: string }

function npm(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', ...args], { cwd: REPO, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'guarantor-gen-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('generated levels in the CLI', { timeout: 120_000 }, () => {
  it('sim plays gen-<seed>, verify accepts its replay and names a tampered day', async () => {
    const out = join(dir, 'gen.json');
    const s = await npm(['sim', '--', '--level', 'gen-oak-river-7', '--seed', 'x', '--out', out]);
    expect(s.code, s.stderr).toBe(0);
    const simLine = JSON.parse(s.stdout) as Record<string, unknown>;
    expect(simLine).toMatchObject({ level: 'gen-oak-river-7', seed: 'x', outcome: 'won' });
    const v = await npm(['verify', '--', out]);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout)).toMatchObject({ valid: true, hash: simLine.hash });

    const replay = JSON.parse(readFileSync(out, 'utf8')) as { days: Array<{ orders: unknown[] }> };
    replay.days[4]!.orders = [];
    const bad = join(dir, 'gen-bad.json');
    writeFileSync(bad, JSON.stringify(replay));
    const b = await npm(['verify', '--', bad]);
    expect(b.code).toBe(1);
    expect(JSON.parse(b.stdout)).toMatchObject({ valid: false, firstBadDay: 5 });
  });

  it('a generated id that cannot be a seed: exit 2 and a message', async () => {
    const r = await npm(['sim', '--', '--level', 'gen-', '--seed', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lower-case letters, digits and dashes');
  });
});
