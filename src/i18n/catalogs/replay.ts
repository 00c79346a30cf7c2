/**
 * What the game says about replays: importing, verifying, exporting, sharing and watching them.
 * Placeholders in braces are filled by tpl() (src/i18n/template.ts).
 */
export const REPLAY_TEXT = {
  fileTooLarge: 'The file “{name}” is too large for a replay ({size} bytes; the limit is {max}).',
  fileUnreadable: 'The file “{name}” could not be read ({reason}).',
  fileNotOne: 'Drop one replay file at a time.',
  tampered: 'This replay does not verify: on day {day} the game reaches a different state than the replay records (hash {actual}, recorded {recorded}). Its orders, its seed or its level were changed after it was recorded.',
  afterEnd: 'This replay does not verify: it has orders on day {day}, after the game ended on day {end}.',
  finalHash: 'This replay does not verify: its last day matches, but the result it records does not (hash {recorded}, the game gives {actual}).',
  otherVersion: 'This replay was recorded with game version {theirs}; this is version {ours}, whose rules may differ, so it cannot be verified or watched here.',
  otherLevel: 'This replay is of a level this game cannot open. {error}',
  verified: 'Replay verified: {title}, seed {seed}, {days} day(s) — {outcome}.',
  outcomeWon: 'the force stood up on day {day}',
  outcomeLost: 'lost on day {day}',
  outcomePlaying: 'unfinished, at day {day}',
  watching: 'You are watching a replay: orders cannot be given. Press “Play from this day” to take over from here.',
  fileName: '{level}-{seed}-day{day}.replay.json',
};
