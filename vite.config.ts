import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin, type PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { cspPolicy, offlinePolicy, withCsp } from './tools/csp.ts';
import { fontPreloads } from './tools/fontPreloads.ts';
import { bundleHtmlTags } from './tools/bundleHtmlTags.ts';
import { phaserLazyWebGLTest } from './tools/phaserFeatures.ts';
import { phaserLazyCompressionProbe } from './tools/phaserCompression.ts';
import { phaserLazyStamps } from './tools/phaserStamps.ts';
import { phaserLeaveOut } from './tools/phaserLeaveOut.ts';
import { phaserStages } from './tools/phaserStages.ts';

const OFFLINE_ASSETS = fileURLToPath(new URL('./src/assets/assetUrls.offline.ts', import.meta.url));

/**
 * The offline build (`vite build --mode offline`, i.e. `npm run build:offline`): one HTML file,
 * dist-offline/guarantor.html, with the code, the styles, the fonts, the map, the symbols, the
 * sounds and the levels inside, so it opens from disk (file://) with no network. The only
 * difference in the code is the asset module: assetUrls.ts becomes assetUrls.offline.ts.
 */
function offlineBuild(): PluginOption[] {
  const assets: Plugin = {
      name: 'guarantor-offline-assets',
      enforce: 'pre',
      resolveId(source, importer) {
        if (importer && /(^|\/)assetUrls$/.test(source) && !importer.endsWith('assetUrls.offline.ts')) return OFFLINE_ASSETS;
        return null;
      },
    };
  return [
    assets,
    viteSingleFile({ removeViteModuleLoader: true }),
    {
      name: 'guarantor-offline-name',
      enforce: 'post',
      generateBundle(_options, bundle) {
        const page = bundle['index.html'];
        if (page) page.fileName = 'guarantor.html';
      },
      // Once the file is written its scripts and styles are inline (the single-file plugin inlines
      // them in its own generateBundle): the policy allows exactly those, by hash.
      writeBundle(options) {
        const file = join(options.dir ?? 'dist-offline', 'guarantor.html');
        const html = readFileSync(file, 'utf8');
        writeFileSync(file, withCsp(html, offlinePolicy(html)));
      },
    },
  ];
}

/** The production page carries the Content-Security-Policy (tools/csp.ts); the dev server does not. */
const shippedCsp: Plugin = {
  name: 'guarantor-csp',
  apply: 'build',
  transformIndexHtml: { order: 'post', handler: (html) => withCsp(html, cspPolicy()) },
};

/**
 * A Vite plugin for the production build: names, in a <meta name="guarantor-prefetch"> of the
 * page, what the first map needs that the title does not load (the map's code chunks and the
 * region; the unit symbols are inside the map's code), so the title can prefetch them while the player reads it
 * (src/app/idlePrefetch.ts). A meta tag, not a script: nothing inline to run.
 */
// (in this file: Vite warns about a config that imports project files without an extension)
const MAP_ENTRY = /[\\/]src[\\/]scenes[\\/]mountMap\.ts$/;

interface ChunkLike { type: 'chunk'; fileName: string; imports: string[]; facadeModuleId: string | null; isEntry: boolean }

function mapPrefetch(extra: readonly string[]): Plugin {
  return bundleHtmlTags('guarantor-map-prefetch', (bundle, base, ctx) => {
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
    if (!map) return ctx.error('the map chunk (src/scenes/mountMap.ts) was not found in the bundle');
    const title = closure(chunks.filter((c) => c.isEntry));
    const wanted = [...closure([map])].filter((f) => !title.has(f));
    const urls = [...wanted.map((f) => `${base}${f}`), ...extra.map((p) => `${base}${p}`)];
    return [{ tag: 'meta', attrs: { name: 'guarantor-prefetch', content: urls.join(' ') }, injectTo: 'head' }];
  });
}

