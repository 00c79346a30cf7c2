/**
 * The after-action review's figures come from the log alone (classroom/review.ts). Proof: a game
 * played through the store and the replay exported from it give the same review, and every daily
 * figure equals the engine's own selectors on the replayed states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runReplay } from '../../src/classroom/replayRun';
import { reviewFromLog, startFigures, type Review } from '../../src/classroom/review';
import { facilitatorOrder } from '../../src/store/classroomActions';
import { sessionReplay } from '../../src/replay/replayFile';
import {
  coreTroops, credibilityAll, indexLevel, MILESTONE_IDS, newGame, readyAtStaging, type GameState, type Replay,
} from '../../src/engine';
import type { Level } from '../../src/levels/schema';
import { parseReplayText } from '../../src/replay/replaySchema';
import { REPO, shippedLevel, type ShippedId } from '../helpers/shipped';
import { playClassroom } from './play';

/** Every figure of the review against the states the engine reaches when the replay is run. */
function expectFiguresMatchStates(r: Review, level: Level, states: readonly GameState[], seed: string, replay: Replay) {
  const ix = indexLevel(level);
  const start = newGame(level, seed, replay.pools ? { pools: replay.pools } : {});
  expect(r.days[0]).toMatchObject({ day: 0, ready: readyAtStaging(start, ix), core: coreTroops(start, ix), ladder: start.ladder, unity: start.unity, will: start.will, credibility: credibilityAll(start, ix).map((c) => c.total) });
  expect(r.days).toHaveLength(states.length + 1);
  states.forEach((s, i) => {
    const d = r.days[i + 1]!;
    // The tally is taken at the end of the day, before the next one starts: the state's day is
    // one later, except on the last day of a finished game.
    expect(d.day).toBe(s.status === 'playing' ? s.day - 1 : s.day);
    expect(d.ready).toBe(readyAtStaging({ ...s, day: d.day }, ix));
    expect(d.ladder).toBe(s.ladder);
    expect(d.unity).toBe(s.unity);
    expect(d.will).toEqual(s.will);
    expect(d.resilience).toBe(s.resilience);
  });
  const last = states[states.length - 1]!;
  expect(r.events.filter((e) => e.deterred).length).toBe(last.deterred);
  expect(r.events.filter((e) => !e.deterred).length).toBe(last.landed);
  const fired = last.events.filter((e) => e.outcome !== 0);
  expect(r.events.map((e) => [e.credibility.total, e.resolve.total, e.deterred])).toEqual(
    fired.sort((a, b) => a.day - b.day).map((e) => [e.credibility, e.resolve, e.outcome === 1]));
  MILESTONE_IDS.forEach((id, i) => expect(r.milestones[id]).toBe(last.milestones[i] || null));
  expect(r.outcome.status).toBe(last.status);
  expect(r.outcome.readinessDay).toBe(last.readinessDay);
  expect(r.deadline).toBe(last.deadline);
}

