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
  // ---- turning points in the review
  'kit.tp.title': 'Turning points',
  'kit.tp.intro': 'The days where the outcome pivoted: an event decided by 3 or less, a drop in will or unity that held a unit back, an enabler cut. “What if?” starts a new game from the day before, with the same seed and teams: do it differently and play on.',
  'kit.tp.none': 'No turning point so far: no event was decided by 3 or less, no drop held a unit back and no enabler was cut.',
  'kit.tp.day': 'Day {day}',
  'kit.tp.whatIf': 'What if? Play again from day {day}',
  'kit.tp.closeDeterred': '“{card}” ({axis}) was deterred by a margin of only {margin}.',
  'kit.tp.closeLanded': '“{card}” ({axis}) landed: resolve was ahead by only {margin}.',
  'kit.tp.paused': '{nation}’s will fell to {will}: its formations stopped mobilising.',
  'kit.tp.willBelow': '“{card}” cut {nation}’s will from {from} to {to}: {formations} could no longer be activated.',
  'kit.tp.unityBelow': '“{card}” cut unity from {from} to {to}, below the {needed} the rapid-reaction protocol needs.',
  'kit.tp.cut': '“{card}”: {effect}',
  'kit.tp.branched': 'A new game from day {day}, same seed and teams. What will you do differently?',
  // ---- decision differences in the team comparison
  'kit.diff.title': 'Where the teams’ decisions differed',
  'kit.diff.intro': 'Day by day, the orders a team gave that not every team gave, and what followed that day: its events (deterred or not, and by how much), its ready troops and the escalation ladder.',
  'kit.diff.none': 'The teams gave the same orders every day and their events went the same way.',
  'kit.diff.nothingElse': 'Nothing the others did not do.',
  'kit.diff.sameOrders': 'Same orders as the others.',
  'kit.diff.over': 'Game over by then.',
  'kit.diff.deterred': '“{card}” deterred (by {margin}). ',
  'kit.diff.landed': '“{card}” landed (short by {margin}). ',
  'kit.diff.figures': 'Ready: {ready}; ladder: {rung}.',
} as const;
