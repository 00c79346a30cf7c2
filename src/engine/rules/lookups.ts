import type { LevelIndex } from '../levelIndex';
import { refuse, type Refusal } from '../refusals';
import type { FormationState, GameState } from '../state';
import { own } from '../draft';
import { NATION_NAMES, type NationId } from '../ids';

export function formationIndex(ix: LevelIndex, id: unknown): number | Refusal {
  const i = typeof id === 'string' ? ix.formation.get(id) : undefined;
  return i === undefined ? refuse('unknownFormation', { id: String(id) }) : i;
}

export function nodeIndex(ix: LevelIndex, id: unknown): number | Refusal {
  const i = typeof id === 'string' ? ix.node.get(id) : undefined;
  return i === undefined ? refuse('unknownNode', { id: String(id) }) : i;
}

export function axisIndex(ix: LevelIndex, id: unknown): number | Refusal {
  const i = typeof id === 'string' ? ix.axis.get(id) : undefined;
  return i === undefined ? refuse('unknownAxis', { id: String(id) }) : i;
}

export function nationIndex(ix: LevelIndex, id: unknown): number | Refusal {
  const i = typeof id === 'string' ? ix.nation.get(id) : undefined;
  return i === undefined ? refuse('unknownNation', { id: String(id) }) : i;
}

export function nodeName(ix: LevelIndex, i: number): string {
  return ix.level.nodes[i]!.name;
}

export function nationName(ix: LevelIndex, i: number): string {
  return NATION_NAMES[ix.level.nations[i]!.id as NationId];
}

export function axisName(ix: LevelIndex, i: number): string {
  return ix.level.axes[i]!.name;
}

/** A formation's situation in words, for refusals ("in reserve", "moving to Lviv"...). */
export function statusWords(ix: LevelIndex, f: FormationState): string {
  switch (f.status) {
    case 'reserve': return 'in reserve';
    case 'mobilising': return `mobilising (${f.countdown} day(s) to go)`;
    case 'moving': return `on the move to ${nodeName(ix, f.route?.[f.route.length - 1]?.to ?? f.node)}`;
    case 'ready':
      if (f.equipDays > 0) return `waiting ${f.equipDays} day(s) for its equipment`;
      return `ready at ${nodeName(ix, f.node)}`;
  }
}

export function replaceFormation(d: GameState, i: number, patch: Partial<FormationState>): void {
  own(d, 'formations')[i] = { ...d.formations[i]!, ...patch };
}
