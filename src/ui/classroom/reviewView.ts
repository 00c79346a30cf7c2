/**
 * The after-action review (docs/design.md section 10): the readiness curve against the 40,000 line and par,
 * credibility against resolve for every event with the numbers that decided it, the escalation
 * ladder and unity over time, and the decision log with each order's consequences. Figures come
 * from classroom/review.ts (the log alone); this only words and draws them. Printable (the
 * browser's print to PDF), with CSV and replay downloads.
 */
import { MILESTONE_IDS, type LogEntry, type MilestoneId } from '../../engine';
import { lineChart, pairChart } from '../../classroom/charts';
import { figuresCsv } from '../../classroom/csv';
import { sessionReplay } from '../../replay/replayFile';
import { reviewFromLog, type Decision, type EventDecision, type EventRow, type Review } from '../../classroom/review';
import { num, t, type UiKey } from '../../i18n';
import { commandText, endReasonText, entryText, factText, milestoneName, nationName, rungCount, rungName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import type { Level } from '../../levels/schema';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import type { GameSession } from '../../session/session';
import { h, swap, type Child } from '../dom';
import { contestTermsText, PRESSURE_KEY } from '../threats/contestTerms';
import { watch } from '../watch';
import { download, safeName } from './download';
import { noteIndex, openNote } from './notesDialog';
import { lineChartSvg, pairChartSvg } from './svgChart';
import { roleTag } from './teamNames';
import { classView } from './viewFrame';
import { createLessonClock, refreshLessonClocks } from './lessonClock';
import { turningPointsSection } from './turningPointsView';
import { turningPoints } from '../../classroom/turningPoints';
import { branchFromDay } from '../../classroom/branch';
import '../../i18n/screenText'; // the English of the classroom's screens, loaded with them

export function createReviewView(store: GameStore, actions: Actions): HTMLElement {
  const view = classView('review', t('rev.title'), () => actions.classroomUi({ view: null }));
  // The facilitator's clock belongs on the debrief screen of a classroom game only.
  const clock = createLessonClock(() => { const g = store.getState().session; return g?.classroom ? g.level : null; });
  watch(store, (s) => [s.ui.classroom.view, s.session?.days, s.session?.notes, s.session?.state.status], (s) => {
    const g = s.session;
    const open = s.ui.classroom.view === 'review' && g !== null;
    view.show(open);
    if (!open || !g) return;
    const review = reviewFromLog(g.level, g.log, g.notes ?? []);
    swap(view.body, [
      h('p', { class: 'rev-sub', text: subtitle(g) }),
      clock,
      h('div', { class: 'buttons no-print' },
        h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'rev-print' }, text: t('rev.print'), on: { click: () => printNow('review') } }),
        h('button', { attrs: { type: 'button', 'data-key': 'rev-csv' }, text: t('rev.csv'), on: { click: () => download(`${fileStem(g)}.csv`, reviewCsv(review, g.level), 'text/csv;charset=utf-8') } }),
        h('button', { attrs: { type: 'button', 'data-key': 'rev-replay' }, text: t('rev.replay'), on: { click: () => download(`${fileStem(g)}.replay.json`, `${JSON.stringify(sessionReplay(g), null, 1)}\n`, 'application/json') } }),
        h('button', { attrs: { type: 'button', 'data-key': 'rev-compare' }, text: t('rev.compare'), on: { click: () => actions.classroomUi({ view: 'compare' }) } }),
        h('button', { attrs: { type: 'button', 'data-key': 'rev-sources' }, text: t('sources.open'), on: { click: () => actions.classroomUi({ view: 'sources', from: 'review' }) } })),
      ...withTurningPoints(reviewSections(review, g.level, store), turningPointsSection(turningPoints(g.level, g.log), g.level,
        (p) => !g.viewOnly && p.branchDay <= g.days.length + 1,
        (p) => {
          const mine = branchFromDay(g, p.branchDay);
          if (!mine) return;
          actions.classroomUi({ view: null });
          actions.openSession(mine);
          actions.notify('info', t('kit.tp.branched', { day: mine.state.day }));
        })),
    ]);
    refreshLessonClocks();
  });
  return view.el;
}

/** The turning points come right after the summary: they are what the debrief starts from. */
function withTurningPoints(sections: HTMLElement[], turning: HTMLElement): HTMLElement[] {
  return [sections[0]!, turning, ...sections.slice(1)];
}

