import { describe, expect, it } from 'vitest';
import { mapKeyFor, mapKeyToHandle, type KeyFacts } from '../../src/scenes/input/keyPolicy';
import { benchModeFrom, rendererFrom } from '../../src/scenes/benchMode';
import { firedOutcomes, movedPieces } from '../../src/scenes/layout/outcomes';
import type { LogEntry } from '../../src/engine';

const key = (k: string, over: Partial<KeyFacts> = {}): KeyFacts => ({
  key: k, ctrl: false, meta: false, alt: false, defaultPrevented: false, modal: false, focus: { tag: 'BODY', editable: false, roles: [] }, ...over,
});

describe('map keys', () => {
  it('pans with the arrows, zooms with + and -, resets with 0; letters stay the order shortcuts', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '=', '-', '0'].map(mapKeyFor)).toEqual(['left', 'right', 'up', 'down', 'zoomIn', 'zoomIn', 'zoomOut', 'reset']);
    for (const letter of ['a', 'd', 'w', 's', 'A', 'e']) expect(mapKeyFor(letter)).toBeNull();
    expect(mapKeyFor('toString')).toBeNull();
  });

  it('leaves keys alone while typing, in a modal, with modifiers, or when the page already used them', () => {
    expect(mapKeyToHandle(key('ArrowUp'))).toBe('up');
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) expect(mapKeyToHandle(key('ArrowUp', { focus: { tag, editable: false, roles: [] } }))).toBeNull();
    expect(mapKeyToHandle(key('ArrowUp', { focus: { tag: 'DIV', editable: true, roles: [] } }))).toBeNull();
    expect(mapKeyToHandle(key('+', { modal: true }))).toBeNull();
    expect(mapKeyToHandle(key('0', { ctrl: true }))).toBeNull();
    expect(mapKeyToHandle(key('ArrowRight', { defaultPrevented: true }))).toBeNull();
  });

  it('leaves the arrow keys to widgets that use them, but still zooms there', () => {
    const inList = { tag: 'BUTTON', editable: false, roles: ['listbox'] };
    expect(mapKeyToHandle(key('ArrowDown', { focus: inList }))).toBeNull();
    expect(mapKeyToHandle(key('+', { focus: inList }))).toBe('zoomIn');
  });
});

describe('benchmark links', () => {
  it('reads the bench mode and lets the link choose the renderer', () => {
    expect(benchModeFrom('?bench=pan&renderer=canvas')).toBe('pan');
    expect(benchModeFrom('?bench=empty')).toBe('empty');
    expect(benchModeFrom('?bench=other')).toBeNull();
    expect(rendererFrom('?bench=pan&renderer=canvas', 'webgl')).toBe('canvas');
    expect(rendererFrom('?renderer=bogus', 'webgl')).toBe('webgl');
  });
});

describe('end of day', () => {
  it('lists the threats that fired with their verdicts', () => {
    const event = { t: 'event', day: 3, event: 2, card: 'snap', axis: 'east', deterrable: true, deterred: false, blunted: false, credibility: {}, resolve: {}, effects: [] };
    const log = [{ t: 'ready', day: 3, formation: 'x', node: 'y' }, event] as unknown as LogEntry[];
    expect(firedOutcomes(log)).toEqual([event]);
  });

  it('glides only the pieces that moved visibly', () => {
    const before = new Map<string, readonly [number, number]>([['a', [0, 0]], ['b', [10, 10]], ['c', [5, 5]]]);
    const after = new Map<string, readonly [number, number]>([['a', [100, 0]], ['b', [10.5, 10]], ['d', [1, 1]]]);
    expect(movedPieces(before, after, 1).map((m) => m.id)).toEqual(['a']);
  });
});
