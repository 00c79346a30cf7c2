/**
 * What "English left on a Ukrainian screen" means, for the unit tests and the browser tests: a
 * Latin-letter word of three letters or more that the English texts use (the interface, the
 * engine's sentences, the level files) and that is not a name or a technical token both languages
 * share (ISR, GPS, WebGL, Patriot…).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { EN_LANGUAGE } from '../../src/i18n/lang/en';
import { englishCatalogs } from '../../src/i18n/catalogs';
import { GENERATOR_TEXT } from '../../src/levels/generatorText';
import { REPO } from './shipped';

/** Latin words a Ukrainian text may keep: acronyms, product and proper names, key names, link options. */
export const SHARED_WORDS = new Set([
  'ISR', 'GPS', 'RAND', 'Patriot', 'Aegis', 'Ashore', 'WebGL', 'Canvas', 'webgl', 'canvas', 'auto', 'pan', 'empty',
  'Enter', 'Tab', 'Ctrl', 'Esc', 'Shift', 'Home', 'End', 'PIN', 'CSV', 'PDF', 'PNG', 'UTC', 'https', 'gen', 'GUARANTOR',
]);

function strings(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** Every English text: the interface, the engine's catalog, the notes, and the shipped level files. */
export function englishTexts(): string[] {
  const out = strings([EN_LANGUAGE.ui, EN_LANGUAGE.notes, EN_LANGUAGE.levels, { ...EN_LANGUAGE.engine, number: null, plural: null }, englishCatalogs(), GENERATOR_TEXT], []);
  for (const f of readdirSync(`${REPO}levels`).filter((x) => x.endsWith('.json'))) {
    const level = JSON.parse(readFileSync(`${REPO}levels/${f}`, 'utf8')) as Record<string, unknown>;
    strings([level.title, level.summary, level.briefing, level.learningNotes, level.axes, level.deck], out);
    for (const n of (level.nodes as Array<{ name: string }>)) out.push(n.name);
    for (const n of (level.nations as Array<{ roster: Array<{ name: string }> }>)) for (const f2 of n.roster) out.push(f2.name);
  }
  return out;
}

/** The English vocabulary: words of 3+ Latin letters in the English texts, less the shared ones. */
export function englishVocabulary(): Set<string> {
  const words = new Set<string>();
  for (const s of englishTexts()) {
    // Placeholders ({formation}) are not words anyone reads.
    for (const w of s.replace(/\{[^{}]*\}/g, ' ').match(/[A-Za-z]{3,}/g) ?? []) if (!SHARED_WORDS.has(w)) words.add(w.toLowerCase());
  }
  return words;
}

/** The English words found in a text (empty: none). */
export function englishWordsIn(text: string, vocabulary: Set<string>): string[] {
  // Commands (npm run -s verify) and seeds (lantern-otter-47, daily-2026-03-01) are typed as they are in any language.
  const plain = text.replace(/npm run(?: -s)? [\w:-]+/g, ' ').replace(/\b[a-z]+(?:-[a-z]+)*(?:-\d+)+\b/g, ' ');
  return (plain.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !SHARED_WORDS.has(w) && vocabulary.has(w.toLowerCase()));
}
