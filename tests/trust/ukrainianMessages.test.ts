/**
 * No English fragments inside Ukrainian messages (issue 15, point 8): the details a share code's
 * error and a refused replay's error carry are words of the language too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { english, setLanguage } from '../../src/i18n';
import UK from '../../src/i18n/lang/uk';
import { checkHonestRun } from '../../src/replay/honestRun';
import { decodeShareCode, pack } from '../../src/share/shareCode';
import { englishVocabulary, englishWordsIn } from '../helpers/english';
import { shippedLevel } from '../helpers/shipped';
import { greedyWith } from './forge';

beforeAll(() => setLanguage(UK));
afterAll(() => setLanguage(english()));

const vocab = englishVocabulary();
const englishIn = (text: string) => englishWordsIn(text, vocab);

describe('Ukrainian messages about codes and replays', () => {
  it.each([
    ['an unknown kind of code', pack(['x', 1])],
    ['not a list', pack({ a: 1 })],
    ['a game code without a seed', pack(['g', 'tutorial'])],
    ['a generated-level code without a seed', pack(['n'])],
    ['a run code with two replays', pack(['r', {}, {}])],
  ])('%s', (_what, code) => {
    const r = decodeShareCode(code);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(englishIn(r.error), r.error).toEqual([]);
  });

  it('a forged replay is refused in Ukrainian', () => {
    const airBridge = shippedLevel('air-bridge');
    const forged = greedyWith(airBridge, 'uk-1', [{ type: 'extend', days: 30 }]);
    const h = checkHonestRun(forged, airBridge);
    expect(h.ok).toBe(false);
    if (!h.ok) expect(englishIn(h.error), h.error).toEqual([]);
    const pooled = greedyWith(airBridge, 'uk-2', [], [{ id: 'coalition', roles: ['*'], perDay: 50 }]);
    const p = checkHonestRun(pooled, airBridge);
    if (!p.ok) expect(englishIn(p.error), p.error).toEqual([]);
    expect(p.ok).toBe(false);
  });
});
