/**
 * The one Phaser configuration, for the map and for the benchmark's empty scene alike (the
 * benchmark compares the two, so they must differ only in what they draw). The map adds what the
 * configuration cannot say: a canvas larger than its box, drawn only when it changed
 * (redraw/drawOnChange.ts); the empty scene is a plain Phaser game, drawn every frame.
 */
import * as Phaser from 'phaser';
import type { RendererChoice } from './benchMode';
import { MAP_GL_ATTRIBUTES as GL, type MapContext } from './mapContext';

/**
 * Quads (or triangles) per batch: Phaser's default of 16,384 builds and uploads index and vertex
 * buffers for that many when its first batch is made, a long part of its boot on a slow phone.
 * The map draws a few hundred pieces, glides and cards at most; a fuller frame only draws in more
 * batches.
 */
const BATCH_SIZE = 4096;

export function rendererType(r: RendererChoice): number {
  return r === 'canvas' ? Phaser.CANVAS : r === 'webgl' ? Phaser.WEBGL : Phaser.AUTO;
}

/**
 * `gl`: the WebGL context the map made for Phaser's renderer (mapContext.ts); without one, Phaser
 * makes its own canvas (the Canvas renderer).
 */
export function gameConfig(parent: HTMLElement, renderer: RendererChoice, scenes: Phaser.Scene[], gl: MapContext | null = null): Phaser.Types.Core.GameConfig {
  return {
    // A canvas of our own needs an explicit type (Phaser refuses AUTO with one).
    type: gl ? Phaser.WEBGL : rendererType(renderer),
    // (Phaser's types say a 2D context; its WebGL renderer takes this one as its `gl`.)
    ...(gl ? { canvas: gl.canvas, context: gl.context as unknown as CanvasRenderingContext2D } : {}),
    parent,
    transparent: GL.alpha,
    banner: false,
    // Howler owns audio.
    audio: { noAudio: true },
    // The map listens to keys itself (input/mapKeys.ts) so that it can leave them alone while a
    // form field has the focus; Phaser's keyboard would capture them globally.
    input: { keyboard: false, gamepad: false, mouse: { preventDefaultWheel: true } },
    scale: { mode: Phaser.Scale.RESIZE, width: Math.max(1, parent.clientWidth), height: Math.max(1, parent.clientHeight) },
    render: {
      // The WebGL context's attributes, as mapContext.ts creates it (see there for why).
      antialiasGL: GL.antialias,
      premultipliedAlpha: GL.premultipliedAlpha,
      stencil: GL.stencil,
      desynchronized: GL.desynchronized,
      failIfMajorPerformanceCaveat: GL.failIfMajorPerformanceCaveat,
      powerPreference: GL.powerPreference,
      preserveDrawingBuffer: GL.preserveDrawingBuffer,
      antialias: true,
      batchSize: BATCH_SIZE,
    },
    disableContextMenu: true,
    scene: scenes,
  };
}
