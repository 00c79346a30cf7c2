/**
 * The browser's side of a live class: joins the class server on this page's own origin (Colyseus's
 * client, loaded only when a class is joined), takes a seat, and keeps the seat's game in step.
 * Orders and the end of the turn go to the server (the store's order gate); each accepted order
 * and each day's end is applied here through the same engine, and the day's hash is compared
 * with the server's. A game that differs is rebuilt from the server's record and the day is
 * reported to the player and to the server, never passed over in silence.
 */
import type { Room } from 'colyseus.js';
import { REFUSAL_TEXT, type Command, type Refusal } from '../../engine';
import { t, type UiKey } from '../../i18n';
import { refusalText } from '../../i18n/engineText';
import { resolveLevel } from '../../levels/resolveLevel';
import { levelProblemText } from '../../i18n/levelProblem';
import { applyAccepted, mirrorFromSync, withDayOrders, type Mirror } from '../../live/mirror';
import type { Accepted, ClassInfo, DayEnded, GameSync, Refused, SeatGiven, Turns } from '../../live/protocol';
import { ROOM_NAME } from '../../live/protocolConstants';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import type { Dashboard, LiveState, LiveStore } from './liveStore';
import { readSeatMemory, writeSeatMemory, type SeatMemory } from './seatMemory';

export type LiveClient = ReturnType<typeof createLiveClient>;

/** The classroom's own refusals (the engine's are worded by the engine's catalog). */
const LIVE_REFUSALS = new Set([
  'paused', 'turnEnded', 'facilitatorOnly', 'leadOnly', 'noSeat', 'seatTaken', 'alreadySeated', 'rateLimited',
  'badMessage', 'unknownMessage', 'classStarted', 'badLevel', 'noGame', 'storageFailed', 'wrongToken',
]);

