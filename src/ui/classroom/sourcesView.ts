/**
 * "Sources and assumptions": what the game's figures rest on and what the model leaves out, the
 * short version of docs/sources.md, in the interface language. A full-page screen like the review,
 * so it prints over as many pages as it needs. Opened from the title screen and from the review;
 * closing it goes back to the screen it was opened from.
 */
import { t, type UiKey } from '../../i18n';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h } from '../dom';
import { watch } from '../watch';
import { printNow } from './reviewView';
import { classView } from './viewFrame';
import '../../i18n/screenText'; // the English of the classroom's screens, loaded with them

/** The page's sections, in reading order; each has a title and a text in every language. */
const SECTIONS = ['force', 'coalition', 'units', 'places', 'baltic', 'events', 'budapest', 'map'] as const;
/** What the model leaves out, one line each. */
const LEFT_OUT = ['rotation', 'sustainment', 'cost', 'caveats', 'consent', 'ukraine', 'others', 'russia'] as const;

type SectionId = (typeof SECTIONS)[number];
const titleKey = (id: SectionId): UiKey => `sources.${id}.title`;
const textKey = (id: SectionId): UiKey => `sources.${id}.text`;

export function createSourcesView(store: GameStore, actions: Actions): HTMLElement {
  const view = classView('sources', t('sources.title'), () => actions.classroomUi({ view: store.getState().ui.classroom.from ?? null, from: null }));
  view.body.append(
    h('p', { class: 'rev-sub', text: t('sources.intro') }),
    h('div', { class: 'buttons no-print' },
      h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'sources-print' }, text: t('sources.print'), on: { click: () => printNow('sources') } })),
    ...SECTIONS.map((id) => h('section', { class: 'brief-section sources-section', attrs: { 'data-section': id } },
      h('h3', { text: t(titleKey(id)) }),
      h('p', { text: t(textKey(id)) }))),
    h('section', { class: 'brief-section sources-section', attrs: { 'data-section': 'left-out' } },
      h('h3', { text: t('sources.leftOut.title') }),
      h('p', { text: t('sources.leftOut.text') }),
      h('ul', {}, ...LEFT_OUT.map((id) => h('li', { text: t(`sources.out.${id}`) })))),
    h('p', { class: 'hint', text: t('sources.more') }));
  watch(store, (s) => [s.ui.classroom.view], (s) => view.show(s.ui.classroom.view === 'sources'));
  return view.el;
}
