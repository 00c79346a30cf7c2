/**
 * Frame durations for the browser benchmark: the time between successive rendered frames, in
 * milliseconds, appended to window.__benchFrames for tools/bench-browser.ts to read.
 */
import * as Phaser from 'phaser';
import { MAX_BENCH_FRAMES } from './benchMode';

declare global {
  interface Window { __benchFrames?: number[] }
}

export function recordFrames(game: Phaser.Game): () => void {
  const frames: number[] = [];
  window.__benchFrames = frames;
  let last = -1;
  const onFrame = () => {
    const now = performance.now();
    if (last >= 0 && frames.length < MAX_BENCH_FRAMES) frames.push(Math.round((now - last) * 100) / 100);
    last = now;
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, onFrame);
  return () => game.events.off(Phaser.Core.Events.POST_RENDER, onFrame);
}
