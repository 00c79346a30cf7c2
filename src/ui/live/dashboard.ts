/**
 * The facilitator's dashboard: every game of the class live (day, ready troops against the goal,
 * core, ladder, unity, credibility per axis, the readiness curve, each seat's turn), and the
 * controls: open the games, pause all or one, inject an event into one or all, extend, notes,
 * a message to every screen, and at the end every game's replay collected into the team
 * comparison and saved as one file. Every figure is the server's (the engine's), never a student's.
 */
import { resolveLevel } from '../../levels/resolveLevel';
import { t } from '../../i18n';
import { rungName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import type { Level } from '../../levels/schema';
import { MAX_GAMES } from '../../live/protocolConstants';
import type { GameFigures } from '../../live/protocol';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { offerToCompare } from '../classroom/compareInbox';
import { download } from '../classroom/download';
import { teamName } from '../classroom/teamNames';
import { classView } from '../classroom/viewFrame';
import { replayCollection } from '../../replay/replayCollection';
import type { LiveClient } from './liveClient';
import type { Dashboard, LiveStore } from './liveStore';
import { qrSvg } from './qrSvg';
import { watchLive } from './watchLive';

const NS = 'http://www.w3.org/2000/svg';

export function createDashboard(store: GameStore, actions: Actions, live: LiveStore, client: LiveClient): HTMLElement {
  const view = classView('live-dashboard', t('live.dashTitle'), () => live.setState({ view: null }));
  const head = h('div', { class: 'live-dash-head' });
  const setup = h('div', { class: 'live-setup' });
  const controls = h('div', { class: 'live-controls' });
  const table = h('div', { class: 'live-table', attrs: { 'aria-live': 'off' } });
  const status = h('p', { class: 'hint', attrs: { role: 'status' } });
  view.body.append(head, setup, controls, status, table);

  let drawnCode = '';
  let drawnSetup: unknown = undefined;
  watchLive(live, (s) => [s.view, s.dashboard, s.error, s.phase], (s) => {
    view.show(s.view === 'dashboard');
    const d = s.dashboard;
    if (!d) {
      swap(table, [h('p', { class: s.error ? 'field-error' : 'hint', attrs: { role: 'alert' }, text: s.error ?? t('live.connecting') })]);
      return;
    }
    if (d.code !== drawnCode) {
      drawnCode = d.code;
      void drawHead(head, d.code);
    }
    const found = d.setup ? resolveLevel(d.setup.level, store.getState().levels) : null;
    const level = found?.ok ? found.level : null;
    if (d.setup !== drawnSetup) {
      drawnSetup = d.setup;
      swap(setup, d.setup ? [] : [setupForm(store, client)]);
      swap(controls, d.setup && level ? classControls(level, d, client) : []);
    }
    swap(table, d.games.length === 0 ? [h('p', { class: 'hint', text: t('live.empty') })] : [gamesTable(d, level, client)]);
    if (s.error) status.textContent = s.error;
  });
  watchLive(live, (s) => [s.replays], (s) => {
    if (!s.replays) return;
    const named = s.replays.map((r) => ({ name: t('live.gameName', { n: Number(r.name) }), replay: r.replay }));
    offerToCompare(named);
    download(`class-${live.getState().code}.replays.json`, replayCollection(named), 'application/json');
    status.textContent = t('live.collected', { n: named.length });
    live.setState({ replays: null, view: null });
    actions.classroomUi({ view: 'compare' });
  });
  return view.el;
}

async function drawHead(head: HTMLElement, code: string): Promise<void> {
  const link = `${location.origin}/?join=${code}`;
  const qr = await qrSvg(link, t('live.qr'));
  swap(head, [
    h('p', { class: 'live-code' }, t('live.joinWith', { code, link })),
    qr,
  ]);
}

function field(id: string, label: string, input: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { attrs: { for: id }, text: label }), input);
}

