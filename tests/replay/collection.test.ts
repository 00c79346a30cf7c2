/**
 * A live class's replays in one file: written, read back, and verified game by game by the CLI
 * (a tampered game makes the whole file invalid, naming that game).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { playGame } from '../../src/bots/playGame';
import { makeReplay } from '../../src/engine';
import { parseReplayCollection, replayCollection } from '../../src/replay/replayCollection';
import { REPO, shippedLevel } from '../helpers/shipped';

const level = shippedLevel('tutorial');
const replays = ['one', 'two'].map((seed) => {
  const g = playGame(level, seed, greedyBot);
  return { name: `Group ${seed}`, replay: makeReplay(level, seed, g.days, g.state) };
});
const dir = mkdtempSync(join(tmpdir(), 'guarantor-collection-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function verify(text: string): { code: number; line: Record<string, unknown> } {
  const file = join(dir, `c${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, text);
  try {
    const out = execFileSync('npx', ['tsx', 'src/cli/verify.ts', file], { cwd: REPO, encoding: 'utf8' });
    return { code: 0, line: JSON.parse(out.trim().split('\n').pop()!) };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, line: JSON.parse(err.stdout.trim().split('\n').pop()!) };
  }
}

describe('a collection of replays', () => {
  it('reads back what it wrote, and refuses what is not one with a message', () => {
    const text = replayCollection(replays);
    const back = parseReplayCollection(text, 'class.json');
    expect(back.ok && back.runs.map((r) => r.name)).toEqual(['Group one', 'Group two']);
    expect(parseReplayCollection('{"format":"guarantor-replays","formatVersion":1,"replays":[]}', 'empty.json')).toMatchObject({ ok: false, error: expect.stringContaining('empty.json') });
  });

  it('verifies every game; one tampered game makes the file invalid and is named', () => {
    const good = verify(replayCollection(replays));
    expect(good).toMatchObject({ code: 0, line: { valid: true, replays: 2 } });
    const bad = structuredClone(replays);
    bad[1]!.replay.days[2]!.hash = '0123456789abcdef';
    const r = verify(replayCollection(bad));
    expect(r.code).toBe(1);
    expect(r.line.valid).toBe(false);
    expect((r.line.games as Array<{ name: string; valid: boolean }>).map((g) => [g.name, g.valid])).toEqual([['Group one', true], ['Group two', false]]);
  });
});
