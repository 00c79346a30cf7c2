import type { DayMark } from '../../engine';
import { t } from '../../i18n';
import { GRID_WIDTH, gridRows, resultCardLines, type ResultCardFacts } from './resultCard';

/**
 * The result card as a picture: a list of drawing steps (boxes and words with their places and
 * colours) worked out here without a canvas, so a test can check what will be drawn; paintCard
 * (resultCardPng.ts) only carries the steps out on a canvas.
 */
export type DrawStep =
  | { k: 'box'; x: number; y: number; w: number; h: number; color: string; radius: number }
  /** `maxWidth`: the canvas narrows a longer line to fit (a long level title must not run into the grid) */
  | { k: 'text'; x: number; y: number; text: string; size: number; weight: 400 | 600; color: string; align: 'left' | 'center'; maxWidth?: number };

export interface CardDrawing { width: number; height: number; steps: DrawStep[] }

/** The picture's size: the 1.91:1 of a link preview, so it shows whole where it is posted. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export const MARK_COLOR: Readonly<Record<DayMark, string>> = {
  quiet: '#33404f',
  deterred: '#3f9e5a',
  mixed: '#d9a22b',
  landed: '#cf4a44',
};

/** A sign inside each square, so the pattern reads without telling red from green. */
export const MARK_SIGN: Readonly<Record<DayMark, string>> = { quiet: '', deterred: '✓', mixed: '±', landed: '✕' };

const INK = '#eef2f6';
const MUTED = '#a9b6c4';
const BACKGROUND = '#15202c';
const GRID_LEFT = 690;
const GRID_MARGIN = 60;
const GRID_SPAN = CARD_HEIGHT - 2 * GRID_MARGIN;
const GAP = 6;
const TEXT_WIDTH = GRID_LEFT - 60 - 30;
/** The readiness day's square is ringed in this colour. */
export const READY_RING = '#f0e442';

export function resultCardDrawing(f: ResultCardFacts): CardDrawing {
  const l = resultCardLines(f);
  const steps: DrawStep[] = [
    { k: 'box', x: 0, y: 0, w: CARD_WIDTH, h: CARD_HEIGHT, color: BACKGROUND, radius: 0 },
    { k: 'box', x: 0, y: 0, w: 14, h: CARD_HEIGHT, color: f.won ? MARK_COLOR.deterred : MARK_COLOR.landed, radius: 0 },
    { k: 'text', x: 60, y: 90, text: l.head, size: 34, weight: 600, color: INK, align: 'left', maxWidth: TEXT_WIDTH },
    { k: 'text', x: 60, y: 150, text: l.verdict, size: 22, weight: 400, color: INK, align: 'left', maxWidth: TEXT_WIDTH },
    { k: 'text', x: 60, y: 196, text: l.events, size: 24, weight: 400, color: MUTED, align: 'left', maxWidth: TEXT_WIDTH },
    { k: 'text', x: 60, y: 236, text: l.seed, size: 24, weight: 400, color: MUTED, align: 'left', maxWidth: TEXT_WIDTH },
    // The grade, large: the one thing seen at a glance.
    { k: 'box', x: 60, y: 300, w: 220, h: 220, color: '#22303f', radius: 18 },
    { k: 'text', x: 170, y: 470, text: f.grade, size: 170, weight: 600, color: f.won ? INK : MARK_COLOR.landed, align: 'center' },
  ];
  const legend: DayMark[] = ['deterred', 'mixed', 'landed', 'quiet'];
  legend.forEach((m, i) => {
    const y = 330 + i * 48;
    steps.push({ k: 'box', x: 320, y, w: 30, h: 30, color: MARK_COLOR[m], radius: 5 });
    if (MARK_SIGN[m]) steps.push({ k: 'text', x: 335, y: y + 23, text: MARK_SIGN[m], size: 20, weight: 600, color: INK, align: 'center' });
    steps.push({ k: 'text', x: 364, y: y + 23, text: legendWord(m), size: 20, weight: 400, color: MUTED, align: 'left' });
  });
  if (f.readinessDay !== null) {
    const y = 330 + legend.length * 48;
    steps.push({ k: 'box', x: 316, y: y - 4, w: 38, h: 38, color: READY_RING, radius: 8 }, { k: 'box', x: 320, y, w: 30, h: 30, color: MARK_COLOR.quiet, radius: 5 });
    steps.push({ k: 'text', x: 364, y: y + 23, text: t('card.readinessRing'), size: 20, weight: 400, color: MUTED, align: 'left' });
  }
  const rows = gridRows(f.days);
  // Squares as large as the tallest game allows, up to 56 px.
  const cell = Math.max(8, Math.min(56, Math.floor(GRID_SPAN / Math.max(rows.length, 1)) - GAP));
  // The grid sits in the middle of its column, however many weeks the game lasted.
  const top = Math.round((CARD_HEIGHT - rows.length * (cell + GAP) + GAP) / 2);
  rows.forEach((row, r) => row.forEach((m, c) => {
    const x = GRID_LEFT + c * (cell + GAP);
    const y = top + r * (cell + GAP);
    const day = r * GRID_WIDTH + c + 1;
    if (day === f.readinessDay) steps.push({ k: 'box', x: x - 4, y: y - 4, w: cell + 8, h: cell + 8, color: READY_RING, radius: Math.round(cell / 6) + 3 });
    steps.push({ k: 'box', x, y, w: cell, h: cell, color: MARK_COLOR[m], radius: Math.round(cell / 6) });
    if (MARK_SIGN[m] && cell >= 20) steps.push({ k: 'text', x: x + cell / 2, y: y + cell * 0.72, text: MARK_SIGN[m], size: Math.round(cell * 0.6), weight: 600, color: INK, align: 'center' });
  }));
  return { width: CARD_WIDTH, height: CARD_HEIGHT, steps };
}

function legendWord(m: DayMark): string {
  switch (m) {
    case 'quiet': return t('card.quietDay');
    case 'deterred': return t('card.deterredDay');
    case 'mixed': return t('card.mixedDay');
    case 'landed': return t('card.landedDay');
  }
}
