/**
 * Every box the map draws for one state at one zoom, computed with the map's own layout code:
 * axis plates, threat markers, stacks, node marks, and the node names placed around them.
 */
import type { GameState } from '../../src/engine';
import { axisCards } from '../../src/scenes/layout/eventPlacement';
import { cardArea } from '../../src/scenes/layout/opening';
import { rectsOverlap, type Rect } from '../../src/scenes/layout/geometry';
import { placeLabels, type PlacedLabel } from '../../src/scenes/layout/labelLayout';
import type { LevelView } from '../../src/scenes/layout/levelView';
import { overlayModel, type AxisView } from '../../src/scenes/layout/overlayModel';
import { coverRect, layoutPieces, type PlacedPiece } from '../../src/scenes/layout/pieceLayout';
import { pieceModel } from '../../src/scenes/layout/pieceModel';
import { estimateText, sizeSource } from '../../src/scenes/layout/pieceSizes';
import { nodeLabelRequests, nodeLabelSpecs, nodeMarkRect } from '../../src/scenes/raster/nodeLabels';
import type { RasterFrame } from '../../src/scenes/raster/rasterFrame';

export interface Box { what: string; rect: Rect; node: number }

export interface MapBoxes {
  axes: AxisView[];
  plates: Box[];
  markers: Box[];
  stacks: Box[];
  marks: Box[];
  labels: PlacedLabel[];
  pieces: PlacedPiece[];
}

export function mapBoxes(view: LevelView, state: GameState, zoom: number, expanded: ReadonlySet<number> = new Set(), textScale = 1): MapBoxes {
  const m = pieceModel(view, state, null, true);
  const o = overlayModel(view, state, m.spots, null, null, textScale);
  const { pieces } = layoutPieces(view, m, o.axes, zoom, sizeSource(textScale, estimateText), expanded);
  const cards = axisCards(o.axes, o.axes.map((a) => m.events.get(a.index)?.length ?? 0), cardArea(view), zoom, view.points, view.staging);
  const plates = o.axes.map((a, i) => ({ what: `plate ${a.id}`, rect: cards[i]!.rects[0]!, node: -1 }));
  const markers = pieces.filter((p) => p.kind === 'event').map((p) => ({ what: p.key, rect: coverRect(p, zoom), node: -1 }));
  const stacks = pieces.filter((p) => p.kind === 'stack' || p.kind === 'chip').map((p) => ({ what: p.key, rect: coverRect(p, zoom), node: p.node }));
  const f: RasterFrame = { rect: view.world, zoom, dpr: 1 };
  const marks = view.nodes.map((n) => ({ what: `node ${n.id}`, rect: nodeMarkRect(view, f, n.index), node: n.index }));
  const specs = nodeLabelSpecs(view, textScale);
  const widths = specs.map((s) => estimateText(s.text, s.weight, s.size, false) + (s.tag ? estimateText(s.tag, 600, s.size - 2, false) + 10 : 0));
  const requests = nodeLabelRequests(view, f, specs, widths, -1);
  const labels = placeLabels(requests, [...marks, ...plates, ...markers, ...stacks].map((b) => b.rect), view.world, 1 / zoom);
  return { axes: o.axes, plates, markers, stacks, marks, labels, pieces };
}

/** Pairs of boxes that overlap (each pair once). */
export function overlaps(boxes: readonly Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (rectsOverlap(boxes[i]!.rect, boxes[j]!.rect)) out.push(`${boxes[i]!.what} × ${boxes[j]!.what}`);
    }
  }
  return out;
}
