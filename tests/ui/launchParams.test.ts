import { describe, expect, it } from 'vitest';
import { readLaunch } from '../../src/app/launchParams';
import { loadLevel } from './levels';

const levels = [loadLevel('tutorial'), loadLevel('forty-thousand')];

describe('launch parameters', () => {
  it('opens the level and seed the link names', () => {
    const r = readLaunch('?level=tutorial&seed=abc', levels);
    expect(r.level?.id).toBe('tutorial');
    expect(r.seed).toBe('abc');
    expect(r.errors).toEqual([]);
  });

  it('opens the title with no parameters', () => {
    expect(readLaunch('', levels)).toEqual({ level: null, seed: null, renderer: null, bench: null, errors: [] });
  });

  it('explains an unknown level and lists the real ones', () => {
    const r = readLaunch('?level=moon', levels);
    expect(r.level).toBeNull();
    expect(r.errors[0]).toContain('"moon"');
    expect(r.errors[0]).toContain('tutorial, forty-thousand');
  });

  it('does not start a game with a bad seed', () => {
    const r = readLaunch('?level=tutorial&seed=%3Cscript%3E', levels);
    expect(r.level).toBeNull();
    expect(r.errors[0]).toContain('seed is not valid');
  });

  it('keeps a seed without a level for the seed field', () => {
    expect(readLaunch('?seed=xyz', levels)).toMatchObject({ level: null, seed: 'xyz', errors: [] });
  });

  it('opens the campaign for the benchmarks and checks the renderer', () => {
    expect(readLaunch('?bench=pan&renderer=canvas', levels)).toMatchObject({ level: { id: 'forty-thousand' }, seed: 'bench', bench: 'pan', renderer: 'canvas' });
    const r = readLaunch('?renderer=vulkan&bench=spin', levels);
    expect(r.renderer).toBeNull();
    expect(r.bench).toBeNull();
    expect(r.errors).toHaveLength(2);
  });
});
