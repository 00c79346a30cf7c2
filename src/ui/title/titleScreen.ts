import { GAME_VERSION } from '../../engine';
import type { LevelCard } from '../../levels/levelCard';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { checkSeed, randomSeed } from '../../session/seed';
import { t } from '../../i18n';
import { cardTitle, lt } from '../../i18n/levelText';
import { liveTitleEntry } from '../live';
import { append, h, swap } from '../dom';
import type { ShareHooks } from '../share';
import { TITLE_REVEAL } from './titleReveal';
import type { SeedMode } from '../../session/session';
import { captureScope, watch } from '../watch';
import type { LaterParts } from '../buildLater';
import { campaignList, titlePicture, tutorialButton } from './titleFront';
import { levelBriefings, moreSections } from './titleMore';

/**
 * The title screen, in two screens. The front door: a picture of the theatre, one big "Play the
 * tutorial" (a Continue leads when a game can be continued), today's daily challenge and the
 * campaign's levels with their best results. "More…": the player's own seed, every level's
 * briefing, the classroom, share codes, generated levels, replays, personal bests and sound. Any
 * message about the link that opened the page (an unknown level, a bad seed) shows on the front.
 * With `later`, the second screen's content is built after the front is shown (or when it opens).
 */
export function createTitleScreen(store: GameStore, actions: Actions, messages: readonly string[], initialSeed: string | null, share?: ShareHooks, later?: LaterParts): HTMLElement {
  const seedInput = h('input', {
    attrs: { type: 'text', id: 'seed', name: 'seed', maxlength: 32, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'seed-hint seed-error' },
  });
  seedInput.value = initialSeed ?? randomSeed();
  const seedError = h('p', { class: 'field-error', attrs: { id: 'seed-error', role: 'alert' } });
  const clearError = () => { seedError.textContent = ''; seedInput.removeAttribute('aria-invalid'); };
  // A seed typed (or from a link) is a set seed; the one the game drew is random (personal bests keep them apart).
  let seedMode: SeedMode = initialSeed ? 'set' : 'random';
  seedInput.addEventListener('input', () => { seedMode = 'set'; clearError(); });

  const front = h('div', { class: 'title-inner title-front', attrs: { 'data-title-screen': 'front' } });
  const more = h('div', { class: 'title-inner title-more', attrs: { 'data-title-screen': 'more', hidden: true } });
  const moreButton = h('button', { class: 'big more-button', attrs: { type: 'button', 'data-key': 'title-more', 'aria-describedby': 'more-desc', 'aria-controls': 'title-more' }, text: t('front.more') });
  const backButton = h('button', { class: 'back-button', attrs: { type: 'button', 'data-key': 'title-back' }, text: t('front.back') });
  // The levels' briefs download when the second screen first opens (a failure leaves the names
  // and starts; opening it again tries again).
  const loadBriefs = () => { actions.loadLevelBriefs().catch((e: unknown) => console.warn('The levels\' briefings could not be loaded:', e)); };
  const show = (which: 'front' | 'more') => {
    if (which === 'more') {
      buildMore();
      loadBriefs();
    }
    front.hidden = which !== 'front';
    more.hidden = which !== 'more';
    (which === 'more' ? backButton : moreButton).focus();
  };
  moreButton.addEventListener('click', () => show('more'));
  backButton.addEventListener('click', () => show('front'));
  more.id = 'title-more';
  // A replay dropped on the front screen is verified on the second one: show it there.
  more.addEventListener(TITLE_REVEAL, (e) => {
    if (!more.hidden) return;
    loadBriefs();
    front.hidden = true;
    more.hidden = false;
    (e.target as HTMLElement).scrollIntoView({ block: 'center' });
  });
  more.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) { e.preventDefault(); show('front'); }
  });

  // A level's file is downloaded when it is first chosen (the title knows only its card).
  let opening: string | null = null;
  const start = (card: LevelCard) => {
    const c = checkSeed(seedInput.value);
    if (!c.ok) {
      // The seed lives on the second screen: show it there with what is wrong.
      if (more.hidden) show('more');
      seedError.textContent = c.error;
      seedInput.setAttribute('aria-invalid', 'true');
      seedInput.focus();
      return;
    }
    const mode = seedMode;
    const loaded = store.getState().levels.find((l) => l.id === card.id);
    if (loaded) { actions.newGame(loaded, c.seed, { seedMode: mode }); return; }
    if (opening) return;
    opening = card.id;
    actions.loadLevel(card.id).then(
      (level) => { if (store.getState().ui.screen === 'title') actions.newGame(level, c.seed, { seedMode: mode }); },
      () => actions.notify('error', t('title.levelLoadFailed', { level: cardTitle(card) })),
    ).finally(() => { opening = null; });
  };

  const alerts = h('div', { class: 'title-alerts' }, ...messages.map((m) => h('p', { class: 'notice notice-error', attrs: { role: 'alert' } },
    h('span', { class: 'mark', text: '!', attrs: { 'aria-hidden': 'true' } }), h('span', { text: m }))));
  const cont = h('div', { class: 'continue' });
  watch(store, (s) => [s.session, s.session?.state.status], (s) => {
    const g = s.session;
    swap(cont, g && g.state.status === 'playing'
      ? [h('button', { class: 'primary big', attrs: { type: 'button', 'data-key': 'continue', 'aria-describedby': 'continue-desc' }, text: t('title.continue'), on: { click: () => actions.resume() } }),
        h('p', { attrs: { id: 'continue-desc' }, class: 'hint', text: t('title.continueDesc', { level: lt(g.level).title, day: g.state.day, seed: g.seed }) })]
      : []);
  });

  append(front, [
    h('header', { class: 'title-head' },
      h('h1', { attrs: { id: 'game-title' }, text: t('app.name') }),
      h('p', { class: 'tagline', text: t('title.tagline') })),
    alerts,
    cont,
    share?.titleContinue() ?? null,
    // A class server on this page's address: students join their class first thing.
    liveTitleEntry(store, actions),
    tutorialButton(store, start),
    h('div', { class: 'front-row' }, share?.titleDaily() ?? null, campaignList(store, start, share)),
    h('div', { class: 'front-more' }, moreButton, h('p', { class: 'hint', attrs: { id: 'more-desc' }, text: t('front.moreDesc') })),
    h('footer', { class: 'title-foot', text: t('title.footer', { version: GAME_VERSION }) })]);

  // The second screen is hidden until asked for: built in a later task, or when it opens.
  const inScope = captureScope();
  let moreBuilt = false;
  const buildMore = () => {
    if (moreBuilt) return;
    moreBuilt = true;
    inScope(() => {
      const [classroom, settings] = moreSections(store, actions, () => seedInput.value);
      append(more, [
        h('header', { class: 'more-head' }, backButton, h('h1', { attrs: { id: 'more-title' }, text: t('front.moreTitle') })),
        h('section', { class: 'title-levels', attrs: { 'aria-labelledby': 'levels-title' } },
          h('h2', { attrs: { id: 'levels-title' }, text: t('title.newGame') }),
          h('div', { class: 'field seed-field' },
            h('label', { attrs: { for: 'seed' }, text: t('title.seed') }),
            h('div', { class: 'inline' }, seedInput,
              h('button', { attrs: { type: 'button' }, text: t('title.newSeed'), on: { click: () => { seedInput.value = randomSeed(); seedMode = 'random'; clearError(); } } }),
              share?.copySeed(seedInput)),
            h('p', { class: 'hint', attrs: { id: 'seed-hint' }, text: `${t('title.seedHint')} ${t('front.seedHint')}` }),
            seedError),
          levelBriefings(store, actions, start)),
        classroom,
        share?.titleSection({ seedInput, seedMode: () => seedMode, seedError: (text) => { seedError.textContent = text; seedInput.setAttribute('aria-invalid', 'true'); } }) ?? null,
        settings]);
    });
  };
  if (later) more.append(later.slot(() => { buildMore(); return null; }));
  else buildMore();

  return h('main', { class: 'title-screen', attrs: { 'aria-labelledby': 'game-title' } }, titlePicture(), front, more);
}
