import { describe, expect, it } from 'vitest';
import { MILESTONE_IDS, type MilestoneId } from '../../src/engine';
import { nationCode } from '../../src/i18n/engineText';
import { sentences } from '../../src/ui/sentences';
import { milestonesByDay } from '../../src/ui/classroom/reviewView';
import { roleTag } from '../../src/ui/classroom/teamNames';
import { DEFAULT_SETTINGS, PRESENTATION_TEXT_SCALE, shownTextScale } from '../../src/store/settings';

describe('the polish list', () => {
  it('reads pieces of text as sentences with one full stop each', () => {
    expect(sentences(['Day 2 ended: 1 deterred', 'Embassy protest note — DETERRED (answer 22 vs resolve 13).', 'Core certified'])).toBe(
      'Day 2 ended: 1 deterred. Embassy protest note — DETERRED (answer 22 vs resolve 13). Core certified.');
    expect(sentences(['Won!', '  ', 'Next?'])).toBe('Won! Next?');
    expect(sentences(['a', 'b.']).includes('..')).toBe(false);
  });

  it('shows the United Kingdom as UK, other nations by their own code', () => {
    expect(nationCode('GB')).toBe('UK');
    expect(nationCode('PL')).toBe('PL');
    expect(roleTag('GB')).toBe('UK');
  });

  it('lists the review’s milestones in the order they were reached, those not reached last', () => {
    const reached = Object.fromEntries(MILESTONE_IDS.map((id) => [id, null])) as Record<MilestoneId, number | null>;
    reached.coreCertified = 9;
    reached.firstStaged = 3;
    reached.ready10k = 5;
    reached.coreReady = 5;
    const order = milestonesByDay(reached);
    expect(order.slice(0, 4)).toEqual(['firstStaged', 'coreReady', 'ready10k', 'coreCertified']);
    expect(order).toHaveLength(MILESTONE_IDS.length);
    expect(order.slice(4)).toEqual(MILESTONE_IDS.filter((id) => reached[id] === null));
  });

  it('draws text (the page’s and the map’s) large in presentation mode, never smaller than chosen', () => {
    expect(shownTextScale(DEFAULT_SETTINGS)).toBe(1);
    expect(shownTextScale({ textScale: 1, presentation: true })).toBe(PRESENTATION_TEXT_SCALE);
    expect(shownTextScale({ textScale: 1.6, presentation: true })).toBe(1.6);
    expect(shownTextScale({ textScale: 1.2, presentation: false })).toBe(1.2);
  });
});
