import type { Level } from '../levels/schema';
import { poolsOf, type Classroom } from '../session/turns';
import type { StaffPool } from '../engine';
import { resolveLevel } from '../levels/resolveLevel';
import { levelProblemText } from '../i18n/levelProblem';
import { tpl } from '../i18n/template';
import { endSessionDay, issueOrder, startSession, type GameSession } from '../session/session';
import type { Save, SaveParse } from './saveFormat';
import type { StoredSaves } from './saveSlots';
import { SAVE_TEXT as T } from '../i18n/catalogs/saves';

export type RestoreResult = { ok: true; session: GameSession; save: Save } | { ok: false; error: string };

/**
 * A save → the game exactly where it stopped, rebuilt by replaying its days through the same
 * session functions the game uses, with every day's hash checked against the one saved. Anything
 * that does not match refuses the whole save: a game is never half-loaded. A save of another game
 * version is accepted when its days still give the same hashes (the rules did not change for it).
 */
export function restoreSave(save: Save, levels: readonly Level[]): RestoreResult {
  const found = resolveLevel(save.level, levels);
  if (!found.ok) return { ok: false, error: tpl(T.level, { error: levelProblemText(found.problem) }) };
  let g = startSession(found.level, save.seed, save.pools ? { pools: save.pools } : {});
  for (let i = 0; i < save.days.length; i++) {
    const day = save.days[i]!;
    if (g.state.status !== 'playing') return { ok: false, error: tpl(T.diverged, { day: i + 1, version: save.gameVersion }) };
    for (const cmd of day.orders) {
      const r = issueOrder(g, cmd);
      if (!r.ok) return { ok: false, error: tpl(T.diverged, { day: i + 1, version: save.gameVersion }) };
      g = r.session;
    }
    g = endSessionDay(g);
    if (g.days[i]!.hash !== day.hash) return { ok: false, error: tpl(T.diverged, { day: i + 1, version: save.gameVersion }) };
  }
  for (const cmd of save.today) {
    const r = issueOrder(g, cmd);
    if (!r.ok) return { ok: false, error: tpl(T.orderRefused, { reason: r.refusal.text }) };
    g = r.session;
  }
  const classroom = save.classroom ?? null;
  if (classroom && !classroomFits(classroom, save.pools)) return { ok: false, error: T.classroomMismatch };
  return {
    ok: true, save,
    session: { ...g, classroom, notes: save.notes ?? [], run: { seedMode: save.run.seedMode, branched: save.run.branched, restored: true } },
  };
}

export type Continuation =
  | { kind: 'none' }
  | { kind: 'ok'; session: GameSession; save: Save; note: string | null }
  | { kind: 'broken'; error: string };

/** What the title screen can offer: the latest save, else the one before it (saying why), else why not. */
export function pickContinuation(stored: StoredSaves, levels: readonly Level[]): Continuation {
  const tryOne = (p: SaveParse | null): RestoreResult | null => (p === null ? null : p.ok ? restoreSave(p.save, levels) : { ok: false, error: p.error });
  const latest = tryOne(stored.latest);
  if (latest === null) return { kind: 'none' };
  if (latest.ok) return { kind: 'ok', session: latest.session, save: latest.save, note: null };
  const previous = tryOne(stored.previous);
  if (previous?.ok) return { kind: 'ok', session: previous.session, save: previous.save, note: latest.error };
  return { kind: 'broken', error: latest.error };
}

/** A saved classroom must be the one whose staff pools the game was played with, its turns in range. */
function classroomFits(c: Classroom, pools: readonly StaffPool[] | undefined): boolean {
  if (!pools || JSON.stringify(poolsOf(c)) !== JSON.stringify(pools)) return false;
  return c.done.length === c.teams.length && c.current < c.teams.length;
}
