/** The review's chart geometry: pure numbers, checked without a browser. */
import { describe, expect, it } from 'vitest';
import { lineChart, niceStep, pairChart } from '../../src/classroom/charts';

describe('charts', () => {
  it('picks round tick steps', () => {
    expect(niceStep(30, 8)).toBe(5);
    expect(niceStep(90, 8)).toBe(20);
    expect(niceStep(46000, 4)).toBe(20000);
    expect(niceStep(0, 4)).toBe(1);
  });

  it('places every point inside the plot, the 40,000 line and par where they belong', () => {
    const m = lineChart({
      width: 760, height: 260, xMax: 30, yMax: 46000,
      series: [{ name: 'ready', style: 0, points: [[0, 0], [10, 20000], [20, 40000], [30, 46000]] }],
      hLines: [{ at: 40000, label: '40,000' }], vLines: [{ at: 13, label: 'par' }, { at: 99, label: 'off' }],
    });
    const { x, y, w, h } = m.plot;
    const nums = m.paths[0]!.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (let i = 0; i < nums.length; i += 2) {
      expect(nums[i]!).toBeGreaterThanOrEqual(x);
      expect(nums[i]!).toBeLessThanOrEqual(x + w);
      expect(nums[i + 1]!).toBeGreaterThanOrEqual(y);
      expect(nums[i + 1]!).toBeLessThanOrEqual(y + h);
    }
    expect(m.paths[0]!.d.startsWith(`M${x},${y + h}`)).toBe(true);
    expect(m.hLines[0]!.y).toBeCloseTo(y + h - (40000 / 46000) * h, 0);
    expect(m.vLines).toHaveLength(1); // a line beyond the x range is left out
    expect(m.vLines[0]!.x).toBeCloseTo(x + (13 / 30) * w, 0);
    expect(m.xTicks.map((t) => t.label)).toEqual(['0', '5', '10', '15', '20', '25', '30']);
    expect(m.paths[0]!.last).toEqual([x + w, y]);
  });

  it('draws the ladder as steps, and labels given ticks (the rungs)', () => {
    const m = lineChart({
      width: 370, height: 200, xMax: 10, yMax: 5, series: [{ name: 'ladder', style: 2, step: true, points: [[0, 0], [4, 1], [8, 2]] }],
      yTicks: [0, 1, 2, 3, 4, 5].map((at) => ({ at, label: `r${at}` })),
    });
    expect(m.paths[0]!.d).toMatch(/^M[\d.]+,[\d.]+H[\d.]+V[\d.]+H[\d.]+V[\d.]+$/);
    expect(m.yTicks.map((t) => t.label)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('pairs credibility and resolve bars per event, heights proportional to the values', () => {
    const m = pairChart({ width: 760, height: 220, groups: [{ label: 'd3', a: 20, b: 10, mark: '✓' }, { label: 'd9', a: 5, b: 30, mark: '✗' }] });
    expect(m.bars).toHaveLength(4);
    const [a1, b1, a2, b2] = m.bars;
    expect(a1!.h / b1!.h).toBeCloseTo(2, 1);
    expect(b2!.h / a2!.h).toBeCloseTo(6, 1);
    expect(m.labels.map((l) => l.mark)).toEqual(['✓', '✗']);
  });
});
