import { describe, expect, it } from 'vitest';
import { view } from './fixtures';

describe('level view', () => {
  const v = view('forty-thousand');

  it('draws every link of the level, air routes as arcs', () => {
    expect(v.links).toHaveLength(v.level.links.length);
    for (const l of v.links) expect(l.ctrl !== null).toBe(l.kind === 'air');
  });

  it('gives a road and a rail between the same towns opposite lanes, a lone link none', () => {
    const road = v.links.find((l) => l.id === 'warsaw-orzysz-road')!;
    const rail = v.links.find((l) => l.id === 'warsaw-orzysz-rail')!;
    expect(road.lane * rail.lane).toBe(-1);
    expect(v.links.find((l) => l.id === 'rzeszow-hrubieszow-road')!.lane).toBe(0);
  });

  it('opens on a frame inside the world', () => {
    expect(v.frame.w).toBeGreaterThan(500);
    expect(v.frame.x).toBeGreaterThanOrEqual(v.world.x);
    expect(v.frame.y + v.frame.h).toBeLessThanOrEqual(v.world.y + v.world.h);
  });
});
