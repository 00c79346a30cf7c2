/**
 * Frame times while panning, alone and repeated: `npm run -s bench:frames -- [--runs N]
 * [--renderer webgl|canvas|both] [--against <worktree>]`. Builds this tree (and, with --against,
 * another checkout of the game, e.g. a worktree of main) and runs tools/bench/frames.ts's
 * frameRatios on each in turn, alternating, so both see the same load on a shared machine.
 */
import { launchBrowser } from './browser';
import { arg, serveThisAndAgainst } from './bench/againstBuilds';
import { frameRatios } from './bench/frames';

async function main(): Promise<void> {
  const runs = Number(arg('runs') ?? 3);
  const which = arg('renderer') ?? 'webgl';
  const renderers = (which === 'both' ? ['webgl', 'canvas'] : [which]) as Array<'webgl' | 'canvas'>;
  const { builds, close } = await serveThisAndAgainst();
  const browser = await launchBrowser('swiftshader');
  try {
    for (let r = 0; r < runs; r++) {
      for (const renderer of renderers) {
        for (let i = 0; i < builds.length; i++) {
          const f = await frameRatios(browser, builds[i]!.url, renderer);
          const fig = (x: typeof f.pan) => ('median' in x ? `med ${x.median} p95 ${x.p95} (starts p95 ${x.startP95}, missed ${x.missedFrames})` : x.error);
          console.log(`run ${r + 1} ${renderer} ${builds[i]!.name}: ratioP95 ${f.ratioP95 ?? '-'} ratioMedian ${f.ratioMedian ?? '-'} | pan ${fig(f.pan)} | empty ${fig(f.empty)}`);
        }
      }
    }
  } finally {
    await browser.close();
    await close();
  }
}

void main();
