/**
 * Frame times while panning, alone and repeated: `npm run -s bench:frames -- [--runs N]
 * [--renderer webgl|canvas|both] [--against <worktree>]`. Builds this tree (and, with --against,
 * another checkout of the game, e.g. a worktree of main) and runs tools/bench/frames.ts's
 * frameRatios on each in turn, alternating, so both see the same load on a shared machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchBrowser, ROOT, serveBuild } from './browser';
import { frameRatios } from './bench/frames';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function buildAt(root: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'guarantor-frames-'));
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

async function main(): Promise<void> {
  const runs = Number(arg('runs') ?? 3);
  const which = arg('renderer') ?? 'webgl';
  const renderers = (which === 'both' ? ['webgl', 'canvas'] : [which]) as Array<'webgl' | 'canvas'>;
  const trees = [{ name: 'this', root: ROOT }];
  const against = arg('against');
  if (against) trees.push({ name: 'against', root: resolve(against) });
  const builds = [];
  for (const t of trees) builds.push({ ...t, outDir: await buildAt(t.root) });
  const served = await Promise.all(builds.map((b) => serveBuild(b.outDir)));
  const browser = await launchBrowser('swiftshader');
  try {
    for (let r = 0; r < runs; r++) {
      for (const renderer of renderers) {
        for (let i = 0; i < builds.length; i++) {
          const f = await frameRatios(browser, served[i]!.url, renderer);
          const fig = (x: typeof f.pan) => ('median' in x ? `med ${x.median} p95 ${x.p95}` : x.error);
          console.log(`run ${r + 1} ${renderer} ${builds[i]!.name}: ratioP95 ${f.ratioP95 ?? '-'} ratioMedian ${f.ratioMedian ?? '-'} | pan ${fig(f.pan)} | empty ${fig(f.empty)}`);
        }
      }
    }
  } finally {
    await browser.close();
    for (const s of served) await s.close();
    for (const b of builds) rmSync(b.outDir, { recursive: true, force: true });
  }
}

void main();
