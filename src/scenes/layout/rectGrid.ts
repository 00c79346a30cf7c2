/**
 * Rectangles filed by the square cells of a grid they touch, so "does this rectangle come within
 * `pad` of any filed one?" looks at a few neighbours instead of every rectangle on the map. The
 * label placement asks it thousands of times per overlay; the answers are exactly those of
 * testing every rectangle (rectsOverlap). Pure.
 */
import { rectsOverlap, type Rect } from './geometry';

export class RectGrid<T> {
  private readonly cells = new Map<number, Array<{ item: T; rect: Rect }>>();
  private readonly cell: number;
  /** each rectangle is filed grown by this on every side, so a query need not grow */
  private readonly pad: number;

  constructor(cell: number, pad: number) {
    this.cell = cell > 0 && Number.isFinite(cell) ? cell : 1;
    this.pad = Math.max(0, pad);
  }

  add(item: T, rect: Rect): void {
    this.each(rect, this.reach(), (list) => { list.push({ item, rect }); }, true);
  }

  /** Take `item` out (it must have been added with this very rectangle). */
  remove(item: T, rect: Rect): void {
    this.each(rect, this.reach(), (list) => {
      const i = list.findIndex((e) => e.item === item);
      if (i >= 0) list.splice(i, 1);
    }, false);
  }

  /** Is any filed rectangle, other than `skip`'s, within the grid's pad of `rect`? */
  any(rect: Rect, skip?: T): boolean {
    let hit = false;
    this.each(rect, 0, (list) => {
      if (hit) return;
      for (const e of list) {
        if (e.item !== skip && rectsOverlap(e.rect, rect, this.pad)) {
          hit = true;
          return;
        }
      }
    }, false);
    return hit;
  }

  /** Every filed item within the pad of `rect`, each once. */
  near(rect: Rect): T[] {
    const out = new Set<T>();
    this.each(rect, 0, (list) => {
      for (const e of list) if (rectsOverlap(e.rect, rect, this.pad)) out.add(e.item);
    }, false);
    return [...out];
  }

  /**
   * How far around a rectangle it is filed: the pad, and a hair more so rounding at a cell's edge
   * can only file it in one cell too many (filtered by the exact test), never one too few.
   */
  private reach(): number {
    return this.pad + this.cell * 1e-6;
  }

  private each(rect: Rect, grow: number, visit: (list: Array<{ item: T; rect: Rect }>) => void, create: boolean): void {
    const c = this.cell;
    const x0 = Math.floor((rect.x - grow) / c);
    const x1 = Math.floor((rect.x + rect.w + grow) / c);
    const y0 = Math.floor((rect.y - grow) / c);
    const y1 = Math.floor((rect.y + rect.h + grow) / c);
    for (let i = x0; i <= x1; i++) {
      for (let j = y0; j <= y1; j++) {
        // Cells are keyed by one number: far more columns than any map has, either side of 0.
        const key = (i + 1_000_000) * 2_000_003 + (j + 1_000_000);
        let list = this.cells.get(key);
        if (!list) {
          if (!create) continue;
          list = [];
          this.cells.set(key, list);
        }
        visit(list);
      }
    }
  }
}
