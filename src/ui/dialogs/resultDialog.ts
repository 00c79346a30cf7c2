import { indexLevel, scoreOf, winProgress, type WinProgress } from '../../engine';
import { num, t } from '../../i18n';
import { endReasonText, rungName } from '../../i18n/engineText';
import { cardTitle } from '../../i18n/levelText';
import { openReview } from '../classroom/classroomView';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { createModal } from './modal';
import { nextLevelOf } from '../title/levelOrder';
import { fullLevels } from '../../levels/formats';
import type { ShareHooks } from '../share';
import { createResultCard } from '../result/resultCardView';

/**
 * The win or loss screen: the verdict and grade large, readiness day, score and why, the result
 * card to share; then what to do next — after a win the next level, after a loss "Try again" (the
 * same level and seed) and "Review" (where it turned), never a next level.
 */
export function createResultDialog(store: GameStore, actions: Actions, share?: ShareHooks): HTMLDialogElement {
  const modal = createModal('result', t('result.title'), () => actions.toggle('resultOpen', false), { wide: true });
  // The day's buttons are gone by now: hand the focus to Result so it can be reopened.
  modal.el.addEventListener('close', () => queueMicrotask(() => {
    if (document.activeElement === document.body) document.querySelector<HTMLElement>('[data-key="result"]')?.focus();
  }));
  // The next level's file may not be loaded yet (a first game loads only its own).
  const playNext = (id: string, seed: string) => actions.loadLevel(id).then(
    (level) => actions.newGame(level, seed),
    () => actions.notify('error', t('levels.loadAllFailed')),
  );
  watch(store, (s) => [s.ui.resultOpen, s.session?.state.status], (s) => {
    const g = s.session;
    const open = Boolean(g && s.ui.resultOpen && g.state.status !== 'playing');
    if (g && open) {
      const st = g.state;
      const won = st.status === 'won';
      const score = scoreOf(st, g.level);
      // The next level of the campaign itself: a classroom's shorter cut of a level is not "next".
      const next = nextLevelOf(fullLevels(s.levelCards), g.level.id);
      modal.el.querySelector('h2')!.textContent = t(won ? 'result.won' : 'result.lost');
      modal.el.dataset.outcome = st.status;
      const vsPar = score.versusPar === null ? null : score.versusPar === 0 ? t('result.atPar') : score.versusPar < 0 ? t('result.underPar', { n: -score.versusPar }) : t('result.overPar', { n: score.versusPar });
      const review = h('button', { attrs: { type: 'button', 'data-key': 'review' }, text: t('result.review'), on: { click: () => { actions.toggle('resultOpen', false); openReview(actions); } } });
      const again = h('button', { class: won ? '' : 'primary', attrs: { type: 'button', 'data-key': 'again', autofocus: !won || !next }, text: t(won ? 'result.again' : 'result.tryAgain'), on: { click: () => actions.restart() } });
      const nextButton = won && next ? h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'next', autofocus: true }, text: t('result.next', { title: cardTitle(next) }), on: { click: () => playNext(next.id, g.seed) } }) : null;
      swap(modal.body, [
        h('div', { class: 'result-layout' },
          h('div', { class: 'result-main' },
            h('div', { class: 'result-banner' },
              h('div', { class: 'grade', attrs: { 'aria-label': t('result.grade', { grade: score.grade }) } }, h('span', { class: 'grade-letter', text: score.grade }), h('span', { class: 'grade-label', text: t('result.gradeLabel') })),
              h('p', { class: 'result-reason', text: won ? standsUp(st.readinessDay ?? st.day, winProgress(st, indexLevel(g.level))) : t('result.lostOn', { day: st.day, reason: endReasonText(st.reason ?? 'deadline') }) })),
            won ? null : h('p', { class: 'hint result-hint', text: t('result.lostHint') }),
            h('div', { class: 'buttons result-next' }, ...(won ? [nextButton, again, review] : [again, review])),
            h('dl', { class: 'facts result-facts' },
              ...[
                [t('result.readinessDay'), won ? t('result.dayN', { day: st.readinessDay ?? st.day }) : t('result.notReached')],
                [t('result.par'), vsPar ? t('result.parVs', { par: score.par, vs: vsPar }) : t('result.dayN', { day: score.par })],
                [t('result.score'), num(score.points)],
                [t('result.deterred'), t('result.deterredValue', { deterred: st.deterred, landed: st.landed })],
                [t('result.peak'), rungName(st.peakLadder)],
                [t('result.unity'), String(st.unity)],
              ].flatMap(([k, v]) => [h('dt', { text: k! }), h('dd', { text: v! })])),
            h('div', { class: 'buttons' },
              h('button', { attrs: { type: 'button', 'data-key': 'log' }, text: t('result.log'), on: { click: () => { actions.toggle('resultOpen', false); actions.toggle('logOpen', true); } } }),
              ...(share?.resultItems(g) ?? []),
              h('button', { attrs: { type: 'button', 'data-key': 'title' }, text: t('result.titleScreen'), on: { click: () => actions.showTitle() } }))),
          createResultCard(g)),
      ]);
    }
    modal.sync(open);
  });
  return modal.el;
}

function standsUp(day: number, p: WinProgress): string {
  return t('result.standsUp', { day, ready: p.ready, core: p.core });
}
