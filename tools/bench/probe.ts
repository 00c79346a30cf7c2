/**
 * The script the benchmark puts in every page before the game's own code runs. It keeps, in
 * window.__bench, page times (performance.now()) of: the title's level buttons appearing, the map
 * setting data-map-ready, the last pointer press on a level button, every long task (over 50 ms),
 * first contentful paint and the largest contentful paint, and for each End day pressed by key the
 * time from the key press to the first frame painted after the day ended.
 */
export interface PageFigures {
  titleAt?: number;
  mapAt?: number;
  clickAt?: number;
  fcp: number;
  lcp: number;
  longTasks: Array<{ start: number; dur: number }>;
  /** key press (event time) → the first paint after the day it ended, one entry per day */
  dayPaints: Array<{ key: number; painted: number }>;
}

export const PROBE = `(() => {
  const b = window.__bench = { fcp: 0, lcp: 0, longTasks: [], dayPaints: [] };
  const mark = () => {
    if (b.titleAt === undefined && document.querySelector('[data-level]:not([disabled])')) b.titleAt = performance.now();
    if (b.mapAt === undefined && document.querySelector('[data-map-ready]')) b.mapAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready', 'disabled'] });
  const watch = (type, each) => {
    try { new PerformanceObserver((l) => l.getEntries().forEach(each)).observe({ type, buffered: true }); } catch (e) { /* not offered here */ }
  };
  watch('longtask', (e) => b.longTasks.push({ start: e.startTime, dur: e.duration }));
  watch('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
  watch('largest-contentful-paint', (e) => { b.lcp = e.renderTime || e.loadTime || e.startTime; });
  addEventListener('pointerdown', (e) => { if (e.target instanceof Element && e.target.closest('[data-level]')) b.clickAt = e.timeStamp; }, true);
  // End day by key: from the key press to the first frame painted after the day's changes
  // (requestAnimationFrame runs just before that frame's paint; the task queued from it runs after).
  let keyAt = -1;
  addEventListener('keydown', (e) => { if (e.key === 'e' || e.key === 'E') keyAt = e.timeStamp; }, true);
  const hook = () => {
    if (!window.guarantor) return setTimeout(hook, 50);
    window.guarantor.on('dayEnded', () => {
      if (keyAt < 0) return;
      const key = keyAt;
      keyAt = -1;
      requestAnimationFrame(() => setTimeout(() => b.dayPaints.push({ key, painted: performance.now() }), 0));
    });
  };
  hook();
})();`;
