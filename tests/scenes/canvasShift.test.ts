import { describe, expect, it } from 'vitest';
import { canvasShift } from '../../src/scenes/layout/canvasShift';

describe('canvasShift: sliding the last drawing of the pieces instead of drawing again', () => {
  const at = { sx: 100, sy: 200, zoom: 0.8 };

  it('moves the canvas against the pan, in CSS pixels at the zoom', () => {
    // The camera panned 10 map units right and 5 down: the drawing moves 8 px left and 4 up.
    expect(canvasShift(at, { sx: 110, sy: 205, zoom: 0.8 }, 64, 1)).toEqual({ x: -8, y: -4 });
    expect(canvasShift(at, { sx: 90, sy: 200, zoom: 0.8 }, 64, 1)).toEqual({ x: 8, y: 0 });
  });

  it('is no slide at all where the camera has not moved', () => {
    const s = canvasShift(at, { ...at }, 64, 1)!;
    expect(s).toEqual({ x: 0, y: 0 });
    expect(Object.is(s.x, -0)).toBe(false);
  });

  it('snaps to device pixels, so the pieces stay sharp', () => {
    // 0.8 × 3.3 = 2.64 CSS px: 3 device pixels at 1, 2.5 CSS px at 2.
    expect(canvasShift(at, { sx: 96.7, sy: 200, zoom: 0.8 }, 64, 1)).toEqual({ x: 3, y: 0 });
    expect(canvasShift(at, { sx: 96.7, sy: 200, zoom: 0.8 }, 64, 2)).toEqual({ x: 2.5, y: 0 });
  });

  it('asks for a new drawing after a zoom, or once the slide would pass the margin', () => {
    expect(canvasShift(at, { ...at, zoom: 0.81 }, 64, 1)).toBeNull();
    // 80 map units at 0.8: 64 px exactly is still inside, 64.8 is not.
    expect(canvasShift(at, { sx: 180, sy: 200, zoom: 0.8 }, 64, 1)).toEqual({ x: -64, y: 0 });
    expect(canvasShift(at, { sx: 181, sy: 200, zoom: 0.8 }, 64, 1)).toBeNull();
    expect(canvasShift(at, { sx: 100, sy: 119, zoom: 0.8 }, 64, 1)).toBeNull();
    expect(canvasShift(at, { sx: Number.NaN, sy: 200, zoom: 0.8 }, 64, 1)).toBeNull();
  });
});
