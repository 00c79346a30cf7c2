import { describe, expect, it } from 'vitest';
import { FULL_FORMAT_MINUTES, formatsOf, fullLevelOf, fullLevels } from '../../src/levels/formats';
import { LEVEL_FILES, level } from '../balance/helpers';

const all = LEVEL_FILES.map((f) => level(f.replace(/\.json$/, '')));

describe('lesson formats of the shipped levels', () => {
  it('lists the full levels only for the title screen and the set-up\'s level choice', () => {
    expect(fullLevels(all).map((l) => l.id).sort()).toEqual(['across-administrations', 'air-bridge', 'forty-thousand', 'north', 'south', 'tutorial']);
  });

  it('offers every full level as a 50-minute cut and itself at 90 minutes, shortest first', () => {
    for (const full of fullLevels(all)) {
      const f = formatsOf(all, full);
      expect(f.map((x) => x.minutes)).toEqual([50, FULL_FORMAT_MINUTES]);
      expect(f[0]!.level.id).toBe(`${full.id}-50min`);
      expect(f[1]!.level).toBe(full);
      expect(fullLevelOf(all, f[0]!.level)).toBe(full);
      expect(fullLevelOf(all, full)).toBe(full);
    }
  });
});
