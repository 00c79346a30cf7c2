import { outcomeText } from '../../replay/checkReplay';
import { lt } from '../../i18n/levelText';
import { tpl } from '../../i18n/template';
import type { GameStore } from '../../store/gameStore';
import { h } from '../dom';
import type { ShareFeature } from './feature';
import { SHARE_UI as T } from '../../i18n/catalogs/shareUi';
import { SPEEDS } from './viewer';
import { watchStore } from './watchStore';

/**
 * The replay controls over the map while a replay is watched: the day shown, back to the start,
 * a step back, play or pause, a step forward, the speed, "Play from this day" and close. Real
 * buttons with names; the same actions have keys (help overlay).
 */
export function createViewerBar(f: ShareFeature, store: GameStore): HTMLElement {
  const v = f.viewer;
  const btn = (key: string, text: string, on: () => void, extra: Record<string, string> = {}) =>
    h('button', { attrs: { type: 'button', 'data-key': key, ...extra }, text, on: { click: on } });
  const title = h('span', { class: 'viewer-title' });
  const day = h('strong', { class: 'viewer-day', attrs: { 'data-viewer': 'day', 'aria-live': 'polite' } });
  // Short labels on screen; full names (starting with the visible word) for assistive tech.
  const start = btn('viewer-start', T.viewerStart, () => v.seek(0), { 'aria-keyshortcuts': 'Home', 'aria-label': T.viewerStartName, title: T.viewerStartName });
  const back = btn('viewer-back', `‹ ${T.viewerBack}`, () => v.step(-1), { 'aria-keyshortcuts': ',', 'aria-label': T.viewerBackName, title: T.viewerBackName });
  const play = btn('viewer-play', T.viewerPlay, () => v.toggle(), { 'aria-keyshortcuts': 'K Space' });
  const step = btn('viewer-step', `${T.viewerStep} ›`, () => v.step(1), { 'aria-keyshortcuts': '.', 'aria-label': T.viewerStepName, title: T.viewerStepName });
  const speed = h('select', { attrs: { id: 'viewer-speed' } }, ...SPEEDS.map((n) => h('option', { attrs: { value: n }, text: n === 1 ? T.viewerSpeedOne : tpl(T.viewerSpeedMany, { n }) })));
  speed.addEventListener('change', () => v.setSpeed(Number(speed.value)));
  const branch = btn('viewer-branch', T.viewerBranch, () => f.branch(), { 'aria-keyshortcuts': 'B' });
  const close = btn('viewer-close', T.viewerClose, () => f.closeViewer(), { 'aria-label': T.viewerCloseName, title: T.viewerCloseName });
  const ended = h('p', { class: 'viewer-ended', attrs: { role: 'status' } });
  const el = h('div', { class: 'viewer-bar', attrs: { role: 'toolbar', 'aria-label': T.viewerLabel, 'data-viewer-bar': '' } },
    h('div', { class: 'viewer-head' }, title, day),
    h('div', { class: 'viewer-buttons' }, start, back, play, step,
      h('label', { class: 'viewer-speed', attrs: { for: 'viewer-speed' }, text: T.viewerSpeed }), speed, branch, close),
    ended);

  const render = () => {
    const s = v.state.getState();
    const g = store.getState().session;
    const on = Boolean(s.playback && v.watching());
    el.hidden = !on;
    el.parentElement?.toggleAttribute('data-watching', on);
    if (!on || !s.playback || !g) return;
    title.textContent = tpl(T.viewerTitle, { title: lt(s.playback.level).title, seed: s.playback.replay.seed });
    day.textContent = tpl(s.day === 0 ? T.viewerDayStart : T.viewerDay, { day: s.day, last: s.playback.length });
    play.textContent = s.playing ? T.viewerPause : `▶ ${T.viewerPlay}`;
    play.setAttribute('aria-pressed', String(s.playing));
    speed.value = String(s.speed);
    // aria-disabled, not disabled: a button that disables itself under the keyboard's focus
    // would drop the focus onto the page (the actions themselves stop at either end).
    back.setAttribute('aria-disabled', String(s.day === 0));
    start.setAttribute('aria-disabled', String(s.day === 0));
    step.setAttribute('aria-disabled', String(s.day >= s.playback.length));
    branch.setAttribute('aria-disabled', String(g.state.status !== 'playing'));
    ended.textContent = s.day >= s.playback.length ? tpl(T.viewerEnded, { outcome: outcomeText(g.state) }) : '';
  };
  watchStore(v.state, (s) => [s.playback, s.day, s.playing, s.speed], render);
  watchStore(store, (s) => [s.session], render);
  return el;
}
