/**
 * Frame durations for the browser benchmark, in milliseconds, for tools/bench-browser.ts to read:
 * - window.__benchFrames: from the end of one frame to the next (the benchmark's goal): Phaser's
 *   POST_RENDER, which comes at the end of every frame's step, drawn or, where nothing on the map
 *   changed and the camera only panned, left undrawn (redraw/drawOnChange.ts);
 * - window.__benchFrameStarts: between the frames' start times, the browser's own frame clock
 *   (requestAnimationFrame's timestamp). It steps by one display refresh per frame, by two or
 *   more where a frame was missed, and is not moved by how late in its frame the drawing ran.
 */
import * as Phaser from 'phaser';
import { MAX_BENCH_FRAMES } from './benchMode';

declare global {
  interface Window { __benchFrames?: number[]; __benchFrameStarts?: number[] }
}

export function recordFrames(game: Phaser.Game): () => void {
  const frames: number[] = [];
  const starts: number[] = [];
  window.__benchFrames = frames;
  window.__benchFrameStarts = starts;
  let last = -1;
  let lastStart = -1;
  const ms = (d: number) => Math.round(d * 100) / 100;
  const onFrame = () => {
    const now = performance.now();
    // Phaser's loop keeps the timestamp requestAnimationFrame gave this frame.
    const start = game.loop.now;
    if (last >= 0 && frames.length < MAX_BENCH_FRAMES) {
      frames.push(ms(now - last));
      starts.push(ms(start - lastStart));
    }
    last = now;
    lastStart = start;
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, onFrame);
  return () => game.events.off(Phaser.Core.Events.POST_RENDER, onFrame);
}
