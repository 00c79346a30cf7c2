/**
 * A level's texts in a language: the translation where there is one, the level file's own text
 * where there is not. Ids never change with the language; only what the player reads does.
 */
import { fill, indexLevel, type Catalog, type NameBook } from '../engine';
import type { Level } from '../levels/schema';
import type { LevelCard } from '../levels/levelCard';
import { GENERATED_PREFIX, GENERATOR_POOL_LEVEL } from '../levels/generateLevel';
import { format } from './format';
import { english, language } from './index';
import type { Language, LevelText, Note } from './types';

export interface LocalLevel {
  title: string;
  summary: string;
  briefing: string;
  /** learning goals: the language's, else English's, else none (the briefing adds general ones) */
  goals: string[];
  notes: Array<Note & { id: string }>;
  node(id: string): string;
  axis(id: string): string;
  axisDescription(id: string): string;
  formation(id: string): string;
  card(id: string): { title: string; text: string };
  /** the names the engine's sentences use, in this language */
  names: NameBook;
}

const cache = new WeakMap<Level, Map<string, LocalLevel>>();

export function localLevel(level: Level, lang: Language): LocalLevel {
  let byLang = cache.get(level);
  if (!byLang) cache.set(level, (byLang = new Map()));
  const hit = byLang.get(lang.code);
  if (hit) return hit;
  const tx: LevelText = textOf(level, lang);
  const ix = indexLevel(level);
  const nodeName = new Map(level.nodes.map((n) => [n.id, tx.nodes?.[n.id] ?? n.name]));
  const formationName = new Map(ix.formations.map((f) => [f.id, tx.formations?.[f.id] ?? f.name]));
  const axisOf = new Map<string, Level['axes'][number]>(level.axes.map((a) => [a.id, a]));
  const cardOf = new Map(level.deck.map((c) => [c.id, c]));
  const names: NameBook = {
    formation: (id) => formationName.get(id) ?? id,
    node: (id) => nodeName.get(id) ?? id,
    axis: (id) => tx.axes?.[id]?.name ?? axisOf.get(id)?.name ?? id,
    card: (id) => tx.cards?.[id]?.title ?? cardOf.get(id)?.title ?? id,
    link(id: string, c: Catalog) {
      const l = level.links[ix.link.get(id) ?? -1];
      return l ? fill(c.fact.linkName, { kind: l.kind, from: l.from, to: l.to }, c, this) : id;
    },
  };
  const local: LocalLevel = {
    title: tx.title ?? level.title,
    summary: tx.summary ?? level.summary,
    briefing: tx.briefing ?? level.briefing,
    goals: tx.goals ?? textOf(level, english()).goals ?? [],
    notes: level.learningNotes.map((n) => ({ id: n.id, title: tx.notes?.[n.id]?.title ?? n.title, text: tx.notes?.[n.id]?.text ?? n.text })),
    node: names.node,
    axis: names.axis,
    axisDescription: (id) => tx.axes?.[id]?.description ?? axisOf.get(id)?.description ?? id,
    formation: names.formation,
    card: (id) => ({ title: names.card(id), text: tx.cards?.[id]?.text ?? cardOf.get(id)?.text ?? id }),
    names,
  };
  byLang.set(lang.code, local);
  return local;
}

/** The level in the current language. */
export function lt(level: Level): LocalLevel {
  return localLevel(level, language());
}

/**
 * Which of a level's texts a language does not translate, as "field id" strings ("nodes lviv",
 * "cards t-veto text"). English needs none: the level files are written in it.
 */
export function missingTranslations(level: Level, lang: Language): string[] {
  if (lang.code === 'en') return [];
  if (!lang.levels[level.id]) return ['(the whole level)'];
  const tx = textOf(level, lang);
  const out: string[] = [];
  for (const f of ['title', 'summary', 'briefing'] as const) if (!tx[f]) out.push(f);
  if (!tx.goals?.length) out.push('goals');
  for (const n of level.learningNotes) {
    if (!tx.notes?.[n.id]?.title) out.push(`notes ${n.id} title`);
    if (!tx.notes?.[n.id]?.text) out.push(`notes ${n.id} text`);
  }
  for (const a of level.axes) {
    if (!tx.axes?.[a.id]?.name) out.push(`axes ${a.id} name`);
    if (!tx.axes?.[a.id]?.description) out.push(`axes ${a.id} description`);
  }
  for (const n of level.nodes) if (tx.nodes?.[n.id] === undefined) out.push(`nodes ${n.id}`);
  for (const f of level.nations.flatMap((x) => x.roster)) if (tx.formations?.[f.id] === undefined) out.push(`formations ${f.id}`);
  for (const c of level.deck) {
    if (!tx.cards?.[c.id]?.title) out.push(`cards ${c.id} title`);
    if (!tx.cards?.[c.id]?.text) out.push(`cards ${c.id} text`);
  }
  return out;
}

