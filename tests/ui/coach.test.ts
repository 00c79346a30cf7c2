/**
 * The tutorial's coach teaches deterrence first and logistics after, and a player who does exactly
 * what it says, through the session layer the page uses, deters at least 4 of the 5 events, keeps
 * the ladder at "gray zone" and stands the force up within par, with the core inside Ukraine.
 * Every tip is an order the order panel offers (its button or its choice list, with the tip's
 * choice focused), so following the coach never meets a refusal.
 */
import { describe, expect, it } from 'vitest';
import { airliftEquipmentWait, indexLevel, isRefusal, evaluateCommand, needsAttention, type Command } from '../../src/engine';
import { endSessionDay, issueOrder, startSession, type GameSession } from '../../src/session/session';
import { coachTip, type CoachTip } from '../../src/ui/coach/coachTip';
import { coachChoice } from '../../src/ui/coach/activeTip';
import { contextOf, destinationOptions, nationOptions, networkOptions, optionForKey, type OrderOption } from '../../src/ui/orders/orderOptions';
import type { OrderKey } from '../../src/ui/orders/shortcuts';
import { createGameStore, type StoreState } from '../../src/store/gameStore';
import { shippedLevel } from '../helpers/shipped';

const tutorial = shippedLevel('tutorial');
const ix = indexLevel(tutorial);
const SEEDS = Array.from({ length: 24 }, (_, i) => `coach-${i + 1}`);

/** The order-panel key a command is given with. */
function orderKeyOf(cmd: Command): OrderKey {
  if (cmd.type === 'allocate') return cmd.enabler === 'missileDefence' ? 'missileDefence' : cmd.enabler;
  return cmd.type as OrderKey;
}

/** The option the order panel gives for the tip, as a player reaches it: the key in the context
 *  "Show me" selects, then, for a choice list, the entry the coach names. */
function panelOption(g: GameSession, tip: CoachTip): OrderOption | null {
  const cmd = tip.command!;
  const ctx = contextOf(g, tip.select ?? null);
  const o = optionForKey(g, ctx, orderKeyOf(cmd));
  if ('need' in o) return null;
  if (!o.prompt) return o;
  const pr = o.prompt;
  const list = pr.kind === 'move' || pr.kind === 'airlift' ? destinationOptions(g, pr.formation, pr.kind)
    : pr.kind === 'reassure' ? nationOptions(g) : networkOptions(g);
  const state = { session: g, settings: { tips: true }, ui: { pending: null } } as unknown as StoreState;
  const key = coachChoice(state, o.prompt);
  return list.find((x) => x.key === key) ?? null;
}

interface Played { session: GameSession; tips: CoachTip[]; maxLadder: number; refused: string[]; advances: Advance[] }
/** An Advance tip followed: the days it promised, the days F (the store's rule) ended, and the
 *  tips the coach would have given on the days skipped before the last. */
interface Advance { day: number; promised: number; landsOn: number; ended: number; endDay: number; skipped: CoachTip[] }

/** What F does (store/actions.ts advance): end days until one's log needs a look or the game ends. */
function pressF(g: GameSession, tutorialTip: (x: GameSession) => CoachTip | null): { g: GameSession; ended: number; skipped: CoachTip[] } {
  let ended = 0;
  const skipped: CoachTip[] = [];
  for (;;) {
    g = endSessionDay(g);
    ended++;
    if (g.state.status !== 'playing' || needsAttention(g.lastDay)) return { g, ended, skipped };
    const between = tutorialTip(g);
    if (between) skipped.push(between);
  }
}

