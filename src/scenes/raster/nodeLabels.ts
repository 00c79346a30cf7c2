/**
 * Node names and rail capacities as label requests for the greedy placer, in map units at a
 * layer's zoom. Hubs outrank capitals, capitals outrank the rest; the selection outranks all.
 */
import type { Rect } from '../layout/geometry';
import type { LabelRequest } from '../layout/labelLayout';
import type { LevelView } from '../layout/levelView';
import type { Level } from '../../levels/schema';
import { t, type UiKey } from '../../i18n';
import { lt } from '../../i18n/levelText';
import { laneEnds } from './drawNetwork';
import { px, type RasterFrame } from './rasterFrame';

/** "London (RAF Brize Norton)" → "London"; "Šiauliai Air Base" → "Šiauliai AB". */
export function shortName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').replace(/ Air Base$/, ' AB');
}

/** Small words left out of an axis's initials ("Belarus and Pskov" → BP). */
const LINKING = new Set(['and', 'of', 'the', 'і', 'та', 'й']);

/**
 * The short form of an axis in a hub's tag. The generic North / East / South keep their letters;
 * an axis the level names after a place ("Belarus", "Western Ukraine") is tagged with the
 * initials of its name as the player reads it (B, WU; Б, ЗУ), so the tag matches the plate.
 */
export function axisTag(level: Level, axisId: string): string {
  const a = level.axes.find((x) => x.id === axisId);
  const generic = a !== undefined && a.name.toLowerCase() === axisId;
  if (!a || generic) return t(`mapText.tag.${axisId}` as UiKey);
  const words = lt(level).axis(axisId).split(/[\s-]+/).filter((w) => w && !LINKING.has(w.toLowerCase()));
  return words.map((w) => w[0]!.toLocaleUpperCase()).join('');
}

/** The axes a hub stages for, as shown in its tag. */
export function hubTag(level: Level, axes: readonly string[]): string {
  return axes.map((a) => axisTag(level, a)).join(' ');
}

export interface NodeLabelSpec { index: number; text: string; tag: string; size: number; weight: 400 | 600 }

export function nodeLabelSpecs(view: LevelView, textScale: number): NodeLabelSpec[] {
  return view.level.nodes.map((n, index) => {
    const hub = view.staging[index]!;
    return {
      index,
      text: shortName(lt(view.level).node(n.id)),
      tag: hub ? hubTag(view.level, n.axes) : '',
      size: (hub ? 12 : 11) * textScale,
      weight: hub || n.kinds.includes('capital') ? 600 : 400,
    };
  });
}

/** The rectangle a node's mark (and airfield glyph) covers: no label may sit on it. */
export function nodeMarkRect(view: LevelView, f: RasterFrame, index: number): Rect {
  const n = view.nodes[index]!;
  const r = px(f, n.offMap ? 16 : 8);
  const below = view.level.nodes[index]!.kinds.includes('airfield') && !n.offMap ? px(f, 19) : r;
  return { x: n.x - r, y: n.y - r, w: 2 * r, h: r + below };
}

/** Distances (screen pixels) from a hub's mark to the nearest edge of a name tied by a line. */
const LEADER_RINGS = [34, 58, 84];

function farSpots(x: number, y: number, w: number, h: number, g: number): Array<[number, number]> {
  return [[x, y + g + h * 2.5], [x, y - g - h * 2.5], [x + w / 2, y + 3 * h], [x + w / 2, y - 3 * h], [x - w / 2, y + 3 * h], [x - w / 2, y - 3 * h]];
}

export function nodeLabelRequests(view: LevelView, f: RasterFrame, specs: readonly NodeLabelSpec[], widths: readonly number[], selectedNode: number): LabelRequest[] {
  return specs.map((s, i) => {
    const n = view.nodes[s.index]!;
    const kinds = view.level.nodes[s.index]!.kinds;
    const hub = view.staging[s.index]!;
    const priority = (s.index === selectedNode ? 1000 : 0) + (hub ? 100 : kinds.includes('capital') ? 80 : n.offMap ? 70 : kinds.includes('airfield') || kinds.includes('port') ? 50 : 40);
    const sides = n.offMap ? (Math.cos(n.angle) < 0 ? (['right', 'below', 'above'] as const) : (['left', 'below', 'above'] as const)) : (['right', 'left', 'below', 'above'] as const);
    // A hub's name must be found: where the sides are taken, it may sit a little further off,
    // diagonally, still plainly next to its mark.
    const w = px(f, widths[i]!);
    const h = px(f, s.size + 4);
    const g = px(f, 11);
    const spots: Array<[number, number]> = hub && !n.offMap
      ? [[n.x + g + w / 2, n.y - h], [n.x + g + w / 2, n.y + h], [n.x - g - w / 2, n.y - h], [n.x - g - w / 2, n.y + h], [n.x, n.y + g + h * 1.5], [n.x, n.y - g - h * 1.5],
        [n.x + g + w / 2, n.y - 2 * h], [n.x + g + w / 2, n.y + 2 * h], [n.x - g - w / 2, n.y - 2 * h], [n.x - g - w / 2, n.y + 2 * h],
        // Last, a row further up or down (a crowded hub whose stack sits beside it), but only on
        // the hub's own ground: so far off, a name across a border or a gulf would name the wrong
        // place (Tapa's over Helsinki).
        ...farSpots(n.x, n.y, w, h, g).filter(([x, y]) => view.homes[s.index]?.holds(x, y) ?? true)]
      : [];
    // Failing all of those, a ring further out with a thin line back to the mark (where a dozen
    // hubs share a few centimetres of screen: the Suwałki gap with the whole theatre in view).
    // Those on the hub's own ground first: a name across a border reads as a place there.
    const ring: Array<[number, number]> = [];
    if (hub && !n.offMap) {
      for (const r of LEADER_RINGS) {
        for (let i = 0; i < 12; i++) {
          const a = -Math.PI / 2 + (i * Math.PI) / 6;
          ring.push([n.x + Math.cos(a) * (px(f, r) + w / 2), n.y + Math.sin(a) * (px(f, r) + h / 2)]);
        }
      }
    }
    const home = view.homes[s.index];
    const onHome = (p: readonly [number, number]) => home?.holds(p[0], p[1]) ?? true;
    const leaderSpots = [...ring.filter(onHome), ...ring.filter((p) => !onHome(p))];
    return {
      spots,
      leaderSpots,
      id: `node:${s.index}`,
      priority,
      x: n.x,
      y: n.y,
      w: px(f, widths[i]!),
      h: px(f, s.size + 4),
      gap: px(f, n.offMap ? 19 : 11),
      sides,
    };
  });
}

/** Rail capacities, only when zoomed in far enough for them to fit beside the line. */
export function capacityLabelRequests(view: LevelView, f: RasterFrame, measure: (text: string) => number): Array<LabelRequest & { text: string }> {
  if (f.zoom < 1.5) return [];
  const out: Array<LabelRequest & { text: string }> = [];
  for (const l of view.links) {
    if (l.kind !== 'rail' || l.capacity === null) continue;
    const [a, b] = laneEnds(l, px(f, 2.2));
    const text = t('mapText.perDay', { n: l.capacity });
    out.push({
      id: `cap:${l.index}`, text, priority: 10, x: (a[0] + b[0]) / 2, y: (a[1] + b[1]) / 2,
      w: px(f, measure(text) + 6), h: px(f, 13), gap: px(f, 6), sides: ['center', 'right', 'left'],
    });
  }
  return out;
}
