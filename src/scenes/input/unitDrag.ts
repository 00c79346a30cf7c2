/**
 * Carrying a unit across the map with the pointer: a line from where it stands to the pointer, and
 * a ring on the place it would be dropped on — blue when the order would be taken, orange with a
 * cross when it would be refused. Dropping selects the unit and gives the move (Shift: the
 * airlift) through the store's actions (mapOrder.ts dropOrder), so a refused drop says why in
 * words. With Ctrl (or ⌘) held at the drop the whole stack goes: every unit at the place it was
 * picked up from that is free to leave (session/bulkOrders.ts stackMoveCommands), as ordinary
 * orders one by one. Keyboard users keep the lists and keys.
 */
import * as Phaser from 'phaser';
import type { GameSession } from '../../session/session';
import type { LevelView } from '../layout/levelView';
import type { Target } from '../layout/pick';
import { acceptedNow, stackMoveCommands } from '../../session/bulkOrders';
import { dropNode, dropVerdict, grabbable } from './dropTarget';

const OK = 0x56b4e9;
const REFUSED = 0xe66100;

export interface UnitDragDeps {
  view(): LevelView | null;
  session(): GameSession | null;
  pick(sx: number, sy: number): Target | null;
  toWorld(sx: number, sy: number): [number, number];
  zoom(): number;
  /** select the unit and order it to `node` (a refusal is said as a notice) */
  order(formation: string, node: string, airlift: boolean): void;
  /** every unit free to leave `from` ordered to `node` (a refusal, or none to send, is said as a notice) */
  orderStack(from: string, node: string, airlift: boolean): void;
}

export class UnitDrag {
  private readonly g: Phaser.GameObjects.Graphics;
  private formation: string | null = null;
  private from = -1;

  constructor(scene: Phaser.Scene, private readonly deps: UnitDragDeps) {
    this.g = scene.add.graphics().setDepth(80);
  }

  grab(sx: number, sy: number): boolean {
    const t = this.deps.pick(sx, sy);
    const id = grabbable(t);
    this.formation = id;
    this.from = id && t && 'piece' in t ? t.piece.node : -1;
    return id !== null;
  }

  /** The same, for a unit carried in from the forces list (listDrop.ts): it starts where it stands. */
  carryUnit(formation: string, sx: number, sy: number, airlift: boolean): void {
    this.pickUp(formation);
    this.carry(sx, sy, airlift, false);
  }

  dropUnit(formation: string, sx: number, sy: number, airlift: boolean): void {
    this.pickUp(formation);
    this.drop(sx, sy, airlift, false);
  }

  clear(): void {
    this.g.clear();
  }

  private pickUp(formation: string): void {
    const g = this.deps.session();
    const fi = this.deps.view()?.ix.formation.get(formation);
    this.formation = formation;
    this.from = g && fi !== undefined ? g.state.formations[fi]!.node : -1;
  }

  carry(sx: number, sy: number, airlift: boolean, whole: boolean): void {
    const view = this.deps.view();
    const g = this.deps.session();
    if (!view || !g || !this.formation) return;
    const [wx, wy] = this.deps.toWorld(sx, sy);
    const zoom = this.deps.zoom();
    const u = 1 / zoom;
    this.g.clear();
    const start = view.nodes[this.from];
    if (start) {
      // The whole stack: a thicker line, so what is carried shows before it is dropped.
      this.g.lineStyle((whole ? 5 : 2) * u, 0xffffff, 0.8);
      this.g.lineBetween(start.x, start.y, wx, wy);
    }
    const ni = dropNode(view, this.deps.pick(sx, sy), wx, wy, zoom);
    const n = ni === null ? undefined : view.nodes[ni];
    if (!n || ni === this.from) return;
    const ok = whole
      ? acceptedNow(g, stackMoveCommands(g, view.nodes[this.from]?.id ?? '', n.id, airlift)).length > 0
      : dropVerdict(g, this.formation, n.id, airlift).refusal === null;
    const color = ok ? OK : REFUSED;
    this.g.lineStyle(3 * u, color, 1);
    this.g.strokeCircle(n.x, n.y, 16 * u);
    this.g.fillStyle(color, 0.25);
    this.g.fillCircle(n.x, n.y, 16 * u);
    if (!ok) {
      const r = 7 * u;
      this.g.lineBetween(n.x - r, n.y - r, n.x + r, n.y + r);
      this.g.lineBetween(n.x - r, n.y + r, n.x + r, n.y - r);
    }
  }

  drop(sx: number, sy: number, airlift: boolean, whole: boolean): void {
    this.g.clear();
    const view = this.deps.view();
    const formation = this.formation;
    this.formation = null;
    if (!view || !formation) return;
    const [wx, wy] = this.deps.toWorld(sx, sy);
    const ni = dropNode(view, this.deps.pick(sx, sy), wx, wy, this.deps.zoom());
    if (ni === null || ni === this.from) return;
    const from = view.nodes[this.from];
    if (whole && from) this.deps.orderStack(from.id, view.nodes[ni]!.id, airlift);
    else this.deps.order(formation, view.nodes[ni]!.id, airlift);
  }

  destroy(): void {
    this.g.destroy();
  }
}
