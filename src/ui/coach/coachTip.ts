/**
 * The tutorial's coach: from the game as it stands, the one next order a new player could give,
 * and why, with the engine's numbers. Deterrence comes first (see a threat, put ISR on its axis,
 * answer it with what its kind of pressure is decided by), then the logistics that stand the force
 * up. Every tip carries the exact order; the engine has accepted it before it is suggested, so a
 * tip can never send the player into a refusal. No DOM here: coachPanel.ts words what this returns.
 */
import {
  airliftEquipmentWait, applyCommand, awaitsCertification, evaluateCommand, indexLevel, isRefusal, isReady, planSurfaceRoute, quietDays,
  type Command, type GameState, type LevelIndex,
} from '../../engine';
import type { Level } from '../../levels/schema';
import type { Prompt, Selection } from '../../store/gameStore';
import { threatAnswer, type AnswerStep } from './threatAnswer';

export type CoachStep =
  | 'confirm' | AnswerStep | 'move' | 'toAirfield' | 'airlift' | 'toUkraine' | 'exercise' | 'activate' | 'reassure'
  | 'endDay' | 'wait' | 'advance';

export interface CoachTip {
  step: CoachStep;
  /** the order the tip asks for, exactly as the order panel would give it */
  command?: Command;
  /** what "Show me" selects, so the order's button is in front of the player */
  select?: Selection;
  /** or the choice list "Show me" opens (reassure a nation, a cyber team on a network) */
  prompt?: Prompt;
  /** or the list tab that holds a coalition-wide order */
  tab?: 'coalition';
  /** the numbers and names of the tip's sentence, all from the engine */
  params: Record<string, string | number>;
}

const plan = (s: GameState, level: Level, cmd: Command) => evaluateCommand(s, level, cmd);
const legal = (s: GameState, level: Level, cmd: Command): boolean => !isRefusal(plan(s, level, cmd));
const arrival = (s: GameState, level: Level, cmd: Command): number | null => {
  const a = plan(s, level, cmd);
  return isRefusal(a) ? null : a.detail.arrivalDay ?? s.day;
};

export function coachTip(s: GameState, level: Level, pending: boolean): CoachTip | null {
  if (s.status !== 'playing') return null;
  if (pending) return { step: 'confirm', params: {} };
  const ix = indexLevel(level);
  return orderTip(s, ix) ?? waitTip(s, ix);
}

/** The next order worth giving today, if any. */
function orderTip(s: GameState, ix: LevelIndex): CoachTip | null {
  return deterrence(s, ix) ?? callUp(s, ix) ?? journeys(s, ix) ?? exercise(s, ix);
}

/**
 * Nothing to order today. With units still getting ready or on the move, the wait is said in days:
 * Advance (F) ends them all at once, stopping where the engine's log first needs a look (the
 * same rule F uses), so the tip names the day F lands on. F is suggested for a wait of two days or
 * more on none of which the coach would ask for anything; otherwise the day's end (E).
 */
function waitTip(s: GameState, ix: LevelIndex): CoachTip {
  const moving = s.formations.some((f) => f.status === 'moving');
  if (!moving && !s.formations.some((f) => f.status === 'mobilising')) return { step: 'endDay', params: {} };
  const q = quietDays(s, ix.level);
  const last = q.states.at(-1);
  // A wait of one day is just the day's end (E does it); F is worth teaching for longer ones.
  if (!last || q.days < 2 || q.states.slice(0, -1).some((x) => orderTip(x, ix) !== null)) return { step: 'wait', params: {} };
  return { step: 'advance', params: { n: q.days, day: last.day, reason: moving ? 'move' : 'activation' } };
}

/** The lesson first: a threat seen, its estimate, and the answer its kind of pressure uses. */
function deterrence(s: GameState, ix: LevelIndex): CoachTip | null {
  const a = threatAnswer(s, ix);
  if (!a) return null;
  const { step, command, ...numbers } = a;
  const params = { ...numbers };
  switch (command.type) {
    case 'reassure': return { step, command, prompt: { kind: 'reassure' }, params: { ...params, nation: command.nation } };
    case 'summit': case 'protocol': return { step, command, tab: 'coalition', params };
    case 'allocate':
      if (command.enabler === 'cyber') return { step, command, prompt: { kind: 'cyber' }, params: { ...params, network: command.network } };
      if (command.enabler === 'missileDefence') return { step, command, select: { kind: 'node', id: command.hub }, params: { ...params, node: command.hub } };
      if (command.enabler === 'isr') return { step, command, select: { kind: 'axis', id: command.axis }, params };
      return null;
    case 'plan': case 'commit': return { step, command, select: { kind: 'axis', id: command.axis }, params };
    default: return null;
  }
}

