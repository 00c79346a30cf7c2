import { milestoneName as localMilestone } from '../../i18n/engineText';
import { tpl } from '../../i18n/template';
import { categoryKept, CATEGORY_IDS, type CategoryId } from '../../speedrun/categories';
import { elapsed, formatClock, formatDelta } from '../../speedrun/clock';
import { splitRows } from '../../speedrun/splits';
import { SPEEDRUN_TEXT as S } from '../../i18n/catalogs/speedrun';
import { comparisonOf, type ComparisonKind, type RunView } from '../../speedrun/tracker';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import type { ShareFeature } from './feature';
import { copyText } from './io';
import { SHARE_UI as T } from '../../i18n/catalogs/shareUi';
import { watchStore } from './watchStore';

// Read when drawn, so they follow the interface language (src/i18n swaps the catalogs).
export const CATEGORY_TEXT: Record<CategoryId, string> = { get any() { return S.catAny; }, get noUndeterred() { return S.catNoUndeterred; }, get noSurge() { return S.catNoSurge; } };
/** "first formation staged" → "First formation staged". */
export const milestoneName = (id: string): string => {
  const t = localMilestone(id);
  return t.charAt(0).toLocaleUpperCase() + t.slice(1);
};

const COMPARISON_TEXT: Record<ComparisonKind, string> = { get pb() { return S.cmpPb; }, get sob() { return S.cmpSob; }, get replay() { return S.cmpReplay; }, get none() { return S.cmpNone; } };

function deltaCell(days: number | null, ms: number | null, gold: boolean, tag: 'td' | 'span' = 'td'): HTMLElement {
  const parts: string[] = [];
  let cls = 'even';
  let word: string = S.even;
  if (days !== null) {
    parts.push(tpl(S.deltaDays, { sign: days < 0 ? '−' : days > 0 ? '+' : '±', days: Math.abs(days) }));
    if (days < 0) { cls = 'ahead'; word = S.ahead; } else if (days > 0) { cls = 'behind'; word = S.behind; }
  }
  if (ms !== null) {
    parts.push(formatDelta(ms));
    if (days === null || days === 0) { cls = ms < 0 ? 'ahead' : ms > 0 ? 'behind' : 'even'; word = ms < 0 ? S.ahead : ms > 0 ? S.behind : S.even; }
  }
  if (parts.length === 0) return h(tag, { class: 'delta', text: '—' });
  // Ahead and behind are said in words and signs, not by colour alone; gold has a star and a word.
  return h(tag, { class: `delta ${cls}${gold ? ' gold' : ''}` },
    // In the table the sign says it; the word is for screen readers (and shown on the last-split line).
    h('span', { text: parts.join(' ') }), ' ', h('small', { class: tag === 'td' ? 'sr-only' : '', text: word }),
    gold ? h('span', { class: 'gold-mark', attrs: { title: S.gold } }, ' ★', h('span', { class: 'sr-only', text: ` ${S.gold}` })) : null);
}

/**
 * The speedrun panel: the real-time clock and the in-game days, the seed (copyable), the splits at
 * the milestones with their delta against the chosen comparison and gold for a best segment.
 * Everything is DOM text. The clock's figure is redrawn ten times a second while it runs.
 */