/**
 * A level's translation: its own entry; for a classroom format of another level
 * (levels/<id>-50min.json) the places, forces, events, axes, notes and goals are that level's,
 * so only the format's own title, summary and briefing need words of their own.
 */
function textOf(level: Level, lang: Language): LevelText {
  if (!level.format && !lang.levels[level.id] && level.id.startsWith(GENERATED_PREFIX)) return generatedText(level, lang);
  return shippedText(level, lang);
}

/** The translation of a shipped level (or of one of its formats). */
function shippedText(level: Pick<Level, 'id' | 'format'>, lang: Language): LevelText {
  const own = lang.levels[level.id];
  if (level.format) {
    const { title: _t, summary: _s, briefing: _b, ...shared } = lang.levels[level.format.of] ?? {};
    return { ...shared, ...own };
  }
  return own ?? {};
}

/** A shipped level's name on the title screen, in the current language (its file need not be loaded). */
export function cardTitle(card: LevelCard): string {
  return shippedText(card, language()).title ?? card.title;
}

/** A shipped level's card's brief in the current language, once the card has it. */
export function cardBrief(card: LevelCard): Pick<LocalLevel, 'summary' | 'briefing' | 'notes'> | null {
  const b = card.brief;
  if (!b) return null;
  const tx = shippedText(card, language());
  return {
    summary: tx.summary ?? b.summary,
    briefing: tx.briefing ?? b.briefing,
    notes: b.learningNotes.map((n) => ({ id: n.id, title: tx.notes?.[n.id]?.title ?? n.title, text: tx.notes?.[n.id]?.text ?? n.text })),
  };
}

/**
 * A generated level (src/levels/generateLevel.ts) in a language: its places, forces, events and
 * notes are the campaign's, so the campaign's translation names them; its title, summary and
 * briefing are worded again from the language's generator templates with the level's figures.
 */
function generatedText(level: Level, lang: Language): LevelText {
  const pool = lang.levels[GENERATOR_POOL_LEVEL] ?? {};
  const names: LevelText = { nodes: pool.nodes, formations: pool.formations, cards: pool.cards, axes: pool.axes, notes: pool.notes };
  const G = lang.generator;
  if (!G) return names;
  const fill = (t: string, p: Record<string, string | number>) => format(t, p, lang);
  const list = (items: string[], join: string, last: string) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(join)}${last}${items[items.length - 1]}`);
  const axisName = (a: Level['axes'][number]) => pool.axes?.[a.id]?.name ?? a.name;
  const axes = list(level.axes.map(axisName), G.and, G.and);
  const nations = list(level.nations.map((n) => G.nationInText[n.id] ?? lang.engine.nation[n.id] ?? n.id), G.listJoin, G.and);
  const axisWord = level.axes.length === 1 ? G.axisOne : G.axisMany;
  const heaviest = [...level.deck].sort((a, b) => b.severity - a.severity)[0];
  const seed = level.id.slice(GENERATED_PREFIX.length);
  return {
    ...names,
    title: fill(G.title, { axes, seed }),
    summary: fill(G.summary, { nations, axes, axisWord, deadline: level.deadline, par: level.par }),
    briefing: fill(G.briefing, {
      seed, nations, axes, axisWord, deadline: level.deadline, cards: level.deck.length,
      heaviest: heaviest ? pool.cards?.[heaviest.id]?.title ?? heaviest.title : '',
      axisLines: level.axes.map((a) => fill(G.axisLine, { name: axisName(a), description: pool.axes?.[a.id]?.description ?? a.description })).join(' '),
    }),
  };
}