function subtitle(g: GameSession): string {
  const parts = [lt(g.level).title, t('rev.seed', { seed: g.seed })];
  if (g.classroom?.group) parts.push(g.classroom.group);
  return parts.join(' · ');
}

function fileStem(g: GameSession): string {
  return ['guarantor', g.level.id, safeName(g.seed), g.classroom?.group ? safeName(g.classroom.group) : null, `day${g.state.day}`].filter(Boolean).join('-');
}

/** Print one part of the page: the review, or handouts (see classroom.css's print rules). */
export function printNow(what: string): void {
  document.documentElement.dataset.print = what;
  window.print();
}

export function outcomeText(r: Review): string {
  const o = r.outcome;
  if (o.status === 'won') return t('rev.won', { day: o.readinessDay ?? o.day, par: r.par });
  if (o.status === 'lost') return t('rev.lost', { day: o.day, reason: endReasonText(o.reason ?? 'deadline') });
  return t('rev.playing', { day: o.day });
}

/** The review's sections for a game (also used for an imported replay). */
export function reviewSections(r: Review, level: Level, store: GameStore | null): HTMLElement[] {
  const L = lt(level);
  const lastDay = r.days[r.days.length - 1]!.day;
  const deterred = r.events.filter((e) => e.deterred).length;
  const peak = Math.max(...r.days.map((d) => d.ladder));
  return [
    h('section', { class: 'rev-section rev-summary' },
      h('h3', { text: outcomeText(r) }),
      h('dl', { class: 'facts' },
        ...pair(t('rev.events'), t('rev.eventsValue', { deterred, total: r.events.length })),
        ...pair(t('result.peak'), rungName(peak)),
        ...pair(t('result.unity'), String(r.days[r.days.length - 1]!.unity)),
        ...pair(t('rev.deadline'), t('result.dayN', { day: r.deadline }))),
      milestoneTable(r)),
    h('section', { class: 'rev-section' },
      h('h3', { text: t('rev.readiness') }),
      h('p', { class: 'hint', text: t('rev.readinessHint', { troops: r.troopsNeeded, par: r.par }) }),
      readinessChart([{ name: t('rev.readyTroops'), review: r }], r, true),
      legend([[0, t('rev.readyTroops')], [1, t('rev.coreTroops')]])),
    h('section', { class: 'rev-section' },
      h('h3', { text: t('rev.events') }),
      r.events.length
        ? pairChartSvg(pairChart({
          width: 760, height: 220,
          groups: r.events.map((e) => ({ label: t('rev.dayShort', { day: e.day }), a: e.credibility.total, b: e.resolve.total, mark: e.deterrable ? (e.deterred ? '✓' : '✗') : '!' })),
        }), t('rev.events'))
        : h('p', { class: 'hint', text: t('rev.noEvents') }),
      r.events.length ? legend([[0, t('rev.credibility'), 'bar-a'], [1, t('rev.resolve'), 'bar-b']]) : null,
      r.events.length ? eventTable(r.events, level) : null),
    h('section', { class: 'rev-section rev-pair' },
      h('div', {},
        h('h3', { text: t('rev.ladder') }),
        lineChartSvg(lineChart({
          width: 370, height: 200, xMax: Math.max(lastDay, 1), yMin: 0, yMax: rungCount() - 1, left: 96,
          series: [{ name: t('rev.ladder'), style: 2, step: true, points: r.days.map((d) => [d.day, d.ladder] as const) }],
          yTicks: Array.from({ length: rungCount() }, (_, i) => ({ at: i, label: rungName(i) })),
        }), t('rev.ladder'), t('rev.days'))),
      h('div', {},
        h('h3', { text: t('rev.unity') }),
        lineChartSvg(lineChart({
          width: 370, height: 200, xMax: Math.max(lastDay, 1), yMin: 0, yMax: 100, left: 40,
          series: [{ name: t('rev.unity'), style: 0, points: r.days.map((d) => [d.day, d.unity] as const) }],
          hLines: [{ at: r.unityFloor, label: t('rev.floor', { n: r.unityFloor }) }],
        }), t('rev.unity'), t('rev.days')))),
    h('section', { class: 'rev-section' },
      h('h3', { text: t('rev.decisions') }),
      h('p', { class: 'hint', text: t('rev.decisionsHint') }),
      decisionLog(r, level)),
    r.notes.length ? h('section', { class: 'rev-section' },
      h('h3', { text: t('rev.notes') }),
      h('ul', { class: 'rev-notes' }, ...r.notes.map((n) => h('li', { attrs: { 'data-note-day': n.day } }, h('strong', { text: `${t('result.dayN', { day: n.day })}: ` }), n.text)))) : null,
    h('section', { class: 'rev-section' },
      h('h3', { text: t('rev.learning') }),
      ...L.notes.map((n) => h('div', { class: 'rev-learning' }, h('h4', { text: n.title }), h('p', { text: n.text }))),
      store ? h('details', { class: 'no-print' }, h('summary', { text: t('notes.all') }), noteIndex(store, openNote)) : null),
  ].filter((x): x is HTMLElement => x !== null);
}

