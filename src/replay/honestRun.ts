/**
 * Is a replay a run the game itself could have produced? Hashes prove that the recorded orders
 * lead to the recorded states, but the orders are chosen by whoever wrote the file: a solo replay
 * could give itself a 50-action staff pool, or extend its own deadline as if a facilitator had.
 * These checks hold a replay to the rules the game's own screens enforce:
 *  - staff pools only as a classroom set-up allows them (the same check as the set-up screen:
 *    every role held by one team, staff within the limit), plus the facilitator's pool at 0 staff;
 *  - facilitator orders (inject, extend) only in a game that has a facilitator.
 * The kind of run (solo, classroom, facilitated) follows from the pools and the orders.
 */
import { MAX_STAFF, checkTeams, type SetupProblem } from '../session/turns';
import type { Replay, StaffPool } from '../engine';
import type { Level } from '../levels/schema';
import { tpl } from '../i18n/template';
import { REPLAY_TEXT as T } from '../i18n/catalogs/replay';

export type RunKind = 'solo' | 'classroom' | 'facilitated';

export type HonestRun = { ok: true; kind: RunKind } | { ok: false; error: string };

const FACILITATOR_ORDERS = new Set(['inject', 'extend']);

/** Solo without pools; facilitated when a facilitator gave an order; classroom otherwise. */
export function runKindOf(replay: Replay): RunKind {
  if (!replay.pools) return 'solo';
  return replay.days.some((d) => d.orders.some((o) => FACILITATOR_ORDERS.has(o.type))) ? 'facilitated' : 'classroom';
}

export function kindText(kind: RunKind): string {
  return kind === 'solo' ? T.kindSolo : kind === 'classroom' ? T.kindClassroom : T.kindFacilitated;
}

/** The first rule of the game's own screens this replay breaks, as one sentence; or its kind. */
export function checkHonestRun(replay: Replay, level: Level): HonestRun {
  if (replay.pools) {
    const problem = poolsProblem(replay.pools, level);
    if (problem) return { ok: false, error: tpl(T.poolsRefused, { problem }) };
  } else {
    const day = replay.days.findIndex((d) => d.orders.some((o) => FACILITATOR_ORDERS.has(o.type)));
    if (day >= 0) return { ok: false, error: tpl(T.facilitatorSolo, { day: day + 1 }) };
  }
  return { ok: true, kind: runKindOf(replay) };
}

/** What is wrong with a replay's staff pools as a classroom set-up, or null. */
function poolsProblem(pools: readonly StaffPool[], level: Level): string | null {
  const ids = new Set<string>();
  for (const p of pools) {
    if (ids.has(p.id)) return tpl(T.poolIdTwice, { id: p.id });
    ids.add(p.id);
  }
  const facilitator = pools.filter((p) => p.roles.includes('facilitator'));
  if (facilitator.length !== 1) return T.poolNoFacilitator;
  const f = facilitator[0]!;
  if (f.roles.length !== 1 || f.perDay !== 0) return T.poolFacilitatorStaff;
  const known = new Set(['lead', 'us', 'moscow', ...level.nations.map((n) => n.id)]);
  const teams = pools.filter((p) => p !== f);
  for (const t of teams) {
    const odd = t.roles.find((r) => !known.has(r));
    if (odd !== undefined) return tpl(T.poolRole, { role: odd.slice(0, 16) });
    const again = t.roles.find((r, i) => t.roles.indexOf(r) !== i);
    if (again !== undefined) return tpl(T.poolRoleRepeated, { role: again, id: t.id });
  }
  const first = checkTeams(level, teams)[0];
  return first ? setupProblemText(first) : null;
}

function setupProblemText(p: SetupProblem): string {
  switch (p.code) {
    case 'pin': return '';
    case 'noLead': return T.poolLead;
    case 'noUs': return T.poolUs;
    case 'nationTwice': return tpl(T.poolNationTwice, { nation: p.nation });
    case 'nationMissing': return tpl(T.poolNationMissing, { nation: p.nation });
    case 'emptyTeam': return tpl(T.poolEmpty, { id: p.team });
    case 'moscowTwice': return T.poolMoscowTwice;
    case 'moscowShared': return tpl(T.poolMoscowShared, { id: p.team });
    case 'staff': return tpl(T.poolStaff, { id: p.team, max: MAX_STAFF });
  }
}
