import type { Catalog } from '../engine';
import type { UI_EN } from './lang/en';
import type { UI_EN_SCREENS } from './screenText';
import type { Catalogs } from './catalogs';
import type { GENERATOR_TEXT } from '../levels/generatorText';

/** Every interface string has a key; a translation must supply them all (the type checks it). */
export type UiKey = keyof typeof UI_EN | keyof typeof UI_EN_SCREENS;
export type UiCatalog = Record<UiKey, string>;

/** The general learning notes (in every language; levels may carry more of their own). */
export const NOTE_IDS = [
  'article5', 'responseForce', 'readiness', 'coalition', 'enablers', 'airlift', 'gauge', 'prepositioning',
  'exercises', 'interoperability', 'plans', 'triggers', 'isr', 'missileDefence', 'cyber', 'surge', 'munitions',
  'politicalWill', 'commitments', 'grayZone', 'escalation', 'deterrence',
] as const;
export type NoteId = (typeof NOTE_IDS)[number];
export interface Note { title: string; text: string }

/**
 * A level's texts in one language, by field and id. Anything left out falls back to the level
 * file's own text (English for the shipped levels), so a new level plays before it is translated.
 */
export interface LevelText {
  title?: string;
  summary?: string;
  briefing?: string;
  /** what the class should take away (level files carry none: languages supply them) */
  goals?: string[];
  notes?: Record<string, Note>;
  axes?: Record<string, { name?: string; description?: string }>;
  nodes?: Record<string, string>;
  formations?: Record<string, string>;
  cards?: Record<string, { title?: string; text?: string }>;
}

/**
 * One language: everything the game shows, in one object. Adding a language is adding one file
 * in src/i18n/lang/ whose default export is a Language.
 */
export interface Language {
  /** BCP 47 code, also the file's name: "en", "uk" */
  code: string;
  /** the language's own name for itself, for the settings list */
  name: string;
  number(n: number): string;
  plural(n: number): number;
  ui: UiCatalog;
  /** the engine's sentences: refusals, effects, the log, status words, nations, rungs */
  engine: Catalog;
  /** level texts by level id */
  levels: Record<string, LevelText>;
  notes: Record<NoteId, Note>;
  /** map labels: countries by ISO alpha-3 code, seas by their English name */
  map: { countries: Record<string, string>; waters: Record<string, string> };
  /** the sharing, replay, save and speedrun features' sentences (English: the modules' own) */
  catalogs?: Catalogs;
  /** the texts of generated levels (English: src/levels/generatorText.ts) */
  generator?: GeneratorText;
}

export type GeneratorText = { -readonly [K in Exclude<keyof typeof GENERATOR_TEXT, 'nationInText'>]: string } & { nationInText: Record<string, string> };
