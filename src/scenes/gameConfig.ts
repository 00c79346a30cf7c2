/**
 * The one Phaser configuration, for the map and for the benchmark's empty scene alike (the
 * benchmark compares the two, so they must differ only in what they draw).
 */
import * as Phaser from 'phaser';
import type { RendererChoice } from './benchMode';

export function rendererType(r: RendererChoice): number {
  return r === 'canvas' ? Phaser.CANVAS : r === 'webgl' ? Phaser.WEBGL : Phaser.AUTO;
}

export function gameConfig(parent: HTMLElement, renderer: RendererChoice, scenes: Phaser.Scene[]): Phaser.Types.Core.GameConfig {
  return {
    type: rendererType(renderer),
    parent,
    // Transparent: the baked map shows through from the canvases underneath.
    transparent: true,
    banner: false,
    // Howler owns audio.
    audio: { noAudio: true },
    // The map listens to keys itself (input/mapKeys.ts) so that it can leave them alone while a
    // form field has the focus; Phaser's keyboard would capture them globally.
    input: { keyboard: false, gamepad: false, mouse: { preventDefaultWheel: true } },
    scale: { mode: Phaser.Scale.RESIZE, width: Math.max(1, parent.clientWidth), height: Math.max(1, parent.clientHeight) },
    render: {
      // No multisampling: the pieces are images, and MSAA makes every sprite cost several times
      // more in software WebGL (measured: 60 sprites 17 ms → 57 ms a frame).
      antialiasGL: false,
      antialias: true,
      powerPreference: 'high-performance',
    },
    disableContextMenu: true,
    scene: scenes,
  };
}
