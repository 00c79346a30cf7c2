import { describe, expect, it } from 'vitest';
import type * as Phaser from 'phaser';
import { drawOnChange } from '../../src/scenes/redraw/drawOnChange';
import type { ShownObject } from '../../src/scenes/redraw/shownRecord';

/**
 * A stand-in for the parts of a Phaser game drawOnChange touches, with Game.step's order of calls:
 * update (the camera and pieces move), then preRender, the scenes' render, postRender.
 */
function fakeGame() {
  const calls = { pre: 0, render: 0, post: 0 };
  const piece: ShownObject = { visible: true, x: 10, y: 10, scaleX: 1, scaleY: 1, rotation: 0, alpha: 1, depth: 30, frame: { name: '0', texture: { key: 'atlas' } } };
  const cam = { scrollX: 0, scrollY: 0, zoom: 1 };
  let active = true;
  const map = { sys: { isActive: () => active }, cameras: { main: cam }, children: { list: [piece] } };
  const boot = { sys: { isActive: () => true } };
  const running: unknown[] = [map];
  const listeners = new Map<string, () => void>();
  const canvas = {
    width: 838, height: 808, style: { transform: '' },
    addEventListener: (t: string, f: () => void) => { listeners.set(t, f); },
    removeEventListener: (t: string) => { listeners.delete(t); },
  };
  const renderer = {
    snapshotState: { callback: null as unknown },
    preRender() { calls.pre++; },
    postRender() { calls.post++; },
  };
  const scene = {
    isProcessing: true,
    render() { calls.render++; this.isProcessing = false; },
    getScenes: () => running,
  };
  const game = { renderer, scene, canvas } as unknown as Phaser.Game;
  const frame = () => {
    scene.isProcessing = true;
    renderer.preRender();
    scene.render();
    renderer.postRender();
  };
  return {
    game, map: map as unknown as Phaser.Scene, calls, piece, cam, canvas, renderer, scene, frame, listeners,
    setActive: (on: boolean) => { active = on; },
    startBoot: () => running.push(boot),
    stopBoot: () => running.splice(running.indexOf(boot), 1),
  };
}

/** The fake game with the map's gate on it (a 64 px margin, one device pixel per CSS pixel). */
function gatedGame() {
  const f = fakeGame();
  return { ...f, gate: drawOnChange(f.game, { scene: f.map, margin: 64, dpr: () => 1 }) };
}

describe('drawOnChange: Phaser draws the map only when what it shows changed', () => {
  it('draws the first frame, then none while nothing changes', () => {
    const f = gatedGame();
    const gate = f.gate;
    for (let i = 0; i < 5; i++) f.frame();
    expect(f.calls).toEqual({ pre: 1, render: 1, post: 1 });
    expect(gate.counts()).toEqual({ drawn: 1, skipped: 4 });
    // A left-out frame still ends the scene manager's processing phase, as its render would.
    expect(f.scene.isProcessing).toBe(false);
  });

  it('slides the drawing under a short pan and draws again after a long one', () => {
    const f = gatedGame();
    f.frame();
    f.cam.scrollX = 30;
    f.cam.scrollY = -12;
    f.frame();
    expect(f.calls.pre).toBe(1);
    expect(f.canvas.style.transform).toBe('translate(-30px, 12px)');
    f.cam.scrollX = 70;
    f.frame();
    expect(f.calls.pre).toBe(2);
    expect(f.canvas.style.transform).toBe('');
    // The next slide counts from the new drawing.
    f.cam.scrollX = 75;
    f.frame();
    expect(f.calls.pre).toBe(2);
    expect(f.canvas.style.transform).toBe('translate(-5px, 0px)');
  });

  it('draws when a piece changes, the zoom changes or the canvas is resized, and puts the canvas back', () => {
    const f = gatedGame();
    f.frame();
    f.cam.scrollX = 10;
    f.frame();
    expect(f.canvas.style.transform).toBe('translate(-10px, 0px)');
    f.piece.x = 11;
    f.frame();
    expect(f.calls.pre).toBe(2);
    expect(f.canvas.style.transform).toBe('');
    f.cam.zoom = 1.25;
    f.frame();
    expect(f.calls.pre).toBe(3);
    f.canvas.width = 900;
    f.frame();
    expect(f.calls.pre).toBe(4);
    f.frame();
    expect(f.calls.pre).toBe(4);
  });

  it('draws every frame while another scene runs or the map scene is not running, and for a snapshot', () => {
    const f = gatedGame();
    const gate = f.gate;
    f.startBoot();
    f.frame();
    f.frame();
    expect(f.calls.pre).toBe(2);
    f.stopBoot();
    f.frame();
    expect(f.calls.pre).toBe(2);
    f.setActive(false);
    f.frame();
    f.frame();
    expect(f.calls.pre).toBe(4);
    f.setActive(true);
    f.frame();
    f.frame();
    expect(f.calls.pre).toBe(5);
    f.renderer.snapshotState.callback = () => undefined;
    f.frame();
    expect(f.calls.pre).toBe(6);
    f.renderer.snapshotState.callback = null;
    gate.invalidate();
    f.frame();
    expect(f.calls.pre).toBe(7);
    f.listeners.get('webglcontextrestored')!();
    f.frame();
    expect(f.calls.pre).toBe(8);
    f.frame();
    expect(f.calls.pre).toBe(8);
  });

  it('gives Phaser its own methods back when disposed', () => {
    const f = fakeGame();
    const own = { pre: f.renderer.preRender, post: f.renderer.postRender, render: f.scene.render };
    const gate = drawOnChange(f.game, { scene: f.map, margin: 64, dpr: () => 1 });
    f.frame();
    f.cam.scrollX = 10;
    f.frame();
    gate.dispose();
    expect([f.renderer.preRender, f.renderer.postRender, f.scene.render]).toEqual([own.pre, own.post, own.render]);
    expect(f.canvas.style.transform).toBe('');
    f.frame();
    f.frame();
    expect(f.calls.pre).toBe(3);
  });
});