const BUILT_IN_LEVELS = 'virtual:built-in-levels';
const BUILT_IN_LEVEL = 'virtual:built-in-level:';
const BUILT_IN_BRIEFS = 'virtual:built-in-level-briefs';
const PARSE_LEVEL = fileURLToPath(new URL('./src/levels/parseLevel.ts', import.meta.url));
const LEVEL_CARD = fileURLToPath(new URL('./src/levels/levelCard.ts', import.meta.url));

/**
 * The levels the game ships (levels/*.json), checked here with the same schema and reference
 * checks as any shared level: a broken file stops the build (and the dev server's page) with its
 * name and field. The page runs no schema code for them. `virtual:built-in-levels` gives the
 * title each level's card (src/levels/levelCard.ts) and a loader per level;
 * `virtual:built-in-level:<id>` is that level already parsed, defaults filled in, as one JSON
 * text in a chunk of its own, downloaded when the level is chosen (or when a view needs them all);
 * `virtual:built-in-level-briefs` is every level's summary, briefing and handouts, downloaded when
 * the title's second screen opens.
 */
function builtInLevels(): Plugin {
  const dir = fileURLToPath(new URL('./levels/', import.meta.url));
  type Parsed = { id: string; level: unknown; card: unknown; brief: unknown };
  type Read = { files: string[]; parsed: Parsed[]; errors: string[] };
  // Parsed once for the 13 modules of a build; a change to a level file parses them again.
  let read: Promise<Read> | null = null;
  const readAll = async (): Promise<Read> => {
    // The game's own parser, loaded by Vite's module runner (not bundled into this config).
    const { module: parser } = await runnerImport<typeof import('./src/levels/parseLevel')>(PARSE_LEVEL, { configFile: false, logLevel: 'silent' });
    const { module: cards } = await runnerImport<typeof import('./src/levels/levelCard')>(LEVEL_CARD, { configFile: false, logLevel: 'silent' });
    const parsed: Parsed[] = [];
    const errors: string[] = [];
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    for (const file of files) {
      const r = parser.parseLevelText(readFileSync(`${dir}${file}`, 'utf8'), `levels/${file}`);
      if (r.ok) parsed.push({ id: r.level.id, level: r.level, card: cards.levelFrontOf(r.level), brief: cards.levelBriefOf(r.level) });
      else errors.push(...r.errors);
    }
    return { files: files.map((f) => `${dir}${f}`), parsed, errors };
  };
  return {
    name: 'guarantor-built-in-levels',
    watchChange(file) {
      if (file.startsWith(dir)) read = null;
    },
    resolveId: (source) => (source === BUILT_IN_LEVELS || source === BUILT_IN_BRIEFS || source.startsWith(BUILT_IN_LEVEL) ? `\0${source}` : null),
    async load(id) {
      if (id !== `\0${BUILT_IN_LEVELS}` && id !== `\0${BUILT_IN_BRIEFS}` && !id.startsWith(`\0${BUILT_IN_LEVEL}`)) return null;
      const { files, parsed, errors } = await (read ??= readAll());
      for (const file of files) this.addWatchFile(file);
      if (errors.length) this.error(`the shipped levels do not pass the level schema:\n${errors.join('\n')}`);
      if (id === `\0${BUILT_IN_LEVELS}`) {
        const loaders = parsed.map((p) => `${JSON.stringify(p.id)}: () => import(${JSON.stringify(BUILT_IN_LEVEL + p.id)}).then((m) => m.default)`);
        return `export const cards = JSON.parse(${JSON.stringify(JSON.stringify(parsed.map((p) => p.card)))});\nexport const loaders = {\n${loaders.join(',\n')}\n};\n`
          + `export const loadBriefs = () => import(${JSON.stringify(BUILT_IN_BRIEFS)}).then((m) => m.default);`;
      }
      if (id === `\0${BUILT_IN_BRIEFS}`) {
        const briefs = Object.fromEntries(parsed.map((p) => [p.id, p.brief]));
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(briefs))});`;
      }
      const wanted = id.slice(`\0${BUILT_IN_LEVEL}`.length);
      const one = parsed.find((p) => p.id === wanted);
      if (!one) this.error(`no shipped level "${wanted}"`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(one.level))});`;
    },
  };
}

