/**
 * The facilitator's lesson clock: three phases (brief, play, debrief) sized for the lesson's
 * length. Pure: the caller passes the time (the view reads the wall clock; tests pass numbers).
 * It is the teacher's tool, not a rule of the game, so it lives outside the engine and the replay.
 */
export const PHASES = ['brief', 'play', 'debrief'] as const;
export type Phase = (typeof PHASES)[number];

/** Minutes of each phase for a lesson: 50 minutes is 8 + 30 + 12, 90 minutes 12 + 60 + 18. */
export function phasePlan(minutes: number): Record<Phase, number> {
  if (minutes <= 50) return { brief: 8, play: Math.max(10, minutes - 20), debrief: 12 };
  return { brief: 12, play: minutes - 30, debrief: 18 };
}

export interface LessonTimer {
  minutes: number;
  phase: Phase;
  /** time spent in the phase before the last start, in ms */
  spentMs: number;
  /** when the clock was last started (ms), or null while it is stopped */
  since: number | null;
}

export function newTimer(minutes: number): LessonTimer {
  return { minutes, phase: 'brief', spentMs: 0, since: null };
}

export function spent(t: LessonTimer, now: number): number {
  return t.spentMs + (t.since === null ? 0 : Math.max(0, now - t.since));
}

export function startTimer(t: LessonTimer, now: number): LessonTimer {
  return t.since === null ? { ...t, since: now } : t;
}

export function pauseTimer(t: LessonTimer, now: number): LessonTimer {
  return t.since === null ? t : { ...t, spentMs: spent(t, now), since: null };
}

/** On to the next phase; its clock starts at once if the clock was running. The debrief is the last. */
export function nextPhase(t: LessonTimer, now: number): LessonTimer {
  const i = PHASES.indexOf(t.phase);
  if (i >= PHASES.length - 1) return t;
  return { ...t, phase: PHASES[i + 1]!, spentMs: 0, since: t.since === null ? null : now };
}

export interface TimerReading {
  phase: Phase;
  running: boolean;
  /** the phase's allotted minutes */
  planned: number;
  /** whole seconds left in the phase (0 once over) */
  leftSeconds: number;
  /** whole seconds past the phase's end (0 while inside it) */
  overSeconds: number;
}

export function readTimer(t: LessonTimer, now: number): TimerReading {
  const planned = phasePlan(t.minutes)[t.phase];
  const used = Math.floor(spent(t, now) / 1000);
  const total = planned * 60;
  return { phase: t.phase, running: t.since !== null, planned, leftSeconds: Math.max(0, total - used), overSeconds: Math.max(0, used - total) };
}

/** "12:05" */
export function clockText(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
