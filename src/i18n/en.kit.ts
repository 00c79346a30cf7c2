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
} as const;
