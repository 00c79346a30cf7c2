import {
  evaluateCommand, indexLevel, isRefusal, NETWORKS, orderCost, type Command, type GameState,
} from '../../engine';
import type { Level } from '../../levels/schema';
import type { Classroom } from '../../session/turns';
import { t, type NoteId } from '../../i18n';
import { effectOf, nationName, networkName, refusalText } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import { refuseOtherTeam } from '../../session/whoseOrder';
import type { NoticeText, Prompt, Selection } from '../../store/gameStore';
import { durationOf } from '../format';
import { ORDER_SHORTCUTS, type OrderKey } from './shortcuts';

/**
 * The orders the panels offer for what is selected, each asked of the engine: legal ones carry
 * its cost, duration and expected effect, illegal ones its refusal. Nothing here decides legality.
 */
export interface OrderOption {
  /** stable id: focus is restored by it after a re-render, tests find buttons by it */
  key: string;
  order: OrderKey;
  label: string;
  shortcut: string;
  /** the order to give, or null when a choice comes first (prompt) */
  cmd: Command | null;
  prompt: Prompt | null;
  /** staff actions */
  cost: number;
  days: number | null;
  effect: string;
  refusal: string | null;
  /** the refusal as data, for a notice that is worded again if the language changes */
  why: NoticeText | null;
  /** the learning note that explains this kind of order ("Why?") */
  note: NoteId;
}

export interface OrderSection { key: string; title: string; options: OrderOption[] }

/** What the orders apply to: the selection and what follows from it (a formation's hub, a hub's axis). */
export interface OrderContext { formation: string | null; node: string | null; axis: string | null }

/** A game as the panels see it; a classroom game also says whose turn it is. */
export interface Game { state: GameState; level: Level; classroom?: Classroom | null }

export function contextOf({ state, level }: Game, sel: Selection): OrderContext {
  const ix = indexLevel(level);
  let formation: string | null = null;
  let node: string | null = null;
  let axis: string | null = null;
  if (sel?.kind === 'formation' && ix.formation.has(sel.id)) {
    formation = sel.id;
    const f = state.formations[ix.formation.get(sel.id)!]!;
    // A formation on the move is between places: hub orders would name the wrong one.
    if (f.status !== 'moving') node = level.nodes[f.node]!.id;
  } else if (sel?.kind === 'node' && ix.node.has(sel.id)) {
    node = sel.id;
  } else if (sel?.kind === 'axis' && ix.axis.has(sel.id)) {
    axis = sel.id;
  } else if (sel?.kind === 'event') {
    // An event's orders are its axis's: that is where credibility answers it.
    axis = level.deck.find((c) => c.id === sel.id)?.axis ?? null;
  }
  if (!axis && node) axis = level.nodes[ix.node.get(node)!]!.axes[0] ?? null;
  if (!axis && level.axes.length === 1) axis = level.axes[0]!.id;
  return { formation, node, axis };
}

export function optionFor(g: Game, key: string, order: OrderKey, label: string, cmd: Command): OrderOption {
  const { state, level } = g;
  const a = evaluateCommand(state, level, cmd);
  const base = { key, order, label, shortcut: ORDER_SHORTCUTS[order], cmd, prompt: null, note: ORDER_NOTES[order] };
  // In a classroom game another team's order is shown, with whose it is, but cannot be given.
  const other = refuseOtherTeam(g.classroom, g.classroom?.current ?? -1, level, cmd);
  if (other) return { ...base, cost: orderCost(state, level, cmd), days: null, effect: '', refusal: refusalText(other, level), why: { refusal: other, level } };
  if (isRefusal(a)) return { ...base, cost: orderCost(state, level, cmd), days: null, effect: '', refusal: refusalText(a, level), why: { refusal: a, level } };
  return { ...base, cost: a.cost, days: durationOf(state.day, a.detail.arrivalDay ?? a.detail.readyDay), effect: effectOf(a.message, level), refusal: null, why: null };
}

/** The learning note behind each kind of order (docs/design.md section 5 and the notes in the i18n catalog). */
export const ORDER_NOTES: Readonly<Record<OrderKey, NoteId>> = {
  activate: 'readiness', move: 'gauge', airlift: 'airlift', training: 'interoperability',
  exercise: 'exercises', preposition: 'prepositioning', missileDefence: 'missileDefence',
  isr: 'isr', plan: 'plans', commit: 'commitments', surge: 'surge',
  summit: 'politicalWill', protocol: 'triggers', munitions: 'munitions', cyber: 'cyber', reassure: 'politicalWill',
  euroLift: 'airlift',
};

