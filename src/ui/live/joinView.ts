/**
 * Joining a live class: the code (from the link, or typed), then the class's games and their seats
 * (lead, ministers, US liaison, and any other role the level's rules give a seat). A seat taken by
 * another browser cannot be picked; the server refuses it too, with a message.
 */
import { t } from '../../i18n';
import { CODE_PATTERN } from '../../live/protocolConstants';
import type { ClassInfo } from '../../live/protocol';
import { h, swap } from '../dom';
import { teamName } from '../classroom/teamNames';
import { classView } from '../classroom/viewFrame';
import type { LiveClient } from './liveClient';
import type { LiveStore } from './liveStore';
import { watchLive } from './watchLive';

export function createJoinView(live: LiveStore, client: LiveClient): HTMLElement {
  const view = classView('live-join', t('live.joinTitle'), () => live.setState({ view: null }));
  const code = h('input', { attrs: { type: 'text', id: 'live-code', maxlength: 8, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'live-code-hint live-error', inputmode: 'text' } });
  const error = h('p', { class: 'field-error', attrs: { id: 'live-error', role: 'alert' } });
  const games = h('div', { class: 'live-games' });
  const join = () => {
    const value = code.value.trim().toUpperCase();
    if (!CODE_PATTERN.test(value)) {
      error.textContent = t('live.badCode');
      code.setAttribute('aria-invalid', 'true');
      code.focus();
      return;
    }
    code.removeAttribute('aria-invalid');
    void client.join(value);
  };
  code.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') join(); });

  view.body.append(
    h('div', { class: 'field' },
      h('label', { attrs: { for: 'live-code' }, text: t('live.code') }),
      h('div', { class: 'inline' }, code, h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'live-join' }, text: t('live.join'), on: { click: join } })),
      h('p', { class: 'hint', attrs: { id: 'live-code-hint' }, text: t('live.codeHint') }),
      error),
    games);

  watchLive(live, (s) => [s.view, s.phase, s.info, s.error, s.code], (s) => {
    view.show(s.view === 'join');
    if (s.code && !code.value) code.value = s.code;
    error.textContent = s.error ?? (s.phase === 'connecting' ? t('live.connecting') : '');
    swap(games, seatChoices(s.info, s.phase === 'lobby', client));
  });
  return view.el;
}

function seatChoices(info: ClassInfo | null, lobby: boolean, client: LiveClient): HTMLElement[] {
  if (!lobby || !info) return [];
  if (!info.setup || info.games.length === 0) return [h('p', { class: 'hint', attrs: { role: 'status' }, text: t('live.notSetUp') })];
  return [
    h('h3', { text: t('live.pickSeat') }),
    h('ul', { class: 'live-game-list' }, ...info.games.map((g, gi) => h('li', { class: 'live-game' },
      h('strong', { text: t('live.gameName', { n: gi + 1 }) }), ' ', h('span', { class: 'hint', text: t('live.gameDay', { day: g.day }) }),
      h('div', { class: 'buttons' }, ...g.seats.map((seat, ti) => h('button', {
        attrs: { type: 'button', 'data-seat': `${gi}:${ti}`, disabled: seat.taken },
        text: seat.taken ? `${teamName(seat)} (${t('live.seatTaken')})` : teamName(seat),
        on: { click: () => client.claim(gi, ti) },
      })))))),
  ];
}