function pair(k: string, v: string): HTMLElement[] {
  return [h('dt', { text: k }), h('dd', { text: v })];
}

function legend(items: Array<[number, string, string?]>): HTMLElement {
  return h('ul', { class: 'legend', attrs: { 'aria-hidden': 'true' } }, ...items.map(([style, name, cls]) => h('li', {},
    h('span', { class: `swatch ${cls ?? `s${style % 6} line-${style % 6}`}` }), name)));
}

/** Ready troops by day for one or more runs, against the level's 40,000 and par. */
export function readinessChart(runs: Array<{ name: string; review: Review }>, r: Review, withCore: boolean): SVGSVGElement {
  const lastDay = Math.max(...runs.map((x) => x.review.days[x.review.days.length - 1]!.day));
  const yMax = Math.max(r.troopsNeeded * 1.15, ...runs.flatMap((x) => x.review.days.map((d) => d.ready)));
  const series = runs.map((x, i) => ({ name: x.name, style: withCore ? 0 : i, points: x.review.days.map((d) => [d.day, d.ready] as const) }));
  if (withCore) series.push({ name: t('rev.coreTroops'), style: 1, points: r.days.map((d) => [d.day, d.core] as const) });
  return lineChartSvg(lineChart({
    width: 760, height: 260, xMax: Math.max(r.deadline, lastDay), yMax, left: 64,
    series,
    yFormat: (v) => num(v),
    hLines: [{ at: r.troopsNeeded, label: t('rev.troopsLine', { n: r.troopsNeeded }) }],
    vLines: [{ at: r.par, label: t('rev.par', { day: r.par }) }, { at: r.deadline, label: t('rev.deadlineLine', { day: r.deadline }) }],
  }), t('rev.readiness'), t('rev.days'));
}

/** The milestones in the order they were reached (those not reached last, in their own order). */
export function milestonesByDay(reached: Readonly<Record<MilestoneId, number | null>>): MilestoneId[] {
  const day = (id: MilestoneId) => reached[id] ?? Infinity;
  return [...MILESTONE_IDS].sort((a, b) => day(a) - day(b) || MILESTONE_IDS.indexOf(a) - MILESTONE_IDS.indexOf(b));
}

function milestoneTable(r: Review): HTMLElement {
  return h('table', { class: 'rev-table milestones' },
    h('caption', { text: t('rev.milestones') }),
    h('tbody', {}, ...milestonesByDay(r.milestones).map((id) => h('tr', { attrs: { 'data-milestone': id } },
      h('th', { attrs: { scope: 'row' }, text: milestoneName(id) }),
      h('td', { text: r.milestones[id] === null ? '—' : t('result.dayN', { day: r.milestones[id]! }) })))));
}

/** Every event with the numbers that decided it: credibility term by term against resolve. */
function eventTable(events: readonly EventRow[], level: Level): HTMLElement {
  const L = lt(level);
  const credTerms = (e: EventRow) => contestTermsText(e.credibility);
  const resolveTerms = (e: EventRow) => t('rev.resolveTerms', { severity: e.resolve.severity, ladder: e.resolve.ladder, time: e.resolve.time, roll: e.resolve.roll, provocation: e.resolve.provocation });
  return h('table', { class: 'rev-table events' },
    h('thead', {}, h('tr', {}, ...(['rev.colDay', 'rev.colEvent', 'rev.colCredibility', 'rev.colResolve', 'rev.colOutcome'] as UiKey[]).map((k) => h('th', { attrs: { scope: 'col' }, text: t(k) })))),
    h('tbody', {}, ...events.map((e) => h('tr', { class: e.deterred ? 'deterred' : 'landed', attrs: { 'data-card': e.card } },
      h('td', { text: String(e.day) }),
      h('td', {}, h('strong', { text: L.card(e.card).title }), h('br'), h('small', { class: 'pressure', text: t(PRESSURE_KEY[e.pressure]) }), h('br'), h('small', { text: t('axis.title', { name: L.axis(e.axis) }) }),
        e.injected ? h('span', { class: 'tag', text: t('rev.injected') }) : null),
      h('td', {}, h('strong', { class: 'fig', text: String(e.credibility.total) }), h('br'), h('small', { text: credTerms(e) })),
      h('td', {}, h('strong', { class: 'fig', text: String(e.resolve.total) }), h('br'), h('small', { text: resolveTerms(e) })),
      h('td', {}, h('strong', { text: outcomeOf(e) }),
        e.effects.length && !e.deterred ? h('ul', { class: 'effects' }, ...e.effects.map((f) => h('li', { text: factText(f, level) }))) : null,
        e.ladder ? h('small', { text: t('rev.ladderMove', { from: rungName(e.ladder.from), to: rungName(e.ladder.to) }) }) : null)))));
}

