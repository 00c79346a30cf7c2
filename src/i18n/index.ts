/**
 * The interface's language: t(key, params) reads the current language's catalog. English ships
 * in the first download; any other language file in lang/ is loaded when it is chosen. The
 * current language is a setting (store/settings.ts); app/boot.ts applies it before the
 * interface is built and rebuilds the interface when it changes.
 */
import { EN_LANGUAGE } from './lang/en';
import { format, type Params } from './format';
import { applyCatalogs } from './catalogs';
import type { Language, UiKey } from './types';

export type { Language, LevelText, Note, NoteId, UiKey } from './types';
export { NOTE_IDS } from './types';
export { format, placeholders, type Params } from './format';

type Loaders = Record<string, () => Promise<{ default: Language }>>;
let loaderTable: Loaders | null = null;

/**
 * The language files other than English, each loaded on demand. Vite fills this table at build
 * time; where the code runs without Vite (the CLI under tsx) there is no table, and only English.
 */
function loaders(): Loaders {
  if (loaderTable) return loaderTable;
  try {
    loaderTable = import.meta.glob<{ default: Language }>(['./lang/*.ts', '!./lang/en.ts']);
  } catch {
    loaderTable = {};
  }
  return loaderTable;
}
const loaded = new Map<string, Language>([['en', EN_LANGUAGE]]);

let current: Language = EN_LANGUAGE;

export const DEFAULT_LANGUAGE = 'en';

/** The codes of every language the game ships, English first. */
export function languageCodes(): string[] {
  const codes = Object.keys(loaders()).map((p) => p.replace(/^.*\/(.+)\.ts$/, '$1'));
  return [DEFAULT_LANGUAGE, ...codes.filter((c) => c !== DEFAULT_LANGUAGE).sort()];
}

export function isLanguageCode(code: unknown): code is string {
  return typeof code === 'string' && languageCodes().includes(code);
}

/**
 * The shipped languages' own names, as each language file gives it (a test holds them equal), so
 * the settings' language list needs neither the file nor Intl.DisplayNames, whose first use loads
 * the browser's locale data: tens of milliseconds on a phone, in the task that builds the page.
 */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', uk: 'Українська' };

/** A language's own name ("Українська"), known without loading its file. */
export function languageName(code: string): string {
  const known = loaded.get(code)?.name ?? LANGUAGE_NAMES[code];
  if (known) return known;
  try {
    const n = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return n.charAt(0).toLocaleUpperCase(code) + n.slice(1);
  } catch {
    return code;
  }
}

/** Load a language file (English is always there). Rejects for a code the game does not ship. */
export async function loadLanguage(code: string): Promise<Language> {
  const hit = loaded.get(code);
  if (hit) return hit;
  const loader = loaders()[`./lang/${code}.ts`];
  if (!loader) throw new Error(`no language "${code}"`);
  const lang = (await loader()).default;
  loaded.set(code, lang);
  return lang;
}

export function setLanguage(lang: Language): void {
  loaded.set(lang.code, lang);
  current = lang;
  applyCatalogs(lang.catalogs, lang.plural);
}

export function language(): Language {
  return current;
}

export const english = (): Language => EN_LANGUAGE;

/** An interface string in the current language (English where a translation lacks the key). */
export function t(key: UiKey, params: Params = {}): string {
  const template = current.ui[key] ?? EN_LANGUAGE.ui[key] ?? key;
  return format(template, params, current);
}

/** The same string in a given language (for tests and for exports that name their language). */
export function tIn(lang: Language, key: UiKey, params: Params = {}): string {
  return format(lang.ui[key] ?? EN_LANGUAGE.ui[key] ?? key, params, lang);
}

/** A whole number with the current language's digit grouping. */
export function num(n: number): string {
  return current.number(n);
}
