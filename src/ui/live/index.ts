/**
 * The live classroom in the page: one connection and one live store for the page's life (they
 * outlive a rebuild of the interface in another language), the join screen, the seat's bar and
 * the facilitator's dashboard, and the title screen's "Join a class", offered only when a class
 * server answers on this page's own origin (never in the offline build or a plain static host).
 */
import { t } from '../../i18n';
import { CODE_PATTERN } from '../../live/protocolConstants';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h } from '../dom';
import { captureScope } from '../watch';
import { createLiveBar } from './liveBar';
import type { LiveClient } from './liveClient';
import { createLiveStore, type LiveStore } from './liveStore';
import { probeClassServer } from './probe';
import { watchLive } from './watchLive';

/** The page's one connection, its code loaded the first time it is asked for. */
type ClientLoader = () => Promise<LiveClient>;

let page: { live: LiveStore; client: ClientLoader } | null = null;

function livePage(store: GameStore, actions: Actions): { live: LiveStore; client: ClientLoader } {
  if (page) return page;
  const live = createLiveStore();
  // The connection's code (and the seat memory it reads) loads once a class server has answered
  // or a class screen opens: a page with no class server, a first game among them, never fetches it.
  let loading: Promise<LiveClient> | null = null;
  const client: ClientLoader = () => (loading ??= import('./liveClient').then(
    (m) => m.createLiveClient(store, actions, live),
    (e: unknown) => { loading = null; throw e; }));
  page = { live, client };
  void startLive(live, client);
  return page;
}

/** Once a page: ask whether a class server answers, then follow the link or the tab's own seat. */
async function startLive(live: LiveStore, loadClient: ClientLoader): Promise<void> {
  const q = new URLSearchParams(location.search);
  const join = q.get('join')?.toUpperCase() ?? null;
  const klass = q.get('class')?.toUpperCase() ?? null;
  const token = new URLSearchParams(location.hash.slice(1)).get('facilitator');
  // A link that names a class tries again before giving up; the title screen alone asks once.
  let answered = await probeClassServer();
  for (let i = 0; !answered && (join || klass) && i < 2; i++) answered = await probeClassServer();
  if (!answered) {
    if (join || klass) live.setState({ view: 'join', error: t('live.noServer') });
    return;
  }
  let client: LiveClient;
  try {
    client = await loadClient();
  } catch {
    if (join || klass) live.setState({ view: 'join', error: t('live.noServer') });
    return;
  }
  live.setState({ available: true });
  if (klass && token && CODE_PATTERN.test(klass)) {
    // The token leaves the address bar (and so any screenshot or shared link); the tab keeps it.
    history.replaceState(null, '', `${location.pathname}?class=${klass}`);
    void client.facilitate(klass, token);
    return;
  }
  if (client.resume()) return;
  if (join && CODE_PATTERN.test(join)) {
    live.setState({ view: 'join', code: join });
    void client.join(join);
  } else if (join) {
    live.setState({ view: 'join', error: t('live.badCode') });
  }
}

/**
 * The join screen and the dashboard (over the page), loaded the first time one is opened so the
 * title screen does not wait for them; and the seat's bar (a row of the game screen).
 */
export function createLiveViews(store: GameStore, actions: Actions): { views: HTMLElement[]; bar: HTMLElement } {
  const { live, client } = livePage(store, actions);
  const host = h('div', { class: 'live-views' });
  const inScope = captureScope();
  let state: 'idle' | 'loading' | 'loaded' = 'idle';
  watchLive(live, (s) => [s.view], (s) => {
    if (state !== 'idle' || s.view === null) return;
    state = 'loading';
    // Its screens list and resolve the levels: every level's file comes with them.
    Promise.all([import('./liveScreens'), actions.loadLevels(), client()]).then(([m, , c]) => {
      if (!host.isConnected) return; // the interface was rebuilt meanwhile: the new one loads its own
      host.append(...inScope(() => m.createLiveScreens(store, actions, live, c)));
      state = 'loaded';
    }, () => {
      state = 'idle';
      actions.notify('error', t('levels.loadAllFailed'));
    });
  });
  return { views: [host], bar: createLiveBar(store, live, client) };
}

/** The title screen's way into a live class: there only while a class server answers. */
export function liveTitleEntry(store: GameStore, actions: Actions): HTMLElement {
  const { live } = livePage(store, actions);
  const section = h('section', { class: 'title-live', attrs: { 'aria-labelledby': 'live-title', 'data-live-entry': '' } },
    h('h2', { attrs: { id: 'live-title' }, text: t('live.title') }),
    h('p', { class: 'hint', text: t('live.titleHint') }),
    h('div', { class: 'buttons' },
      h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'live-join-open' }, text: t('live.joinButton'), on: { click: () => live.setState({ view: 'join' }) } }),
      h('button', { attrs: { type: 'button', 'data-key': 'live-dashboard-open' }, text: t('live.dashTitle'), on: { click: () => live.setState({ view: 'dashboard' }) } })));
  watchLive(live, (s) => [s.available, s.phase], (s) => {
    section.hidden = !s.available;
    // The dashboard is the facilitator's: offered only to the tab that holds the facilitator's link.
    (section.querySelector('[data-key="live-dashboard-open"]') as HTMLElement).hidden = s.phase !== 'facilitator';
  });
  return section;
}
