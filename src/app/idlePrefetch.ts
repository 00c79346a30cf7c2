/**
 * While the title sits idle, fetch what the first map will need (named by the build in
 * <meta name="guarantor-prefetch">, see tools/vite/mapPrefetch.ts) into the browser's cache at low
 * priority, so a click on a level finds the map's code and data already here. Only the title does
 * this: a link straight into a game loads the map at once anyway.
 */
const IDLE_TIMEOUT_MS = 3000;

function mapUrls(doc: Document): string[] {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="guarantor-prefetch"]');
  return meta?.content.split(/\s+/).filter((u) => u.startsWith('/') || u.startsWith('./')) ?? [];
}

/**
 * A page that opens on a game (a link, a code, a save) first downloads the levels; the map's code
 * downloads beside them instead of after them (module preloads: fetched and compiled, not run).
 */
export function preloadMapNow(doc: Document = document): void {
  for (const href of mapUrls(doc)) {
    const link = doc.createElement('link');
    link.rel = href.endsWith('.js') ? 'modulepreload' : 'prefetch';
    link.href = href;
    doc.head.append(link);
  }
}

export function prefetchWhenIdle(doc: Document = document): void {
  const urls = mapUrls(doc);
  if (urls.length === 0) return;
  const go = () => {
    for (const href of urls) {
      if (doc.head.querySelector(`link[rel="prefetch"][href="${CSS.escape(href)}"]`)) continue;
      const link = doc.createElement('link');
      link.rel = 'prefetch';
      link.href = href;
      // Module scripts are fetched in CORS mode: prefetch them the same way, or the cached copy
      // would not be used.
      if (href.endsWith('.js')) link.crossOrigin = 'anonymous';
      doc.head.append(link);
    }
  };
  const w = doc.defaultView;
  // After the title's first paint and once the browser has nothing better to do.
  if (w && 'requestIdleCallback' in w) w.requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(go, 1000);
}
