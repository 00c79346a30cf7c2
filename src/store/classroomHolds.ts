import type { GameSession } from '../session/session';
import type { UiState } from './gameStore';

/**
 * Whether a classroom screen holds the page (so map keys and the real-time clock stop, as for
 * any modal): a classroom screen or note is open, the facilitator's panel is open, or a classroom
 * game is between two teams' turns or paused.
 */
export function classroomHolds(g: GameSession | null, u: UiState): boolean {
  const c = u.classroom;
  if (c.view !== null || c.note !== null || c.facilitator !== null) return true;
  const cl = g?.classroom;
  if (!cl || u.screen !== 'game' || g.state.status !== 'playing') return false;
  return cl.current < 0 || cl.paused;
}
