import { eventPattern, scoreOf, type DayMark, type Grade } from '../../engine';
import type { GameSession } from '../../session/session';
import { t } from '../../i18n';
import { lt } from '../../i18n/levelText';

/**
 * The result card: what a finished game comes to, in a form worth sending to a friend — the
 * level, the seed, the readiness day, the grade, and the day-by-day pattern of deterred and
 * landed events as a grid of squares, a week to a row (as Wordle's shared grid is a guess to a
 * row). Every fact is read from the engine (its score and its event entries), never recounted.
 */
export interface ResultCardFacts {
  level: string;
  seed: string;
  won: boolean;
  /** the day the game ended */
  endDay: number;
  readinessDay: number | null;
  par: number;
  grade: Grade;
  deterred: number;
  landed: number;
  /** days 1..endDay */
  days: DayMark[];
}

/** Days to a row of the grid: a week. */
export const GRID_WIDTH = 7;

export const MARK_SQUARE: Readonly<Record<DayMark, string>> = {
  quiet: '⬜',
  deterred: '🟩',
  mixed: '🟨',
  landed: '🟥',
};

export function resultCardFacts(g: GameSession): ResultCardFacts {
  const st = g.state;
  const score = scoreOf(st, g.level);
  return {
    level: lt(g.level).title,
    seed: g.seed,
    won: st.status === 'won',
    endDay: st.day,
    readinessDay: st.readinessDay,
    par: g.level.par,
    grade: score.grade,
    deterred: st.deterred,
    landed: st.landed,
    days: eventPattern(g.log, st.day),
  };
}

/** The grid, a week to a row. */
export function gridRows(days: readonly DayMark[]): DayMark[][] {
  const rows: DayMark[][] = [];
  for (let i = 0; i < days.length; i += GRID_WIDTH) rows.push(days.slice(i, i + GRID_WIDTH));
  return rows;
}

/** The card's lines of words, shared by the text and the picture. */
export function resultCardLines(f: ResultCardFacts): { head: string; verdict: string; seed: string; events: string; legend: string } {
  return {
    head: `${t('app.name')} · ${f.level}`,
    verdict: f.won && f.readinessDay !== null
      ? t('card.won', { day: f.readinessDay, par: f.par, grade: f.grade })
      : t('card.lost', { day: f.endDay, grade: f.grade }),
    seed: t('card.seed', { seed: f.seed }),
    events: t('card.events', { deterred: f.deterred, landed: f.landed }),
    legend: t('card.legend', { deterred: MARK_SQUARE.deterred, landed: MARK_SQUARE.landed, mixed: MARK_SQUARE.mixed, quiet: MARK_SQUARE.quiet }),
  };
}

/** The card as text for the clipboard; `link` (the level and seed's link) ends it when given. */
export function resultCardText(f: ResultCardFacts, link?: string): string {
  const l = resultCardLines(f);
  const grid = gridRows(f.days).map((row) => row.map((m) => MARK_SQUARE[m]).join(''));
  return [l.head, l.verdict, l.seed, l.events, '', ...grid, l.legend, ...(link ? ['', link] : [])].join('\n');
}
