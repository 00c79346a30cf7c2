/**
 * Over the game, for a seat of a live class: which class, game and seat this is, who is still
 * planning today, and the seat's own buttons (the lead may end the day for everyone). The HUD's
 * End button ends this seat's turn.
 */
import { t } from '../../i18n';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { teamName } from '../classroom/teamNames';
import { watch } from '../watch';
import type { LiveClient } from './liveClient';
import type { LiveStore } from './liveStore';
import { watchLive } from './watchLive';

/** `client` loads the connection's code (already there whenever the bar shows: it shows in a class). */
export function createLiveBar(store: GameStore, live: LiveStore, client: () => Promise<LiveClient>): HTMLElement {
  const bar = h('aside', { class: 'live-bar', attrs: { 'aria-label': t('live.barLabel'), 'data-live-bar': '' } });
  const draw = () => {
    const s = live.getState();
    const g = store.getState().session;
    const seat = s.seat;
    const info = s.info?.games[seat?.game ?? -1];
    bar.hidden = s.phase !== 'seated' || !seat || !g;
    if (bar.hidden || !seat || !info) return;
    const me = info.seats[seat.team];
    const waiting = info.seats.filter((_, i) => !s.done[i]).map((x) => teamName(x));
    const lead = info.seats.findIndex((x) => x.roles.includes('lead'));
    swap(bar, [
      h('span', { class: 'live-where', text: t('live.bar', { code: s.code, game: seat.game + 1, seat: me ? teamName(me) : '' }) }),
      s.paused ? h('strong', { class: 'live-paused', attrs: { role: 'status' }, text: t('live.pausedBar') }) : null,
      h('span', { class: 'live-turns', attrs: { role: 'status', 'data-live-turns': '' },
        text: s.done[seat.team] ? t('live.youDone', { seats: waiting.join(', ') }) : t('live.waitingFor', { seats: waiting.join(', ') }) }),
      seat.team === lead && g!.state.status === 'playing'
        ? h('button', { class: 'small', attrs: { type: 'button', 'data-key': 'live-end-all' }, text: t('live.endForAll'), on: { click: () => void client().then((c) => c.endDayForAll()) } })
        : null,
      h('button', { class: 'small minor', attrs: { type: 'button', 'data-key': 'live-leave' }, text: t('live.leave'), on: { click: () => void client().then((c) => c.leave()) } }),
    ]);
  };
  watchLive(live, (s) => [s.phase, s.seat, s.done, s.paused, s.info], draw);
  watch(store, (s) => [s.session?.state.status], draw);
  return bar;
}
