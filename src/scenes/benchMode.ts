/**
 * `?bench=pan` and `?bench=empty` (with `&renderer=canvas|webgl|auto`): the browser benchmark's
 * scenes (tools/bench-browser.ts reads window.__benchFrames). Pure parsing of the query string.
 */
export type BenchMode = 'pan' | 'empty' | null;
export type RendererChoice = 'webgl' | 'canvas' | 'auto';

export function benchModeFrom(search: string): BenchMode {
  const b = new URLSearchParams(search).get('bench');
  return b === 'pan' || b === 'empty' ? b : null;
}

/** In a benchmark the link's renderer wins over the one passed in (settings or the app's choice). */
export function rendererFrom(search: string, fallback: RendererChoice): RendererChoice {
  const r = new URLSearchParams(search).get('renderer');
  return r === 'webgl' || r === 'canvas' || r === 'auto' ? r : fallback;
}

/** Frame durations kept for the benchmark: enough for warm-up and samples, bounded. */
export const MAX_BENCH_FRAMES = 20000;