/** Phaser's build-time feature switches (its sources test them with `typeof`). */
const PHASER_SWITCHES: Record<string, string> = {
  'typeof FEATURE_SOUND': 'false', 'typeof PLUGIN_CAMERA3D': 'false', 'typeof PLUGIN_FBINSTANT': 'false',
  'typeof EXPERIMENTAL': 'false', 'typeof WEBGL_DEBUG': 'false', global: 'globalThis',
};

// One config for the dev server, the production build, the offline build and the unit tests.
export default defineConfig(({ mode, command }) => {
  const offline = mode === 'offline';
  // The builds use the map's own Phaser entry; the dev server pre-bundles Phaser's no-physics
  // entry instead (it cannot pre-bundle a CommonJS file of the project's own).
  const phaserEntry = command === 'build' ? './src/phaser/phaserForMap.cjs' : './node_modules/phaser/src/phaser-no-physics.js';
  return {
    // The offline file is opened from disk: every path must be relative to it.
    base: offline ? './' : '/',
    // Files in assets/ are served next to the page; the offline build imports what it needs instead.
    publicDir: offline ? false : 'assets',
    // The dev server pre-bundles Phaser with Rolldown, which does not see `define`: it gets the
    // same switches, or Phaser's debug branch asks for a module that is not there.
    optimizeDeps: { entries: ['index.html'], rolldownOptions: { transform: { define: PHASER_SWITCHES } } },
    // Phaser built from its sources with only what the map uses (src/phaser/phaserForMap.cjs: no
    // physics, sound, tilemaps, particles, text, video, shapes…), and without the WebGL filters,
    // lights and GPU layers its renderer requires up front (tools/phaserLeaveOut.ts): 155 KB gzip
    // instead of the official bundle's 352 KB. Its source is CommonJS written for webpack, so its feature
    // switches and its `global` are defined here.
    resolve: {
      alias: [
        { find: /^phaser$/, replacement: fileURLToPath(new URL(phaserEntry, import.meta.url)) },
        // Phaser's package exports only its bundles; the map's entry reaches into its sources.
        { find: /^phaser-src\//, replacement: fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)) },
        // The builds take Howler's core alone: the game plays no positioned (spatial) sound, and
        // the core is 1.6 KB gzip smaller than the package's default file with the spatial plugin.
        ...(command === 'build' ? [{ find: /^howler$/, replacement: fileURLToPath(new URL('./node_modules/howler/dist/howler.core.min.js', import.meta.url)) }] : []),
      ],
    },
    define: PHASER_SWITCHES,
    // Phaser without the parts the map leaves out and without its evaluation-time WebGL test; the
    // title prefetches the first map's code and region while it sits idle; the production page
    // carries the Content-Security-Policy and preloads its Latin font files.
    plugins: [builtInLevels(), phaserLeaveOut(), phaserLazyWebGLTest(), phaserLazyCompressionProbe(), phaserLazyStamps(), phaserStages(command === 'build'), ...(offline ? offlineBuild() : [shippedCsp, mapPrefetch(['map/region.json']), fontPreloads()])],
    build: offline
      ? { outDir: 'dist-offline', emptyOutDir: true, chunkSizeWarningLimit: 100_000, assetsInlineLimit: 100_000_000 }
      : {
        // Phaser alone is about 1.2 MB minified; it loads behind the title screen, so its size is
        // watched by the browser benchmark (gzip bytes per chunk), not by this warning.
        chunkSizeWarningLimit: 1500,
        // Fonts stay files even when small (the cut Latin-Extended ones are 2-4 KB): the policy's
        // font-src is 'self', so a font inlined as a data: URL would be refused.
        assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
        rolldownOptions: {
          output: {
            codeSplitting: {
              // Phaser (about 350 KB gzip) gets a chunk of its own: it is reached only through the
              // map's dynamic import, so the title screen never waits for it, and a change to the
              // game's own scenes does not invalidate the browser's cached copy of the library.
              groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
            },
          },
        },
      },
    test: {
      include: ['tests/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
    },
  };
});