function outcomeOf(e: EventRow): string {
  if (!e.deterrable) return t('rev.undeterrable');
  if (e.deterred) return t('rev.deterredBy', { n: e.margin });
  return e.blunted ? t('rev.landedBlunted', { n: -e.margin }) : t('rev.landedBy', { n: -e.margin });
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The decision log: each order (or event) with what it led to, by day. */
function decisionLog(r: Review, level: Level): HTMLElement {
  const byDay = new Map<number, Array<Decision | EventDecision>>();
  for (const d of r.log) byDay.set(d.day, [...(byDay.get(d.day) ?? []), d]);
  const days = [...byDay.keys()].sort((a, b) => a - b);
  if (days.length === 0) return h('p', { class: 'hint', text: t('rev.noDecisions') });
  return h('ol', { class: 'decisions' }, ...days.map((day) => h('li', { class: 'decision-day' },
    h('h4', { text: t('result.dayN', { day }) }),
    h('ul', {}, ...byDay.get(day)!.map((d) => decisionItem(d, level))))));
}

function decisionItem(d: Decision | EventDecision, level: Level): HTMLElement {
  const L = lt(level);
  const follow = (list: LogEntry[]) => list.length
    ? h('ul', { class: 'consequences' }, ...list.map((e) => h('li', {}, h('span', { class: 'mark', text: '→ ', attrs: { 'aria-hidden': 'true' } }), consequenceText(e, level))))
    : null;
  if (d.kind === 'event') {
    const e = d.event;
    const head: Child[] = [h('span', { class: 'mark', text: e.deterred ? '✓ ' : '✗ ', attrs: { 'aria-hidden': 'true' } }),
      h('strong', { text: L.card(e.card).title }), ` — ${outcomeOf(e)} (${t('rev.vs', { pressure: t(PRESSURE_KEY[e.pressure]), credibility: e.credibility.total, resolve: e.resolve.total })}: ${contestTermsText(e.credibility)})`];
    const effects = e.deterred ? [] : e.effects.map((f) => factText(f, level));
    return h('li', { class: `decision event ${e.deterred ? 'deterred' : 'landed'}`, attrs: { 'data-card': e.card } }, ...head,
      effects.length ? h('ul', { class: 'consequences' }, ...effects.map((x) => h('li', {}, h('span', { class: 'mark', text: '→ ', attrs: { 'aria-hidden': 'true' } }), x))) : null,
      follow(d.consequences));
  }
  return h('li', { class: `decision order role-${d.role}`, attrs: { 'data-order': d.cmd.type } },
    h('span', { class: 'tag', text: roleTag(d.role) }), ' ', commandText(d.cmd, level),
    follow(d.consequences));
}

/** A consequence in words, with the day it happened when later than the order. */
function consequenceText(e: LogEntry, level: Level): string {
  return t('rev.onDay', { day: e.day, text: entryText(e, level) });
}

/** The review's daily figures as CSV, with headers in the current language. */
export function reviewCsv(r: Review, level: Level): string {
  const L = lt(level);
  return figuresCsv(r, {
    day: t('csv.day'), ready: t('csv.ready'), core: t('csv.core'), rung: t('csv.rung'), rungName: t('csv.rungName'),
    unity: t('csv.unity'), resilience: t('csv.resilience'), deterred: t('csv.deterred'), landed: t('csv.landed'),
    credibility: level.axes.map((a) => t('csv.credibility', { axis: L.axis(a.id) })),
    will: level.nations.map((n) => t('csv.will', { nation: nationName(n.id) })),
  }, rungName);
}

