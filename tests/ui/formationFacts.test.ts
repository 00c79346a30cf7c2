import { describe, expect, it } from 'vitest';
import { applyCommand, endDay, indexLevel, newGame, type GameState } from '../../src/engine';
import { formationFacts } from '../../src/ui/lists/formationFacts';
import { loadLevel } from './levels';

const level = loadLevel('tutorial');
const ix = indexLevel(level);
const facts = (s: GameState, id: string) => new Map(formationFacts(s, ix, ix.formations.findIndex((f) => f.id === id)));

describe('formation facts', () => {
  it('say where each unit is based: its home garrison, not its capital', () => {
    const s = newGame(level, 'a');
    expect(facts(s, 'pl-6-ab').get('Home garrison')).toBe('Kraków');
    expect(facts(s, 'gb-16-aa').get('Home garrison')).toBe('Colchester');
    expect(facts(s, 'de-1-ab').get('Home garrison')).toBe('Saarlouis');
  });

  it('keep the garrison when the unit has left it', () => {
    let s = newGame(level, 'a');
    const r = applyCommand(s, level, { type: 'move', formation: 'pl-1-armd', to: 'rzeszow' });
    if (!r.ok) throw new Error(r.refusal.text);
    s = endDay(r.state, level).state;
    const f = facts(s, 'pl-1-armd');
    expect(f.get('Home garrison')).toBe('Warsaw');
    expect(f.get('Readiness')).not.toContain('Warsaw');
  });
});
