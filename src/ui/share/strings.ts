/**
 * Every label, button and sentence of the sharing, replay, speedrun and save interface, in
 * English. Placeholders in braces are filled by tpl() (src/share/template.ts). The sentences the
 * non-DOM modules produce live next to them: src/share/strings.ts, src/replay/strings.ts,
 * src/speedrun/strings.ts, src/saves/strings.ts.
 */
export const SHARE_UI = {
  // title screen
  sectionTitle: 'Share, replay, race',
  dailyTitle: 'Daily challenge',
  dailyButton: 'Play the daily challenge ({date})',
  dailyHint: 'Everyone gets the same generated level and seed today (UTC). Tomorrow brings a new one.',
  generatedTitle: 'Generated level',
  generatedButton: 'Generate a level from the seed',
  generatedHint: 'Any seed makes a complete level from the campaign’s real places and forces: share the seed and a friend gets the same one.',
  generatedBadSeed: 'A generated level needs a seed of lower-case letters, digits and dashes (up to 44), such as lantern-otter-47.',
  copySeed: 'Copy seed',
  codeTitle: 'Enter a share code',
  codeLabel: 'Share code or link',
  codePlaceholder: 'G1.… or https://…',
  codeOpen: 'Open',
  codeHint: 'Paste a code or a link a friend sent: it opens the same level and seed, or their whole run.',
  importTitle: 'Replays',
  importButton: 'Import a replay file…',
  importHint: 'Or drop a replay file anywhere on this page. Replays made by the game or by npm run sim both work.',
  importWatch: 'Watch it',
  importRace: 'Race it',
  importPlay: 'Play this level and seed',
  dropHere: 'Drop the replay file to open it',
  pbButton: 'Personal bests…',

  // in-game share dialog
  shareDialog: 'Share',
  shareOpen: 'Share and replay…',
  seedLabel: 'Seed',
  linkLabel: 'Link to this level and seed',
  codeLabelOut: 'Share code',
  copy: 'Copy',
  copyLink: 'Copy link',
  copyCode: 'Copy code',
  copied: '{what} copied.',
  copyBlocked: 'Copying is blocked here: the text is selected, copy it with Ctrl+C.',
  whatSeed: 'Seed',
  whatLink: 'Link',
  whatCode: 'Share code',
  whatRunLink: 'Link to this run',
  replaySection: 'This game’s replay',
  replayFacts: '{days} day(s) recorded; it verifies with npm run -s verify.',
  exportReplay: 'Export replay file',
  exported: 'Replay saved as {name}.',
  runLink: 'Copy a link to this run',
  runLinkNotYet: 'A run can be shared as a link once it is finished; the replay file works at any time.',
  watchOwn: 'Watch this game’s replay',

  // replay viewer
  viewerLabel: 'Replay controls',
  viewerTitle: 'Replay: {title}, seed {seed}',
  viewerDay: 'After day {day} of {last}',
  viewerDayStart: 'Before day 1 ({last} days recorded)',
  viewerStart: '«',
  viewerStartName: 'Back to the start',
  viewerBack: 'Back',
  viewerBackName: 'Step back a day',
  viewerPlay: 'Play',
  viewerPause: 'Pause',
  viewerStep: 'Step',
  viewerStepName: 'Step forward a day',
  viewerSpeed: 'Speed',
  viewerSpeedOne: '1 day a second',
  viewerSpeedMany: '{n} days a second',
  viewerBranch: 'Play from this day',
  viewerClose: 'Close',
  viewerCloseName: 'Close the replay',
  viewerEnded: 'End of the replay: {outcome}.',
  viewerBranched: 'You took over on day {day}: the game is yours from here (it is not timed for personal bests).',
  raceStarted: 'Racing the replay: its milestone days are the comparison in the Speedrun panel.',

  // speedrun panel extras
  seedShown: 'Seed {seed}',

  // personal bests dialog
  pbDialog: 'Personal bests',
  pbImportButton: 'Import personal bests…',
  pbExportButton: 'Export personal bests',
  pbExportName: 'guarantor-personal-bests.json',

  // help overlay
  helpCaption: 'Replays and sharing',
  keyPlayPause: 'Play or pause a replay',
  keyStep: 'Step a replay one day forward or back',
  keySpeed: 'Replay faster or slower',
  keyBranch: 'Play from this day of a replay (branch)',
  keyShare: 'Share, export the replay (in a game)',
} as const;
