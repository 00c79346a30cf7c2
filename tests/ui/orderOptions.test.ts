import { describe, expect, it } from 'vitest';
import { applyCommand, endDay, newGame, type GameState } from '../../src/engine';
import { contextOf, destinationOptions, formationSection, hubSection, optionForKey, sectionsFor } from '../../src/ui/orders/orderOptions';
import { loadLevel } from './levels';
import { noticeText } from '../../src/ui/noticeText';

const level = loadLevel('tutorial');
const game = (state: GameState) => ({ state, level });

function give(s: GameState, ...cmds: Parameters<typeof applyCommand>[2][]): GameState {
  for (const c of cmds) {
    const r = applyCommand(s, level, c);
    if (!r.ok) throw new Error(r.refusal.text);
    s = r.state;
  }
  return s;
}

describe('order options', () => {
  it('follows a formation to its hub and the hub to its axis', () => {
    const s = newGame(level, 'a');
    expect(contextOf(game(s), { kind: 'formation', id: 'pl-1-armd' })).toEqual({ formation: 'pl-1-armd', node: 'warsaw', axis: 'east' });
    expect(contextOf(game(s), { kind: 'node', id: 'rzeszow' })).toEqual({ formation: null, node: 'rzeszow', axis: 'east' });
    // One axis in the level: axis orders need no selection.
    expect(contextOf(game(s), null)).toEqual({ formation: null, node: null, axis: 'east' });
    // An event is answered on its axis.
    expect(contextOf(game(s), { kind: 'event', id: level.deck[0]!.id })).toEqual({ formation: null, node: null, axis: level.deck[0]!.axis });
  });

  it('shows the engine’s cost, duration and effect, or its refusal', () => {
    const s = newGame(level, 'a');
    const sec = formationSection(game(s), 'de-1-ab');
    const activate = sec.options.find((o) => o.order === 'activate')!;
    expect(activate.refusal).toBeNull();
    expect(activate.cost).toBe(1);
    expect(activate.days).toBeGreaterThan(0);
    expect(activate.effect).toContain('mobilises');
    const move = sec.options.find((o) => o.order === 'move')!;
    expect(move.refusal).toContain('has not been activated');
    expect(move.prompt).toBeNull();
  });

  it('lists reachable destinations first, staging hubs first, soonest first', () => {
    const s = newGame(level, 'a');
    const dests = destinationOptions(game(s), 'pl-1-armd', 'move');
    expect(dests.length).toBe(level.nodes.length - 1);
    const legal = dests.filter((d) => !d.refusal);
    expect(legal.length).toBeGreaterThan(0);
    expect(dests.slice(0, legal.length)).toEqual(legal);
    expect(legal[0]!.label).toBe('Rzeszów-Jasionka');
    expect(legal[0]!.cmd).toEqual({ type: 'move', formation: 'pl-1-armd', to: 'rzeszow' });
    const chooser = formationSection(game(s), 'pl-1-armd').options.find((o) => o.order === 'move')!;
    expect(chooser.prompt).toEqual({ kind: 'move', formation: 'pl-1-armd' });
  });

  it('offers only airfields for an airlift', () => {
    // 16 Air Assault Brigade mobilises at Colchester and drives to RAF Brize Norton to fly.
    let s = give(newGame(level, 'a'), { type: 'activate', formation: 'gb-16-aa' });
    s = endDay(endDay(s, level).state, level).state;
    s = endDay(give(s, { type: 'move', formation: 'gb-16-aa', to: 'brize-norton' }), level).state;
    const dests = destinationOptions(game(s), 'gb-16-aa', 'airlift');
    expect(dests.map((d) => d.cmd)).toContainEqual({ type: 'airlift', formation: 'gb-16-aa', to: 'rzeszow' });
    const airfields = level.nodes.filter((n) => n.kinds.includes('airfield')).map((n) => n.id);
    expect(dests.every((d) => airfields.includes((d.cmd as { to: string }).to))).toBe(true);
    expect(dests.length).toBeLessThan(level.nodes.length - 1);
  });

  it('gives hub orders only for staging hubs', () => {
    const s = newGame(level, 'a');
    expect(hubSection(game(s), 'warsaw')).toBeNull();
    expect(hubSection(game(s), 'rzeszow')!.options.map((o) => o.order)).toEqual(['exercise', 'preposition', 'missileDefence']);
    expect(sectionsFor(game(s), contextOf(game(s), { kind: 'node', id: 'rzeszow' })).map((x) => x.key)).toEqual(['hub', 'axis']);
  });

  it('says what to select when a shortcut has nothing to act on', () => {
    const s = newGame(level, 'a');
    const need = (order: 'activate' | 'exercise') => {
      const o = optionForKey(game(s), contextOf(game(s), null), order);
      return 'need' in o ? noticeText(o.need) : o.label;
    };
    expect(need('activate')).toMatch(/Select a formation/);
    expect(need('exercise')).toMatch(/staging hub/);
    const isr = optionForKey(game(s), contextOf(game(s), null), 'isr');
    expect(!('need' in isr) && isr.cmd).toEqual({ type: 'allocate', enabler: 'isr', axis: 'east' });
    const cyber = optionForKey(game(s), contextOf(game(s), null), 'cyber');
    expect(!('need' in cyber) && cyber.prompt).toEqual({ kind: 'cyber' });
  });
});
