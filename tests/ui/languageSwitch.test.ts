/**
 * Text as data: the store keeps notices and the prepared order's effect as catalog keys and
 * parameters, so switching the language mid-day keeps them and words them anew.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { english, setLanguage } from '../../src/i18n';
import { effectOf } from '../../src/i18n/engineText';
import UK from '../../src/i18n/lang/uk';
import { createActions } from '../../src/store/actions';
import { createGameStore, type PendingOrder } from '../../src/store/gameStore';
import { noticeText } from '../../src/ui/noticeText';
import { giveOrder } from '../../src/ui/orders/runOption';
import { englishVocabulary, englishWordsIn } from '../helpers/english';
import { loadLevel } from './levels';

const level = loadLevel('tutorial');
afterEach(() => setLanguage(english()));

describe('a language change mid-day', () => {
  it('keeps today’s notices and the prepared order, worded in the new language', () => {
    const store = createGameStore();
    const actions = createActions(store);
    actions.newGame(level, 'lang-1');
    // A refusal, a confirmation naming the order, a settings message, and a move prepared for confirmation.
    expect(actions.issue({ type: 'move', formation: 'de-1-ab', to: 'rzeszow' })).toMatchObject({ code: 'notMobilised' });
    expect(giveOrder({ type: 'activate', formation: 'de-1-ab' }, store, actions)).toBe(true);
    actions.notify('info', { ui: 'controls.advanced', params: { n: 3, from: 1, to: 4 } });
    const pending = actions.prepare({ type: 'move', formation: 'pl-1-armd', to: 'rzeszow' }) as PendingOrder;
    expect(pending.message).toBeDefined();

    const before = store.getState().ui;
    const englishNotices = before.notices.map((n) => noticeText(n.text));
    const englishEffect = effectOf(pending.message, level);
    expect(englishNotices).toHaveLength(3);
    expect(englishNotices[0]).toContain('has not been activated');
    expect(englishNotices[1]).toMatch(/^Ordered: /);
    expect(englishEffect).toMatch(/arrives|Rzeszów/);

    setLanguage(UK);
    actions.updateSettings({ lang: 'uk' });
    const after = store.getState().ui;
    // Still there: the same notices and the same prepared order.
    expect(after.notices.map((n) => n.id)).toEqual(before.notices.map((n) => n.id));
    expect(after.pending).toBe(pending);
    // Now in Ukrainian: different words, no English left.
    const vocabulary = englishVocabulary();
    const ukrainian = [...after.notices.map((n) => noticeText(n.text)), effectOf(after.pending!.message, level)];
    ukrainian.forEach((text, i) => {
      expect(text).not.toBe([...englishNotices, englishEffect][i]);
      expect(text).toMatch(/[а-яіїєґ]/i);
      expect(englishWordsIn(text, vocabulary), text).toEqual([]);
    });
    expect(ukrainian[2]).toContain('3 дні');
  });

  it('keeps the store free of worded text: a notice is a key and parameters', () => {
    const store = createGameStore();
    const actions = createActions(store);
    expect(actions.prepare({ type: 'summit' })).toEqual({ code: 'noGame', params: {} });
    actions.newGame(level, 'lang-2');
    actions.issue({ type: 'activate', formation: 'no-such-unit' });
    const n = store.getState().ui.notices.at(-1)!;
    expect(n.text).toMatchObject({ refusal: { code: 'unknownFormation', params: { id: 'no-such-unit' } } });
    setLanguage(UK);
    expect(noticeText(n.text)).toBe('На цьому рівні немає формування «no-such-unit».');
  });
});
