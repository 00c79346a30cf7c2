/**
 * Hot-seat turns for a classroom game (docs/design.md section 10): teams take the screen one after another, each
 * spending its own staff pool on its own orders; the day ends when every team has ended its part
 * (or the coalition lead ends it for all). Pure: the store keeps the result.
 *
 * A team is a staff pool of the engine (StaffPool: id, roles, perDay) with a name. Roles are
 * 'lead' (diplomacy, protocols, plans, exercises, pre-positioning), 'us' (enablers, the surge) and
 * guarantor nation ids (that nation's minister: activation, movement, airlift).
 */
import type { StaffPool } from '../engine';
import type { Level } from '../levels/schema';
import { makePinCheck, NO_LOCK, type PinCheck, type PinLock } from './pinLock';

export interface Team {
  /** the staff pool's id: "lead", "us", "ministers-1"… */
  id: string;
  /** 'lead', 'us' and/or guarantor nation ids */
  roles: string[];
  perDay: number;
}

export interface ClassroomSetup {
  /** in turn order */
  teams: Team[];
  /** the facilitator's PIN (digits) */
  pin: string;
  /** the class or group playing this screen ("Blue team"), for exports and comparisons */
  group: string;
}

/**
 * A classroom game under way. The PIN itself is not kept: only its salted digest and the lockout
 * of wrong tries (pinLock.ts), which a save carries too, so a reload does not reset the wait.
 */
export interface Classroom extends Omit<ClassroomSetup, 'pin'> {
  pinCheck: PinCheck;
  pinLock: PinLock;
  /** the team at the screen (index into teams), -1 while the screen is handed over */
  current: number;
  /** teams that have ended their part of today */
  done: boolean[];
  /** the facilitator has paused the game */
  paused: boolean;
}

/** The facilitator gives orders too (inject, extend), at no staff cost: a pool of its own. */
export const FACILITATOR_POOL: StaffPool = { id: 'facilitator', roles: ['facilitator'], perDay: 0 };

export const PIN_PATTERN = /^\d{4,8}$/;
export const MAX_STAFF = 20;

/** The engine's staff pools for a set-up: one per team, plus the facilitator's. */
export function poolsOf(setup: Pick<ClassroomSetup, 'teams'>): StaffPool[] {
  return [...setup.teams.map((t) => ({ id: t.id, roles: [...t.roles], perDay: t.perDay })), { ...FACILITATOR_POOL, roles: [...FACILITATOR_POOL.roles] }];
}

/**
 * Three teams by default: the coalition lead, one team of ministers for every guarantor of the
 * level, the US liaison. A classroom format (levels/<id>-50min.json) says each role's staff
 * actions, the ministers' share split among their teams, so the class spends about what one
 * player would and par keeps its meaning. Other levels: the lead gets enough staff for a summit,
 * ministers the level's daily staff actions less two, the US two.
 */
export function defaultSetup(level: Level, ministerTeams = 1, moscow = false): ClassroomSetup {
  const nations = level.nations.map((n) => n.id);
  const groups = Math.max(1, Math.min(ministerTeams, nations.length));
  const staff = level.format?.staff;
  const ministerStaff = (i: number) => (staff ? Math.max(1, Math.floor(staff.ministers / groups) + (i < staff.ministers % groups ? 1 : 0)) : Math.max(2, level.staffActions - 2));
  const ministers: Team[] = Array.from({ length: groups }, (_, i) => ({
    id: `ministers-${i + 1}`,
    roles: nations.filter((_, k) => k % groups === i),
    perDay: ministerStaff(i),
  }));
  return {
    teams: [
      { id: 'lead', roles: ['lead'], perDay: staff?.lead ?? Math.max(4, level.staffActions - 2) },
      ...ministers,
      { id: 'us', roles: ['us'], perDay: staff?.us ?? 2 },
      ...(moscow ? [moscowTeam()] : []),
    ],
    pin: '',
    group: '',
  };
}

/**
 * The team that plays Moscow, when a person does rather than the red bot. It spends Moscow's
 * weekly pressure budget, not staff: the engine's play order costs no staff (STAFF_COST.play is
 * 0), so its pool has none. It plays last, after the coalition's teams have given their orders.
 */
export function moscowTeam(): Team {
  return { id: 'moscow', roles: ['moscow'], perDay: 0 };
}

