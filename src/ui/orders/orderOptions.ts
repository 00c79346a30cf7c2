import {
  evaluateCommand, indexLevel, isRefusal, NATION_NAMES, NETWORKS, STAFF_COST, type Command, type GameState, type NationId,
} from '../../engine';
import type { Level } from '../../levels/schema';
import type { Prompt, Selection } from '../../store/gameStore';
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
}

export interface OrderSection { key: string; title: string; options: OrderOption[] }

/** What the orders apply to: the selection and what follows from it (a formation's hub, a hub's axis). */
export interface OrderContext { formation: string | null; node: string | null; axis: string | null }

interface Game { state: GameState; level: Level }

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

export function optionFor({ state, level }: Game, key: string, order: OrderKey, label: string, cmd: Command): OrderOption {
  const a = evaluateCommand(state, level, cmd);
  const base = { key, order, label, shortcut: ORDER_SHORTCUTS[order], cmd, prompt: null };
  if (isRefusal(a)) return { ...base, cost: STAFF_COST[cmd.type], days: null, effect: '', refusal: a.text };
  return { ...base, cost: a.cost, days: durationOf(state.day, a.detail.arrivalDay ?? a.detail.readyDay), effect: a.effect, refusal: null };
}

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
      o: optionFor(g, `${kind}:${n.id}`, kind, n.name, { type: kind, formation, to: n.id }),
    }));
  out.sort((a, b) => rank(a.o) - rank(b.o) || Number(b.staging) - Number(a.staging) || (a.o.days ?? 0) - (b.o.days ?? 0) || a.o.label.localeCompare(b.o.label));
  return out.map((x) => x.o);
}

const rank = (o: OrderOption) => (o.refusal ? 1 : 0);

/** "Move…" and "Airlift…" as one option each: enabled when some destination is legal. */
function chooser(g: Game, formation: string, kind: 'move' | 'airlift', label: string): OrderOption {
  const dests = destinationOptions(g, formation, kind);
  const legal = dests.filter((d) => !d.refusal);
  const base = { key: kind, order: kind, label, shortcut: ORDER_SHORTCUTS[kind], cmd: null, cost: STAFF_COST[kind] } as const;
  if (legal.length === 0) {
    const first = dests[0];
    return { ...base, prompt: null, days: null, effect: '', refusal: first?.refusal ?? 'There is nowhere to go from here.' };
  }
  const best = legal[0]!;
  return {
    ...base,
    prompt: { kind, formation },
    days: best.days,
    effect: `Choose a destination: ${legal.length} reachable; soonest: ${best.label}${best.days ? ` in ${best.days === 1 ? '1 day' : `${best.days} days`}` : ''}.`,
    refusal: null,
  };
}

export function formationSection(g: Game, formation: string): OrderSection {
  const ix = indexLevel(g.level);
  const name = ix.formations[ix.formation.get(formation) ?? -1]?.name ?? formation;
  return {
    key: 'formation',
    title: name,
    options: [
      optionFor(g, 'activate', 'activate', 'Activate', { type: 'activate', formation }),
      chooser(g, formation, 'move', 'Move…'),
      chooser(g, formation, 'airlift', 'Airlift…'),
      optionFor(g, 'training', 'training', 'US training', { type: 'allocate', enabler: 'training', formation }),
    ],
  };
}

export function hubSection(g: Game, hub: string): OrderSection | null {
  const ix = indexLevel(g.level);
  const ni = ix.node.get(hub);
  if (ni === undefined || !ix.staging[ni]) return null;
  return {
    key: 'hub',
    title: `At ${g.level.nodes[ni]!.name}`,
    options: [
      optionFor(g, 'exercise', 'exercise', 'Joint exercise', { type: 'exercise', hub }),
      optionFor(g, 'preposition', 'preposition', 'Pre-position equipment', { type: 'preposition', hub }),
      optionFor(g, 'missileDefence', 'missileDefence', 'Missile-defence battery', { type: 'allocate', enabler: 'missileDefence', hub }),
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
    title: `${g.level.axes[ai]!.name} axis`,
    options: [
      optionFor(g, 'isr', 'isr', 'ISR coverage', { type: 'allocate', enabler: 'isr', axis: id }),
      optionFor(g, 'plan', 'plan', 'Contingency plan', { type: 'plan', axis: id }),
      optionFor(g, 'commit', 'commit', 'Public commitment', { type: 'commit', axis: id }),
      optionFor(g, 'surge', 'surge', 'US surge', { type: 'surge', axis: id }),
    ],
  };
}

export function networkOptions(g: Game): OrderOption[] {
  return NETWORKS.map((network) => optionFor(g, `cyber:${network}`, 'cyber', `Cyber defence: ${network} network`, { type: 'allocate', enabler: 'cyber', network }));
}

export function nationOptions(g: Game): OrderOption[] {
  return g.level.nations.map((n, i) =>
    optionFor(g, `reassure:${n.id}`, 'reassure', `Reassure ${NATION_NAMES[n.id as NationId]} (will ${g.state.will[i]})`, { type: 'reassure', nation: n.id }));
}

/** Coalition-wide orders that need no selection. */
export function coalitionOptions(g: Game): OrderOption[] {
  return [
    optionFor(g, 'summit', 'summit', 'Leaders’ summit', { type: 'summit' }),
    optionFor(g, 'protocol', 'protocol', 'Rapid-reaction protocol', { type: 'protocol' }),
    optionFor(g, 'munitions', 'munitions', 'Munitions for Ukraine', { type: 'allocate', enabler: 'munitions' }),
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

/** The option a shortcut letter stands for in this context, or why there is none. */
export function optionForKey(g: Game, ctx: OrderContext, order: OrderKey): OrderOption | string {
  switch (order) {
    case 'cyber': return promptOption(order, 'Cyber defence…', { kind: 'cyber' });
    case 'reassure': return promptOption(order, 'Reassure…', { kind: 'reassure' });
    case 'summit': case 'protocol': case 'munitions':
      return coalitionOptions(g).find((o) => o.order === order)!;
    default: {
      const found = sectionsFor(g, ctx).flatMap((s) => s.options).find((o) => o.order === order);
      return found ?? NEEDS[order] ?? 'Select something on the map or in the lists first.';
    }
  }
}

function promptOption(order: OrderKey, label: string, prompt: Prompt): OrderOption {
  return { key: order, order, label, shortcut: ORDER_SHORTCUTS[order], cmd: null, prompt, cost: STAFF_COST.allocate, days: null, effect: '', refusal: null };
}

/** What to select first, for a shortcut pressed with nothing suitable selected. */
const NEEDS: Partial<Record<OrderKey, string>> = {
  activate: 'Select a formation first (Forces list, or click it on the map).',
  move: 'Select a formation that is ready to move first.',
  airlift: 'Select a formation that is ready to move first.',
  training: 'Select a formation first.',
  exercise: 'Select a staging hub first (Places list), or a formation standing at one.',
  preposition: 'Select a staging hub first (Places list).',
  missileDefence: 'Select a staging hub first (Places list).',
  isr: 'Select an axis first (Places list).',
  plan: 'Select an axis first (Places list).',
  commit: 'Select an axis first (Places list).',
  surge: 'Select an axis first (Places list).',
};
