/**
 * Compare runs: several teams played the same level and seed (on their own laptops); the teacher
 * imports their replay files and sees the readiness curves and milestone days side by side, with
 * the teams' names. Each replay is verified and replayed here (classroom/replayRun.ts), so the
 * figures are the engine's, not whatever a file claims.
 */
import { MILESTONE_IDS, type Replay } from '../../engine';
import { runReplay } from '../../classroom/replayRun';
import { reviewFromLog, type Review } from '../../classroom/review';
import { t } from '../../i18n';
import { milestoneName, rungName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import type { Level } from '../../levels/schema';
import { parseReplayText } from '../../replay/replaySchema';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { sessionReplay } from '../../classroom/play';
import { outcomeText, readinessChart } from './reviewView';
import { DASHES } from './svgChart';
import { classView } from './viewFrame';
import { differencesSection } from './turningPointsView';
import { teamDifferences } from '../../classroom/teamDiff';

interface Run { id: number; name: string; replay: Replay; level: Level; review: Review; valid: boolean; error?: string }

/** A replay (text) as a run to compare, or why it cannot be one. */
export function runFromText(text: string, source: string, levels: readonly Level[], name: string, id: number): Run | string {
  const parsed = parseReplayText(text, source);
  if (!parsed.ok) return parsed.error;
  const level = levels.find((l) => l.id === parsed.replay.level);
  if (!level) return t('cmp.noLevel', { file: source, level: parsed.replay.level });
  return runFromReplay(parsed.replay, level, name, id);
}

export function runFromReplay(replay: Replay, level: Level, name: string, id: number): Run {
  const r = runReplay(replay, level);
  return { id, name, replay, level, review: reviewFromLog(level, r.log, replay.notes ?? []), valid: r.verdict.valid, ...(r.verdict.error ? { error: r.verdict.error } : {}) };
}

export function createCompareView(store: GameStore, actions: Actions): HTMLElement {
  const view = classView('compare', t('cmp.title'), () => actions.classroomUi({ view: null }));
  const runs: Run[] = [];
  let nextId = 1;
  const file = h('input', { attrs: { type: 'file', id: 'cmp-files', accept: '.json,application/json', multiple: true } });
  const status = h('p', { class: 'hint', attrs: { role: 'status' } });
  const out = h('div', { class: 'cmp-out' });

  const render = () => {
    const first = runs[0];
    const mixed = runs.some((r) => r.replay.level !== first?.replay.level || r.replay.seed !== first?.replay.seed);
    swap(out, runs.length === 0 ? [h('p', { class: 'hint', text: t('cmp.empty') })] : [
      mixed ? h('p', { class: 'notice notice-error', text: t('cmp.mixed') }) : null,
      h('table', { class: 'rev-table cmp-runs' },
        h('thead', {}, h('tr', {}, h('th', { text: t('cmp.team') }), h('th', { text: t('cmp.game') }), h('th', { text: t('cmp.outcome') }), h('th', {}))),
        h('tbody', {}, ...runs.map((r, i) => {
          const name = h('input', { attrs: { type: 'text', value: r.name, maxlength: 40, 'aria-label': t('cmp.teamName'), 'data-run': r.id } });
          name.addEventListener('change', () => { r.name = name.value.trim() || r.name; render(); });
          return h('tr', { attrs: { 'data-run-row': r.id } },
            h('td', {}, h('span', { class: `swatch s${i % 6} line-${i % 6}`, attrs: { 'aria-hidden': 'true' } }), ' ', name),
            h('td', { text: `${lt(r.level).title} · ${t('rev.seed', { seed: r.replay.seed })}` }),
            h('td', {}, outcomeText(r.review), r.valid ? null : h('div', { class: 'field-error', text: t('cmp.invalid', { error: r.error ?? '' }) })),
            h('td', {}, h('button', { class: 'small', attrs: { type: 'button', 'aria-label': t('cmp.remove', { team: r.name }) }, text: '×', on: { click: () => { runs.splice(runs.indexOf(r), 1); render(); } } })));
        }))),
      h('section', { class: 'rev-section' },
        h('h3', { text: t('rev.readiness') }),
        readinessChart(runs.map((r) => ({ name: r.name, review: r.review })), first!.review, false),
        h('ul', { class: 'legend' }, ...runs.map((r, i) => h('li', {}, h('span', { class: `swatch s${i % 6} line-${i % 6}`, attrs: { 'data-dash': DASHES[i % DASHES.length]! } }), r.name)))),
      !mixed && runs.length > 1 ? differencesSection(teamDifferences(runs.map((r) => ({ days: r.replay.days, review: r.review }))), runs.map((r) => r.name), first!.level) : null,
      h('section', { class: 'rev-section' },
        h('h3', { text: t('rev.milestones') }),
        h('table', { class: 'rev-table cmp-milestones' },
          h('thead', {}, h('tr', {}, h('th', { text: t('cmp.milestone') }), ...runs.map((r) => h('th', { attrs: { scope: 'col' }, text: r.name })))),
          h('tbody', {},
            ...MILESTONE_IDS.map((id) => h('tr', {}, h('th', { attrs: { scope: 'row' }, text: milestoneName(id) }),
              ...runs.map((r) => h('td', { class: 'fig', text: r.review.milestones[id] === null ? '—' : String(r.review.milestones[id]) })))),
            h('tr', {}, h('th', { attrs: { scope: 'row' }, text: t('rev.events') }),
              ...runs.map((r) => h('td', { class: 'fig', text: t('rev.eventsValue', { deterred: r.review.events.filter((e) => e.deterred).length, total: r.review.events.length }) }))),
            h('tr', {}, h('th', { attrs: { scope: 'row' }, text: t('result.peak') }),
              ...runs.map((r) => h('td', { text: rungName(Math.max(...r.review.days.map((d) => d.ladder))) }))),
            h('tr', {}, h('th', { attrs: { scope: 'row' }, text: t('result.unity') }),
              ...runs.map((r) => h('td', { class: 'fig', text: String(r.review.days[r.review.days.length - 1]!.unity) })))))),
    ]);
  };

  file.addEventListener('change', () => {
    const files = [...(file.files ?? [])];
    const levels = store.getState().levels;
    const problems: string[] = [];
    void Promise.all(files.map((f) => f.text().then((text) => {
      const r = runFromText(text, f.name, levels, f.name.replace(/(\.replay)?\.json$/i, ''), nextId++);
      if (typeof r === 'string') problems.push(r);
      else runs.push(r);
    }))).then(() => {
      file.value = '';
      status.textContent = problems.join(' ');
      render();
    });
  });

  view.body.append(
    h('p', { class: 'hint', text: t('cmp.intro') }),
    h('div', { class: 'field no-print' }, h('label', { attrs: { for: 'cmp-files' }, text: t('cmp.import') }), file),
    h('div', { class: 'buttons no-print' },
      h('button', { attrs: { type: 'button', 'data-key': 'cmp-this' }, text: t('cmp.addThis'), on: { click: () => {
        const g = store.getState().session;
        if (!g) return;
        runs.push(runFromReplay(sessionReplay(g), g.level, g.classroom?.group || t('cmp.thisGame'), nextId++));
        render();
      } } }),
      h('button', { attrs: { type: 'button', 'data-key': 'cmp-print' }, text: t('rev.print'), on: { click: () => { document.documentElement.dataset.print = 'compare'; window.print(); } } })),
    status,
    out);

  watch(store, (s) => [s.ui.classroom.view, s.session], (s) => {
    const open = s.ui.classroom.view === 'compare';
    view.show(open);
    if (open) {
      (view.el.querySelector('[data-key="cmp-this"]') as HTMLButtonElement).hidden = !s.session || s.session.days.length === 0;
      render();
    }
  });
  return view.el;
}
