/**
 * The facilitator guide, in the game and as a printable page set: timings for the 50- and
 * 90-minute lessons (the lesson timer's own phases), what to say in the briefing, when to inject
 * what and why, debrief questions for each level, common mistakes and what they teach. Its words
 * are the language catalog's (en.guide.ts, uk.guide.ts).
 */
import { phasePlan, PHASES } from '../../classroom/lessonTimer';
import { t, type UiKey } from '../../i18n';
import { lt } from '../../i18n/levelText';
import { fullLevels } from '../../levels/formats';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { closeGuide } from './navigation';
import { printNow } from './reviewView';
import { classView } from './viewFrame';
import '../../i18n/screenText'; // the English of the classroom's screens, loaded with them

/** The levels the guide has advice for, in campaign order. */
const GUIDE_LEVELS = ['tutorial', 'north', 'air-bridge', 'south', 'across-administrations', 'forty-thousand'] as const;
type GuideLevel = (typeof GUIDE_LEVELS)[number];
const isGuideLevel = (id: string): id is GuideLevel => (GUIDE_LEVELS as readonly string[]).includes(id);

const LESSONS = [50, 90] as const;

export function createGuideView(store: GameStore, actions: Actions): HTMLElement {
  const view = classView('guide', t('guide.title'), () => closeGuide(actions));
  watch(store, (s) => [s.ui.classroom.view, s.levels], (s) => {
    const open = s.ui.classroom.view === 'guide';
    view.show(open);
    if (!open) return;
    const levels = fullLevels(s.levels).filter((l) => isGuideLevel(l.id));
    const list = (keys: UiKey[]) => h('ul', {}, ...keys.map((k) => h('li', { text: t(k) })));
    swap(view.body, [
      h('div', { class: 'guide' },
        h('div', { class: 'buttons no-print' },
          h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'print-guide' }, text: t('guide.print'), on: { click: () => printNow('guide') } })),
        h('p', { class: 'guide-intro', text: t('guide.intro') }),
        h('section', { class: 'guide-section' },
          h('h3', { text: t('guide.timings') }),
          h('p', { text: t('guide.before') }),
          h('table', { class: 'rev-table guide-timings' },
            h('thead', {}, h('tr', {},
              h('th', { attrs: { scope: 'col' }, text: t('guide.colPhase') }),
              ...LESSONS.map((m) => h('th', { attrs: { scope: 'col' }, text: t('guide.colLesson', { minutes: m }) })))),
            h('tbody', {}, ...PHASES.map((p) => h('tr', {},
              h('th', { attrs: { scope: 'row' } }, h('strong', { text: t(`kit.phase.${p}`) }), h('p', { class: 'hint', text: t(`guide.phase.${p}`) })),
              ...LESSONS.map((m) => h('td', { class: 'fig', text: t('guide.minutes', { n: phasePlan(m)[p] }) }))))),
            h('tfoot', {}, h('tr', {}, h('td', {}), h('td', { text: t('guide.formatLevels') }), h('td', { text: t('guide.fullLevels') }))))),
        h('section', { class: 'guide-section' },
          h('h3', { text: t('guide.say') }),
          h('ol', {}, ...([1, 2, 3, 4, 5, 6] as const).map((i) => h('li', { text: t(`guide.say.${i}`) })))),
        h('section', { class: 'guide-section' },
          h('h3', { text: t('guide.inject') }),
          h('p', { text: t('guide.inject.intro') }),
          list([1, 2, 3, 4, 5].map((i) => `guide.inject.${i}` as UiKey))),
        h('section', { class: 'guide-section guide-levels' },
          h('h3', { text: t('guide.byLevel') }),
          h('div', { class: 'guide-level' },
            h('h4', { text: t('guide.general') }),
            list([1, 2, 3].map((i) => `guide.general.${i}` as UiKey))),
          ...levels.map((l) => {
            const id = l.id as GuideLevel;
            return h('div', { class: 'guide-level', attrs: { 'data-guide-level': id } },
              h('h4', { text: lt(l).title }),
              h('p', {}, h('strong', { text: `${t('guide.injectLabel')}: ` }), t(`guide.level.${id}.inject`)),
              h('p', { class: 'guide-q-label' }, h('strong', { text: `${t('guide.questionsLabel')}:` })),
              list([1, 2, 3].map((i) => `guide.level.${id}.q${i}` as UiKey)));
          })),
        h('section', { class: 'guide-section' },
          h('h3', { text: t('guide.mistakes') }),
          h('dl', { class: 'guide-mistakes' }, ...([1, 2, 3, 4, 5, 6] as const).flatMap((i) => [
            h('dt', { text: t(`guide.mistake.${i}`) }),
            h('dd', { text: t(`guide.mistake.${i}.lesson`) }),
          ])))),
    ]);
  });
  return view.el;
}
