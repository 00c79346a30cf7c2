import { fullLevels } from '../../levels/formats';
import type { LevelCard } from '../../levels/levelCard';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { t } from '../../i18n';
import { cardBrief, cardTitle } from '../../i18n/levelText';
import { classroomTitleEntries, levelCardExtras } from '../classroom/titleEntries';
import { h, swap } from '../dom';
import { soundControls } from '../dialogs/settingsControls';
import { watch } from '../watch';

/**
 * Every level's summary and briefing (with its handouts), and a start with the seed above, for
 * the second screen: the front keeps only the levels' names. The words come with the cards'
 * briefs, which download when this screen first opens (titleScreen.ts); until then each level
 * shows its name and its start.
 */
export function levelBriefings(store: GameStore, actions: Actions, start: (card: LevelCard) => void): HTMLElement {
  const list = h('ul', { class: 'levels', attrs: { 'aria-label': t('title.levels') } });
  watch(store, (s) => [s.levelCards], (s) => {
    swap(list, fullLevels(s.levelCards).map((l) => {
      const x = cardBrief(l);
      return h('li', { class: 'level-card' },
        h('h3', { text: cardTitle(l) }),
        h('button', { class: 'play-seeded', attrs: { type: 'button', 'data-key': `play-seeded:${l.id}` }, text: t('front.playSeeded'), on: { click: () => start(l) } }),
        x ? h('p', { class: 'level-summary', text: t('title.levelSummary', { summary: x.summary, par: l.par, deadline: l.deadline }) }) : null,
        x ? h('details', { class: 'briefing' },
          h('summary', { text: t('title.briefing') }),
          h('p', { text: x.briefing }),
          x.notes.length ? h('ul', {}, ...x.notes.map((n) => h('li', {}, h('strong', { text: `${n.title}: ` }), n.text))) : null) : null,
        levelCardExtras(l, actions));
    }));
  });
  return list;
}

/** The second screen's classroom and settings sections. */
export function moreSections(store: GameStore, actions: Actions, seed: () => string): HTMLElement[] {
  return [
    classroomTitleEntries(store, actions, seed),
    h('section', { class: 'title-settings' },
      soundControls(store, actions, 'title'),
      h('button', { attrs: { type: 'button' }, text: t('title.moreSettings'), on: { click: () => actions.toggle('settingsOpen', true) } }),
      h('button', { attrs: { type: 'button', 'data-key': 'title-sources' }, text: t('sources.open'), on: { click: () => actions.classroomUi({ view: 'sources', from: null }) } })),
  ];
}