function followCoach(seed: string): Played {
  let g = startSession(tutorial, seed);
  const tips: CoachTip[] = [];
  const refused: string[] = [];
  const advances: Advance[] = [];
  let maxLadder = g.state.ladder;
  for (let guard = 0; guard < 300 && g.state.status === 'playing'; guard++) {
    const tip = coachTip(g.state, tutorial, false)!;
    tips.push(tip);
    if (tip.step === 'advance') {
      const day = g.state.day;
      // Every day F skips is checked against the ladder too, not only the day it lands on.
      const f = pressF(g, (x) => { maxLadder = Math.max(maxLadder, x.state.ladder); return coachTip(x.state, tutorial, false); });
      g = f.g;
      maxLadder = Math.max(maxLadder, g.state.ladder);
      advances.push({ day, promised: tip.params.n as number, landsOn: tip.params.day as number, ended: f.ended, endDay: g.state.day, skipped: f.skipped.filter((x) => x.command) });
      continue;
    }
    if (!tip.command) {
      g = endSessionDay(g);
      maxLadder = Math.max(maxLadder, g.state.ladder);
      continue;
    }
    const o = panelOption(g, tip);
    if (!o || o.refusal || JSON.stringify(o.cmd) !== JSON.stringify(tip.command)) {
      refused.push(`day ${g.state.day}: ${JSON.stringify(tip.command)} not offered as such (${o?.refusal ?? 'no option'})`);
      g = endSessionDay(g);
      continue;
    }
    const r = issueOrder(g, o.cmd!);
    if (!r.ok) { refused.push(`day ${g.state.day}: ${r.refusal.code}`); g = endSessionDay(g); continue; }
    g = r.session;
  }
  return { session: g, tips, maxLadder, refused, advances };
}

const played = new Map(SEEDS.map((seed) => [seed, followCoach(seed)]));

