import { performance } from 'node:perf_hooks';
import { saveOf } from '../saves/saveOf';
import type { Replay } from '../engine/replay';
import { generateLevel } from '../levels/generateLevel';
import type { Level } from '../levels/schema';
import { createPlayback } from '../replay/playback';
import { restoreSave } from '../saves/restore';
import { decodeShareCode, encodeRunCode } from '../share/shareCode';

/**
 * Figures of the sharing features for `npm run bench`: how long a generated level takes to make,
 * how long a save of a long campaign takes to restore (every day replayed and its hash checked),
 * and how long a whole run is as a share code, with the time to decode it.
 */
export function shareFigures(campaign: Level, replay: Replay): Record<string, number> {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const time = (runs: number, fn: (i: number) => void) => Array.from({ length: runs }, (_, i) => {
    const t0 = performance.now();
    fn(i);
    return performance.now() - t0;
  });
  time(10, (i) => generateLevel(`warm-${i}`, campaign));
  const gen = time(60, (i) => generateLevel(`bench-${i}`, campaign));
  const session = createPlayback(campaign, replay).at(replay.days.length);
  const save = saveOf({ ...session, viewOnly: false }, { clockMs: 0, splitMs: session.state.milestones.map(() => null) }, 'bench');
  time(3, () => restoreSave(save, [campaign]));
  const restore = time(30, () => restoreSave(save, [campaign]));
  const code = encodeRunCode(replay);
  const decode = time(30, () => decodeShareCode(code));
  const figures = {
    generateLevelMsMedian: Number(median(gen).toFixed(2)),
    restoreSaveMsMedian: Number(median(restore).toFixed(2)),
    restoreSaveDays: replay.days.length,
    runCodeChars: code.length,
    runCodeDecodeMsMedian: Number(median(decode).toFixed(2)),
  };
  console.log(`share: a generated level in ${figures.generateLevelMsMedian} ms (median); a ${figures.restoreSaveDays}-day save restored and checked in ${figures.restoreSaveMsMedian} ms; that run as a share code is ${figures.runCodeChars} characters, decoded in ${figures.runCodeDecodeMsMedian} ms`);
  return figures;
}
