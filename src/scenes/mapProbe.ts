/**
 * `?probe=map`: where the map draws a place or a unit on the page, for the click-counting tool
 * (tools/count-clicks.ts), which drags units onto hubs as a player would and needs to know where
 * to press, and for the tests of the map's drawing (redraw/drawOnChange.ts). It changes nothing in
 * the game. Absent unless the link asks for it.
 */
export interface MapProbe {
  /** the place's mark, in page (client) pixels; null when it is off the map's canvas */
  node(id: string): [number, number] | null;
  /** the piece a press would pick the unit up from: its own chip, or the closed stack it is in
   *  (`top`: the unit a press on that stack picks up); null when not drawn on the canvas */
  unit(id: string): { x: number; y: number; kind: 'chip' | 'stack'; top: boolean } | null;
  /** the middle of an axis's name plate (a click there selects the axis); null when off the canvas */
  axis(id: string): [number, number] | null;
  /** what a click at page point (x, y) selects, as "kind:id" (null: nothing) */
  selectsAt(x: number, y: number): string | null;
  /** the unit a press at page point (x, y) would pick up (null: none, the press would pan) */
  grabAt(x: number, y: number): string | null;
  /** the place a unit dropped at page point (x, y) would be ordered to (null: open country) */
  dropAt(x: number, y: number): string | null;
  /** frames Phaser drew and frames it left undrawn since the map started (redraw/drawOnChange.ts) */
  frames(): { drawn: number; skipped: number };
  /** the shift of the pieces' canvas under the view now, in CSS pixels ('' for none) */
  canvasShift(): string;
  /** have Phaser draw the pieces on the next frame even if nothing changed (what they show stays the same) */
  drawAgain(): void;
}

declare global {
  interface Window { __mapProbe?: MapProbe }
}

export const probeWanted = (search: string): boolean => new URLSearchParams(search).get('probe') === 'map';

export function installMapProbe(probe: MapProbe): () => void {
  window.__mapProbe = Object.freeze(probe);
  return () => { if (window.__mapProbe === probe) delete window.__mapProbe; };
}
