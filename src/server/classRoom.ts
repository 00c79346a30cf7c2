/**
 * A live class on Colyseus: one room per join code, holding every game of the class. Students
 * join by the code, take a seat (a team of one game) and send orders; the facilitator joins with a
 * secret token and drives the class from the dashboard. The room is the only authority: an order
 * reaches a game only through the seat check and the engine (liveGame.ts), and is announced to the
 * game's seats only once it is in storage, so an acknowledged order is never lost.
 */
import { Room, ServerError, type Client } from '@colyseus/core';
import type { Command } from '../engine';
import { defaultSetup } from '../session/turns';
import type { Level } from '../levels/schema';
import {
  facilitatorMessages, joinSchema, MESSAGE_MAX, parseWith, RATE_BURST, RATE_PER_SECOND, studentMessages,
  type ClassInfo, type FacilitatorMessage, type GameSync, type RoomSetup, type StudentMessage,
} from '../live/protocol';
import { CLASS_FORMAT, CLASS_FORMAT_VERSION, type ClassRecord } from './classRecord';
import { serverLevel } from './levels';
import {
  endTurnOf, figuresOf, forceDayEnd, giveFacilitatorOrder, giveOrder, leadOf, newLiveGame, replayOf, restoreGame, savedGame,
  setGamePaused, withGameNote, type LiveGame, type LiveRefusal, type OrderResult, type TurnResult,
} from './liveGame';
import { RateLimit } from './rateLimit';
import { ordersSeenBy, revealedOrders, seenIndex } from './secretOrders';
import { hashSecret, newSecret, secretMatches } from './secrets';
import { CoalescingWriter, type ClassStorage } from './storage';

/** How long a seat waits for its browser after a dropped connection or a restart of the server. */
export const RECONNECT_SECONDS = 45;
/** A client refused this many messages in a row for flooding is disconnected. */
const FLOOD_LIMIT = 200;

interface Member {
  role: 'student' | 'facilitator';
  game: number;
  team: number;
  rate: RateLimit;
}

export interface RoomDeps { storage: ClassStorage; log: (line: string) => void }
let deps: RoomDeps | null = null;
/** The server process's storage and log, set once before any room is created (server.ts). */
export function setRoomDeps(d: RoomDeps): void { deps = d; }

export interface CreateOptions { code: string; record?: ClassRecord; facilitatorHash?: string }

export class ClassRoom extends Room {
  override maxClients = 400;
  override autoDispose = false;

  private record!: ClassRecord;
  private level: Level | null = null;
  private games: LiveGame[] = [];
  /** per game, per seat: the connection holding it (also while it may reconnect) */
  private holders: Array<Array<string | null>> = [];
  /** per game, per seat: until when a seat stays kept for the browser that held it */
  private keptUntil: number[][] = [];
  private writer!: CoalescingWriter;
  private dashboardTimer: ReturnType<typeof setTimeout> | null = null;

  override onCreate(options: CreateOptions): void {
    if (!deps) throw new Error('setRoomDeps was not called');
    const storage = deps.storage;
    this.roomId = options.code;
    this.setPatchRate(null);
    this.record = options.record ?? {
      format: CLASS_FORMAT, formatVersion: CLASS_FORMAT_VERSION, code: options.code, facilitatorHash: options.facilitatorHash ?? '',
      setup: null, games: [], seatKeys: [], messages: [],
    };
    this.writer = new CoalescingWriter(() => storage.save(this.snapshot()));
    if (options.record?.setup) this.restore(options.record);
    for (const type of Object.keys(studentMessages) as StudentMessage[]) {
      this.onMessage(type, (client, message) => this.fromStudent(client, type, message));
    }
    for (const type of Object.keys(facilitatorMessages) as FacilitatorMessage[]) {
      this.onMessage(`f:${type}`, (client, message) => this.fromFacilitator(client, type, message));
    }
    this.onMessage('*', (client, type) => { if (this.admit(client)) this.refuse(client, { code: 'unknownMessage', params: { type: String(type).slice(0, 32) } }); });
    if (!options.record) void this.writer.flush();
  }

  /** Games rebuilt through the engine from their orders; seats kept for their browsers a while. */
  private restore(record: ClassRecord): void {
    const setup = record.setup!;
    const lv = serverLevel(setup.level);
    if (!lv.ok) throw new Error(`class ${record.code}: ${lv.error}`);
    this.level = lv.level;
    const teams = defaultSetup(lv.level, setup.ministerTeams, setup.moscow ?? false);
    const until = Date.now() + RECONNECT_SECONDS * 1000;
    this.games = record.games.map((saved, i) => {
      const r = restoreGame(lv.level, setup.seed, teams, saved);
      if (!r.ok) throw new Error(`class ${record.code}, game ${i + 1}: ${r.error}`);
      return r.game;
    });
    this.holders = this.games.map((g) => g.classroom.teams.map(() => null));
    this.keptUntil = this.games.map((g, i) => g.classroom.teams.map((_, t) => (record.seatKeys[i]?.[t] ? until : 0)));
  }