function setupForm(store: GameStore, client: LiveClient): HTMLElement {
  const levels = store.getState().levels;
  const level = h('select', { attrs: { id: 'live-level' } }, ...levels.map((l) => h('option', { attrs: { value: l.id }, text: lt(l).title })));
  const seed = h('input', { attrs: { type: 'text', id: 'live-seed', maxlength: 32, value: 'class-1', spellcheck: 'false' } });
  const games = h('input', { attrs: { type: 'number', id: 'live-games', min: 1, max: MAX_GAMES, value: 4 } });
  const ministers = h('input', { attrs: { type: 'number', id: 'live-ministers', min: 1, max: 8, value: 1 } });
  const moscow = h('input', { attrs: { type: 'checkbox', id: 'live-moscow' } });
  return h('section', { attrs: { 'aria-labelledby': 'live-setup-title' } },
    h('h3', { attrs: { id: 'live-setup-title' }, text: t('live.setupTitle') }),
    h('div', { class: 'live-form' },
      field('live-level', t('live.level'), level),
      field('live-seed', t('live.seed'), seed),
      field('live-games', t('live.games'), games),
      field('live-ministers', t('live.ministerTeams'), ministers),
      h('div', { class: 'field check' }, moscow, h('label', { attrs: { for: 'live-moscow' }, text: t('live.moscowSeat') }))),
    h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'live-open' }, text: t('live.open'), on: { click: () => client.send('setup', {
      level: level.value, seed: seed.value.trim(), games: Number(games.value), ministerTeams: Number(ministers.value), moscow: moscow.checked,
    }) } }));
}

function gameChoice(id: string, count: number): HTMLSelectElement {
  return h('select', { attrs: { id } },
    h('option', { attrs: { value: -1 }, text: t('live.allGames') }),
    ...Array.from({ length: count }, (_, i) => h('option', { attrs: { value: i }, text: t('live.gameName', { n: i + 1 }) })));
}

function classControls(level: Level, d: Dashboard, client: LiveClient): HTMLElement[] {
  const n = d.games.length;
  const card = h('select', { attrs: { id: 'live-card' } }, ...level.deck.map((c) => h('option', { attrs: { value: c.id }, text: lt(level).card(c.id).title })));
  const injectTo = gameChoice('live-inject-to', n);
  const days = h('input', { attrs: { type: 'number', id: 'live-extend-days', min: 1, max: 30, value: 3 } });
  const extendTo = gameChoice('live-extend-to', n);
  const text = h('input', { attrs: { type: 'text', id: 'live-message', maxlength: 300 } });
  // Notes are written here, not in the table: the table is redrawn as the games move on.
  const note = h('input', { attrs: { type: 'text', id: 'live-note', maxlength: 500 } });
  const noteTo = h('select', { attrs: { id: 'live-note-to' } }, ...Array.from({ length: n }, (_, i) => h('option', { attrs: { value: i }, text: t('live.gameName', { n: i + 1 }) })));
  return [
    h('section', { class: 'live-control-row', attrs: { 'aria-label': t('live.controls') } },
      h('button', { attrs: { type: 'button', 'data-key': 'live-pause-all' }, text: t('live.pauseAll'), on: { click: () => client.send('pause', { game: -1, paused: true }) } }),
      h('button', { attrs: { type: 'button', 'data-key': 'live-resume-all' }, text: t('live.resumeAll'), on: { click: () => client.send('pause', { game: -1, paused: false }) } }),
      h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'live-collect' }, text: t('live.collect'), on: { click: () => client.send('collect', {}) } })),
    h('div', { class: 'live-form' },
      field('live-card', t('live.injectCard'), card), field('live-inject-to', t('live.target'), injectTo),
      h('button', { attrs: { type: 'button', 'data-key': 'live-inject' }, text: t('live.injectButton'), on: { click: () => client.send('inject', { game: Number(injectTo.value), card: card.value }) } })),
    h('div', { class: 'live-form' },
      field('live-extend-days', t('live.extendDays'), days), field('live-extend-to', t('live.target'), extendTo),
      h('button', { attrs: { type: 'button', 'data-key': 'live-extend' }, text: t('live.extendButton'), on: { click: () => client.send('extend', { game: Number(extendTo.value), days: Number(days.value) }) } })),
    h('div', { class: 'live-form' },
      field('live-note', t('live.note'), note), field('live-note-to', t('live.target'), noteTo),
      h('button', { attrs: { type: 'button', 'data-key': 'live-add-note' }, text: t('live.addNote'), on: { click: () => {
        if (note.value.trim()) client.send('note', { game: Number(noteTo.value), text: note.value.trim() });
        note.value = '';
      } } })),
    h('div', { class: 'live-form' },
      field('live-message', t('live.message'), text),
      h('button', { attrs: { type: 'button', 'data-key': 'live-send' }, text: t('live.send'), on: { click: () => {
        if (text.value.trim()) client.send('broadcast', { text: text.value.trim() });
        text.value = '';
      } } })),
  ];
}

