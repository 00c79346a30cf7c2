/**
 * The sentence catalogs of the sharing, replay, save and speedrun features (written with tpl(),
 * template.ts). They are i18n's own objects (catalogs/<feature>.ts), which those features read;
 * a language fills them (English first, then the language's own), so every screen built
 * afterwards speaks it. The English originals are kept here to go back to.
 */
import { REPLAY_TEXT } from './catalogs/replay';
import { SAVE_TEXT } from './catalogs/saves';
import { SHARE_TEXT } from './catalogs/share';
import { setPluralRule, tpl } from './template';
import { SPEEDRUN_TEXT } from './catalogs/speedrun';
import { SHARE_UI } from './catalogs/shareUi';

type Words<T> = { -readonly [K in keyof T]: string };

export interface Catalogs {
  share: Words<typeof SHARE_TEXT>;
  replay: Words<typeof REPLAY_TEXT>;
  saves: Words<typeof SAVE_TEXT>;
  speedrun: Words<typeof SPEEDRUN_TEXT>;
  shareUi: Words<typeof SHARE_UI>;
}

export type CatalogName = keyof Catalogs;

const TARGETS: Record<CatalogName, Record<string, string>> = {
  share: SHARE_TEXT, replay: REPLAY_TEXT, saves: SAVE_TEXT, speedrun: SPEEDRUN_TEXT, shareUi: SHARE_UI,
};

const ENGLISH = Object.fromEntries(Object.entries(TARGETS).map(([name, words]) => [name, { ...words }])) as unknown as Catalogs;

export const CATALOG_NAMES = Object.keys(TARGETS) as CatalogName[];

/** The English catalogs, as shipped (a copy). */
export function englishCatalogs(): Catalogs {
  return structuredClone(ENGLISH);
}

/** Make the feature catalogs speak a language (English where it has no word). */
export function applyCatalogs(catalogs: Partial<Catalogs> | undefined, plural: (n: number) => number): void {
  for (const name of CATALOG_NAMES) Object.assign(TARGETS[name], ENGLISH[name], catalogs?.[name] ?? {});
  setPluralRule(plural);
}

/** A feature catalog's sentence in the current language, filled (text stored as data: a notice). */
export function catalogText(name: CatalogName, key: string, params: Readonly<Record<string, string | number>> = {}): string {
  const words = TARGETS[name];
  return tpl(Object.hasOwn(words, key) ? words[key]! : key, params);
}
