import type { LevelIndex } from '../levelIndex';
import type { Catalog } from './en';
import type { Message } from './message';
import { fillTemplate } from './template';

/** How a language names the level's things; a translation may supply its own names. */
export interface NameBook {
  formation(id: string): string;
  node(id: string): string;
  axis(id: string): string;
  card(id: string): string;
  /** "the rail link Przemyśl–Lviv" */
  link(id: string, c: Catalog): string;
}

/** Names straight from the level file (the level's own language, English for shipped levels). */
export function levelNames(ix: LevelIndex): NameBook {
  const byId = <T extends { id: string }>(list: readonly T[], pick: (t: T) => string) => {
    const m = new Map(list.map((t) => [t.id, pick(t)]));
    return (id: string) => m.get(id) ?? id;
  };
  return {
    formation: byId(ix.formations, (f) => f.name),
    node: byId(ix.level.nodes, (n) => n.name),
    axis: byId(ix.level.axes, (a) => a.name),
    card: byId(ix.level.deck, (c) => c.title),
    link(id, c) {
      const l = ix.level.links[ix.link.get(id) ?? -1];
      return l ? fill(c.fact.linkName, { kind: l.kind, from: l.from, to: l.to }, c, this) : id;
    },
  };
}

const NODE_KEYS = new Set(['node', 'from', 'to', 'hub', 'dest', 'at']);

/**
 * Fill a template (the one filler, template.ts): each {key} is rendered by what its name says it
 * holds (a node id becomes the node's name, an enabler id the enabler's word...), numbers get the
 * language's separators, and anything unknown is printed as given. Never throws: a missing
 * parameter stays visible as {key}. {key|form|form...} picks the word form for the number in `key`
 * by the language's plural rule.
 */
export function fill(template: string, params: Record<string, string | number>, c: Catalog, names: NameBook): string {
  return fillTemplate(template, params, { plural: c.plural, value: (key, v) => nameValue(key, v, params, c, names) });
}

function nameValue(key: string, v: string | number, params: Record<string, string | number>, c: Catalog, names: NameBook): string {
  if (key === 'rung') return c.rung[Number(v)] ?? String(v);
  if (typeof v === 'number') return c.number(v);
  if (key === 'formation') return names.formation(v);
  // Lists travel as comma-separated ids: a route of nodes, the nations or links an event hit.
  if (key === 'route') return v.split(',').map(names.node).join(' → ');
  if (key === 'link') return names.link(v, c);
  if (key === 'links') return v.split(',').map((l) => names.link(l, c)).join(c.fact.listJoin);
  if (key === 'nations') return v.split(',').map((n) => c.nation[n] ?? n).join(c.fact.listJoin);
  if (NODE_KEYS.has(key)) return names.node(v);
  if (key === 'axis') return names.axis(v);
  if (key === 'card') return names.card(v);
  if (key === 'nation') return c.nation[v] ?? v;
  if (key === 'enabler') return c.enabler[v] ?? v;
  if (key === 'network') return c.network[v] ?? v;
  if (key === 'kind') return c.linkKind[v] ?? v;
  if (key === 'role') return fill(c.role[v] ?? v, params, c, names);
  if (key === 'status') return fill(c.status[v] ?? v, params, c, names);
  if (key === 'state') return fill(c.state[v] ?? v, params, c, names);
  if (key === 'milestone') return c.milestone[v] ?? v;
  if (key === 'pressure') return c.pressure[v] ?? v;
  if (key === 'reason') return c.end[v] ?? v;
  return v;
}

/** Render a message from a section of the catalog ('refusal', 'effect', 'log'...). */
export function render(section: Record<string, string>, m: Message, c: Catalog, names: NameBook): string {
  const head = fill(section[m.key] ?? m.key, m.params, c, names);
  return m.more?.length ? [head, ...m.more.map((x) => render(section, x, c, names))].join(' ') : head;
}