  private snapshot(): ClassRecord {
    return { ...this.record, games: this.games.map(savedGame) };
  }

  override onAuth(_client: Client, options: unknown): { role: 'student' | 'facilitator' } {
    const parsed = parseWith(joinSchema, options);
    if (!parsed.ok) throw new ServerError(400, `join: ${parsed.error}`);
    if (parsed.value.role === 'facilitator') {
      if (!this.record.facilitatorHash || !secretMatches(parsed.value.token, this.record.facilitatorHash)) throw new ServerError(403, 'wrongToken');
      return { role: 'facilitator' };
    }
    return { role: 'student' };
  }

  override onJoin(client: Client, options: { role: string; seat?: { game: number; team: number; key: string } }): void {
    const role = options.role === 'facilitator' ? 'facilitator' : 'student';
    const member: Member = { role, game: -1, team: -1, rate: new RateLimit(RATE_PER_SECOND, RATE_BURST, Date.now()) };
    client.userData = member;
    if (role === 'facilitator') {
      this.sendDashboard(client);
      return;
    }
    client.send('class', this.classInfo());
    for (const text of this.record.messages.slice(-3)) client.send('message', { text });
    if (options.seat) this.claim(client, options.seat.game, options.seat.team, options.seat.key);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const m = client.userData as Member | undefined;
    if (!m || m.role !== 'student' || m.game < 0) return;
    const { game, team } = m;
    if (!consented) {
      try {
        await this.allowReconnection(client, RECONNECT_SECONDS);
        return; // the same browser is back on its seat (it asks for its game again)
      } catch { /* did not come back in time */ }
    }
    if (this.holders[game]?.[team] === client.sessionId) {
      this.holders[game]![team] = null;
      // A student who left on purpose frees the seat; a lost one keeps it a while longer for its key.
      this.keptUntil[game]![team] = consented ? 0 : Date.now() + RECONNECT_SECONDS * 1000;
      this.announceSeats();
    }
  }

  override onDispose(): Promise<void> {
    if (this.dashboardTimer) clearTimeout(this.dashboardTimer);
    return this.writer.flush();
  }

  // ---------- messages ----------

  /** Every message passes the rate limit first; a client that keeps flooding is let go. */
  private admit(client: Client): boolean {
    const m = client.userData as Member | undefined;
    if (!m) return false;
    if (m.rate.take(Date.now())) return true;
    if (m.rate.refusedInARow === 1) this.refuse(client, { code: 'rateLimited', params: {} });
    if (m.rate.refusedInARow >= FLOOD_LIMIT) client.leave(4008, 'flood');
    return false;
  }

  private fromStudent(client: Client, type: StudentMessage, raw: unknown): void {
    if (!this.admit(client)) return;
    const m = client.userData as Member;
    const parsed = parseWith(studentMessages[type] as never, raw ?? {});
    if (!parsed.ok) return this.refuse(client, { code: 'badMessage', params: { type, error: parsed.error } });
    const msg = parsed.value as Record<string, unknown>;
    if (type === 'claim') return this.claim(client, msg.game as number, msg.team as number, null);
    if (m.role !== 'student' || m.game < 0) return this.refuse(client, { code: 'noSeat', params: {} });
    const g = this.games[m.game]!;
    switch (type) {
      case 'order': {
        const id = msg.id as number;
        return this.applyOrder(m.game, giveOrder(g, m.team, msg.cmd as Command), client, id);
      }
      case 'endTurn': return this.applyTurn(m.game, endTurnOf(g, m.team), client);
      case 'endDay':
        if (m.team !== leadOf(g)) return this.refuse(client, { code: 'leadOnly', params: {} });
        return this.applyTurn(m.game, forceDayEnd(g, false), client);
      case 'sync': client.send('game', this.syncOf(m.game, m.team)); return;
      case 'desync': {
        // Reported, never silent: the facilitator sees it; the client is sent the server's game.
        this.games[m.game] = { ...g, desyncs: [...g.desyncs, { day: msg.day as number, team: m.team }] };
        deps?.log(`class ${this.roomId}: game ${m.game + 1}, seat ${m.team + 1} differed from the server on day ${msg.day as number}; resynchronised`);
        void this.writer.flush();
        client.send('game', this.syncOf(m.game, m.team));
        this.dashboardSoon();
        return;
      }
    }
  }

