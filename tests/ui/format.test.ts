import { describe, expect, it } from 'vitest';
import { coreText, dayText, deadlineText, durationOf, fraction, readyTroopsText, staffText, unityText } from '../../src/ui/format';

describe('HUD text forms', () => {
  it('writes the figures in the agreed forms, thousands with commas', () => {
    expect(dayText(12)).toBe('Day 12');
    expect(deadlineText(30)).toBe('of 30');
    expect(readyTroopsText(18500, 40000)).toBe('Ready troops 18,500 / 40,000');
    expect(readyTroopsText(0, 40000)).toBe('Ready troops 0 / 40,000');
    expect(coreText(2500, 5000)).toBe('Core 2,500 / 5,000');
    expect(staffText(4, 6)).toBe('Staff actions 4 / 6');
    expect(unityText(74, 30)).toBe('Unity 74 (floor 30)');
  });

  it('counts an order lasting to the end of today as one day', () => {
    expect(durationOf(5, 5)).toBe(1);
    expect(durationOf(5, 9)).toBe(5);
    expect(durationOf(5, undefined)).toBeNull();
  });

  it('keeps meters within 0..1, even for a zero target', () => {
    expect(fraction(50, 100)).toBe(0.5);
    expect(fraction(150, 100)).toBe(1);
    expect(fraction(-1, 100)).toBe(0);
    expect(fraction(3, 0)).toBe(1);
  });
});
