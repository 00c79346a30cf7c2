/**
 * A Vite plugin for the production build: names, in a <meta name="guarantor-prefetch"> of the
 * page, what the first map needs that the title does not load (the map's code chunks, the region,
 * the unit symbols), so the title can prefetch them while the player reads it
 * (src/app/idlePrefetch.ts). A meta tag, not a script: nothing inline to run.
 */
import type { Plugin } from 'vite';

const MAP_ENTRY = /[\\/]src[\\/]scenes[\\/]mountMap\.ts$/;

interface ChunkLike { type: 'chunk'; fileName: string; imports: string[]; facadeModuleId: string | null; isEntry: boolean }

export function mapPrefetch(extra: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'guarantor-map-prefetch',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c): c is typeof c & ChunkLike => c.type === 'chunk');
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const closure = (start: ChunkLike[]): Set<string> => {
          const seen = new Set<string>();
          const walk = (c: ChunkLike | undefined) => {
            if (!c || seen.has(c.fileName)) return;
            seen.add(c.fileName);
            for (const i of c.imports) walk(byName.get(i));
          };
          start.forEach(walk);
          return seen;
        };
        const map = chunks.find((c) => c.facadeModuleId && MAP_ENTRY.test(c.facadeModuleId));
        if (!map) this.error('the map chunk (src/scenes/mountMap.ts) was not found in the bundle');
        const title = closure(chunks.filter((c) => c.isEntry));
        const wanted = [...closure([map])].filter((f) => !title.has(f));
        const urls = [...wanted.map((f) => `${base}${f}`), ...extra.map((p) => `${base}${p}`)];
        return [{ tag: 'meta', attrs: { name: 'guarantor-prefetch', content: urls.join(' ') }, injectTo: 'head' }];
      },
    },
  };
}
