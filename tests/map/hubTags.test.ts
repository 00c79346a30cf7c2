/**
 * A hub's tag names the axes it stages for as the plates do: Air Bridge's hubs say B and WU
 * (Belarus, Western Ukraine), not N and E; the generic campaign axes keep N, E, S.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { english, setLanguage } from '../../src/i18n';
import UK from '../../src/i18n/lang/uk';
import { lt } from '../../src/i18n/levelText';
import { axisTag, hubTag } from '../../src/scenes/raster/nodeLabels';
import { shippedLevel } from '../helpers/shipped';

afterEach(() => setLanguage(english()));

describe('hub tags', () => {
  const bridge = shippedLevel('air-bridge');
  const campaign = shippedLevel('forty-thousand');

  it('uses the initials of a named axis, and the letters of the generic ones', () => {
    expect(bridge.axes.map((a) => axisTag(bridge, a.id))).toEqual(['B', 'WU']);
    expect(campaign.axes.map((a) => axisTag(campaign, a.id))).toEqual(['N', 'E', 'S']);
    const kyiv = bridge.nodes.find((n) => n.id === 'kyiv')!;
    expect(hubTag(bridge, kyiv.axes)).toBe('B WU');
  });

  it('follows the language the player reads the axis names in', () => {
    setLanguage(UK);
    const names = bridge.axes.map((a) => lt(bridge).axis(a.id));
    const tags = bridge.axes.map((a) => axisTag(bridge, a.id));
    // Each tag is the first letters of its Ukrainian name's words, and the two differ.
    tags.forEach((tag, i) => expect(names[i]!.startsWith(tag[0]!)).toBe(true));
    expect(new Set(tags).size).toBe(2);
    expect(tags.join('')).not.toMatch(/[A-Z]/);
  });
});