export function createLiveClient(store: GameStore, actions: Actions, live: LiveStore) {
  let room: Room | null = null;
  let client: import('colyseus.js').Client | null = null;
  let memory: SeatMemory | null = null;
  let nextId = 1;
  const set = (patch: Partial<LiveState>) => live.setState(patch);

  const endpoint = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
  async function colyseus(): Promise<import('colyseus.js').Client> {
    if (client) return client;
    const { Client } = await import('colyseus.js');
    client = new Client(endpoint());
    return client;
  }

  const refusalWords = (r: { code: string; params: Record<string, string | number> }): string => {
    if (LIVE_REFUSALS.has(r.code)) return t(`live.refused.${r.code}` as UiKey, r.params);
    const g = store.getState().session;
    if (g && r.code in REFUSAL_TEXT) return refusalText(r, g.level);
    return t('live.refused.other', { code: r.code });
  };

  const mirrorNow = (): Mirror | null => {
    const g = store.getState().session;
    const seat = live.getState().seat;
    if (!g || !seat) return null;
    return { game: seat.game, team: seat.team, session: g, done: live.getState().done, paused: live.getState().paused };
  };

  /** The seat's game from the server's record, through the engine; `day` names a day that differed. */
  const openGame = (sync: GameSync, day: number | null) => {
    // The join screen loads every level before a seat is taken; this covers a sync that comes first.
    if (!actions.levelsLoaded()) {
      actions.loadLevels().then(() => openGame(sync, day), () => set({ error: t('levels.loadAllFailed') }));
      return;
    }
    const level = resolveLevel(sync.level, store.getState().levels);
    if (!level.ok) {
      set({ error: levelProblemText(level.problem) });
      return;
    }
    const r = mirrorFromSync(sync, level.level);
    if (!r.ok) {
      set({ error: t('live.engineDiffers', { error: r.error }) });
      return;
    }
    // A game already on screen as this seat keeps its map; a first sync starts it afresh.
    const sameMap = actions.isLive() && store.getState().session !== null;
    set({ seat: { game: sync.game, team: sync.team }, done: sync.done, paused: sync.paused, phase: 'seated', view: null, error: null });
    actions.setOrderGate(gate);
    const seatRoles = [...(sync.pools[sync.team]?.roles ?? [])];
    actions.openSession({ ...r.mirror.session, seatRoles, run: { seedMode: 'set' } }, sameMap);
    if (day !== null) actions.notify('error', t('live.resynced', { day }));
  };

  const resync = (day: number) => {
    room?.send('desync', { day: Math.max(1, day) });
  };

  const gate = {
    issue(cmd: Command): Refusal | null {
      if (!room) {
        actions.notify('error', t('live.offline'));
        return null;
      }
      if (live.getState().paused) {
        actions.notify('refusal', t('live.refused.paused'));
        return null;
      }
      room.send('order', { id: nextId++, cmd });
      actions.cancelPending();
      return null;
    },
    endTurn() {
      if (!room) actions.notify('error', t('live.offline'));
      else room.send('endTurn', {});
    },
  };

  function wire(r: Room): void {
    room = r;
    r.onMessage('class', (info: ClassInfo) => set({ info, ...(live.getState().phase === 'connecting' ? { phase: 'lobby' } : {}) }));
    r.onMessage('seat', (s: SeatGiven) => {
      memory = { role: 'student', code: live.getState().code, game: s.game, team: s.team, key: s.key, reconnect: r.reconnectionToken };
      writeSeatMemory(memory);
    });
    r.onMessage('game', (sync: GameSync) => {
      const was = store.getState().session;
      // A sync the browser did not ask for after a report is the server's answer to it: say which day.
      const reported = pendingReport;
      pendingReport = null;
      openGame(sync, was && actions.isLive() ? reported : null);
    });
    r.onMessage('accepted', (a: Accepted) => {
      const m = mirrorNow();
      if (!m) return;
      const next = applyAccepted(m, a);
      if (!next) {
        pendingReport = a.day;
        resync(a.day);
        return;
      }
      store.setState({ session: next.session });
    });
    r.onMessage('refused', (x: Refused) => {
      // The dashboard and the join screen cover the page's notices: they show refusals themselves.
      const phase = live.getState().phase;
      if (phase === 'facilitator' || phase === 'lobby') set({ error: refusalWords(x) });
      else actions.notify('refusal', refusalWords(x));
    });
    r.onMessage('turns', (x: Turns) => { if (x.game === live.getState().seat?.game) set({ done: x.done, paused: x.paused }); });
    r.onMessage('dayEnded', (d: DayEnded) => {
      const g = store.getState().session;
      if (!g || d.day !== g.state.day) {
        pendingReport = d.day;
        resync(d.day);
        return;
      }
      // Orders withheld from this seat during the day (Moscow's plays) are revealed with its end.
      if (d.orders) {
        const full = withDayOrders(g, d.orders);
        if (!full) { pendingReport = d.day; resync(d.day); return; }
        store.setState({ session: full });
      }
      actions.endDayHere();
      const after = store.getState().session!;
      const mine = after.days[after.days.length - 1]?.hash;
      set({ done: live.getState().done.map(() => false) });
      if (mine !== d.hash) {
        pendingReport = d.day;
        resync(d.day);
      }
    });
    r.onMessage('message', (x: { text: string }) => actions.notify('info', t('live.fromFacilitator', { text: x.text })));
    r.onMessage('dashboard', (d: Dashboard) => set({ dashboard: d }));
    r.onMessage('replays', (x: { replays: Array<{ name: string; replay: import('../../engine').Replay }> }) => set({ replays: x.replays }));
    r.onLeave((code) => {
      if (room !== r) return;
      room = null;
      // 4000: left on purpose. Anything else: the connection dropped; come back to the seat.
      if (code !== 4000 && memory) void comeBack(0);
    });
  }
  let pendingReport: number | null = null;

  /** Back to the seat after a dropped connection or a reload: the reconnection token, then the seat key. */
  async function comeBack(attempt: number): Promise<void> {
    const m = memory;
    if (!m) return;
    set({ error: attempt === 0 ? null : t('live.reconnecting') });
    try {
      const c = await colyseus();
      let r: Room | null = null;
      if (m.reconnect) {
        try { r = await c.reconnect(m.reconnect); } catch { r = null; }
      }
      if (!r) {
        r = m.role === 'student'
          ? await c.joinById(m.code, { role: 'student', seat: { game: m.game, team: m.team, key: m.key } })
          : await c.joinById(m.code, { role: 'facilitator', token: m.token });
      }
      set({ code: m.code, phase: m.role === 'facilitator' ? 'facilitator' : live.getState().phase, error: null });
      wire(r);
      memory = { ...m, reconnect: r.reconnectionToken };
      writeSeatMemory(memory);
      if (m.role === 'student') r.send('sync', {});
    } catch {
      if (attempt < 40) setTimeout(() => void comeBack(attempt + 1), Math.min(5000, 500 * (attempt + 1)));
      else set({ error: t('live.lost') });
    }
  }

  const joinError = (e: unknown): string => {
    const msg = (e as Error)?.message ?? '';
    if (/wrongToken/.test(msg)) return t('live.refused.wrongToken');
    if (/not found|invalid|expired/i.test(msg)) return t('live.noSuchClass');
    return t('live.cannotJoin', { error: msg.slice(0, 120) });
  };

  return {
    /** Join a class by its code and see its games and seats. */
    async join(code: string): Promise<void> {
      set({ phase: 'connecting', code, error: null, info: null });
      try {
        const c = await colyseus();
        wire(await c.joinById(code, { role: 'student' }));
        set({ phase: 'lobby' });
      } catch (e) {
        set({ phase: 'idle', error: joinError(e) });
      }
    },
    claim(game: number, team: number): void { room?.send('claim', { game, team }); },
    endDayForAll(): void { room?.send('endDay', {}); },
    /** The facilitator's dashboard, with the secret token from the facilitator's link. */
    async facilitate(code: string, token: string): Promise<void> {
      set({ phase: 'connecting', code, error: null, view: 'dashboard' });
      try {
        const c = await colyseus();
        const r = await c.joinById(code, { role: 'facilitator', token });
        memory = { role: 'facilitator', code, token, reconnect: r.reconnectionToken };
        writeSeatMemory(memory);
        wire(r);
        set({ phase: 'facilitator' });
      } catch (e) {
        set({ phase: 'idle', error: joinError(e) });
      }
    },
    send(type: string, message: unknown): void { room?.send(`f:${type}`, message); },
    /** After a reload: back to the seat (or the dashboard) this tab had. */
    resume(): boolean {
      const m = readSeatMemory();
      if (!m) return false;
      memory = m;
      set({ code: m.code, phase: m.role === 'facilitator' ? 'facilitator' : 'connecting', view: m.role === 'facilitator' ? 'dashboard' : null });
      void comeBack(0);
      return true;
    },
    async leave(): Promise<void> {
      memory = null;
      writeSeatMemory(null);
      actions.setOrderGate(null);
      const r = room;
      room = null;
      set({ phase: 'idle', seat: null, info: null, dashboard: null, view: null });
      // The class's game stays to look at, not to play on alone: the class goes on without this seat.
      store.setState((st) => (st.session ? { session: { ...st.session, viewOnly: true } } : {}));
      actions.showTitle();
      await r?.leave(true).catch(() => 0);
    },
    roomName: ROOM_NAME,
  };
}
