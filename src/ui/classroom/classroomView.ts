/** Small classroom hooks the existing game screens call (kept here so their diffs stay short). */
import { endTurnNow } from '../../store/classroomActions';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import type { GameSession } from '../../session/session';

export function isClassroom(g: GameSession | null | undefined): boolean {
  return Boolean(g?.classroom);
}

/** The staff of the team at the screen (the HUD shows it instead of the coalition's total). */
export function classroomStaff(g: GameSession): { left: number; perDay: number } | null {
  const c = g.classroom;
  if (!c) return null;
  const team = c.teams[c.current >= 0 ? c.current : Math.max(0, c.done.findIndex((d) => !d))];
  if (!team) return null;
  const pool = g.state.pools.findIndex((p) => p.id === team.id);
  return { left: g.state.staffLeft[pool] ?? 0, perDay: g.state.pools[pool]?.perDay ?? team.perDay };
}

export function classroomEndTurn(store: GameStore, actions: Actions): void {
  endTurnNow(store, actions);
}

/** The after-action review, over whatever is on screen. */
export function openReview(actions: Actions): void {
  actions.classroomUi({ view: 'review' });
}