export function createRunPanel(f: ShareFeature, store: GameStore): HTMLElement {
  const time = h('span', { class: 'run-time', attrs: { 'data-run': 'time' } });
  const state = h('span', { class: 'run-state', attrs: { 'data-run': 'state' } });
  const days = h('span', { class: 'run-days', attrs: { 'data-run': 'days' } });
  const seed = h('span', { class: 'run-seed-text' });
  let seedValue = '';
  const copySeed = h('button', { class: 'small', attrs: { type: 'button', 'data-key': 'run-copy-seed' }, text: T.copySeed, on: { click: () => copyText(seedValue, T.whatSeed, null, (k, t) => f.notify(k, t)) } });
  const cmpSelect = h('select', { attrs: { id: 'run-comparison' } });
  const catSelect = h('select', { attrs: { id: 'run-category' } }, ...CATEGORY_IDS.map((c) => h('option', { attrs: { value: c }, text: CATEGORY_TEXT[c] })));
  cmpSelect.addEventListener('change', () => f.tracker.setComparison(cmpSelect.value as ComparisonKind));
  catSelect.addEventListener('change', () => f.tracker.setCategory(catSelect.value as CategoryId));
  const body = h('tbody');
  const note = h('p', { class: 'run-note', attrs: { 'aria-live': 'polite' } });
  const table = h('table', { class: 'splits', attrs: { 'data-splits': '' } },
    h('caption', { class: 'sr-only', text: S.splitsCaption }),
    h('thead', {}, h('tr', {}, ...[S.colMilestone, S.colDay, S.colTime, S.colDelta].map((c) => h('th', { attrs: { scope: 'col' }, text: c })))),
    body);
  const last = h('p', { class: 'run-last', attrs: { 'data-run': 'last-split' } });
  const el = h('section', { class: 'panel run-panel', attrs: { 'aria-labelledby': 'run-title', 'data-run-panel': '' } },
    h('div', { class: 'run-head' },
      h('h2', { attrs: { id: 'run-title' }, text: S.panelTitle }),
      h('div', { class: 'run-clock', attrs: { role: 'timer', 'aria-label': S.realTime } }, time, ' ', state)),
    h('p', { class: 'run-line' }, h('span', { class: 'lbl', text: `${S.gameTime}: ` }), days, h('span', { class: 'lbl', text: ' · ' }), seed, copySeed),
    last,
    h('details', { class: 'run-splits' },
      h('summary', { text: S.splitsTitle }),
      h('div', { class: 'run-controls' },
        h('label', { attrs: { for: 'run-comparison' }, text: S.comparison }), cmpSelect,
        h('label', { attrs: { for: 'run-category' }, text: S.category }), catSelect),
      table),
    note);

  let ticking: ReturnType<typeof setInterval> | null = null;
  const drawTime = () => {
    const v = f.tracker.view.getState();
    time.textContent = formatClock(elapsed(v.clock, performance.now()));
  };

  const render = (v: RunView) => {
    const g = store.getState().session;
    el.hidden = !v.playable || !g;
    if (!g || !v.playable) return;
    drawTime();
    state.textContent = v.clock.status === 'idle' ? `(${S.clockIdle})` : v.clock.status === 'paused' ? `(${S.clockPaused})` : v.clock.status === 'stopped' ? `(${S.clockStopped})` : '';
    if (!v.timed) state.textContent += ` · ${S.untimed}`;
    const finished = g.state.status !== 'playing';
    days.textContent = tpl(S.gameDays, { days: finished ? g.state.day : g.state.day - 1 });
    seedValue = g.seed;
    seed.textContent = tpl(T.seedShown, { seed: g.seed });
    const kinds: ComparisonKind[] = ['pb', 'sob', ...(v.replayCmp ? ['replay' as const] : []), 'none'];
    swap(cmpSelect, kinds.map((k) => h('option', { attrs: { value: k }, text: k === 'replay' ? tpl(COMPARISON_TEXT.replay, { label: v.replayCmp!.label }) : COMPARISON_TEXT[k] })));
    cmpSelect.value = v.comparison;
    catSelect.value = v.category;
    const { cmp, best } = comparisonOf(v);
    const rows = splitRows(v.splits, cmp, best);
    swap(body, rows.map((r) => h('tr', { class: r.day !== null ? 'split-done' : 'split-ahead', attrs: { 'data-split': r.id } },
      h('th', { attrs: { scope: 'row' }, text: milestoneName(r.id) }),
      h('td', { class: 'fig', text: r.day !== null ? String(r.day) : r.cmpDay !== null ? `(${r.cmpDay})` : '—' }),
      h('td', { class: 'fig', text: r.ms !== null ? formatClock(r.ms) : r.cmpMs !== null ? `(${formatClock(r.cmpMs)})` : '—' }),
      r.day !== null ? deltaCell(r.deltaDays, r.deltaMs, r.gold) : h('td', { class: 'delta', text: '' }))));
    // The latest split, always in view: what autosplitters and the eye both want.
    const reached = rows.filter((r) => r.day !== null).sort((a, b) => (a.ms ?? 0) - (b.ms ?? 0) || a.day! - b.day! || a.index - b.index);
    const latest = reached[reached.length - 1];
    swap(last, latest ? [
      h('span', { class: 'lbl', text: `${S.lastSplit}: ` }), `${milestoneName(latest.id)}, ${tpl(S.dayN, { day: latest.day! })} `,
      deltaCell(latest.deltaDays, latest.deltaMs, latest.gold, 'span'),
    ] : [h('span', { class: 'lbl', text: S.noSplitYet })]);
    const notes: string[] = [];
    if (v.untimedWhy) notes.push(tpl(S.untimedWhy, { why: v.untimedWhy === 'restored' ? S.whyRestored : S.whyBranched }));
    if (!categoryKept(v.category, g.state, g.level)) notes.push(tpl(S.categoryBroken, { category: CATEGORY_TEXT[v.category] }));
    if (v.finished) notes.push(finishText(v));
    if (cmp.days.every((d) => d === null) && v.comparison !== 'none') notes.push(S.noComparison);
    note.textContent = notes.join(' ');
    const running = v.clock.status === 'running';
    if (running && ticking === null) ticking = setInterval(drawTime, 100);
    if (!running && ticking !== null) { clearInterval(ticking); ticking = null; }
  };
  watchStore(f.tracker.view, (v) => [v], render);
  watchStore(store, (s) => [s.session?.state], () => render(f.tracker.view.getState()));
  return el;
}

export function finishText(v: RunView): string {
  const fin = v.finished!;
  const time = v.timed ? ` (${formatClock(fin.ms)})` : '';
  if (!fin.recorded) return S.pbNotRecorded;
  if (fin.newBest.length) return tpl(S.pbNew, { categories: fin.newBest.map((c) => CATEGORY_TEXT[c]).join(', '), day: fin.day, time });
  const rec = v.book.records.find((r) => r.level === v.level && r.seedMode === v.seedMode && r.category === 'any');
  return tpl(S.pbNone, { day: fin.day, time, pbDay: rec?.day ?? '—' });
}
