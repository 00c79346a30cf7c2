import type { Level } from '../levels/schema';
import type { GameState } from './state';

export type Grade = 'S' | 'A' | 'B' | 'C' | 'D' | 'F';

export interface Score {
  points: number;
  grade: Grade;
  readinessDay: number | null;
  par: number;
  /** readiness day minus par: negative is ahead of par */
  versusPar: number | null;
}

/**
 * docs/design.md section 7: readiness day first, then events deterred, peak escalation and final unity.
 * Each day saved is worth 150 points and the tie-breakers together stay under 150, so an earlier
 * readiness day always outweighs them; a lost game scores only its tie-breakers.
 */
export function scoreOf(s: GameState, level: Level): Score {
  const tie = Math.min(40, s.deterred) * 2 + (5 - s.peakLadder) * 3 + Math.floor(s.unity / 2); // ≤ 80+15+50 < 150
  const won = s.status === 'won' && s.readinessDay !== null;
  const points = won ? (s.deadline - s.readinessDay! + 1) * 150 + tie : tie;
  const versusPar = won ? s.readinessDay! - level.par : null;
  return { points, grade: gradeOf(s, level), readinessDay: won ? s.readinessDay : null, par: level.par, versusPar };
}

/** S: at least 10% under par with the ladder held below strikes; A: at par; then bands over par. */
export function gradeOf(s: GameState, level: Level): Grade {
  if (s.status !== 'won' || s.readinessDay === null) return 'F';
  const d = s.readinessDay;
  const p = level.par;
  if (d <= Math.floor(p * 0.9) && s.peakLadder < 3) return 'S';
  if (d <= p) return 'A';
  if (d <= Math.ceil(p * 1.2)) return 'B';
  if (d <= Math.ceil(p * 1.5)) return 'C';
  return 'D';
}
