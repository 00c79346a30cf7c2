/**
 * What a scene shows, kept as plain numbers and names, to tell whether anything on it changed since
 * the last frame (redraw/drawOnChange.ts draws only then). It reads every object in the scene's
 * display list: its place, size, turn, opacity, depth and visibility, the picture it shows, and a
 * Graphics object's drawing commands. Nothing is allocated once the list has reached its size.
 */

/** The parts of a Phaser game object that decide what it draws (Images and Graphics, all the map has). */
export interface ShownObject {
  visible: boolean;
  x: number;
  y: number;
  scaleX: number;
  scaleY: number;
  rotation: number;
  alpha: number;
  depth: number;
  originX?: number;
  originY?: number;
  frame?: { name: string | number; texture: { key: string } };
  commandBuffer?: readonly unknown[];
}

export class ShownRecord {
  private readonly nums: number[] = [];
  private readonly names: Array<string | number> = [];
  private n = 0;
  private k = 0;
  private changed = false;

  /**
   * Record `objects` (and `extra` figures, e.g. the canvas's size) and say whether they differ in
   * anything from the last call's. The first call differs.
   */
  differs(objects: readonly ShownObject[], extra: readonly number[] = []): boolean {
    this.n = 0;
    this.k = 0;
    this.changed = false;
    const firstCall = this.nums.length === 0 && this.names.length === 0;
    this.num(objects.length);
    for (const v of extra) this.num(v);
    for (const o of objects) {
      this.num(o.visible ? 1 : 0);
      if (!o.visible) continue;
      this.num(o.x);
      this.num(o.y);
      this.num(o.scaleX);
      this.num(o.scaleY);
      this.num(o.rotation);
      this.num(o.alpha);
      this.num(o.depth);
      this.num(o.originX ?? 0);
      this.num(o.originY ?? 0);
      this.name(o.frame ? o.frame.texture.key : '');
      this.name(o.frame ? o.frame.name : '');
      const commands = o.commandBuffer;
      this.num(commands ? commands.length : -1);
      // Drawing commands are numbers (a command's code, then its figures); anything else in the
      // list is recorded by its kind only.
      if (commands) for (const c of commands) this.num(typeof c === 'number' ? c : typeof c === 'boolean' ? Number(c) : NaN);
    }
    if (this.n !== this.nums.length || this.k !== this.names.length) this.changed = true;
    this.nums.length = this.n;
    this.names.length = this.k;
    return this.changed || firstCall;
  }

  private num(v: number): void {
    const i = this.n++;
    if (i >= this.nums.length || !Object.is(this.nums[i], v)) {
      this.changed = true;
      this.nums[i] = v;
    }
  }

  private name(v: string | number): void {
    const i = this.k++;
    if (i >= this.names.length || this.names[i] !== v) {
      this.changed = true;
      this.names[i] = v;
    }
  }
}