/** Destinations for a move or an airlift, reachable ones first, soonest first. */
export function destinationOptions(g: Game, formation: string, kind: 'move' | 'airlift'): OrderOption[] {
  const ix = indexLevel(g.level);
  const fi = ix.formation.get(formation);
  if (fi === undefined) return [];
  const here = g.state.formations[fi]!.node;
  const out = g.level.nodes
    .map((n, i) => ({ n, i }))
    .filter(({ i }) => i !== here && (kind === 'move' || ix.airfield[i]))
    .map(({ n, i }) => ({
      staging: ix.staging[i]!,
      o: optionFor(g, `${kind}:${n.id}`, kind, lt(g.level).node(n.id), { type: kind, formation, to: n.id }),
    }));
  out.sort((a, b) => rank(a.o) - rank(b.o) || Number(b.staging) - Number(a.staging) || (a.o.days ?? 0) - (b.o.days ?? 0) || a.o.label.localeCompare(b.o.label));
  return out.map((x) => x.o);
}

const rank = (o: OrderOption) => (o.refusal ? 1 : 0);

/** "Move…" and "Airlift…" as one option each: enabled when some destination is legal. */
function chooser(g: Game, formation: string, kind: 'move' | 'airlift', label: string): OrderOption {
  const dests = destinationOptions(g, formation, kind);
  const legal = dests.filter((d) => !d.refusal);
  const base = { key: kind, order: kind, label, shortcut: ORDER_SHORTCUTS[kind], cmd: null, note: ORDER_NOTES[kind] } as const;
  if (legal.length === 0) {
    const first = dests[0];
    // With nowhere to go the price is still the engine's (its listed price for a refused order).
    const cost = first?.cost ?? orderCost(g.state, g.level, { type: kind, formation, to: formation });
    return { ...base, cost, prompt: null, days: null, effect: '', refusal: first?.refusal ?? t('order.nowhere'), why: first?.why ?? { ui: 'order.nowhere' } };
  }
  const best = legal[0]!;
  return {
    ...base,
    cost: best.cost,
    prompt: { kind, formation },
    days: best.days,
    effect: best.days ? t('order.chooseDestIn', { n: legal.length, best: best.label, days: t('unit.days', { n: best.days }) }) : t('order.chooseDest', { n: legal.length, best: best.label }),
    refusal: null,
    why: null,
  };
}

export function formationSection(g: Game, formation: string): OrderSection {
  const ix = indexLevel(g.level);
  const name = ix.formation.has(formation) ? lt(g.level).formation(formation) : formation;
  return {
    key: 'formation',
    title: name,
    options: [
      optionFor(g, 'activate', 'activate', t('order.activate'), { type: 'activate', formation }),
      chooser(g, formation, 'move', t('order.move')),
      chooser(g, formation, 'airlift', t('order.airlift')),
      optionFor(g, 'training', 'training', t('order.training'), { type: 'allocate', enabler: 'training', formation }),
    ],
  };
}

export function hubSection(g: Game, hub: string): OrderSection | null {
  const ix = indexLevel(g.level);
  const ni = ix.node.get(hub);
  if (ni === undefined || !ix.staging[ni]) return null;
  return {
    key: 'hub',
    title: t('order.atHub', { hub: lt(g.level).node(hub) }),
    options: [
      optionFor(g, 'exercise', 'exercise', t('order.exercise'), { type: 'exercise', hub }),
      optionFor(g, 'preposition', 'preposition', t('order.preposition'), { type: 'preposition', hub }),
      optionFor(g, 'missileDefence', 'missileDefence', t('order.missileDefence'), { type: 'allocate', enabler: 'missileDefence', hub }),
    ],
  };
}

