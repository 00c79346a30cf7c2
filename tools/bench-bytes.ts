/**
 * The byte half of `npm run bench` on its own (`npm run bench:bytes`): build, serve, click the
 * tutorial on a cold title as the bench does, and list every file the page fetched with its gzip
 * size, largest first, then the total against the 450 KB goal. Byte counts do not depend on the
 * machine's load, so this answers "did that cut help?" in seconds without timing anything.
 */
import { rmSync } from 'node:fs';
import { buildGame, chromiumAvailable, CHROMIUM_PATH, launchBrowser, serveBuild } from './browser';
import { mapFromClick } from './bench/mapFromClick';
import { gzipSizes, total } from './bench/stats';
import { TARGETS } from './bench-browser';

if (!chromiumAvailable()) {
  console.error(`no Chromium at ${CHROMIUM_PATH}`);
  process.exit(1);
}
const outDir = await buildGame();
const served = await serveBuild(outDir);
const browser = await launchBrowser();
try {
  const load = await mapFromClick(browser, served.url, 'tutorial', 'auto');
  const sizes = gzipSizes(outDir, load.paths);
  for (const [path, bytes] of Object.entries(sizes).sort((a, b) => b[1] - a[1])) console.log(`${String(bytes).padStart(8)}  ${path}`);
  const sum = total(sizes);
  console.log(`first game, gzip: ${sum} bytes (goal ${TARGETS.firstGameGzipBytes}: ${sum <= TARGETS.firstGameGzipBytes ? 'met' : 'missed'})`);
} finally {
  await browser.close();
  await served.close();
  rmSync(outDir, { recursive: true, force: true });
}
