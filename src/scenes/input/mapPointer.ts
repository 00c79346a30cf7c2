/**
 * Mouse and touch on the map: drag to pan, wheel to zoom around the pointer, left click to select,
 * right click to prepare a move (shift + right click: an airlift), hover for the DOM tooltip.
 * A press that moves more than a few pixels is a drag, never a click; a drag that starts on a unit
 * carries the unit (unitDrag.ts) instead of panning the map; Ctrl (or ⌘) held carries its whole stack.
 */
import * as Phaser from 'phaser';

const DRAG_THRESHOLD = 5;

export interface PointerHandlers {
  pan(dx: number, dy: number): void;
  zoomAt(sx: number, sy: number, factor: number): void;
  click(sx: number, sy: number): void;
  order(sx: number, sy: number, airlift: boolean): void;
  hover(sx: number, sy: number, pageX: number, pageY: number): void;
  leave(): void;
  /** any press: skips running animations */
  anyPress(): void;
  dragging(on: boolean): void;
  /** a unit drag: does a press here pick up a unit? then where it is carried, and where dropped */
  unit?: UnitDragHandlers;
}

export interface UnitDragHandlers {
  grab(sx: number, sy: number): boolean;
  carry(sx: number, sy: number, airlift: boolean, whole: boolean): void;
  drop(sx: number, sy: number, airlift: boolean, whole: boolean): void;
}

export function listenPointer(scene: Phaser.Scene, h: PointerHandlers): () => void {
  const input = scene.input;
  input.mouse?.disableContextMenu();
  let down: { x: number; y: number; dragging: boolean; unit: boolean } | null = null;
  const shift = (p: Phaser.Input.Pointer) => Boolean((p.event as MouseEvent | undefined)?.shiftKey);
  const whole = (p: Phaser.Input.Pointer) => {
    const ev = p.event as MouseEvent | undefined;
    return Boolean(ev?.ctrlKey || ev?.metaKey);
  };

  const onDown = (p: Phaser.Input.Pointer) => {
    h.anyPress();
    if (p.rightButtonDown()) {
      const ev = p.event as MouseEvent | undefined;
      h.order(p.x, p.y, ev?.shiftKey ?? false);
      return;
    }
    if (p.leftButtonDown() || p.wasTouch) down = { x: p.x, y: p.y, dragging: false, unit: h.unit?.grab(p.x, p.y) ?? false };
  };
  const onMove = (p: Phaser.Input.Pointer) => {
    if (down && p.isDown) {
      if (!down.dragging && Math.hypot(p.x - down.x, p.y - down.y) > DRAG_THRESHOLD) {
        down.dragging = true;
        h.dragging(true);
        h.leave();
      }
      if (down.dragging) {
        if (down.unit) h.unit!.carry(p.x, p.y, shift(p), whole(p));
        else h.pan(p.x - p.prevPosition.x, p.y - p.prevPosition.y);
        return;
      }
    }
    const ev = p.event as MouseEvent | undefined;
    if (ev && 'pageX' in ev) h.hover(p.x, p.y, ev.pageX, ev.pageY);
  };
  const onUp = (p: Phaser.Input.Pointer) => {
    if (!down) return;
    const wasDrag = down.dragging;
    const unit = down.unit;
    down = null;
    if (wasDrag) {
      h.dragging(false);
      if (unit) h.unit!.drop(p.x, p.y, shift(p), whole(p));
    } else if (p.leftButtonReleased() || p.wasTouch) h.click(p.x, p.y);
  };
  const onWheel = (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
    // One notch (~100 px of deltaY) zooms by about 16 %.
    h.zoomAt(p.x, p.y, Math.exp(-dy * 0.0015));
  };
  const onOut = () => {
    if (!down?.dragging) h.leave();
  };
  const E = Phaser.Input.Events;
  const handlers: Array<[string, (...args: never[]) => void]> = [
    [E.POINTER_DOWN, onDown], [E.POINTER_MOVE, onMove], [E.POINTER_UP, onUp],
    [E.POINTER_UP_OUTSIDE, onUp], [E.POINTER_WHEEL, onWheel], [E.GAME_OUT, onOut],
  ];
  for (const [event, fn] of handlers) input.on(event, fn);
  return () => { for (const [event, fn] of handlers) input.off(event, fn); };
}
