/**
 * Translations (issue 5): every key in every language, the same placeholders in each, no English
 * left in Ukrainian, numbers and plural forms as Ukrainian writes them, and a list of the level
 * texts a language does not translate (which fall back to the level's own text).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { parseLevelText } from '../../src/levels/parseLevel';
import type { Level } from '../../src/levels/schema';
import { readFileSync } from 'node:fs';
import { EN, describeEntry, indexLevel, type Catalog } from '../../src/engine';
import { english, LANGUAGE_NAMES, languageCodes, loadLanguage, placeholders, setLanguage, t, tIn, type Language } from '../../src/i18n';
import { UI_EN_ALL as UI_EN } from '../../src/i18n/screenText';
import { CATALOG_NAMES, englishCatalogs } from '../../src/i18n/catalogs';
import { GENERATOR_TEXT } from '../../src/levels/generatorText';
import { generateLevel, GENERATOR_POOL_LEVEL } from '../../src/levels/generateLevel';
import { SPEEDRUN_TEXT } from '../../src/i18n/catalogs/speedrun';
import { REPLAY_TEXT } from '../../src/i18n/catalogs/replay';
import { tpl } from '../../src/i18n/template';
import UK from '../../src/i18n/lang/uk';
import { localLevel, missingTranslations } from '../../src/i18n/levelText';
import { resolveDay, newGame, type LogEntry } from '../../src/engine';
import { greedyBot } from '../../src/bots/greedy';
import { englishVocabulary, englishWordsIn, SHARED_WORDS } from '../helpers/english';
import { REPO } from '../helpers/shipped';

const languages = async (): Promise<Language[]> => Promise.all(languageCodes().map(loadLanguage));

/** The engine catalog's templates, section by section ("refusal.noStaff" → template). */
function catalogTemplates(c: Catalog): Map<string, string> {
  const out = new Map<string, string>();
  for (const [section, v] of Object.entries(c)) {
    if (typeof v === 'function' || typeof v === 'string') continue;
    if (Array.isArray(v)) v.forEach((x, i) => out.set(`${section}.${i}`, String(x)));
    else for (const [k, x] of Object.entries(v as Record<string, string>)) out.set(`${section}.${k}`, x);
  }
  return out;
}

/** A greedy game with its whole log (every order, refusal, event, tally...). */
function playLogged(level: Level, seed: string): LogEntry[] {
  let s = newGame(level, seed);
  const log: LogEntry[] = [];
  while (s.status === 'playing') {
    const r = resolveDay(s, level, greedyBot(s, level).orders);
    log.push(...r.log);
    s = r.state;
  }
  return log;
}

const levelFiles = () => readdirSync(`${REPO}levels`).filter((f) => f.endsWith('.json')).map((f) => {
  const r = parseLevelText(readFileSync(`${REPO}levels/${f}`, 'utf8'), f);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.level;
});