describe('review figures', () => {
  it('are the same from the live game\'s log and from replaying its exported replay, and equal the engine\'s selectors', () => {
    const level = shippedLevel('tutorial');
    const { store } = playClassroom(level, 'review', {
      beforeDay: (day, { store: st, actions }) => {
        if (day === 2) facilitatorOrder(actions, { type: 'inject', card: 't-veto' });
        if (day === 3) facilitatorOrder(actions, { type: 'extend', days: 4 });
        if (day === 4) actions.addNote('Watch the Rzeszów hub.');
      },
    });
    const g = store.getState().session!;
    expect(g.state.status).not.toBe('playing');
    const live = reviewFromLog(g.level, g.log, g.notes);

    const text = JSON.stringify(sessionReplay(g));
    const parsed = parseReplayText(text, 'team.replay.json');
    if (!parsed.ok) throw new Error(parsed.error);
    const run = runReplay(parsed.replay, level);
    expect(run.verdict.valid).toBe(true);
    const replayed = reviewFromLog(level, run.log, parsed.replay.notes);
    expect(replayed).toEqual(live);
    expectFiguresMatchStates(replayed, level, run.states, g.seed, parsed.replay);

    expect(live.events.some((e) => e.card === 't-veto' && e.injected && e.day === 2)).toBe(true);
    expect(live.deadline).toBe(level.deadline + 4);
    expect(live.notes).toEqual([{ day: 4, text: 'Watch the Rzeszów hub.' }]);
  });

  it('matches the engine on every golden replay (both levels, wins and a loss)', () => {
    const dir = `${REPO}tests/replays`;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.replay.json'))) {
      const parsed = parseReplayText(readFileSync(`${dir}/${f}`, 'utf8'), f);
      if (!parsed.ok) throw new Error(parsed.error);
      const level = shippedLevel(parsed.replay.level as ShippedId);
      const run = runReplay(parsed.replay, level);
      expect(run.verdict.valid, f).toBe(true);
      expectFiguresMatchStates(reviewFromLog(level, run.log), level, run.states, parsed.replay.seed, parsed.replay);
    }
  });

  it('credibility per axis in the daily figures is the engine\'s credibility at the end of that day', () => {
    const level = shippedLevel('forty-thousand');
    const { store } = playClassroom(level, 'axes');
    const g = store.getState().session!;
    const run = runReplay(sessionReplay(g), level);
    const r = reviewFromLog(level, run.log);
    const ix = indexLevel(level);
    // The next morning's state differs from the end of the day only where something expired
    // overnight (a surge, an enabler loss, a funding cut): compare on the days where nothing did.
    let checked = 0;
    run.states.forEach((s, i) => {
      const d = r.days[i + 1]!;
      const prev = i === 0 ? newGame(level, g.seed, g.options) : run.states[i - 1]!;
      const surgedToday = g.days[i]!.orders.some((o) => o.type === 'surge');
      const expired = prev.surge?.until === d.day || s.surge === null && surgedToday
        || prev.losses.some((l) => l.until === d.day) || prev.supportCuts.some((c) => c.until === d.day);
      if (expired) return;
      checked++;
      expect(d.credibility, `day ${d.day}`).toEqual(credibilityAll({ ...s, day: d.day }, ix).map((c) => c.total));
    });
    expect(checked).toBeGreaterThan(run.states.length / 2);
    expect(r.days.every((d) => d.credibility.length === level.axes.length)).toBe(true);
  });

  it('links each decision to what it caused: readiness after an activation, arrival after a move, an event\'s effects', () => {
    const level = shippedLevel('tutorial');
    const { store } = playClassroom(level, 'links');
    const g = store.getState().session!;
    const r = reviewFromLog(level, g.log);
    const orders = r.log.flatMap((d) => (d.kind === 'order' ? [d] : []));
    const activations = orders.filter((d) => d.cmd.type === 'activate');
    expect(activations.length).toBeGreaterThan(3);
    for (const d of activations) {
      const f = (d.cmd as { formation: string }).formation;
      const ready = d.consequences.find((e) => e.t === 'ready');
      if (ready && ready.t === 'ready') {
        expect(ready.formation).toBe(f);
        expect(ready.day).toBeGreaterThanOrEqual(d.day);
      }
    }
    for (const d of orders.filter((x) => x.cmd.type === 'move' || x.cmd.type === 'airlift')) {
      const arrived = d.consequences.find((e) => e.t === 'arrived');
      if (arrived && arrived.t === 'arrived') expect(arrived.formation).toBe((d.cmd as { formation: string }).formation);
    }
    expect(orders.filter((d) => d.cmd.type === 'exercise').every((d) => d.consequences.some((e) => e.t === 'exercised'))).toBe(true);
    const events = r.log.flatMap((d) => (d.kind === 'event' ? [d] : []));
    expect(events.length).toBe(r.events.length);
    for (const e of events) if (!e.event.deterred && e.event.deterrable) expect(e.event.effects.length + e.consequences.length).toBeGreaterThan(0);
  });

  it('starts from the level\'s own figures on day 0', () => {
    for (const id of ['tutorial', 'forty-thousand'] as const) {
      const level = shippedLevel(id);
      const s = newGame(level, 'zero');
      const ix = indexLevel(level);
      expect(startFigures(level)).toMatchObject({ ready: readyAtStaging(s, ix), core: coreTroops(s, ix), credibility: credibilityAll(s, ix).map((c) => c.total), ladder: s.ladder, unity: s.unity, will: s.will, resilience: s.resilience });
    }
  });
});
