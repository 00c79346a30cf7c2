import type { LevelIndex } from '../levelIndex';
import { refuse, type Refusal } from '../refusals';
import type { FormationState, GameState } from '../state';
import { own } from '../draft';

export function formationIndex(ix: LevelIndex, id: unknown): number | Refusal {
  const i = typeof id === 'string' ? ix.formation.get(id) : undefined;
  return i === undefined ? refuse(ix, 'unknownFormation', { id: String(id) }) : i;
}

export function nodeIndex(ix: LevelIndex, id: unknown): number | Refusal {
  const i = typeof id === 'string' ? ix.node.get(id) : undefined;
  return i === undefined ? refuse(ix, 'unknownNode', { id: String(id) }) : i;
}

export function axisIndex(ix: LevelIndex, id: unknown): number | Refusal {
  const i = typeof id === 'string' ? ix.axis.get(id) : undefined;
  return i === undefined ? refuse(ix, 'unknownAxis', { id: String(id) }) : i;
}

export function nationIndex(ix: LevelIndex, id: unknown): number | Refusal {
  const i = typeof id === 'string' ? ix.nation.get(id) : undefined;
  return i === undefined ? refuse(ix, 'unknownNation', { id: String(id) }) : i;
}

/** A formation's situation as message parameters ({status} with its days or place). */
export function statusParams(ix: LevelIndex, f: FormationState): Record<string, string | number> {
  const node = (i: number) => ix.level.nodes[i]!.id;
  switch (f.status) {
    case 'reserve': return { status: 'reserve' };
    case 'mobilising': return { status: 'mobilising', days: f.countdown };
    case 'moving': return { status: 'moving', dest: node(f.route?.[f.route.length - 1]?.to ?? f.node) };
    case 'ready':
      if (f.equipDays > 0) return { status: 'awaitingEquipment', days: f.equipDays };
      return { status: 'ready', at: node(f.node) };
  }
}

export function replaceFormation(d: GameState, i: number, patch: Partial<FormationState>): void {
  own(d, 'formations')[i] = Object.assign(copyFormation(d.formations[i]!), patch);
}

/** A formation's state, field by field (quicker than a spread in the daily loop). */
export function copyFormation(f: FormationState): FormationState {
  return {
    id: f.id, status: f.status, node: f.node, countdown: f.countdown, route: f.route, legLeft: f.legLeft,
    equipDays: f.equipDays, busyDays: f.busyDays, disruptedDays: f.disruptedDays, interop: f.interop, certified: f.certified,
  };
}
