/**
 * The tutorial's coach: from the game as it stands, the one next step a new player could take,
 * and why. Every step it suggests is an order the engine accepts right now (it asks the engine,
 * never judges legality itself), so a tip can never send the player into a refusal.
 * No DOM here: the panel (coachPanel.ts) renders what this returns.
 */
import { awaitsCertification, evaluateCommand, indexLevel, isRefusal, isReady, type Command, type GameState } from '../../engine';
import type { Level } from '../../levels/schema';
import type { Selection } from '../../store/gameStore';

export type CoachStep = 'confirm' | 'move' | 'airlift' | 'exercise' | 'activate' | 'reassure' | 'summit' | 'endDay' | 'wait';

export interface CoachTip {
  step: CoachStep;
  /** names for the tip's sentence: a formation, a place, a number of days */
  formation?: string;
  node?: string;
  nation?: string;
  days?: number;
  /** political will: the formation's threshold and the nation's will now */
  threshold?: number;
  will?: number;
  /** what "Show me" selects, so the order's button is in front of the player */
  select?: Selection;
  /** or the list tab that holds the order (diplomacy is under Coalition) */
  tab?: 'coalition';
}

const legal = (s: GameState, level: Level, cmd: Command): boolean => !isRefusal(evaluateCommand(s, level, cmd));

/**
 * The next step, in the order a player meets them: confirm what is prepared; bring ready troops
 * to a staging hub; certify the core where two nations stand together; activate more while the
 * force is short, and raise a nation's will by diplomacy when that is what holds the next unit
 * back; otherwise end the day (or wait for the force to mobilise).
 */
export function coachTip(s: GameState, level: Level, pending: boolean): CoachTip | null {
  if (s.status !== 'playing') return null;
  if (pending) return { step: 'confirm' };
  const ix = indexLevel(level);
  const hubs = level.nodes.filter((_, i) => ix.staging[i]).map((n) => n.id);

  // Ready troops away from the hubs: the surface move first, the airlift when no road or rail will do.
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    if (!isReady(f) || ix.staging[f.node]) continue;
    const id = ix.formations[i]!.id;
    const select: Selection = { kind: 'formation', id };
    if (hubs.some((to) => legal(s, level, { type: 'move', formation: id, to }))) return { step: 'move', formation: id, node: level.nodes[f.node]!.id, select };
    if (hubs.some((to) => legal(s, level, { type: 'airlift', formation: id, to }))) return { step: 'airlift', formation: id, node: level.nodes[f.node]!.id, select };
  }

  // A hub where a joint exercise would go through now: it certifies the high-readiness core.
  const uncertifiedAt = new Set<number>();
  s.formations.forEach((f, i) => { if (awaitsCertification(s, ix, i)) uncertifiedAt.add(f.node); });
  for (const n of uncertifiedAt) {
    const node = level.nodes[n]!.id;
    if (legal(s, level, { type: 'exercise', hub: node })) return { step: 'exercise', node, select: { kind: 'node', id: node } };
  }

  // Short of the target: call up the next formation the rules allow, quickest notice first.
  let committed = 0;
  s.formations.forEach((f, i) => { if (f.status !== 'reserve') committed += ix.formations[i]!.strength; });
  if (committed < level.win.troops) {
    const candidates = s.formations
      .map((f, i) => ({ f, def: ix.formations[i]! }))
      .filter(({ f, def }) => f.status === 'reserve' && legal(s, level, { type: 'activate', formation: def.id }))
      .sort((a, b) => a.def.notice - b.def.notice);
    const next = candidates[0];
    if (next) return { step: 'activate', formation: next.def.id, days: next.def.notice, select: { kind: 'formation', id: next.def.id } };
    // None can be called up: the nearest is waiting for its nation's political will. Diplomacy.
    const blocked = s.formations
      .map((f, i) => ({ f, def: ix.formations[i]! }))
      .filter(({ f, def }) => f.status === 'reserve' && s.will[def.nation]! < def.threshold)
      .sort((a, b) => (a.def.threshold - s.will[a.def.nation]!) - (b.def.threshold - s.will[b.def.nation]!))[0];
    if (blocked) {
      const { def } = blocked;
      const why = { formation: def.id, nation: def.nationId, threshold: def.threshold, will: s.will[def.nation]!, tab: 'coalition' as const };
      if (legal(s, level, { type: 'reassure', nation: def.nationId })) return { step: 'reassure', ...why };
      if (legal(s, level, { type: 'summit' })) return { step: 'summit', ...why };
    }
  }

  // Nothing the coach can point at today: end the day, or let the force mobilise and travel.
  const underWay = s.formations.some((f) => f.status === 'mobilising' || f.status === 'moving');
  return { step: underWay ? 'wait' : 'endDay' };
}
