/**
 * Small chart geometry for the review: line and step charts with reference lines, and paired
 * bars (credibility against resolve per event). Pure numbers and SVG path strings; the interface
 * (ui/classroom/svgChart.ts) turns them into SVG elements, with every label as text, so the charts
 * print sharply and read on a projector. No chart library: the review needs four simple charts.
 */

export interface Box { x: number; y: number; w: number; h: number }
export interface Tick { at: number; label: string }

export interface Series {
  /** shown in the legend */
  name: string;
  points: ReadonlyArray<readonly [number, number]>;
  /** 0, 1, 2…: picks the colour and the dash pattern, so series differ without colour too */
  style: number;
  /** hold each value until the next point (the ladder's rungs) */
  step?: boolean;
}

export interface RefLine { at: number; label: string }

export interface LineChartSpec {
  width: number;
  height: number;
  xMax: number;
  yMin?: number;
  yMax: number;
  series: readonly Series[];
  /** horizontal reference lines (the 40,000 line, the unity floor) */
  hLines?: readonly RefLine[];
  /** vertical reference lines (par, the deadline) */
  vLines?: readonly RefLine[];
  /** y tick labels: given (the ladder's rungs) or computed from the range */
  yTicks?: readonly Tick[];
  yFormat?: (v: number) => string;
  /** room on the left for the y labels, in px */
  left?: number;
}

export interface ChartModel {
  width: number;
  height: number;
  plot: Box;
  paths: Array<{ d: string; style: number; name: string; last: [number, number] | null }>;
  hLines: Array<{ y: number; label: string }>;
  vLines: Array<{ x: number; label: string }>;
  xTicks: Array<{ x: number; label: string }>;
  yTicks: Array<{ y: number; label: string }>;
}

/** 1, 2, 5, 10, 20, 50… the step that gives about `count` ticks over `span`. */
export function niceStep(span: number, count: number): number {
  if (span <= 0 || count <= 0) return 1;
  const raw = span / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function lineChart(spec: LineChartSpec): ChartModel {
  const left = spec.left ?? 56;
  const plot: Box = { x: left, y: 12, w: Math.max(10, spec.width - left - 16), h: Math.max(10, spec.height - 12 - 30) };
  const yMin = spec.yMin ?? 0;
  const yMax = spec.yMax > yMin ? spec.yMax : yMin + 1;
  const xMax = Math.max(1, spec.xMax);
  const sx = (x: number) => r1(plot.x + (x / xMax) * plot.w);
  const sy = (y: number) => r1(plot.y + plot.h - ((Math.min(yMax, Math.max(yMin, y)) - yMin) / (yMax - yMin)) * plot.h);
  const fmt = spec.yFormat ?? ((v: number) => String(v));

  const paths = spec.series.map((s) => {
    let d = '';
    let prev: readonly [number, number] | null = null;
    for (const p of s.points) {
      if (!prev) d += `M${sx(p[0])},${sy(p[1])}`;
      else if (s.step) d += `H${sx(p[0])}V${sy(p[1])}`;
      else d += `L${sx(p[0])},${sy(p[1])}`;
      prev = p;
    }
    return { d, style: s.style, name: s.name, last: prev ? [sx(prev[0]), sy(prev[1])] as [number, number] : null };
  });

  const xStep = niceStep(xMax, 8);
  const xTicks: ChartModel['xTicks'] = [];
  for (let x = 0; x <= xMax + 1e-9; x += xStep) xTicks.push({ x: sx(x), label: String(Math.round(x)) });

  let yTicks: ChartModel['yTicks'];
  if (spec.yTicks) yTicks = spec.yTicks.map((t) => ({ y: sy(t.at), label: t.label }));
  else {
    const step = niceStep(yMax - yMin, 4);
    yTicks = [];
    for (let y = Math.ceil(yMin / step) * step; y <= yMax + 1e-9; y += step) yTicks.push({ y: sy(y), label: fmt(y) });
  }

  return {
    width: spec.width,
    height: spec.height,
    plot,
    paths,
    hLines: (spec.hLines ?? []).map((l) => ({ y: sy(l.at), label: l.label })),
    vLines: (spec.vLines ?? []).filter((l) => l.at >= 0 && l.at <= xMax).map((l) => ({ x: sx(l.at), label: l.label })),
    xTicks,
    yTicks,
  };
}

export interface PairSpec {
  width: number;
  height: number;
  /** one group per event: two bars and a label under them */
  groups: ReadonlyArray<{ label: string; a: number; b: number; mark: string }>;
  left?: number;
}

export interface PairModel {
  width: number;
  height: number;
  plot: Box;
  bars: Array<{ x: number; y: number; w: number; h: number; which: 'a' | 'b'; value: number }>;
  labels: Array<{ x: number; label: string; mark: string }>;
  yTicks: Array<{ y: number; label: string }>;
}

/** Paired bars side by side: `a` (credibility) and `b` (resolve) for each group (event). */
export function pairChart(spec: PairSpec): PairModel {
  const left = spec.left ?? 40;
  const plot: Box = { x: left, y: 12, w: Math.max(10, spec.width - left - 10), h: Math.max(10, spec.height - 12 - 44) };
  const max = Math.max(1, ...spec.groups.flatMap((g) => [g.a, g.b]));
  const step = niceStep(max, 4);
  const top = Math.ceil(max / step) * step;
  const n = Math.max(1, spec.groups.length);
  const slot = plot.w / n;
  const bw = Math.max(2, Math.min(18, slot * 0.32));
  const sy = (v: number) => r1(plot.y + plot.h - (Math.max(0, v) / top) * plot.h);
  const bars: PairModel['bars'] = [];
  const labels: PairModel['labels'] = [];
  spec.groups.forEach((g, i) => {
    const cx = plot.x + slot * (i + 0.5);
    bars.push({ x: r1(cx - bw - 1), y: sy(g.a), w: r1(bw), h: r1(plot.y + plot.h - sy(g.a)), which: 'a', value: g.a });
    bars.push({ x: r1(cx + 1), y: sy(g.b), w: r1(bw), h: r1(plot.y + plot.h - sy(g.b)), which: 'b', value: g.b });
    labels.push({ x: r1(cx), label: g.label, mark: g.mark });
  });
  const yTicks: PairModel['yTicks'] = [];
  for (let v = 0; v <= top + 1e-9; v += step) yTicks.push({ y: sy(v), label: String(v) });
  return { width: spec.width, height: spec.height, plot, bars, labels, yTicks };
}