describe('the tutorial coach', () => {
  it.each(SEEDS)('followed to the letter through the order panel: ≥ 4 of 5 deterred, gray zone throughout, won within par (seed %s)', (seed) => {
    const { session, maxLadder, refused } = played.get(seed)!;
    const s = session.state;
    expect(refused).toEqual([]);
    expect(s.status).toBe('won');
    expect(s.readinessDay!).toBeLessThanOrEqual(tutorial.par);
    expect(s.events).toHaveLength(5);
    expect(s.deterred).toBeGreaterThanOrEqual(4);
    expect(maxLadder).toBe(0);
    expect(s.peakLadder).toBe(0);
  });

  it('ends with the certified core in Ukraine (Lviv)', () => {
    for (const { session } of played.values()) {
      const s = session.state;
      const core = s.formations.flatMap((f, i) => (ix.formations[i]!.hr ? [f] : []));
      expect(core.length).toBeGreaterThan(1);
      for (const f of core) {
        expect(f.certified).toBe(true);
        expect(tutorial.nodes[f.node]!.id).toBe('lviv');
      }
    }
  });

  it('teaches every kind of order the level uses, each answer against its own kind of pressure', () => {
    const given = new Set<string>();
    for (const { tips } of played.values()) for (const tip of tips) if (tip.command) given.add(orderKeyOf(tip.command));
    for (const k of ['isr', 'commit', 'summit', 'cyber', 'protocol', 'plan', 'missileDefence', 'activate', 'reassure', 'move', 'airlift', 'exercise']) expect(given).toContain(k);
    const pressureOf = (id: string) => tutorial.deck.find((c) => c.id === id)!.pressure;
    for (const { tips } of played.values()) {
      for (const tip of tips) {
        const threat = tip.params.threat as string | undefined;
        if (!threat || tip.step === 'isr') continue;
        const kind = pressureOf(threat);
        if (['commit', 'reassureThreat', 'summitThreat'].includes(tip.step)) expect(kind).toBe('political');
        if (['cyber', 'protocol'].includes(tip.step)) expect(kind).toBe('grayZone');
        if (['plan', 'battery'].includes(tip.step)) expect(kind).toBe('military');
      }
    }
  });

  it('opens with the threat and ISR: the estimate narrows and the warning grows, by the engine’s figures', () => {
    const first = played.get(SEEDS[0]!)!.tips[0]!;
    expect(first.step).toBe('isr');
    const n = (k: string) => first.params[k] as number;
    expect(n('afterMax') - n('afterMin')).toBeLessThan(n('max') - n('min'));
    expect(n('warnAfter')).toBeGreaterThan(n('warnBefore'));
  });

  it('flies the UK’s 16 Air Assault Brigade (by road to Brize Norton, then a day in the air to Lviv), not a week by road', () => {
    for (const { tips } of played.values()) {
      const gb = tips.filter((t) => t.params.formation === 'gb-16-aa' && t.command);
      expect(gb.map((t) => t.step)).toEqual(['activate', 'toAirfield', 'airlift']);
      expect(gb[1]!.command).toMatchObject({ type: 'move', to: 'brize-norton' });
      expect(gb[2]!.command).toMatchObject({ type: 'airlift', to: 'lviv' });
      expect(gb[2]!.params.road as number).toBeGreaterThan(5);
    }
  });

  it('sends heavy brigades by rail and says how long an airlift would leave them waiting for their equipment', () => {
    let g = startSession(tutorial, 'coach-rail');
    let tip = coachTip(g.state, tutorial, false)!;
    for (let i = 0; i < 400 && tip.step !== 'move'; i++) {
      g = tip.command ? (issueOrder(g, tip.command) as { session: GameSession }).session : endSessionDay(g);
      tip = coachTip(g.state, tutorial, false)!;
    }
    expect(tip.step).toBe('move');
    const fi = ix.formation.get(tip.params.formation as string)!;
    expect(ix.formations[fi]!.light).toBe(false);
    const wait = airliftEquipmentWait(g.state, ix, fi, ix.node.get(tip.params.to as string)!);
    expect(wait).toBeGreaterThan(0);
    expect(tip.params.wait).toBe(wait);
  });

  it('every suggested order is one the engine accepts', () => {
    for (const seed of SEEDS.slice(0, 4)) {
      let g = startSession(tutorial, seed);
      for (let guard = 0; guard < 300 && g.state.status === 'playing'; guard++) {
        const tip = coachTip(g.state, tutorial, false)!;
        if (!tip.command) { g = endSessionDay(g); continue; }
        expect(isRefusal(evaluateCommand(g.state, tutorial, tip.command))).toBe(false);
        g = (issueOrder(g, tip.command) as { session: GameSession }).session;
      }
    }
  });

  it('says when there is nothing to do but wait, in days, and F (Advance) skips exactly those days', () => {
    let all = 0;
    for (const { advances, tips } of played.values()) {
      all += advances.length;
      for (const a of advances) {
        expect(a.ended, `day ${a.day}`).toBe(a.promised);
        expect(a.endDay).toBe(a.landsOn);
        expect(a.landsOn).toBe(a.day + a.promised);
        // F never skips a day on which the coach would have asked for an order.
        expect(a.skipped).toEqual([]);
      }
      for (const tip of tips.filter((x) => x.step === 'advance')) expect(['move', 'activation']).toContain(tip.params.reason);
    }
    // The tutorial has such a wait on every seed, one of them of more than a day.
    for (const { advances } of played.values()) expect(advances.some((a) => a.promised > 1)).toBe(true);
    expect(all).toBeGreaterThanOrEqual(SEEDS.length);
  });

  it('asks to confirm a prepared order first, and says nothing once the game is over', () => {
    const g = startSession(tutorial, 'coach-2');
    expect(coachTip(g.state, tutorial, true)).toEqual({ step: 'confirm', params: {} });
    expect(coachTip({ ...g.state, status: 'won' }, tutorial, false)).toBeNull();
  });

  it('the reassure list focuses the nation the tip names, not the first one', () => {
    // The first reassure tip of a game names Germany, the level's second nation.
    let g = startSession(tutorial, SEEDS[0]!);
    let tip = coachTip(g.state, tutorial, false)!;
    for (let i = 0; i < 50 && tip.step !== 'reassure'; i++) {
      g = tip.command ? (issueOrder(g, tip.command) as { session: GameSession }).session : endSessionDay(g);
      tip = coachTip(g.state, tutorial, false)!;
    }
    expect(tip.step).toBe('reassure');
    const nation = (tip.command as { nation: string }).nation;
    expect(nation).not.toBe(tutorial.nations[0]!.id);
    const store = createGameStore();
    store.setState({ session: g, settings: { ...store.getState().settings, tips: true } });
    expect(coachChoice(store.getState(), { kind: 'reassure' })).toBe(`reassure:${nation}`);
    // With tips off the list keeps its own order.
    store.setState({ settings: { ...store.getState().settings, tips: false } });
    expect(coachChoice(store.getState(), { kind: 'reassure' })).toBeNull();
  });
});
