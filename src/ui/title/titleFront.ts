import { fullLevels } from '../../levels/formats';
import type { LevelCard } from '../../levels/levelCard';
import type { GameStore } from '../../store/gameStore';
import { titlePictureSrc } from '../../assets/assetUrls';
import { t } from '../../i18n';
import { cardTitle } from '../../i18n/levelText';
import { h, swap } from '../dom';
import type { ShareHooks } from '../share';
import { watch } from '../watch';

/** The tutorial among the levels: the one the front door's big button starts. */
export function tutorialOf(levels: readonly LevelCard[]): LevelCard | null {
  return fullLevels(levels).find((l) => l.id === 'tutorial') ?? null;
}

/** The picture of the theatre behind the front door (a word-free SVG file: tools/build-title-picture.ts). */
export function titlePicture(): HTMLElement {
  const img = h('img', { class: 'title-picture-img', attrs: { src: titlePictureSrc(), alt: '', decoding: 'async', fetchpriority: 'low' } });
  // No picture (a blocked file) leaves the plain background, not a broken-image sign.
  img.addEventListener('error', () => { img.hidden = true; });
  return h('figure', { class: 'title-picture', attrs: { role: 'img', 'aria-label': t('front.map') } }, img);
}

/** "Play the tutorial": the one big button (a Continue, when there is one, takes the lead: see moments.css). */
export function tutorialButton(store: GameStore, start: (card: LevelCard) => void): HTMLElement {
  const box = h('div', { class: 'front-play' });
  watch(store, (s) => [s.levelCards], (s) => {
    const tut = tutorialOf(s.levelCards);
    swap(box, tut ? [
      h('button', { class: 'primary big play-tutorial', attrs: { type: 'button', 'data-level': tut.id, 'data-key': `level:${tut.id}`, 'aria-describedby': 'play-tutorial-desc' }, text: t('front.playTutorial'), on: { click: () => start(tut) } }),
      h('p', { class: 'hint', attrs: { id: 'play-tutorial-desc' }, text: t('front.playTutorialDesc') }),
    ] : []);
  });
  return box;
}

/** The campaign's levels (all but the tutorial), each with its par and the player's best result. */
export function campaignList(store: GameStore, start: (card: LevelCard) => void, share?: ShareHooks): HTMLElement {
  const list = h('ul', { class: 'campaign', attrs: { 'aria-labelledby': 'campaign-title' } });
  watch(store, (s) => [s.levelCards, s.ui.screen], (s) => {
    if (s.ui.screen !== 'title' && list.childElementCount > 0) return;
    const levels = fullLevels(s.levelCards).filter((l) => l.id !== tutorialOf(s.levelCards)?.id);
    swap(list, s.levelCards.length === 0
      ? [h('li', { class: 'notice notice-error', text: t('title.noLevel') })]
      : levels.map((l) => {
        const best = share?.bestDay(l.id) ?? null;
        return h('li', { class: 'campaign-entry' },
          h('button', { class: 'level-btn', attrs: { type: 'button', 'data-level': l.id, 'data-key': `level:${l.id}`, 'aria-describedby': `camp-${l.id}` }, text: cardTitle(l), on: { click: () => start(l) } }),
          h('p', { class: 'campaign-facts', attrs: { id: `camp-${l.id}` } },
            h('span', { text: t('front.par', { par: l.par, deadline: l.deadline }) }),
            h('span', { class: best === null ? 'best none' : 'best', attrs: { 'data-best': best ?? '' }, text: best === null ? t('front.notWon') : t('front.best', { day: best }) })));
      }));
  });
  return h('section', { class: 'front-campaign' }, h('h2', { attrs: { id: 'campaign-title' }, text: t('front.campaign') }), list);
}