describe('languages', () => {
  it('ships English and Ukrainian, found by their files', async () => {
    expect(languageCodes()).toEqual(expect.arrayContaining(['en', 'uk']));
    expect((await loadLanguage('uk')).name).toBe('Українська');
  });

  it('names each shipped language as its own file does, without loading it', async () => {
    const langs = await languages();
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual(langs.map((l) => l.code).sort());
    for (const l of langs) expect(LANGUAGE_NAMES[l.code], l.code).toBe(l.name);
  });

  it('every interface key is present in every language, and nothing else', async () => {
    for (const lang of await languages()) {
      expect(Object.keys(lang.ui).sort(), lang.code).toEqual(Object.keys(UI_EN).sort());
      for (const [k, v] of Object.entries(lang.ui)) expect(v.trim().length, `${lang.code} ${k}`).toBeGreaterThan(0);
    }
  });

  it('every engine sentence, word and note is present in every language', async () => {
    const en = catalogTemplates(EN);
    for (const lang of await languages()) {
      expect([...catalogTemplates(lang.engine).keys()].sort(), lang.code).toEqual([...en.keys()].sort());
      expect(Object.keys(lang.engine.nation).sort()).toEqual(Object.keys(EN.nation).sort());
      expect(Object.keys(lang.notes).sort()).toEqual(Object.keys(english().notes).sort());
    }
  });

  it('placeholders match between languages, in the interface and in the engine catalog', async () => {
    const en = catalogTemplates(EN);
    for (const lang of await languages()) {
      for (const [k, v] of Object.entries(UI_EN)) expect(placeholders(lang.ui[k as keyof typeof UI_EN]), `${lang.code} ui ${k}`).toEqual(placeholders(v));
      for (const [k, v] of catalogTemplates(lang.engine)) expect(placeholders(v), `${lang.code} engine ${k}`).toEqual(placeholders(en.get(k)!));
    }
  });

  it('leaves no English in Ukrainian: every text that needs translating differs, and holds no English word', () => {
    const vocab = englishVocabulary();
    const offenders: string[] = [];
    const check = (where: string, en: string, uk: string) => {
      const words = englishWordsIn(uk.replace(/\{[^{}]*\}/g, ' '), vocab);
      if (words.length) offenders.push(`${where}: ${words.join(', ')} in "${uk}"`);
      // A text with English words in it must have been translated (keys such as "ISR {used}" need not).
      if (uk === en && englishWordsIn(en.replace(/\{[^{}]*\}/g, ' '), vocab).length) offenders.push(`${where}: untranslated "${uk}"`);
    };
    for (const [k, v] of Object.entries(UI_EN)) check(`ui ${k}`, v, UK.ui[k as keyof typeof UI_EN]);
    const en = catalogTemplates(EN);
    for (const [k, v] of catalogTemplates(UK.engine)) check(`engine ${k}`, en.get(k)!, v);
    for (const [k, n] of Object.entries(UK.notes)) check(`note ${k}`, english().notes[k as keyof typeof UK.notes].text, n.text);
    const en2 = englishCatalogs();
    for (const name of CATALOG_NAMES) {
      for (const [k, v] of Object.entries(UK.catalogs![name])) {
        // File names stay as they are in every language.
        if (/\.json$/.test(v)) continue;
        check(`${name} ${k}`, (en2[name] as Record<string, string>)[k]!, v);
      }
    }
    for (const [k, v] of Object.entries(UK.generator!)) if (typeof v === 'string') check(`generator ${k}`, (GENERATOR_TEXT as Record<string, unknown>)[k] as string, v);
    expect(offenders).toEqual([]);
  });

  it('the sharing, replay, save and speedrun catalogs: every sentence in Ukrainian, same placeholders, swapped in and out with the language', async () => {
    const en = englishCatalogs();
    for (const lang of await languages()) {
      if (!lang.catalogs) { expect(lang.code).toBe('en'); continue; }
      for (const name of CATALOG_NAMES) {
        expect(Object.keys(lang.catalogs[name]).sort(), `${lang.code} ${name}`).toEqual(Object.keys(en[name]).sort());
        for (const [k, v] of Object.entries(en[name])) expect(placeholders((lang.catalogs[name] as Record<string, string>)[k]!), `${lang.code} ${name}.${k}`).toEqual(placeholders(v));
      }
      const g = lang.generator!;
      for (const [k, v] of Object.entries(GENERATOR_TEXT)) if (typeof v === 'string') expect(placeholders((g as Record<string, unknown>)[k] as string), `generator ${k}`).toEqual(placeholders(v));
    }
    try {
      setLanguage(UK);
      expect(SPEEDRUN_TEXT.panelTitle).toBe('Спідран');
      expect(tpl(SPEEDRUN_TEXT.gameDays, { days: 3 })).toBe('3 дні');
      expect(tpl(REPLAY_TEXT.verified, { kind: 'к', title: 'Т', seed: 's', days: 21, outcome: 'о' })).toBe('Запис гри перевірено (к): Т, сід s, 21 день — о.');
    } finally {
      setLanguage(english());
    }
    expect(SPEEDRUN_TEXT.panelTitle).toBe('Speedrun');
    expect(tpl(SPEEDRUN_TEXT.gameDays, { days: 3 })).toBe('3 days');
    expect(tpl(SPEEDRUN_TEXT.gameDays, { days: 1 })).toBe('1 day');
  });

  it('words a generated level in Ukrainian from its figures, naming its campaign places in Ukrainian', () => {
    const pool = levelFiles().find((l) => l.id === GENERATOR_POOL_LEVEL)!;
    const r = generateLevel('klas-gen', pool);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const L = localLevel(r.level, UK);
    expect(L.title).toMatch(/^Згенерований рівень: /);
    expect(L.briefing).toContain('«klas-gen»');
    const vocab = englishVocabulary();
    for (const text of [L.title, L.summary, L.briefing, ...r.level.nodes.map((n) => L.node(n.id)), ...r.level.deck.map((c) => L.card(c.id).title)]) {
      expect(englishWordsIn(text, vocab), text).toEqual([]);
    }
    // English keeps the generator's own words.
    expect(localLevel(r.level, english()).title).toBe(r.level.title);
  });

  it('writes numbers and plural forms as Ukrainian does', () => {
    expect(UK.number(40000)).toBe('40\u00a0000');
    expect(UK.number(950)).toBe('950');
    expect(UK.number(-1500)).toBe('-1\u00a0500');
    const days = (n: number) => tIn(UK, 'unit.days', { n });
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(days)).toEqual([
      '1 день', '2 дні', '4 дні', '5 днів', '11 днів', '12 днів', '14 днів', '21 день', '22 дні', '25 днів', '101 день', '111 днів',
    ]);
    expect(tIn(UK, 'hud.ready', { ready: 18500, needed: 40000 })).toBe('Готові війська 18\u00a0500 / 40\u00a0000');
    expect(tIn(english(), 'hud.ready', { ready: 18500, needed: 40000 })).toBe('Ready troops 18,500 / 40,000');
    expect(tIn(english(), 'unit.days', { n: 1 })).toBe('1 day');
    expect(tIn(english(), 'unit.days', { n: 3 })).toBe('3 days');
  });

  it('t() reads the current language and falls back to English for a missing key', () => {
    try {
      setLanguage({ ...UK, ui: { ...UK.ui, 'title.newGame': undefined as unknown as string } });
      expect(t('hud.day', { day: 3 })).toBe('День 3');
      expect(t('title.newGame')).toBe('New game');
    } finally {
      setLanguage(english());
    }
    expect(t('hud.day', { day: 3 })).toBe('Day 3');
  });

  it('translates every text of the levels it covers, and lists what other levels lack (they fall back to their own text)', () => {
    const report: string[] = [];
    for (const level of levelFiles()) {
      const missing = missingTranslations(level, UK);
      if (UK.levels[level.id]) expect(missing, `uk ${level.id}`).toEqual([]);
      if (missing.length) report.push(`uk ${level.id}: ${missing.length} text(s) untranslated: ${missing.slice(0, 12).join('; ')}${missing.length > 12 ? '…' : ''}`);
      // A missing translation reads as the level's own text, never as a blank or an id.
      const L = localLevel(level, { ...UK, levels: {} });
      expect(L.title).toBe(level.title);
      expect(L.node(level.nodes[0]!.id)).toBe(level.nodes[0]!.name);
    }
    if (report.length) console.info(`Level texts without a Ukrainian translation:\n  ${report.join('\n  ')}`);
    expect(UK.levels.tutorial).toBeDefined();
    expect(UK.levels['forty-thousand']).toBeDefined();
  });

  it('the Ukrainian level texts and names hold no English', () => {
    const vocab = englishVocabulary();
    const bad: string[] = [];
    const walk = (v: unknown, where: string) => {
      if (typeof v === 'string') { const w = englishWordsIn(v, vocab); if (w.length) bad.push(`${where}: ${w.join(', ')}`); }
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
    };
    walk(UK.levels, 'levels');
    walk(UK.map, 'map');
    expect(bad).toEqual([]);
  });

  it('renders every log line of whole games in Ukrainian with every placeholder filled and no English', () => {
    const vocab = englishVocabulary();
    for (const level of levelFiles()) {
      const ix = indexLevel(level);
      const names = localLevel(level, UK).names;
      for (const seed of ['a', 'b']) {
        for (const e of playLogged(level, seed)) {
          const line = describeEntry(e, ix, UK.engine, names);
          expect(line, line).not.toMatch(/\{\w+(\|[^}]*)?\}/);
          expect(englishWordsIn(line, vocab), line).toEqual([]);
        }
      }
    }
  });

  it('keeps the shared words list honest: each is a name or a technical token', () => {
    for (const w of SHARED_WORDS) expect(w).toMatch(/^[A-Za-z]+$/);
  });
});

describe('plurals', () => {
  /** Every string of a catalog, nested objects included. */
  const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : o && typeof o === 'object' ? Object.values(o).flatMap(strings) : []);

  it('no English sentence writes "(s)" where the plural rule picks the word form', () => {
    const all = [...strings(EN), ...strings(UI_EN), ...strings(englishCatalogs())];
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter((x) => /\w\(s\)/.test(x))).toEqual([]);
  });
});
