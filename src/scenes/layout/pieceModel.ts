/**
 * The pieces on the map for one state: stacks of formations at nodes, formations on the move,
 * Moscow's known threats on their axes. Plain data from the engine's selectors; the Phaser layer
 * only turns it into sprites.
 */
import { threatOutlooks, type GameState, type ThreatVerdict } from '../../engine';
import { eventSymbolKey } from '../../symbols/symbolKeys';
import { t } from '../../i18n';
import { formationLook, type ChipLook, type EventLook } from './chipLook';
import { formationSpots, stacksByNode, type FormationSpot } from './formationSpots';
import type { LevelView } from './levelView';

export interface PieceFormation { id: string; index: number; look: ChipLook }
export interface StackModel { node: number; nodeId: string; x: number; y: number; formations: PieceFormation[] }
export interface MovingModel extends PieceFormation { x: number; y: number }
/** A known threat on its axis; `verdict` is the engine's outlook (threatOutlook), the intel text its figures. */
export interface EventModel { event: number; cardId: string; axis: number; verdict: ThreatVerdict; look: EventLook }

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
  const look = (sp: FormationSpot) => formationLook(s, ix, sp.index, sp.eta);
  const stacks: StackModel[] = [];
  for (const [node, list] of stacksByNode(spots, ix, selectedFormation)) {
    const n = view.nodes[node]!;
    stacks.push({ node, nodeId: n.id, x: n.x, y: n.y, formations: list.map((sp) => ({ id: sp.id, index: sp.index, look: look(sp) })) });
  }
  stacks.sort((a, b) => a.node - b.node);
  const moving = spots.filter((sp) => sp.status === 'moving').map((sp) => ({ id: sp.id, index: sp.index, look: look(sp), x: sp.x, y: sp.y }));

  const events = new Map<number, EventModel[]>();
  for (const o of threatOutlooks(s, ix)) {
    const card = level.deck[s.events[o.event]!.card]!;
    // The intel estimate as figures: the answer to its kind of pressure against the range of resolve.
    const intel = !showIntel ? '' : o.deterrable ? t('mapText.estimate', { credibility: o.contest.total, min: o.min, max: o.max }) : t('mapText.cannotDeter');
    const m: EventModel = { event: o.event, cardId: o.card, axis: o.axis, verdict: o.verdict, look: { symbol: eventSymbolKey(card.kind), day: o.fires, intel } };
    events.set(o.axis, [...(events.get(o.axis) ?? []), m]);
  }
  // threatOutlooks comes soonest first, so each axis's list is too.
  return { spots, stacks, moving, events };
}
