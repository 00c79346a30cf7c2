/**
 * Every parser of outside input, fed thousands of random and hostile strings: share codes, pasted
 * links, link parameters, replay files, level files, saves, personal-best files, generator seeds
 * and daily dates. None may throw; each answers ok, or an error that is a readable sentence.
 */
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readLaunch } from '../../src/app/launchParams';
import { resolveLevel } from '../../src/levels/resolveLevel';
import { levelProblemText } from '../../src/i18n/levelProblem';
import { readSharedLaunch } from '../../src/app/shareWiring';
import { saveOf } from '../../src/saves/saveOf';
import { greedyBot } from '../../src/bots/greedy';
import { playGame } from '../../src/bots/playGame';
import { makeReplay } from '../../src/engine';
import { generateLevel } from '../../src/levels/generateLevel';
import { parseLevelText } from '../../src/levels/parseLevel';
import { checkReplayText } from '../../src/replay/checkReplay';
import { replayFileText } from '../../src/replay/replayFile';
import { restoreSave } from '../../src/saves/restore';
import { parseSave, saveText } from '../../src/saves/saveFormat';
import { dailyChallenge } from '../../src/share/daily';
import { decodeShareCode, encodeGameCode, encodeRunCode } from '../../src/share/shareCode';
import { emptyBook, parsePbBook, pbBookText, recordRun } from '../../src/speedrun/pbs';
import { readShareInput } from '../../src/ui/share/feature';
import { createActions } from '../../src/store/actions';
import { createGameStore } from '../../src/store/gameStore';
import { shippedLevel } from '../helpers/shipped';

const tutorial = shippedLevel('tutorial');
const campaign = shippedLevel('forty-thousand');
const levels = [tutorial, campaign];

const played = playGame(tutorial, 'fz', greedyBot);
const replay = makeReplay(tutorial, 'fz', played.days, played.state);
const REPLAY = replayFileText(replay);
const CODE = encodeGameCode('tutorial', 'lantern-otter-47');
const RUN_CODE = encodeRunCode(replay);
const LEVEL = JSON.stringify(tutorial);
const SAVE = (() => {
  const store = createGameStore();
  const actions = createActions(store);
  actions.newGame(tutorial, 'fz');
  for (let d = 0; d < 3; d++) {
    for (const cmd of greedyBot(store.getState().session!.state, tutorial).orders) actions.issue(cmd);
    actions.endDay();
  }
  return saveText(saveOf(store.getState().session!, { clockMs: 1, splitMs: [null, null, null, null, null, null, null, null] }, 'now'));
})();
const PBS = pbBookText(recordRun(emptyBook(), {
  level: 'tutorial', seed: 'a', seedMode: 'set', categories: ['any'], day: 14, ms: 1,
  splits: { days: [1, 2, 3, 4, 5, 6, 7, 8], ms: [1, 2, 3, 4, 5, 6, 7, 8] },
}).book);

const HOSTILE = [
  '', ' ', '\u0000', '\uFEFF', '\uFEFF{}', 'null', 'true', '0', '-1', '1e999', '[]', '{}', '""', '[[[[[[[[[[]]]]]]]]]]',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg/onload=alert(1)>', 'javascript:alert(1)',
  '{"__proto__":{"polluted":true}}', '{"a":{"__proto__":{"polluted":true}}}', '{"constructor":{"prototype":{"polluted":true}}}',
  '[{"prototype":1}]', 'G1.', 'G1..', 'G1...', 'G1.a.b', 'G1.AAAA.000000', 'G2.x.y', 'G999999999.x.y', `${CODE}x`, CODE.slice(0, -1),
  `${CODE.slice(0, 10)}\u200b${CODE.slice(10)}`, CODE.toLowerCase(), CODE.replace('.', '..'),
  '?level=tutorial&seed=<b>', '?level=gen-__proto__', '?level=gen-&seed=', '?replay=G1.x.y', 'https://x/?code=G1.a.b', 'https://x/?replay=',
  '%00%ff', '\ud800', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'daily-2025-02-30', 'gen-constructor', 'constructor', '__proto__', 'hasOwnProperty', 'toString',
  '['.repeat(100_000), '{"a":'.repeat(50_000), 'A'.repeat(2_000_000), `G1.${'A'.repeat(11_000)}.ABCDEF`,
];

