/**
 * The map's pictures are drawn as they are: nothing on the map tints or fades a sprite (a piece's
 * look is in its picture, chipTextures.ts), so the WebGL renderer's quad shader leaves out its tint
 * step. That step reads two vec4 varyings a vertex and branches on the tint mode, and software
 * WebGL (SwiftShader) runs it on the CPU for every pixel a sprite covers: on a bare WebGL page, 14
 * chip-sized quads took 1.1 ms of CPU a frame with it and 0.6 ms without. What the step
 * returned for an untinted sprite was the texture's own colour, so the pictures do not change.
 *
 * A sprite given a tint or an alpha would now draw without them; the map gives none
 * (tests/architecture/quadTint.test.ts keeps it so).
 */
import type * as Phaser from 'phaser';

/** The quad batcher's program additions, as far as this file needs them (Phaser's ProgramManager). */
interface ProgramAdditions {
  getAddition(name: string): unknown;
  removeAddition(name: string): void;
}

/** Leave the tint step out of the renderer's quad shader; false where there is none to leave out (Canvas). */
export function dropQuadTint(renderer: Phaser.Renderer.Canvas.CanvasRenderer | Phaser.Renderer.WebGL.WebGLRenderer | null): boolean {
  if (!renderer || !('renderNodes' in renderer) || !renderer.renderNodes) return false;
  const quads = renderer.renderNodes.getNode('BatchHandlerQuad') as unknown as { programManager?: ProgramAdditions } | null;
  const programs = quads?.programManager;
  if (!programs || !programs.getAddition('Tint')) return false;
  programs.removeAddition('Tint');
  return true;
}
