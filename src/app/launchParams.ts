import type { Level } from '../levels/schema';
import { isLanguageCode, languageCodes, t } from '../i18n';
import { isGeneratedId } from '../levels/generateLevel';
import { resolveLevel } from '../levels/resolveLevel';
import { levelProblemText } from '../i18n/levelProblem';
import { checkSeed } from '../session/seed';

/**
 * What the page's link asks for: `?level=<id>&seed=<seed>` opens a game directly (the id of a
 * built-in level, or "gen-" + a seed for a generated level); `renderer`
 * picks the map renderer; `bench` opens the benchmark scenes of tools/bench-browser.ts. Anything
 * wrong becomes a message for the title screen, never an exception.
 */
export interface Launch {
  level: Level | null;
  seed: string | null;
  renderer: 'webgl' | 'canvas' | 'auto' | null;
  bench: 'pan' | 'empty' | null;
  errors: string[];
}

const BENCH_LEVEL = 'forty-thousand';

const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

export function readLaunch(search: string, levels: readonly Level[]): Launch {
  const q = new URLSearchParams(search);
  const out: Launch = { level: null, seed: null, renderer: null, bench: null, errors: [] };

  const renderer = q.get('renderer');
  if (renderer !== null) {
    if (renderer === 'webgl' || renderer === 'canvas' || renderer === 'auto') out.renderer = renderer;
    else out.errors.push(t('link.renderer', { value: shown(renderer) }));
  }
  const bench = q.get('bench');
  if (bench !== null) {
    if (bench === 'pan' || bench === 'empty') out.bench = bench;
    else out.errors.push(t('link.bench', { value: shown(bench) }));
  }
  // A known `lang` is applied by boot.ts before the interface is built; an unknown one is explained.
  const lang = q.get('lang');
  if (lang !== null && !isLanguageCode(lang)) out.errors.push(t('link.lang', { value: shown(lang), known: languageCodes().join(', ') }));

  const seed = q.get('seed');
  let seedOk = true;
  if (seed !== null) {
    const c = checkSeed(seed);
    if (c.ok) out.seed = c.seed;
    else {
      seedOk = false;
      out.errors.push(t('link.badSeed', { error: c.error }));
    }
  }

  const levelId = q.get('level') ?? (out.bench ? BENCH_LEVEL : null);
  if (levelId !== null) {
    const generated = isGeneratedId(levelId) ? resolveLevel(levelId, levels) : null;
    const level = generated?.ok ? generated.level : levels.find((l) => l.id === levelId) ?? null;
    if (generated && !generated.ok) out.errors.push(levelProblemText(generated.problem));
    else if (!level) {
      const known = levels.map((l) => l.id).join(', ') || t('link.none');
      out.errors.push(levelId === '' ? t('link.noLevel', { known }) : t('link.unknownLevel', { value: shown(levelId), known }));
    } else if (seedOk) {
      out.level = level;
    }
  }
  if (out.bench && !out.seed && seedOk) out.seed = 'bench';
  return out;
}
