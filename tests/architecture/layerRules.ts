/**
 * The layers of src/ and which may use which (docs/architecture.md and the README's code layout
 * say the same in words). Each rule is checked over the import graph; a broken rule is reported
 * as the import that breaks it.
 */
import { layerOf, type ImportEdge } from './importGraph';

/** Features below the store: they may use the session, the engine, levels and i18n, never the page. */
export const FEATURES = ['replay', 'saves', 'share', 'speedrun', 'classroom'] as const;
/** The page: what is on screen and how it is wired. */
const PAGE = ['store', 'app', 'ui', 'scenes'];
/** What the session layer may import besides itself. */
const SESSION_MAY_USE = new Set(['engine', 'levels', 'i18n', ...FEATURES]);
/** Packages the engine may use (the seeded random generator); anything else would make it impure. */
const ENGINE_PACKAGES = [/^seedrandom(\/|$)/];

export interface Violation { rule: string; edge: ImportEdge }

const describeEdge = (e: ImportEdge) => `${e.from}:${e.line} imports '${e.spec}'${e.external ? '' : ` (${e.to})`}`;
export const formatViolation = (v: Violation) => `${describeEdge(v.edge)} — ${v.rule}`;

/** Rules about one import at a time. */
export function edgeViolations(edges: readonly ImportEdge[]): Violation[] {
  const out: Violation[] = [];
  for (const e of edges) {
    const from = layerOf(e.from);
    const to = e.external ? null : layerOf(e.to);
    const broken = (rule: string) => out.push({ rule, edge: e });
    if (from === 'engine') {
      if (e.external) {
        if (!ENGINE_PACKAGES.some((p) => p.test(e.to))) broken('the engine imports no package but its seeded random generator');
      } else if (to !== 'engine' && !engineReadsLevelTypes(e)) {
        broken('the engine imports nothing but itself and type-only imports of src/levels/schema');
      }
    }
    if (to !== null && (FEATURES as readonly string[]).includes(from) && PAGE.includes(to)) {
      broken(`${from} is a feature: it never imports store, app, ui or scenes`);
    }
    if ((from === 'ui' && to === 'scenes') || (from === 'scenes' && to === 'ui')) {
      broken('ui and scenes never import each other; both read the store and send actions');
    }
    if (from === 'session' && to !== null && to !== 'session' && !SESSION_MAY_USE.has(to)) {
      broken('the session imports only the engine, levels, i18n and the features');
    }
    // The live classroom's server runs in Node beside the store, never the page; what it shares
    // with the browser (src/live) is below both.
    if ((from === 'server' || from === 'live') && to !== null && PAGE.includes(to)) {
      broken(`${from} is the live classroom's ${from === 'server' ? 'server' : 'shared protocol'}: it never imports store, app, ui or scenes`);
    }
    if (from !== 'server' && to === 'server') {
      broken('nothing imports the server: the browser talks to it over the network (src/live holds what both share)');
    }
    if (to === 'app' && from !== 'app' && from !== 'main') {
      broken('app is wiring: nothing but src/main.ts imports it');
    }
  }
  return out;
}

/** The one import across layers that runs against the flow: the engine reads the level file's
 *  types (levels/schema builds the schema from the engine's id lists). Types only, gone at run time. */
const engineReadsLevelTypes = (e: ImportEdge) =>
  e.typeOnly && layerOf(e.from) === 'engine' && e.to === 'src/levels/schema.ts';

/**
 * Folder-level cycles: folders that reach each other through imports (type-only imports count,
 * but for the engine's reading of the level types). Each cycle is reported with one import per
 * step, so the message says where to cut it.
 */
export function folderCycles(edges: readonly ImportEdge[]): string[] {
  const example = new Map<string, ImportEdge>();
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.external || engineReadsLevelTypes(e)) continue;
    const a = layerOf(e.from);
    const b = layerOf(e.to);
    if (a === b) continue;
    if (!next.has(a)) next.set(a, new Set());
    next.get(a)!.add(b);
    if (!example.has(`${a}>${b}`)) example.set(`${a}>${b}`, e);
  }
  // Tarjan's strongly connected components
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index); low.set(v, index); index++;
    stack.push(v); on.add(v);
    for (const w of next.get(v) ?? []) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const g: string[] = [];
      let w: string;
      do { w = stack.pop()!; on.delete(w); g.push(w); } while (w !== v);
      if (g.length > 1) groups.push(g.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!idx.has(v)) visit(v);

  return groups.map((g) => {
    const inGroup = new Set(g);
    // one shortest loop through the group's first folder, to name concrete imports
    const start = g[0]!;
    const prev = new Map<string, string>();
    const queue = [start];
    let end: string | null = null;
    while (queue.length && !end) {
      const v = queue.shift()!;
      for (const w of [...(next.get(v) ?? [])].sort()) {
        if (!inGroup.has(w)) continue;
        if (w === start) { end = v; break; }
        if (!prev.has(w)) { prev.set(w, v); queue.push(w); }
      }
    }
    const path = [start];
    for (let v = end!; v !== start; v = prev.get(v)!) path.splice(1, 0, v);
    path.push(start);
    const steps = path.slice(1).map((b, i) => `    ${describeEdge(example.get(`${path[i]}>${b}`)!)}`);
    return `folders ${g.join(', ')} import each other in a loop: ${path.join(' → ')}\n${steps.join('\n')}`;
  });
}