/** A team of the set-up plays Moscow (the red bot does not). */
export function hasMoscowTeam(setup: Pick<ClassroomSetup, 'teams'>): boolean {
  return setup.teams.some((t) => t.roles.includes('moscow'));
}

export type SetupProblem =
  | { code: 'pin' }
  | { code: 'noLead' }
  | { code: 'noUs' }
  | { code: 'nationTwice'; nation: string }
  | { code: 'nationMissing'; nation: string }
  | { code: 'emptyTeam'; team: string }
  | { code: 'moscowTwice' }
  | { code: 'moscowShared'; team: string }
  | { code: 'staff'; team: string };

/** What is wrong with a set-up, if anything: every role held by exactly one team, a PIN. */
export function checkSetup(level: Level, setup: ClassroomSetup): SetupProblem[] {
  return [...(PIN_PATTERN.test(setup.pin) ? [] : [{ code: 'pin' } as const]), ...checkTeams(level, setup.teams)];
}

/**
 * The teams' part of the set-up check: every role held by exactly one team, staff within the
 * limit. A replay's staff pools are held to the same rule (src/replay/honestRun.ts).
 */
export function checkTeams(level: Level, teams: readonly Team[]): SetupProblem[] {
  const out: SetupProblem[] = [];
  const setup = { teams };
  const holders = (role: string) => setup.teams.filter((t) => t.roles.includes(role)).length;
  if (holders('lead') !== 1) out.push({ code: 'noLead' });
  if (holders('us') !== 1) out.push({ code: 'noUs' });
  for (const n of level.nations) {
    const k = holders(n.id);
    if (k === 0) out.push({ code: 'nationMissing', nation: n.id });
    if (k > 1) out.push({ code: 'nationTwice', nation: n.id });
  }
  // Moscow is optional (the red bot plays it otherwise), held by one team that holds nothing else:
  // a coalition team that also played Moscow would see both sides' orders.
  if (holders('moscow') > 1) out.push({ code: 'moscowTwice' });
  for (const t of setup.teams) {
    if (t.roles.includes('moscow') && t.roles.length > 1) out.push({ code: 'moscowShared', team: t.id });
    if (t.roles.length === 0) out.push({ code: 'emptyTeam', team: t.id });
    if (!Number.isInteger(t.perDay) || t.perDay < 0 || t.perDay > MAX_STAFF) out.push({ code: 'staff', team: t.id });
  }
  return out;
}

/** The set-up without empty minister teams (a teacher who chose fewer groups than offered). */
export function trimSetup(setup: ClassroomSetup): ClassroomSetup {
  return { ...setup, teams: setup.teams.filter((t) => t.roles.length > 0) };
}

/** The game begins: the PIN becomes a digest with `salt` (random, from the page) and is dropped. */
export function startClassroom(setup: ClassroomSetup, salt: string): Classroom {
  return {
    teams: setup.teams.map((t) => ({ ...t, roles: [...t.roles] })), group: setup.group,
    pinCheck: makePinCheck(setup.pin, salt), pinLock: NO_LOCK,
    current: -1, done: setup.teams.map(() => false), paused: false,
  };
}

/** The next team due at the screen today (in set-up order), or -1 when every team is done. */
export function nextTeam(c: Classroom): number {
  return c.done.findIndex((d) => !d);
}

/** A team takes the screen (after the handover). Refused for a team that has already ended its part. */
export function beginTurn(c: Classroom, team: number): Classroom {
  if (team < 0 || team >= c.teams.length || c.done[team]) return c;
  return { ...c, current: team };
}

/** The team at the screen ends its part; `dayOver` when no team is left to play today. */
export function endTurn(c: Classroom): { classroom: Classroom; dayOver: boolean } {
  if (c.current < 0) return { classroom: c, dayOver: false };
  const done = c.done.map((d, i) => d || i === c.current);
  return { classroom: { ...c, done, current: -1 }, dayOver: done.every(Boolean) };
}

/** The coalition lead ends the day for every team (those still to play lose their turn). */
export function forceDay(c: Classroom): { classroom: Classroom; dayOver: boolean } {
  return { classroom: { ...c, done: c.done.map(() => true), current: -1 }, dayOver: true };
}

/** A new day: every team plays again, starting with the first. */
export function newDay(c: Classroom): Classroom {
  return { ...c, current: -1, done: c.teams.map(() => false) };
}

export function leadTeam(c: Classroom): number {
  return c.teams.findIndex((t) => t.roles.includes('lead'));
}
