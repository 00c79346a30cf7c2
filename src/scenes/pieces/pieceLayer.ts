/**
 * The pieces as Phaser sprites: one image per closed stack, per chip of an open stack, per moving
 * formation and per known threat, reused between redraws by key. Sprites are scaled by 1/zoom so
 * they keep their screen size while the map zooms; leaders, the selection and hover brackets are
 * one Graphics object.
 */
import * as Phaser from 'phaser';
import type { Selection } from '../../store/gameStore';
import type { PlacedPiece } from '../layout/pieceLayout';
import type { PieceFormation, StackModel, EventModel } from '../layout/pieceModel';
import { chipTexture, eventTexture, stackTexture, type ChipTexture } from './chipTextures';

const DEPTH = { leaders: 10, event: 20, stack: 30, moving: 40, backdrop: 45, chip: 50, brackets: 60 } as const;

export class PieceLayer {
  private readonly scene: Phaser.Scene;
  private readonly sprites = new Map<string, Phaser.GameObjects.Image>();
  private readonly lines: Phaser.GameObjects.Graphics;
  private readonly backdrop: Phaser.GameObjects.Graphics;
  private textScale = 1;
  /** keys of sprites kept hidden while a glide stands in for them */
  private readonly held = new Set<string>();

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
    this.lines = scene.add.graphics().setDepth(DEPTH.leaders);
    this.backdrop = scene.add.graphics().setDepth(DEPTH.backdrop);
  }

  setTextScale(k: number): void {
    this.textScale = k;
  }

  stackSize = (s: StackModel, k: number) => this.size(s.formations.length > 1 ? stackTexture(this.scene, s.formations[0]!.look, s.formations.length, this.textScale, k) : chipTexture(this.scene, s.formations[0]!.look, this.textScale, k));
  chipSize = (f: PieceFormation, k: number) => this.size(chipTexture(this.scene, f.look, this.textScale, k));
  eventSize = (e: EventModel) => this.size(eventTexture(this.scene, e.look, this.textScale));

  private size(t: ChipTexture) {
    return { w: t.w, h: t.h, ax: t.ax, ay: t.ay };
  }

  chipTexture(f: PieceFormation, k = 1): ChipTexture {
    return chipTexture(this.scene, f.look, this.textScale, k);
  }

  textureOf(p: PlacedPiece): ChipTexture | null {
    if (p.kind === 'stack' && p.stack) return stackTexture(this.scene, p.stack.formations[0]!.look, p.stack.formations.length, this.textScale, p.scale);
    if (p.kind === 'event' && p.event) return eventTexture(this.scene, p.event.look, this.textScale);
    if (p.formation) return chipTexture(this.scene, p.formation.look, this.textScale, p.scale);
    return null;
  }

  /** Show exactly these pieces, at this zoom. */
  render(pieces: readonly PlacedPiece[], zoom: number, selection: Selection, hoverKey: string | null): void {
    const seen = new Set<string>();
    for (const p of pieces) {
      const t = this.textureOf(p);
      if (!t) continue;
      seen.add(p.key);
      let img = this.sprites.get(p.key);
      if (!img) {
        img = this.scene.add.image(p.x, p.y, t.key, t.frame);
        this.sprites.set(p.key, img);
      } else if (img.texture.key !== t.key || img.frame.name !== t.frame) {
        img.setTexture(t.key, t.frame);
      }
      img.setPosition(p.x, p.y).setScale(1 / zoom).setDepth(DEPTH[p.kind]).setVisible(!this.held.has(p.key));
    }
    for (const [key, img] of this.sprites) {
      if (seen.has(key)) continue;
      img.destroy();
      this.sprites.delete(key);
    }
    this.drawLines(pieces, zoom, selection, hoverKey);
    this.drawBackdrops(pieces, zoom);
  }

  /** An open stack sits on a dark card, so its chips read as one group above the map's lines. */
  private drawBackdrops(pieces: readonly PlacedPiece[], zoom: number): void {
    const g = this.backdrop;
    g.clear();
    const byNode = new Map<number, PlacedPiece[]>();
    for (const p of pieces) {
      if (p.kind !== 'chip' || !p.stack || p.stack.formations.length < 2) continue;
      byNode.set(p.node, [...(byNode.get(p.node) ?? []), p]);
    }
    const u = 1 / zoom;
    for (const list of byNode.values()) {
      const pad = 5 * u;
      const x0 = Math.min(...list.map((p) => p.x - (p.w / 2) * u)) - pad;
      const y0 = Math.min(...list.map((p) => p.y - (p.h / 2) * u)) - pad;
      const x1 = Math.max(...list.map((p) => p.x + (p.w / 2) * u)) + pad;
      const y1 = Math.max(...list.map((p) => p.y + (p.h / 2) * u)) + pad;
      g.fillStyle(0x0a1118, 0.88);
      g.fillRoundedRect(x0, y0, x1 - x0, y1 - y0, 5 * u);
      g.lineStyle(1.2 * u, 0x56b4e9, 0.8);
      g.strokeRoundedRect(x0, y0, x1 - x0, y1 - y0, 5 * u);
    }
  }

  private drawLines(pieces: readonly PlacedPiece[], zoom: number, selection: Selection, hoverKey: string | null): void {
    const g = this.lines;
    g.clear();
    const u = 1 / zoom;
    for (const p of pieces) {
      if (!p.leader) continue;
      // From the node to the nearest edge of the displaced stack.
      const hw = (p.w / 2) * u;
      const hh = (p.h / 2) * u;
      const tx = Math.max(p.x - hw, Math.min(p.leader[0], p.x + hw));
      const ty = Math.max(p.y - hh, Math.min(p.leader[1], p.y + hh));
      g.lineStyle(3 * u, 0x080d12, 0.9);
      g.lineBetween(p.leader[0], p.leader[1], tx, ty);
      g.lineStyle(1.4 * u, 0x56b4e9, 0.95);
      g.lineBetween(p.leader[0], p.leader[1], tx, ty);
    }
    for (const p of pieces) {
      const selected =
        (selection?.kind === 'formation' && p.formation?.id === selection.id && p.kind !== 'stack') ||
        (selection?.kind === 'event' && p.kind === 'event' && p.id === selection.id);
      if (selected) brackets(g, p, u, 0xffffff, 2.2, 6);
      else if (p.key === hoverKey) brackets(g, p, u, 0xbfe6fb, 1.4, 5);
    }
    g.setDepth(DEPTH.brackets);
  }

  /** The sprite showing a piece, for glides. */
  sprite(key: string): Phaser.GameObjects.Image | undefined {
    return this.sprites.get(key);
  }

  hold(key: string, on: boolean): void {
    if (on) this.held.add(key);
    else this.held.delete(key);
    this.sprites.get(key)?.setVisible(!on);
  }

  destroy(): void {
    for (const img of this.sprites.values()) img.destroy();
    this.sprites.clear();
    this.lines.destroy();
    this.backdrop.destroy();
  }
}

/** Corner brackets around a piece: crisp at any angle-free size, and readable without colour. */
function brackets(g: Phaser.GameObjects.Graphics, p: PlacedPiece, u: number, color: number, width: number, arm: number): void {
  const pad = 3 * u;
  const x0 = p.x - (p.w / 2) * u - pad;
  const y0 = p.y - (p.h / 2) * u - pad;
  const x1 = p.x + (p.w / 2) * u + pad;
  const y1 = p.y + (p.h / 2) * u + pad;
  const a = arm * u;
  g.lineStyle(width * u, color, 1);
  g.beginPath();
  g.moveTo(x0, y0 + a); g.lineTo(x0, y0); g.lineTo(x0 + a, y0);
  g.moveTo(x1 - a, y0); g.lineTo(x1, y0); g.lineTo(x1, y0 + a);
  g.moveTo(x1, y1 - a); g.lineTo(x1, y1); g.lineTo(x1 - a, y1);
  g.moveTo(x0 + a, y1); g.lineTo(x0, y1); g.lineTo(x0, y1 - a);
  g.strokePath();
}
