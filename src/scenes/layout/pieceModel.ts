/**
 * The pieces on the map for one state: stacks of formations at nodes, formations on the move,
 * Moscow's known threats on their axes. Plain data from the engine's selectors; the Phaser layer
 * only turns it into sprites.
 */
import { eventOutlook, knownThreats, type GameState } from '../../engine';
import { eventSymbolKey } from '../../symbols/symbolKeys';
import { t } from '../../i18n';
import { formationLook, type ChipLook, type EventLook } from './chipLook';
import { formationSpots, stacksByNode, type FormationSpot } from './formationSpots';
import type { LevelView } from './levelView';

export interface PieceFormation { id: string; index: number; look: ChipLook }
export interface StackModel { node: number; nodeId: string; x: number; y: number; formations: PieceFormation[] }
export interface MovingModel extends PieceFormation { x: number; y: number }
export interface EventModel { event: number; cardId: string; axis: number; look: EventLook }

export interface PieceModel {
  spots: FormationSpot[];
  stacks: StackModel[];
  moving: MovingModel[];
  /** per axis index, soonest first */
  events: Map<number, EventModel[]>;
}

export function pieceModel(view: LevelView, s: GameState, selectedFormation: string | null, showIntel: boolean): PieceModel {
  const { ix, level } = view;
  const spots = formationSpots(s, ix, view.nodes);
  const look = (sp: FormationSpot) => formationLook(ix, sp.index, s.formations[sp.index]!, sp.eta);
  const stacks: StackModel[] = [];
  for (const [node, list] of stacksByNode(spots, ix, selectedFormation)) {
    const n = view.nodes[node]!;
    stacks.push({ node, nodeId: n.id, x: n.x, y: n.y, formations: list.map((sp) => ({ id: sp.id, index: sp.index, look: look(sp) })) });
  }
  stacks.sort((a, b) => a.node - b.node);
  const moving = spots.filter((sp) => sp.status === 'moving').map((sp) => ({ id: sp.id, index: sp.index, look: look(sp), x: sp.x, y: sp.y }));

  const events = new Map<number, EventModel[]>();
  for (const ei of knownThreats(s)) {
    const e = s.events[ei]!;
    const card = level.deck[e.card];
    const axis = card ? ix.axis.get(card.axis) : undefined;
    if (!card || axis === undefined) continue;
    let intel = '';
    if (showIntel) {
      // The intel estimate as figures: the answer to its kind of pressure against the range of resolve.
      const o = eventOutlook(s, ix, ei);
      intel = card.deterrable ? t('mapText.estimate', { credibility: o.contest.total, min: o.min, max: o.max }) : t('mapText.cannotDeter');
    }
    const m: EventModel = { event: ei, cardId: card.id, axis, look: { symbol: eventSymbolKey(card.kind), day: e.day, intel } };
    events.set(axis, [...(events.get(axis) ?? []), m]);
  }
  for (const list of events.values()) list.sort((a, b) => a.look.day - b.look.day || a.event - b.event);
  return { spots, stacks, moving, events };
}
