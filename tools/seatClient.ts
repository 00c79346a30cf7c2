/**
 * A seat of the live classroom driven from Node, as a browser would drive it: join by code, take
 * a seat, mirror the game through the engine, send orders and end turns, compare each day's hash
 * with the server's. The fault tests and `npm run bench:classroom` use it; the browser's own client
 * is src/ui/live.
 */
import { Client, type Room } from 'colyseus.js';
import type { Command } from '../src/engine';
import { greedyBot } from '../src/bots/greedy';
import { roleOfCommand } from '../src/session/whoseOrder';
import type { Level } from '../src/levels/schema';
import { applyAccepted, applyDayEnded, mirrorFromSync, type Mirror } from '../src/live/mirror';
import type { Accepted, ClassInfo, DayEnded, GameSync, Refused, SeatGiven, Turns } from '../src/live/protocol';

export interface SeatStats { desyncs: number; resyncs: number }

export class SeatClient {
  mirror: Mirror | null = null;
  seat: SeatGiven | null = null;
  info: ClassInfo | null = null;
  readonly stats: SeatStats = { desyncs: 0, resyncs: 0 };
  readonly refusals: Refused[] = [];
  readonly messages: string[] = [];
  private nextId = 1;
  private pending = new Map<number, { sent: number; resolve: (r: { ok: boolean; rtt: number; code?: string }) => void }>();
  private waiters: Array<{ test: () => boolean; resolve: () => void }> = [];
  left: number | null = null;

  private constructor(public room: Room, private readonly client: Client, private readonly level: Level) {
    this.wire(room);
  }

  static async join(url: string, code: string, level: Level, seat?: { game: number; team: number; key: string }): Promise<SeatClient> {
    const client = new Client(url);
    const room = await client.joinById(code, { role: 'student', ...(seat ? { seat } : {}) });
    return new SeatClient(room, client, level);
  }

  private wire(room: Room): void {
    this.left = null;
    room.onMessage('class', (m: ClassInfo) => { this.info = m; this.poke(); });
    room.onMessage('message', (m: { text: string }) => { this.messages.push(m.text); this.poke(); });
    room.onMessage('seat', (m: SeatGiven) => { this.seat = m; this.poke(); });
    room.onMessage('game', (m: GameSync) => {
      const r = mirrorFromSync(m, this.level);
      if (!r.ok) throw new Error(r.error);
      this.mirror = r.mirror;
      this.poke();
    });
    room.onMessage('accepted', (a: Accepted) => {
      if (a.id !== undefined) this.settle(a.id, true);
      if (!this.mirror) return;
      const next = applyAccepted(this.mirror, a);
      if (next) this.mirror = next;
      else this.resync(a.day);
      this.poke();
    });
    room.onMessage('refused', (r: Refused) => {
      this.refusals.push(r);
      if (r.id !== undefined) this.settle(r.id, false, r.code);
      this.poke();
    });
    room.onMessage('turns', (t: Turns) => {
      if (this.mirror && t.game === this.mirror.game) this.mirror = { ...this.mirror, done: t.done, paused: t.paused };
      this.poke();
    });
    room.onMessage('dayEnded', (d: DayEnded) => {
      if (!this.mirror) return;
      const r = applyDayEnded(this.mirror, d);
      this.mirror = r.mirror;
      if (!r.matches) this.resync(d.day);
      this.poke();
    });
    room.onLeave((code) => { this.left = code; this.poke(); });
  }

  /** Reported to the server (the facilitator sees it), which answers with the whole game. */
  private resync(day: number): void {
    this.stats.desyncs++;
    this.stats.resyncs++;
    this.room.send('desync', { day: Math.max(1, day) });
  }

  private settle(id: number, ok: boolean, code?: string): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.resolve({ ok, rtt: performance.now() - p.sent, ...(code ? { code } : {}) });
  }

  private poke(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.test()) return true;
      w.resolve();
      return false;
    });
  }

  /** Resolves when `test` holds (checked on every message), or rejects after `ms`. */
  until(test: () => boolean, ms = 15_000, what = 'a condition'): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
      this.waiters.push({ test, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  async claim(game: number, team: number): Promise<void> {
    await this.until(() => this.info !== null, 15_000, 'the class');
    const before = this.refusals.length;
    this.room.send('claim', { game, team });
    await this.until(() => this.mirror !== null || this.refusals.length > before, 15_000, 'a seat');
    if (!this.mirror) throw new Error(`seat refused: ${this.refusals[this.refusals.length - 1]!.code}`);
  }

  order(cmd: Command): Promise<{ ok: boolean; rtt: number; code?: string }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.pending.delete(id); reject(new Error(`order ${id} (${cmd.type}) had no answer`)); }, 15_000);
      this.pending.set(id, { sent: performance.now(), resolve: (r) => { clearTimeout(timer); resolve(r); } });
      this.room.send('order', { id, cmd });
    });
  }

  get unanswered(): number { return this.pending.size; }

  endTurn(): void { this.room.send('endTurn', {}); }

  /** Back on the seat after a dropped connection: Colyseus's reconnection token first, then the seat key. */
  async reconnect(code: string): Promise<void> {
    this.mirror = null;
    try {
      this.room = await this.client.reconnect(this.room.reconnectionToken);
      this.wire(this.room);
      this.room.send('sync', {});
    } catch {
      const seat = this.seat!;
      this.room = await this.client.joinById(code, { role: 'student', seat: { game: seat.game, team: seat.team, key: seat.key } });
      this.wire(this.room);
    }
    await this.until(() => this.mirror !== null, 15_000, 'the game after reconnecting');
  }

  async leave(): Promise<void> {
    if (this.left !== null) return;
    // A connection the server already closed never answers a leave: do not wait for it long.
    await Promise.race([this.room.leave(true).catch(() => 0), new Promise((r) => setTimeout(r, 2000))]);
  }
}

/** The facilitator's connection: the dashboard and the controls. */
export class FacilitatorClient {
  dashboard: any = null;
  replays: any = null;
  readonly refusals: Refused[] = [];
  private constructor(public room: Room) {
    room.onMessage('dashboard', (d) => { this.dashboard = d; });
    room.onMessage('replays', (r) => { this.replays = r; });
    room.onMessage('refused', (r: Refused) => { this.refusals.push(r); });
    room.onMessage('*', () => {});
  }

  static async join(url: string, code: string, token: string): Promise<FacilitatorClient> {
    const client = new Client(url);
    return new FacilitatorClient(await client.joinById(code, { role: 'facilitator', token }));
  }

  send(type: string, message: unknown): void { this.room.send(`f:${type}`, message); }
}

/** Today's orders for a seat: the greedy bot's plan for the whole game, the seat's own part of it. */
export function ordersForSeat(m: Mirror, level: Level, plan: readonly Command[] = greedyBot(m.session.state, level).orders): Command[] {
  const pools = m.session.options.pools ?? [];
  const roles = pools[m.team]?.roles ?? [];
  return plan.filter((cmd) => roles.includes(roleOfCommand(level, cmd)));
}