/** Random edits of a valid text: truncations, deletions, insertions, replacements. */
function mutated(base: string): fc.Arbitrary<string> {
  return fc.tuple(fc.nat(base.length), fc.nat(base.length), fc.string({ maxLength: 8 }), fc.constantFrom('cut', 'delete', 'insert', 'replace'))
    .map(([a, b, s, op]) => {
      const [i, j] = a <= b ? [a, b] : [b, a];
      switch (op) {
        case 'cut': return base.slice(0, i);
        case 'delete': return base.slice(0, i) + base.slice(j);
        case 'insert': return base.slice(0, i) + s + base.slice(i);
        default: return base.slice(0, i) + s + base.slice(i + s.length);
      }
    });
}

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom(...HOSTILE),
);

function wellFormed(r: { ok: boolean; error?: unknown; errors?: unknown }): void {
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    const msg = typeof r.error === 'string' ? r.error : Array.isArray(r.errors) ? String(r.errors[0]) : '';
    expect(msg.length).toBeGreaterThan(5);
  }
}

const RUNS = 800;
const opts = { numRuns: RUNS, seed: 4 };

describe('fuzz: every parser of outside input survives random and hostile text', () => {
  it('share codes', () => {
    fc.assert(fc.property(fc.oneof(anyText, mutated(CODE), mutated(RUN_CODE)), (t) => wellFormed(decodeShareCode(t))), opts);
    for (const t of HOSTILE) wellFormed(decodeShareCode(t));
  });

  it('pasted links and codes', () => {
    fc.assert(fc.property(fc.oneof(anyText, mutated(`https://g.example/?level=tutorial&seed=a`), mutated(`https://g.example/?replay=${RUN_CODE}`)), (t) => wellFormed(readShareInput(t))), opts);
  });

  it('link parameters (?level=&seed=, ?replay=, ?code=)', () => {
    const param = fc.oneof(anyText, fc.constantFrom('tutorial', 'gen-oak', 'gen-', 'forty-thousand', CODE, RUN_CODE));
    fc.assert(fc.property(param, param, param, (level, seed, code) => {
      const q = new URLSearchParams({ level, seed, replay: code }).toString();
      const launch = readLaunch(`?${q}`, levels);
      expect(Array.isArray(launch.errors)).toBe(true);
      for (const e of launch.errors) expect(typeof e).toBe('string');
      const shared = readSharedLaunch(`?${q}`);
      expect(shared.shared === null || typeof shared.shared === 'object').toBe(true);
      const found = resolveLevel(level, levels);
      wellFormed(found.ok ? found : { ok: false, error: levelProblemText(found.problem) });
    }), { numRuns: 300, seed: 5 });
  });

  it('replay files', () => {
    fc.assert(fc.property(fc.oneof(anyText, mutated(REPLAY)), (t) => wellFormed(checkReplayText(t, 'fuzz.json', levels))), opts);
    for (const t of HOSTILE) wellFormed(checkReplayText(t, 'fuzz.json', levels));
  });

  it('level files', () => {
    fc.assert(fc.property(fc.oneof(anyText, mutated(LEVEL)), (t) => wellFormed(parseLevelText(t, 'fuzz.json'))), opts);
    for (const t of HOSTILE) wellFormed(parseLevelText(t, 'fuzz.json'));
  });

  it('saves (and restoring whatever parses)', () => {
    fc.assert(fc.property(fc.oneof(anyText, mutated(SAVE)), (t) => {
      const p = parseSave(t);
      wellFormed(p);
      if (p.ok) wellFormed(restoreSave(p.save, levels));
    }), opts);
    for (const t of HOSTILE) wellFormed(parseSave(t));
  });

  it('personal-best files', () => {
    fc.assert(fc.property(fc.oneof(anyText, mutated(PBS)), (t) => wellFormed(parsePbBook(t))), opts);
    for (const t of HOSTILE) wellFormed(parsePbBook(t));
  });

  it('generator seeds and daily dates', () => {
    fc.assert(fc.property(anyText, (t) => {
      const g = generateLevel(t, campaign);
      if (!g.ok) expect(g.errors[0]!.length).toBeGreaterThan(5);
      wellFormed(dailyChallenge(t));
    }), { numRuns: 300, seed: 6 });
  });

  it('nothing reached the prototype of plain objects', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
