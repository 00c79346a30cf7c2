/**
 * What the game says about saved games. Placeholders in braces are filled by tpl()
 * (src/i18n/template.ts).
 */
export const SAVE_TEXT = {
  saveWhat: 'the save',
  continueSaved: 'Continue saved game',
  continueDesc: '{title}, day {day} (seed {seed}), saved {when}',
  discard: 'Discard the saved game',
  discarded: 'The saved game was discarded.',
  linkChoice: 'The link opens a new game: {title}, seed {seed}. A saved game is still in progress: {saved}, day {day}. Which one?',
  startLinked: 'Start the linked game',
  startLinkedDesc: 'Starting it replaces the saved game.',
  restored: 'Continued from the save: {title}, day {day}.',
  restoredPrevious: 'The latest save could not be used ({error}); continued from the one before it: {title}, day {day}.',
  noneUsable: 'The saved game could not be continued: {error} A new game can be started as usual.',
  storageOff: 'This browser does not let the game save: a reload will lose the game in progress.',
  otherTab: 'GUARANTOR is open in another tab too, and that tab saved its game over this one. This tab no longer saves, so as not to overwrite it; the game here goes on.',
  keepThisTab: 'Save this tab’s game instead',
  keptThisTab: 'This tab’s game is saved again (the other tab now stops saving).',
  writeFailed: 'The game could not be saved ({reason}): play on, but a reload would lose what was done since day {day}.',
  notText: 'the save is not text',
  wrongFormat: 'it is not a GUARANTOR save',
  newer: 'it was written by a newer version of the game (save version {version}; this game reads {ours})',
  older: 'it is of save version {version}, which this game cannot convert',
  invalid: 'it is damaged ({detail})',
  level: 'its level cannot be opened ({error})',
  diverged: 'its day {day} no longer gives the state it recorded (the rules changed since game version {version})',
  classroomMismatch: 'its classroom teams do not match the staff pools the game was played with',
  orderRefused: 'an order it recorded for today is refused now ({reason})',
};
