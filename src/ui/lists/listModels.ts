/**
 * What the sidebar lists show, as plain data from the engine's selectors (no DOM, no language), so
 * a test can hold every row against the engine on every day of a campaign. The list views only
 * word and draw these.
 */
import { effectiveNotice, indexLevel, isCore, readyTroopsAt, type GameState, type LevelIndex } from '../../engine';
import type { Level } from '../../levels/schema';

/** A high-readiness formation's badge: in the core, certified but not (yet) counted, or neither. */
export type HrBadge = 'core' | 'cert' | 'hr';

export function hrBadge(s: GameState, ix: LevelIndex, fi: number): HrBadge | null {
  if (!ix.formations[fi]!.hr) return null;
  return isCore(s, ix, fi) ? 'core' : s.formations[fi]!.certified ? 'cert' : 'hr';
}

export interface PlaceRow { node: string; index: number; staging: boolean; ready: number }

/** Every place of the level with the troops ready there: staging hubs first, then the rest. */
export function placeRows(s: GameState, level: Level): PlaceRow[] {
  const ix = indexLevel(level);
  const rows = level.nodes.map((n, i) => ({ node: n.id, index: i, staging: ix.staging[i]!, ready: readyTroopsAt(s, ix, i) }));
  return [...rows.filter((r) => r.staging), ...rows.filter((r) => !r.staging)];
}

/** Every formation's badge, by formation id (null for those not high-readiness). */
export function forceBadges(s: GameState, level: Level): Map<string, HrBadge | null> {
  const ix = indexLevel(level);
  return new Map(ix.formations.map((f, fi) => [f.id, hrBadge(s, ix, fi)]));
}

/** What a formation in reserve needs before it can be activated, shown in its row beforehand: its
 *  notice-to-move (the engine's effectiveNotice, protocol included) and its nation's will against
 *  its threshold. Null for a formation no longer in reserve. */
export interface ActivationNeeds { notice: number; threshold: number; will: number; willing: boolean }

export function activationNeeds(s: GameState, ix: LevelIndex, fi: number): ActivationNeeds | null {
  if (s.formations[fi]!.status !== 'reserve') return null;
  const def = ix.formations[fi]!;
  const will = s.will[def.nation]!;
  return { notice: effectiveNotice(s, ix, fi), threshold: def.threshold, will, willing: will >= def.threshold };
}
