import { END_TEXT, indexLevel, LADDER_RUNGS, scoreOf, thousands, winProgress, type WinProgress } from '../../engine';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { createModal } from './modal';
import { nextLevelOf } from '../title/levelOrder';
import type { ShareHooks } from '../share';

/** The win or loss screen: readiness day, grade, score and why; then what to play next. */
export function createResultDialog(store: GameStore, actions: Actions, share?: ShareHooks): HTMLDialogElement {
  const modal = createModal('result', 'Result', () => actions.toggle('resultOpen', false));
  // The day's buttons are gone by now: hand the focus to Result so it can be reopened.
  modal.el.addEventListener('close', () => queueMicrotask(() => {
    if (document.activeElement === document.body) document.querySelector<HTMLElement>('[data-key="result"]')?.focus();
  }));
  watch(store, (s) => [s.ui.resultOpen, s.session?.state.status], (s) => {
    const g = s.session;
    const open = Boolean(g && s.ui.resultOpen && g.state.status !== 'playing');
    if (g && open) {
      const st = g.state;
      const won = st.status === 'won';
      const score = scoreOf(st, g.level);
      const next = nextLevelOf(s.levels, g.level.id);
      modal.el.querySelector('h2')!.textContent = won ? 'Force stood up' : 'The guarantee failed';
      modal.el.dataset.outcome = st.status;
      const vsPar = score.versusPar === null ? null : score.versusPar === 0 ? 'at par' : score.versusPar < 0 ? `${-score.versusPar} day(s) under par` : `${score.versusPar} day(s) over par`;
      swap(modal.body, [
        h('p', { class: 'result-reason', text: won ? standsUp(st.readinessDay ?? st.day, winProgress(st, indexLevel(g.level))) : `Lost on day ${st.day}: ${END_TEXT[st.reason ?? 'deadline']}` }),
        h('div', { class: 'grade', attrs: { 'aria-label': `Grade ${score.grade}` } }, h('span', { class: 'grade-letter', text: score.grade }), h('span', { class: 'grade-label', text: 'grade' })),
        h('dl', { class: 'facts result-facts' },
          ...[
            ['Readiness day', won ? `Day ${st.readinessDay}` : 'not reached'],
            ['Par', `Day ${score.par}${vsPar ? ` (${vsPar})` : ''}`],
            ['Score', thousands(score.points)],
            ['Events deterred', `${st.deterred} (${st.landed} not deterred)`],
            ['Peak escalation', LADDER_RUNGS[st.peakLadder] ?? String(st.peakLadder)],
            ['Final unity', String(st.unity)],
          ].flatMap(([k, v]) => [h('dt', { text: k! }), h('dd', { text: v! })])),
        h('div', { class: 'buttons' },
          h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'again', autofocus: true }, text: 'Play again', on: { click: () => actions.newGame(g.level, g.seed) } }),
          next ? h('button', { attrs: { type: 'button', 'data-key': 'next' }, text: `Next level: ${next.title}`, on: { click: () => actions.newGame(next, g.seed) } }) : null,
          h('button', { attrs: { type: 'button', 'data-key': 'log' }, text: 'Day log', on: { click: () => { actions.toggle('resultOpen', false); actions.toggle('logOpen', true); } } }),
          ...(share?.resultItems(g) ?? []),
          h('button', { attrs: { type: 'button', 'data-key': 'title' }, text: 'Title screen', on: { click: () => actions.showTitle() } })),
      ]);
    }
    modal.sync(open);
  });
  return modal.el;
}

function standsUp(day: number, p: WinProgress): string {
  return `The force stood up on day ${day}: ${thousands(p.ready)} troops ready at the staging hubs, a certified core of ${thousands(p.core)}, and every axis above its bar.`;
}
