/**
 * The facilitator's lesson timer on the facilitator screens (the panel, the briefing, the
 * review): the phase (brief, play, debrief), the time left in it, start/pause, next phase and
 * reset. One timer per page, shared by every copy of the widget; the phases are sized for the
 * lesson the level is cut for (50 minutes for a -50min format, 90 for a full level).
 */
import { clockText, newTimer, nextPhase, pauseTimer, readTimer, startTimer, type LessonTimer } from '../../classroom/lessonTimer';
import { t } from '../../i18n';
import { FULL_FORMAT_MINUTES } from '../../levels/formats';
import type { Level } from '../../levels/schema';
import { h, swap } from '../dom';
import '../../i18n/screenText'; // the English of the classroom's screens, loaded with them

let timer: LessonTimer | null = null;
let levelId: string | null = null;
const widgets = new Set<() => void>();
let ticking: ReturnType<typeof setInterval> | null = null;

function redrawAll(): void {
  for (const draw of [...widgets]) draw();
  const running = timer?.since != null;
  if (running && !ticking) ticking = setInterval(redrawAll, 1000);
  if (!running && ticking) { clearInterval(ticking); ticking = null; }
}

/** The timer for a level's lesson: a new one when the class moves to another level. */
function timerFor(level: Level): LessonTimer {
  if (!timer || levelId !== level.id) {
    timer = newTimer(level.format?.minutes ?? FULL_FORMAT_MINUTES);
    levelId = level.id;
  }
  return timer;
}

function update(next: LessonTimer): void {
  timer = next;
  redrawAll();
}

export function createLessonClock(level: () => Level | null): HTMLElement {
  const el = h('section', { class: 'lesson-clock no-print', attrs: { 'aria-label': t('kit.timer') } });
  const reading = h('p', { class: 'lesson-clock-time fig', attrs: { role: 'timer', 'aria-live': 'off' } });
  const toggle = h('button', { attrs: { type: 'button', 'data-key': 'timer-toggle' } });
  const next = h('button', { attrs: { type: 'button', 'data-key': 'timer-next' }, text: t('kit.timerNext') });
  const reset = h('button', { class: 'minor', attrs: { type: 'button', 'data-key': 'timer-reset' }, text: t('kit.timerReset') });
  const phases = h('ol', { class: 'lesson-phases' });
  toggle.addEventListener('click', () => {
    const lv = level();
    if (!lv) return;
    const tm = timerFor(lv);
    update(tm.since === null ? startTimer(tm, Date.now()) : pauseTimer(tm, Date.now()));
  });
  next.addEventListener('click', () => { const lv = level(); if (lv) update(nextPhase(timerFor(lv), Date.now())); });
  reset.addEventListener('click', () => { const lv = level(); if (lv) update(newTimer(lv.format?.minutes ?? FULL_FORMAT_MINUTES)); });

  const draw = () => {
    // A screen not in the page (not yet opened, or left behind by a rebuilt interface) waits.
    if (!el.isConnected) return;
    const lv = level();
    el.hidden = !lv;
    if (!lv) return;
    const tm = timerFor(lv);
    const r = readTimer(tm, Date.now());
    const phase = t(`kit.phase.${r.phase}`);
    reading.textContent = r.overSeconds > 0
      ? t('kit.timerOver', { phase, time: clockText(r.overSeconds), planned: r.planned })
      : t('kit.timerLeft', { phase, time: clockText(r.leftSeconds), planned: r.planned });
    reading.classList.toggle('over', r.overSeconds > 0);
    toggle.textContent = t(r.running ? 'kit.timerPause' : 'kit.timerStart');
    next.disabled = r.phase === 'debrief';
    swap(phases, (['brief', 'play', 'debrief'] as const).map((p) => h('li', { class: p === r.phase ? 'current' : '', attrs: { 'aria-current': p === r.phase ? 'step' : null } },
      t('kit.phaseMinutes', { phase: t(`kit.phase.${p}`), minutes: readTimer({ ...tm, phase: p }, 0).planned }))));
  };
  widgets.add(draw);
  el.append(h('h3', { text: t('kit.timer') }), phases, reading, h('div', { class: 'buttons' }, toggle, next, reset));
  draw();
  return el;
}

/** Redraw every timer now (a screen that shows one has just opened). */
export function refreshLessonClocks(): void {
  redrawAll();
}
