import { describe, expect, it } from 'vitest';
import { missedRefreshes } from '../../tools/bench/stats';

const at60 = 1000 / 60;

describe('missedRefreshes (frames the display got no new picture for, from frame start times)', () => {
  it('counts none where every frame started one refresh after the last', () => {
    expect(missedRefreshes(Array.from({ length: 240 }, () => at60))).toBe(0);
  });

  it('counts k - 1 for an interval of about k refreshes', () => {
    const xs = Array.from({ length: 100 }, () => at60);
    xs[10] = 2 * at60;
    xs[50] = 3 * at60 + 0.4;
    expect(missedRefreshes(xs)).toBe(1 + 2);
  });

  it('does not count a frame that started a little late or early within its refresh', () => {
    const xs = Array.from({ length: 100 }, (_, i) => (i % 2 ? at60 + 4 : at60 - 4));
    expect(missedRefreshes(xs)).toBe(0);
  });

  it('reads the refresh from the intervals, so a faster display is read alike', () => {
    const at144 = 1000 / 144;
    const xs = Array.from({ length: 100 }, () => at144);
    xs[3] = 2 * at144;
    expect(missedRefreshes(xs)).toBe(1);
  });

  it('has nothing to count in no intervals', () => {
    expect(missedRefreshes([])).toBe(0);
  });
});