/**
 * Ready troops on their way: a light formation flies (by road to the nearest airfield first when
 * it stands at none), a heavy one goes by rail, since airlifted it would wait for its equipment;
 * the certified core then moves into Ukraine, where the guarantee is meant to hold.
 */
function journeys(s: GameState, ix: LevelIndex): CoachTip | null {
  // The longest journey first: it is the one that decides when the force stands up.
  let best: CoachTip | null = null;
  for (let fi = 0; fi < s.formations.length; fi++) {
    const tip = journey(s, ix, fi);
    if (tip && (!best || (tip.params.day as number) > (best.params.day as number))) best = tip;
  }
  return best;
}

function journey(s: GameState, ix: LevelIndex, fi: number): CoachTip | null {
  const level = ix.level;
  const hubs = level.nodes.flatMap((_, i) => (ix.staging[i] ? [i] : []));
  {
    const f = s.formations[fi]!;
    const def = ix.formations[fi]!;
    if (!isReady(f) || f.busyDays > 0) return null;
    const formation = def.id;
    const select: Selection = { kind: 'formation', id: formation };
    if (ix.staging[f.node]) {
      // The high-readiness core into Ukraine, where it is certified and where the guarantee must hold.
      if (!def.hr || ix.inUkraine[f.node]) return null;
      const inside = hubs.find((h) => ix.inUkraine[h] && ix.nodeAxes[h]!.some((a) => ix.nodeAxes[f.node]!.includes(a)));
      if (inside === undefined) return null;
      const cmd: Command = { type: 'move', formation, to: level.nodes[inside]!.id };
      const day = arrival(s, level, cmd);
      return day === null ? null : { step: 'toUkraine', command: cmd, select, params: { formation, to: cmd.to, day } };
    }
    const byRoad = earliest(s, ix, formation, hubs, 'move');
    if (def.light) {
      // The high-readiness core flies straight into Ukraine when a flight goes there.
      const inside = def.hr ? hubs.filter((h) => ix.inUkraine[h]) : [];
      const air = (inside.length ? earliest(s, ix, formation, inside, 'airlift') : null) ?? earliest(s, ix, formation, hubs, 'airlift');
      if (air) {
        const road = earliest(s, ix, formation, [ix.node.get(air.cmd.to)!], 'move');
        return { step: 'airlift', command: air.cmd, select, params: { formation, node: level.nodes[f.node]!.id, to: air.cmd.to, day: air.day, road: road ? road.day - s.day + 1 : 0 } };
      }
      // At an airfield with a flight to a hub but no sorties left today: tomorrow's flight still wins.
      if (ix.airfield[f.node] && flightToHub(ix, f.node, hubs)) return null;
      // No airfield here: by road to the airfield from which a flight reaches a hub soonest.
      const via = toAirfield(s, ix, fi, hubs);
      if (via && (!byRoad || via.day + 1 < byRoad.day)) {
        return { step: 'toAirfield', command: via.cmd, select, params: { formation, node: level.nodes[f.node]!.id, to: via.cmd.to, day: via.day, road: byRoad ? byRoad.day - s.day + 1 : 0 } };
      }
    }
    if (byRoad) {
      const wait = airliftEquipmentWait(s, ix, fi, ix.node.get(byRoad.cmd.to)!);
      return { step: 'move', command: byRoad.cmd, select, params: { formation, node: level.nodes[f.node]!.id, to: byRoad.cmd.to, day: byRoad.day, wait } };
    }
  }
  return null;
}

/** The destination among `hubs` the order reaches first (ties: the level's order). */
function earliest(s: GameState, ix: LevelIndex, formation: string, hubs: number[], type: 'move' | 'airlift') {
  let best: { cmd: Command & { to: string }; day: number } | null = null;
  for (const h of hubs) {
    const cmd = { type, formation, to: ix.level.nodes[h]!.id };
    const day = arrival(s, ix.level, cmd);
    if (day !== null && (!best || day < best.day)) best = { cmd, day };
  }
  return best;
}

const flightToHub = (ix: LevelIndex, a: number, hubs: number[]): boolean =>
  hubs.some((h) => ix.air[a]!.some((li) => ix.linkFrom[li] === h || ix.linkTo[li] === h));

