/**
 * Phaser's pointer coordinates, measured from the map's visible box rather than from its canvas.
 *
 * The pieces' canvas overhangs the map's box by a margin on every side and slides under it while the
 * camera pans (drawOnChange.ts). Phaser takes a pointer's position from where the canvas sits on the
 * page, read now and then: mid-slide that would be off by the slide, and by the margin always. Read
 * from the visible box instead, a pointer's x and y are the map's screen pixels, as every handler of
 * the map takes them (input/mapPointer.ts), whatever the canvas's margin or slide.
 */

/** The parts of Phaser's ScaleManager this changes (Phaser.Scale.ScaleManager). */
export interface BoundsOwner {
  canvas: HTMLCanvasElement;
  parent: Element | null;
  canvasBounds: { x: number; y: number; width: number; height: number };
  parentSize: { width: number; height: number; setSize(w: number, h: number): unknown };
  updateBounds(): void;
  getParentBounds(): boolean;
}

/** Measure Phaser's pointers from `visible`, the map's box; returns the undo. */
export function measureFromVisibleBox(scale: BoundsOwner, visible: HTMLElement): () => void {
  const { updateBounds, getParentBounds } = scale;
  const origin = () => {
    const r = visible.getBoundingClientRect();
    const doc = document.documentElement;
    return { x: r.left + window.scrollX - (doc.clientLeft || 0), y: r.top + window.scrollY - (doc.clientTop || 0) };
  };
  scale.updateBounds = function (this: BoundsOwner) {
    const at = origin();
    this.canvasBounds.x = at.x;
    this.canvasBounds.y = at.y;
    // The canvas's own laid-out size (a CSS translate does not change it): Phaser's display scale
    // is its drawing size over this, 1 here.
    this.canvasBounds.width = this.canvas.offsetWidth;
    this.canvasBounds.height = this.canvas.offsetHeight;
  };
  // Phaser's own check also compares the canvas's place on the page with the bounds, which a slide
  // always changes: here the parent's size and the visible box's place are compared instead.
  scale.getParentBounds = function (this: BoundsOwner) {
    if (!this.parent) return false;
    const r = this.parent.getBoundingClientRect();
    if (r.width !== this.parentSize.width || r.height !== this.parentSize.height) {
      this.parentSize.setSize(r.width, r.height);
      return true;
    }
    const at = origin();
    return at.x !== this.canvasBounds.x || at.y !== this.canvasBounds.y;
  };
  scale.updateBounds();
  return () => {
    scale.updateBounds = updateBounds;
    scale.getParentBounds = getParentBounds;
  };
}