export function axisSection(g: Game, axis: string): OrderSection | null {
  const ix = indexLevel(g.level);
  const ai = ix.axis.get(axis);
  if (ai === undefined) return null;
  const id = g.level.axes[ai]!.id;
  return {
    key: 'axis',
    title: t('axis.title', { name: lt(g.level).axis(id) }),
    options: [
      optionFor(g, 'isr', 'isr', t('order.isr'), { type: 'allocate', enabler: 'isr', axis: id }),
      optionFor(g, 'plan', 'plan', t('order.plan'), { type: 'plan', axis: id }),
      optionFor(g, 'commit', 'commit', t('order.commit'), { type: 'commit', axis: id }),
      optionFor(g, 'surge', 'surge', t('order.surge'), { type: 'surge', axis: id }),
    ],
  };
}

export function networkOptions(g: Game): OrderOption[] {
  return NETWORKS.map((network) => optionFor(g, `cyber:${network}`, 'cyber', t('order.cyberNetwork', { network: networkName(network) }), { type: 'allocate', enabler: 'cyber', network }));
}

export function nationOptions(g: Game): OrderOption[] {
  return g.level.nations.map((n, i) =>
    optionFor(g, `reassure:${n.id}`, 'reassure', t('order.reassureNation', { nation: nationName(n.id), will: g.state.will[i]! }), { type: 'reassure', nation: n.id }));
}

/** Coalition-wide orders that need no selection. */
export function coalitionOptions(g: Game): OrderOption[] {
  return [
    optionFor(g, 'summit', 'summit', t('order.summit'), { type: 'summit' }),
    optionFor(g, 'protocol', 'protocol', t('order.protocol'), { type: 'protocol' }),
    optionFor(g, 'munitions', 'munitions', t('order.munitions'), { type: 'allocate', enabler: 'munitions' }),
    optionFor(g, 'euroLift', 'euroLift', t('order.euroLift'), { type: 'euroLift' }),
  ];
}

/** The order panel's sections for a context: the formation, its (or the selected) hub, the axis. */
export function sectionsFor(g: Game, ctx: OrderContext): OrderSection[] {
  const out: OrderSection[] = [];
  if (ctx.formation) out.push(formationSection(g, ctx.formation));
  const hub = ctx.node ? hubSection(g, ctx.node) : null;
  if (hub) out.push(hub);
  const axis = ctx.axis ? axisSection(g, ctx.axis) : null;
  if (axis) out.push(axis);
  return out;
}

/** What a shortcut needs selected first, as text data (worded when the notice shows). */
export interface NeedFirst { need: NoticeText }

/** The option a shortcut letter stands for in this context, or what to select first. */
export function optionForKey(g: Game, ctx: OrderContext, order: OrderKey): OrderOption | NeedFirst {
  switch (order) {
    case 'cyber': return promptOption(order, t('order.cyberChoose'), { kind: 'cyber' }, networkOptions(g));
    case 'reassure': return promptOption(order, t('order.reassureChoose'), { kind: 'reassure' }, nationOptions(g));
    case 'summit': case 'protocol': case 'munitions': case 'euroLift':
      return coalitionOptions(g).find((o) => o.order === order)!;
    default: {
      const found = sectionsFor(g, ctx).flatMap((s) => s.options).find((o) => o.order === order);
      const need = NEEDS[order];
      return found ?? { need: { ui: need ?? 'order.selectFirst' } };
    }
  }
}

/** A choice list's option, priced as the engine prices its choices (the cheapest of them). */
function promptOption(order: OrderKey, label: string, prompt: Prompt, choices: readonly OrderOption[]): OrderOption {
  const cost = choices.length ? Math.min(...choices.map((c) => c.cost)) : 0;
  return { key: order, order, label, shortcut: ORDER_SHORTCUTS[order], cmd: null, prompt, cost, days: null, effect: '', refusal: null, why: null, note: ORDER_NOTES[order] };
}

/** What to select first, for a shortcut pressed with nothing suitable selected. */
const NEEDS: Partial<Record<OrderKey, 'need.formation' | 'need.ready' | 'need.anyFormation' | 'need.exerciseHub' | 'need.hub' | 'need.axis'>> = {
  activate: 'need.formation',
  move: 'need.ready',
  airlift: 'need.ready',
  training: 'need.anyFormation',
  exercise: 'need.exerciseHub',
  preposition: 'need.hub',
  missileDefence: 'need.hub',
  isr: 'need.axis',
  plan: 'need.axis',
  commit: 'need.axis',
  surge: 'need.axis',
};
