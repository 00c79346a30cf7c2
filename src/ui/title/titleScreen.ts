import { GAME_VERSION } from '../../engine';
import { fullLevels } from '../../levels/formats';
import type { LevelCard } from '../../levels/levelCard';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { checkSeed, randomSeed } from '../../session/seed';
import { t } from '../../i18n';
import { cardText, lt } from '../../i18n/levelText';
import { classroomTitleEntries, levelCardExtras } from '../classroom/titleEntries';
import { liveTitleEntry } from '../live';
import { h, swap } from '../dom';
import { soundControls } from '../dialogs/settingsControls';
import type { ShareHooks } from '../share';
import type { SeedMode } from '../../session/session';
import { watch } from '../watch';

/**
 * The title screen: one button per level (named by its title) with its summary, par and
 * briefing; the seed; Continue for a game in progress; sound settings; and any message about the
 * link that opened the page (an unknown level, a bad seed), shown here instead of failing.
 */
export function createTitleScreen(store: GameStore, actions: Actions, messages: readonly string[], initialSeed: string | null, share?: ShareHooks): HTMLElement {
  const seedInput = h('input', {
    attrs: { type: 'text', id: 'seed', name: 'seed', maxlength: 32, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'seed-hint seed-error' },
  });
  seedInput.value = initialSeed ?? randomSeed();
  const seedError = h('p', { class: 'field-error', attrs: { id: 'seed-error', role: 'alert' } });
  const clearError = () => { seedError.textContent = ''; seedInput.removeAttribute('aria-invalid'); };
  // A seed typed (or from a link) is a set seed; the one the game drew is random (personal bests keep them apart).
  let seedMode: SeedMode = initialSeed ? 'set' : 'random';
  seedInput.addEventListener('input', () => { seedMode = 'set'; clearError(); });

  // A level's file is downloaded when it is first chosen (the title knows only its card).
  let opening: string | null = null;
  const start = (card: LevelCard) => {
    const c = checkSeed(seedInput.value);
    if (!c.ok) {
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
      () => actions.notify('error', t('title.levelLoadFailed', { level: cardText(card).title })),
    ).finally(() => { opening = null; });
  };

  const alerts = h('div', { class: 'title-alerts' }, ...messages.map((m) => h('p', { class: 'notice notice-error', attrs: { role: 'alert' } },
    h('span', { class: 'mark', text: '!', attrs: { 'aria-hidden': 'true' } }), h('span', { text: m }))));
  const cont = h('div', { class: 'continue' });
  const levelList = h('ul', { class: 'levels', attrs: { 'aria-label': t('title.levels') } });

  watch(store, (s) => [s.session, s.session?.state.status], (s) => {
    const g = s.session;
    swap(cont, g && g.state.status === 'playing'
      ? [h('button', { class: 'primary big', attrs: { type: 'button', 'data-key': 'continue', 'aria-describedby': 'continue-desc' }, text: t('title.continue'), on: { click: () => actions.resume() } }),
        h('p', { attrs: { id: 'continue-desc' }, class: 'hint', text: t('title.continueDesc', { level: lt(g.level).title, day: g.state.day, seed: g.seed }) })]
      : []);
  });
  watch(store, (s) => [s.levelCards], (s) => {
    swap(levelList, s.levelCards.length === 0
      ? [h('li', { class: 'notice notice-error', text: t('title.noLevel') })]
      : fullLevels(s.levelCards).map((l) => { const x = cardText(l); return h('li', { class: 'level-card' },
        h('button', { class: 'level-btn', attrs: { type: 'button', 'data-level': l.id, 'data-key': `level:${l.id}`, 'aria-describedby': `sum-${l.id}` }, text: x.title, on: { click: () => start(l) } }),
        h('p', { class: 'level-summary', attrs: { id: `sum-${l.id}` }, text: t('title.levelSummary', { summary: x.summary, par: l.par, deadline: l.deadline }) }),
        h('details', { class: 'briefing' },
          h('summary', { text: t('title.briefing') }),
          h('p', { text: x.briefing }),
          x.notes.length ? h('ul', {}, ...x.notes.map((n) => h('li', {}, h('strong', { text: `${n.title}: ` }), n.text))) : null),
        levelCardExtras(l, actions)); }));
  });

  return h('main', { class: 'title-screen', attrs: { 'aria-labelledby': 'game-title' } },
    h('div', { class: 'title-inner' },
      h('header', { class: 'title-head' },
        h('h1', { attrs: { id: 'game-title' }, text: t('app.name') }),
        h('p', { class: 'tagline', text: t('title.tagline') })),
      alerts,
      cont,
      // A class server on this page's address: students join their class first thing.
      liveTitleEntry(store, actions),
      share?.titleContinue(),
      h('section', { class: 'title-levels', attrs: { 'aria-labelledby': 'levels-title' } },
        h('h2', { attrs: { id: 'levels-title' }, text: t('title.newGame') }),
        h('div', { class: 'field seed-field' },
          h('label', { attrs: { for: 'seed' }, text: t('title.seed') }),
          h('div', { class: 'inline' }, seedInput,
            h('button', { attrs: { type: 'button' }, text: t('title.newSeed'), on: { click: () => { seedInput.value = randomSeed(); seedMode = 'random'; clearError(); } } }),
            share?.copySeed(seedInput)),
          h('p', { class: 'hint', attrs: { id: 'seed-hint' }, text: t('title.seedHint') }),
          seedError),
        levelList,
        classroomTitleEntries(store, actions, () => seedInput.value)),
      share?.titleSection({ seedInput, seedMode: () => seedMode, seedError: (text) => { seedError.textContent = text; seedInput.setAttribute('aria-invalid', 'true'); } }),
      h('section', { class: 'title-settings' },
        soundControls(store, actions, 'title'),
        h('button', { attrs: { type: 'button' }, text: t('title.moreSettings'), on: { click: () => actions.toggle('settingsOpen', true) } }),
        h('button', { attrs: { type: 'button', 'data-key': 'title-sources' }, text: t('sources.open'), on: { click: () => actions.classroomUi({ view: 'sources', from: null }) } })),
      h('footer', { class: 'title-foot', text: t('title.footer', { version: GAME_VERSION }) })));
}
