import { t } from '../i18n';
import { loadMountMap } from '../scenes/loadMap';
import type { Actions } from '../store/actions';
import type { GameStore, StoreState } from '../store/gameStore';

type Renderer = 'webgl' | 'canvas' | 'auto';

/**
 * Mounts the Phaser map while a game is on screen and takes it down when the player leaves or
 * starts another game, so every map starts from a fresh scene. Phaser is loaded on demand
 * (loadMountMap, below), which keeps it out of the first download; until then, or if it fails, the
 * DOM lists still offer every order.
 */
export function hostMap(store: GameStore, actions: Actions, container: HTMLElement, status: HTMLElement, rendererOverride: Renderer | null): { reword(): void } {
  let mounted: { destroy(): void } | null = null;
  let wantKey: string | null = null;
  /** what the status line says, worded again when a new language has loaded (reword) */
  let said: { key: 'map.loading' | 'map.failed'; retry: boolean } | null = null;
  /** the screen the page showed before the last change (see `settled` below) */
  let lastScreen = store.getState().ui.screen;

  // A new game or a new language starts a fresh map (its names are baked into the canvases).
  const keyOf = (s: StoreState) => (s.ui.screen === 'game' && s.session ? `${s.gameNo}:${s.settings.lang}` : null);

  const say = (key: 'map.loading' | 'map.failed' | null, retry = false) => {
    said = key ? { key, retry } : null;
    showStatus(key ? t(key) : '', retry);
  };

  const showStatus = (text: string, retry = false) => {
    status.replaceChildren(document.createTextNode(text));
    if (retry) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = t('map.retry');
      b.addEventListener('click', () => { wantKey = null; sync(); });
      status.append(' ', b);
    }
    status.hidden = text === '';
  };

  const sync = () => {
    const s = store.getState();
    const key = keyOf(s);
    // A game started from the title (a click on a level) opens on a page already laid out and
    // drawn; one the page opens on (a link, a save) is built in the same moments as the map.
    const settled = lastScreen === 'title';
    lastScreen = s.ui.screen;
    if (key === wantKey) return;
    wantKey = key;
    mounted?.destroy();
    mounted = null;
    delete container.dataset.mapReady;
    container.replaceChildren();
    if (key === null) return;
    say('map.loading');
    const opts = { renderer: rendererOverride ?? s.settings.renderer, reducedMotion: s.settings.reducedMotion, settled };
    loadMountMap()
      .then((m) => m.mountMap(container, store, actions, opts))
      .then((handle) => {
        if (wantKey !== key) {
          handle.destroy(); // the player left or restarted while it loaded
          return;
        }
        mounted = handle;
        say(null);
      })
      .catch((e: unknown) => {
        if (wantKey !== key) return;
        console.warn('The map could not be loaded:', e);
        say('map.failed', true);
      });
  };
  sync();
  store.subscribe(sync);
  // A change of language restarts the map at once, before the language's words have loaded.
  return { reword: () => { if (said) say(said.key, said.retry); } };
}