function gamesTable(d: Dashboard, level: Level | null, client: LiveClient): HTMLElement {
  const axisName = (id: string) => (level ? lt(level).axis(id) : id);
  return h('table', { class: 'rev-table live-games-table' },
    h('thead', {}, h('tr', {}, ...['live.col.game', 'live.col.day', 'live.col.ready', 'live.col.core', 'live.col.ladder', 'live.col.unity', 'live.col.cred', 'live.col.curve', 'live.col.seats', 'live.col.actions']
      .map((k) => h('th', { attrs: { scope: 'col' }, text: t(k as 'live.col.game') })))),
    h('tbody', {}, ...d.games.map((g, i) => h('tr', { attrs: { 'data-live-game': i } },
      h('th', { attrs: { scope: 'row' }, text: t('live.gameName', { n: i + 1 }) }),
      h('td', { class: 'fig', attrs: { 'data-live-day': i } }, t('live.dayOf', { day: g.day, deadline: g.deadline }), statusTag(g)),
      h('td', { class: 'fig', text: t('live.readyOf', { ready: g.ready, needed: g.readyNeeded }) }),
      h('td', { class: 'fig', text: t('live.readyOf', { ready: g.core, needed: g.coreNeeded }) }),
      h('td', { text: rungName(g.ladder) }),
      h('td', { class: 'fig', text: String(g.unity) }),
      h('td', {}, h('ul', { class: 'live-cred' }, ...g.axes.map((a) => h('li', { class: a.credibility >= a.bar ? 'met' : '', text: t('live.credAxis', { axis: axisName(a.id), cred: a.credibility, bar: a.bar }) })))),
      h('td', {}, curve(g)),
      h('td', {}, h('ul', { class: 'live-seats' }, ...(d.seats[i] ?? []).map((seat, k) => h('li', {
        text: t('live.seatState', { seat: teamName({ id: seat.id, roles: seat.roles, perDay: 0 }), state: t(!seat.taken ? 'live.seat.free' : g.status !== 'playing' ? 'live.seat.here' : g.done[k] ? 'live.seat.done' : 'live.seat.planning') }),
      })))),
      h('td', {}, gameButtons(i, g, client)))),
    ));
}

function statusTag(g: GameFigures): HTMLElement | null {
  const parts = [
    g.status !== 'playing' ? t(g.status === 'won' ? 'live.status.won' : 'live.status.lost') : null,
    g.paused ? t('live.status.paused') : null,
    g.desyncs > 0 ? t('live.desyncs', { n: g.desyncs }) : null,
  ].filter(Boolean);
  return parts.length ? h('div', { class: 'hint', text: parts.join(' · ') }) : null;
}

function gameButtons(i: number, g: GameFigures, client: LiveClient): HTMLElement | null {
  if (g.status !== 'playing') return null;
  return h('div', { class: 'buttons' },
    h('button', { class: 'small', attrs: { type: 'button', 'data-live-pause': i }, text: t(g.paused ? 'live.resume' : 'live.pause'), on: { click: () => client.send('pause', { game: i, paused: !g.paused }) } }),
    h('button', { class: 'small', attrs: { type: 'button', 'data-live-endday': i }, text: t('live.endDay'), on: { click: () => client.send('endGameDay', { game: i }) } }));
}

/** The game's readiness curve: ready troops by day against the goal (a small line, no axes). */
function curve(g: GameFigures): SVGSVGElement {
  const w = 120;
  const hgt = 36;
  const days = Math.max(g.deadline, g.curve.length, 2);
  const top = Math.max(g.readyNeeded, ...g.curve, 1);
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${hgt}`);
  svg.setAttribute('class', 'live-curve');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('live.curveLabel', { ready: g.ready, needed: g.readyNeeded }));
  const y = (v: number) => (hgt - 2 - (v / top) * (hgt - 4)).toFixed(1);
  const goal = document.createElementNS(NS, 'line');
  for (const [k, v] of [['x1', '0'], ['x2', String(w)], ['y1', y(g.readyNeeded)], ['y2', y(g.readyNeeded)], ['class', 'ref']]) goal.setAttribute(k!, v!);
  const line = document.createElementNS(NS, 'polyline');
  line.setAttribute('points', g.curve.map((v, i) => `${((i / (days - 1)) * w).toFixed(1)},${y(v)}`).join(' '));
  line.setAttribute('class', 'series s0');
  line.setAttribute('fill', 'none');
  svg.append(goal, line);
  return svg;
}
