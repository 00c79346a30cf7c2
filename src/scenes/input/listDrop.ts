/**
 * A unit dragged from the forces list (an HTML drag, store ui.carrying) onto the map: the map rings
 * the place under the pointer as for a drag on the map, and a drop there gives the move (Shift:
 * the airlift) through the same path (unitDrag.ts). So a unit whose chip is off screen, or in a
 * garrison far away, is ordered in one gesture too.
 */
import type { GameStore } from '../../store/gameStore';
import type { UnitDrag } from './unitDrag';

export function listenListDrops(canvas: HTMLCanvasElement, visible: HTMLElement, store: Pick<GameStore, 'getState'>, drag: UnitDrag): () => void {
  const at = (ev: DragEvent): [number, number] => {
    // The map's screen pixels are CSS pixels from its visible box's corner (the canvas overhangs
    // the box and slides under it: redraw/visibleBounds.ts).
    const r = visible.getBoundingClientRect();
    return [ev.clientX - r.left, ev.clientY - r.top];
  };
  const over = (ev: DragEvent) => {
    const id = store.getState().ui.carrying;
    if (!id) return;
    ev.preventDefault();
    if (ev.dataTransfer) ev.dataTransfer.dropEffect = 'move';
    drag.carryUnit(id, ...at(ev), ev.shiftKey);
  };
  const drop = (ev: DragEvent) => {
    const id = store.getState().ui.carrying;
    if (!id) return;
    ev.preventDefault();
    drag.dropUnit(id, ...at(ev), ev.shiftKey);
  };
  const leave = () => drag.clear();
  canvas.addEventListener('dragover', over);
  canvas.addEventListener('drop', drop);
  canvas.addEventListener('dragleave', leave);
  return () => {
    canvas.removeEventListener('dragover', over);
    canvas.removeEventListener('drop', drop);
    canvas.removeEventListener('dragleave', leave);
  };
}
