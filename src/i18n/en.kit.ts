/**
 * English strings of the facilitator's kit (lesson formats, the facilitator timer, the guide, the
 * handouts, turning points, presentation mode), kept apart from en.ts for readability; they are
 * part of the same catalog (uk.kit.ts translates every key).
 */
export const UI_EN_KIT = {
  // ---- lesson formats on the set-up screen
  'kit.format': 'Lesson length',
  'kit.minutes': '{minutes} minutes',
  'kit.formatHint': '{minutes} minutes: {deadline} days to play, par day {par}.',
  'kit.formatStaff': 'This format gives each role its own staff actions, about what one player has, so par keeps its meaning.',
  // ---- the facilitator's lesson timer
  'kit.timer': 'Lesson timer',
  'kit.phase.brief': 'Briefing',
  'kit.phase.play': 'Play',
  'kit.phase.debrief': 'Debrief',
  'kit.phaseMinutes': '{phase} {minutes} min',
  'kit.timerLeft': '{phase}: {time} left of {planned} min',
  'kit.timerOver': '{phase}: {time} over its {planned} min',
  'kit.timerStart': 'Start the clock',
  'kit.timerPause': 'Stop the clock',
  'kit.timerNext': 'Next phase',
  'kit.timerReset': 'Reset',
} as const;
