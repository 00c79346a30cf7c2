/** The title screen's ways into the classroom: set up a class game, compare teams' replays, a level's briefing. */
import { t } from '../../i18n';
import type { Level } from '../../levels/schema';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h } from '../dom';
import { openBriefing, openGuide, setSeedSource } from './navigation';

export function classroomTitleEntries(_store: GameStore, actions: Actions, seed: () => string): HTMLElement {
  setSeedSource(seed);
  return h('section', { class: 'title-classroom', attrs: { 'aria-labelledby': 'classroom-title' } },
    h('h2', { attrs: { id: 'classroom-title' }, text: t('title.classroom') }),
    h('p', { class: 'hint', text: t('title.classroomHint') }),
    h('div', { class: 'buttons' },
      h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'classroom-setup' }, text: t('title.classroomSetup'), on: { click: () => actions.classroomUi({ view: 'setup' }) } }),
      h('button', { attrs: { type: 'button', 'data-key': 'classroom-compare' }, text: t('title.compare'), on: { click: () => actions.classroomUi({ view: 'compare' }) } }),
      h('button', { attrs: { type: 'button', 'data-key': 'classroom-guide' }, text: t('guide.open'), on: { click: () => openGuide(actions, null) } })));
}

/** Under each level on the title screen: its briefing and printable handouts. */
export function levelCardExtras(level: Pick<Level, 'id'>, actions: Actions): HTMLElement {
  return h('button', { class: 'link', attrs: { type: 'button', 'data-key': `briefing:${level.id}`, 'data-briefing': level.id }, text: t('title.briefingHandouts'), on: { click: () => openBriefing(actions, level.id) } });
}