/** A road move to an airfield with a flight to a hub, the soonest there. */
function toAirfield(s: GameState, ix: LevelIndex, fi: number, hubs: number[]) {
  let best: { cmd: Command & { to: string }; day: number } | null = null;
  ix.level.nodes.forEach((n, a) => {
    if (!ix.airfield[a] || ix.staging[a] || !flightToHub(ix, a, hubs)) return;
    const cmd = { type: 'move' as const, formation: ix.formations[fi]!.id, to: n.id };
    const day = arrival(s, ix.level, cmd);
    if (day !== null && (!best || day < best.day)) best = { cmd, day };
  });
  return best as { cmd: Command & { to: string }; day: number } | null;
}

/** A hub where a joint exercise would go through now: it certifies the high-readiness core. */
function exercise(s: GameState, ix: LevelIndex): CoachTip | null {
  // Troops a joint exercise at each hub would certify, troops certified already, and high-readiness
  // troops still on their way (one exercise for the whole core saves staff and days).
  const at = new Map<number, number>();
  let certified = 0;
  let coming = false;
  s.formations.forEach((f, i) => {
    const def = ix.formations[i]!;
    if (awaitsCertification(s, ix, i)) at.set(f.node, (at.get(f.node) ?? 0) + def.strength);
    else if (def.hr && f.certified) certified += def.strength;
    else if (def.hr && f.status !== 'reserve') coming = true;
  });
  for (const [n, troops] of at) {
    if (coming && troops + certified < ix.level.win.core) continue;
    const hub = ix.level.nodes[n]!.id;
    const cmd: Command = { type: 'exercise', hub };
    const p = plan(s, ix.level, cmd);
    if (!isRefusal(p)) return { step: 'exercise', command: cmd, select: { kind: 'node', id: hub }, params: { node: hub, day: p.detail.readyDay ?? s.day } };
  }
  return null;
}

/**
 * Short of the target: the formation that would arrive last first (it decides the day the force
 * stands up), and diplomacy when a nation's will is what holds the next one back.
 */
function callUp(s: GameState, ix: LevelIndex): CoachTip | null {
  const level = ix.level;
  let committed = 0;
  let core = 0;
  s.formations.forEach((f, i) => {
    const def = ix.formations[i]!;
    if (f.status !== 'reserve') { committed += def.strength; if (def.hr) core += def.strength; }
  });
  const shortOfCore = core < level.win.core;
  if (committed >= level.win.troops && !shortOfCore) return null;
  // Enough troops called up but not enough high-readiness ones for the core: those alone.
  const reserve = s.formations.map((f, i) => ({ f, def: ix.formations[i]! }))
    .filter(({ f, def }) => f.status === 'reserve' && (committed < level.win.troops || def.hr));
  // Latest estimated arrival first: notice-to-move plus the surface journey to the nearest hub.
  const hubs = level.nodes.flatMap((_, i) => (ix.staging[i] ? [i] : []));
  const eta = new Map<string, number>();
  for (const { f, def } of reserve) {
    let road = Infinity;
    for (const h of hubs) road = Math.min(road, h === f.node ? 0 : planSurfaceRoute(s, ix, f.node, h, def.strength, false)?.days ?? Infinity);
    eta.set(def.id, def.notice + (road === Infinity ? 0 : road));
  }
  const byNotice = (a: { def: { id: string } }, b: { def: { id: string } }) => eta.get(b.def.id)! - eta.get(a.def.id)!;
  const next = reserve.filter(({ def }) => legal(s, level, { type: 'activate', formation: def.id })).sort(byNotice)[0];
  const blocked = reserve.filter(({ def }) => s.will[def.nation]! < def.threshold).sort(byNotice)[0];
  // A blocked formation slower than any that can go now: raise its nation's will first.
  if (blocked && (!next || eta.get(blocked.def.id)! > eta.get(next.def.id)!)) {
    const { def } = blocked;
    const cmd: Command = { type: 'reassure', nation: def.nationId };
    if (legal(s, level, cmd)) {
      const r = applyCommand(s, level, cmd);
      const after = r.ok ? r.state.will[def.nation]! : s.will[def.nation]!;
      return { step: 'reassure', command: cmd, prompt: { kind: 'reassure' }, params: { formation: def.id, nation: def.nationId, threshold: def.threshold, will: s.will[def.nation]!, after } };
    }
  }
  if (next) {
    const cmd: Command = { type: 'activate', formation: next.def.id };
    const p = plan(s, level, cmd);
    const day = isRefusal(p) ? s.day : p.detail.readyDay ?? s.day;
    return { step: 'activate', command: cmd, select: { kind: 'formation', id: next.def.id }, params: { formation: next.def.id, days: next.def.notice, day } };
  }
  return null;
}