  private fromFacilitator(client: Client, type: FacilitatorMessage, raw: unknown): void {
    if (!this.admit(client)) return;
    const m = client.userData as Member;
    if (m.role !== 'facilitator') return this.refuse(client, { code: 'facilitatorOnly', params: {} });
    const parsed = parseWith(facilitatorMessages[type] as never, raw ?? {});
    if (!parsed.ok) return this.refuse(client, { code: 'badMessage', params: { type, error: parsed.error } });
    const msg = parsed.value as Record<string, unknown>;
    const each = (game: number, fn: (i: number) => void) => {
      if (game === -1) this.games.forEach((_, i) => fn(i));
      else if (game < this.games.length) fn(game);
      else this.refuse(client, { code: 'noGame', params: { game: game + 1 } });
    };
    switch (type) {
      case 'setup': return this.setup(client, msg as RoomSetup);
      case 'pause':
        each(msg.game as number, (i) => {
          this.games[i] = setGamePaused(this.games[i]!, msg.paused as boolean);
          this.announceTurns(i);
        });
        void this.writer.flush();
        return this.dashboardSoon();
      case 'inject':
        return each(msg.game as number, (i) => this.applyOrder(i, giveFacilitatorOrder(this.games[i]!, { type: 'inject', card: msg.card as string }), client));
      case 'extend':
        return each(msg.game as number, (i) => this.applyOrder(i, giveFacilitatorOrder(this.games[i]!, { type: 'extend', days: msg.days as number }), client));
      case 'note': {
        const i = msg.game as number;
        const next = i < this.games.length ? withGameNote(this.games[i]!, msg.text as string) : null;
        if (!next) return this.refuse(client, { code: 'noGame', params: { game: i + 1 } });
        this.games[i] = next;
        void this.writer.flush();
        return this.dashboardSoon();
      }
      case 'broadcast': {
        const text = (msg.text as string).replace(/\s+/g, ' ').trim().slice(0, MESSAGE_MAX);
        if (!text) return;
        this.record.messages = [...this.record.messages.slice(-99), text];
        void this.writer.flush();
        this.broadcast('message', { text });
        return;
      }
      case 'endGameDay': {
        const i = msg.game as number;
        if (i >= this.games.length) return this.refuse(client, { code: 'noGame', params: { game: i + 1 } });
        return this.applyTurn(i, forceDayEnd(this.games[i]!, true), client);
      }
      case 'collect':
        client.send('replays', { replays: this.games.map((g, i) => ({ name: String(i + 1), replay: replayOf(g) })) });
    }
  }

  // ---------- the class ----------

  private setup(client: Client, setup: RoomSetup): void {
    const started = this.games.some((g) => g.session.days.length > 0 || g.session.orders.length > 0) || this.holders.some((h) => h.some(Boolean));
    if (started) return this.refuse(client, { code: 'classStarted', params: {} });
    const lv = serverLevel(setup.level);
    if (!lv.ok) return this.refuse(client, { code: 'badLevel', params: { error: lv.error } });
    const teams = defaultSetup(lv.level, setup.ministerTeams, setup.moscow ?? false);
    this.level = lv.level;
    this.games = Array.from({ length: setup.games }, () => newLiveGame(lv.level, setup.seed, teams));
    this.holders = this.games.map((g) => g.classroom.teams.map(() => null));
    this.keptUntil = this.games.map((g) => g.classroom.teams.map(() => 0));
    this.record = { ...this.record, setup, seatKeys: this.games.map((g) => g.classroom.teams.map(() => null)) };
    void this.writer.flush().then(() => {
      this.broadcast('class', this.classInfo());
      this.dashboardSoon();
    });
  }

  private claim(client: Client, game: number, team: number, key: string | null): void {
    const m = client.userData as Member;
    if (m.role !== 'student') return this.refuse(client, { code: 'facilitatorOnly', params: {} });
    if (m.game >= 0) return this.refuse(client, { code: 'alreadySeated', params: {} });
    const g = this.games[game];
    if (!g || team >= g.classroom.teams.length) return this.refuse(client, { code: 'noSeat', params: {} });
    if (this.holders[game]![team]) return this.refuse(client, { code: 'seatTaken', params: { game: game + 1, seat: g.classroom.teams[team]!.id } });
    const keyHash = this.record.seatKeys[game]?.[team] ?? null;
    const ownKey = key !== null && keyHash !== null && secretMatches(key, keyHash);
    if (!ownKey && keyHash !== null && Date.now() < this.keptUntil[game]![team]!) {
      return this.refuse(client, { code: 'seatTaken', params: { game: game + 1, seat: g.classroom.teams[team]!.id } });
    }
    const seatKey = ownKey ? key : newSecret();
    this.holders[game]![team] = client.sessionId;
    this.record.seatKeys[game]![team] = hashSecret(seatKey);
    m.game = game;
    m.team = team;
    client.send('seat', { game, team, key: seatKey });
    client.send('game', this.syncOf(game, team));
    void this.writer.flush();
    this.announceSeats();
  }

