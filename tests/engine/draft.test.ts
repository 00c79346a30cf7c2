/** The lazy draft (engine/draft.ts): writing is only ever into the current draft's own copies. */
import { describe, expect, it } from 'vitest';
import { lazyDraft, own, sealDraft } from '../../src/engine/draft';
import { start } from '../helpers/play';
import { tinyLevel } from '../helpers/levelBuilder';

describe('own()', () => {
  const s0 = start(tinyLevel());

  it('copies an array of the draft once, leaving the earlier state untouched', () => {
    const d = lazyDraft(s0);
    const will = own(d, 'will');
    expect(will).not.toBe(s0.will);
    expect(own(d, 'will')).toBe(will);
    will[0] = -1;
    expect(s0.will[0]).not.toBe(-1);
    sealDraft(d);
  });

  it('throws for a state that is not the current draft, instead of handing out a shared array', () => {
    expect(() => own(s0, 'will')).toThrow(/not the draft/);
    const d = lazyDraft(s0);
    sealDraft(d);
    expect(() => own(d, 'formations')).toThrow(/not the draft/);
  });
});