  private classInfo(): ClassInfo {
    return {
      setup: this.record.setup,
      games: this.games.map((g, i) => ({
        day: g.session.state.day,
        status: g.session.state.status,
        seats: g.classroom.teams.map((t, k) => ({ id: t.id, roles: [...t.roles], perDay: t.perDay, taken: Boolean(this.holders[i]![k]) })),
      })),
    };
  }

  private syncOf(game: number, team: number): GameSync {
    const g = this.games[game]!;
    return {
      game, team, level: g.session.level.id, seed: g.session.seed, pools: g.session.options.pools ?? [],
      days: g.session.days, orders: ordersSeenBy(g, team), done: g.classroom.done, paused: g.classroom.paused,
    };
  }

  // ---------- results, announced once stored ----------

  private applyOrder(game: number, r: OrderResult, client: Client, id?: number): void {
    if (!r.ok) return this.refuse(client, { ...(id !== undefined ? { id } : {}), ...r.refusal });
    this.games[game] = r.game;
    const s = r.game.session;
    const last = s.orders.length - 1;
    const accepted = { game, day: s.state.day, cmd: s.orders[last]! };
    void this.writer.flush().then(() => {
      for (const c of this.clients) {
        const m = c.userData as Member | undefined;
        if (m?.game !== game) continue;
        // Moscow's plays are not told to the coalition's seats before the day ends; each seat
        // numbers the orders it is told of.
        const n = seenIndex(r.game, m.team, last);
        if (n === null) continue;
        c.send('accepted', c === client && id !== undefined ? { ...accepted, n, id } : { ...accepted, n });
      }
      this.dashboardSoon();
    }, (e: unknown) => this.storageFailed(e));
  }

  private applyTurn(game: number, r: TurnResult, client: Client): void {
    if (!r.ok) return this.refuse(client, r.refusal);
    this.games[game] = r.game;
    const s = r.game.session;
    const lastDay = s.days[s.days.length - 1];
    const ended = r.dayEnded && lastDay ? { game, day: s.days.length, hash: lastDay.hash } : null;
    void this.writer.flush().then(() => {
      if (ended && lastDay) {
        // A seat kept from some of the day's orders is told them now, to end the same day.
        for (const c of this.clients) {
          const m = c.userData as Member | undefined;
          if (m?.game !== game) continue;
          const orders = revealedOrders(r.game, m.team, lastDay.orders);
          c.send('dayEnded', orders ? { ...ended, orders } : ended);
        }
      }
      this.announceTurns(game);
      this.dashboardSoon();
    }, (e: unknown) => this.storageFailed(e));
  }

  private storageFailed(e: unknown): void {
    deps?.log(`class ${this.roomId}: could not be stored: ${(e as Error).message}`);
    for (const c of this.clients) if ((c.userData as Member | undefined)?.role === 'facilitator') c.send('refused', { code: 'storageFailed', params: {} });
  }

  private refuse(client: Client, refusal: LiveRefusal & { id?: number }): void {
    client.send('refused', refusal);
  }

  private toGame(game: number, type: string, message: unknown): void {
    for (const c of this.clients) if ((c.userData as Member | undefined)?.game === game) c.send(type, message);
  }

  private announceTurns(game: number): void {
    const g = this.games[game]!;
    this.toGame(game, 'turns', { game, done: g.classroom.done, paused: g.classroom.paused });
  }

  private announceSeats(): void {
    const info = this.classInfo();
    for (const c of this.clients) if ((c.userData as Member | undefined)?.role === 'student') c.send('class', info);
    this.dashboardSoon();
  }

  /** The dashboard is redrawn at most five times a second however busy the class is. */
  private dashboardSoon(): void {
    if (this.dashboardTimer) return;
    this.dashboardTimer = setTimeout(() => {
      this.dashboardTimer = null;
      for (const c of this.clients) if ((c.userData as Member | undefined)?.role === 'facilitator') this.sendDashboard(c);
    }, 200);
  }

  private sendDashboard(client: Client): void {
    client.send('dashboard', {
      code: this.roomId,
      setup: this.record.setup,
      games: this.games.map(figuresOf),
      seats: this.games.map((g, i) => g.classroom.teams.map((t, k) => ({ id: t.id, roles: [...t.roles], taken: Boolean(this.holders[i]![k]) }))),
      notes: this.games.map((g) => g.session.notes ?? []),
      messages: this.record.messages.slice(-10),
    });
  }
}

/** A new class's record: its code and the hash of the facilitator's token (returned once, never stored). */
export function newClassSecrets(code: string): { facilitatorToken: string; options: CreateOptions } {
  const token = newSecret();
  return { facilitatorToken: token, options: { code, facilitatorHash: hashSecret(token) } };
}
