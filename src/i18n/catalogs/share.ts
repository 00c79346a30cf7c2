/**
 * Every sentence the share codes, links, generated-level ids and the daily challenge show to a
 * player, in English. Placeholders in braces are filled by tpl() (src/i18n/template.ts). A translation is
 * another object of the same shape.
 */
export const SHARE_TEXT = {
  codeWhat: 'the code',
  codeEmpty: 'The code is empty: paste a share code (it starts with G1.) or a link to the game.',
  codeNotText: 'A share code must be text.',
  codeTooLong: 'The code is too long ({length} characters; a share code has at most {max}). Share a long replay as a file instead.',
  codeNotOurs: 'This is not a GUARANTOR share code: a share code starts with “G1.”, this one with “{start}”.',
  codeOtherVersion: 'This share code was made by another version of the game (code version {version}); this game reads version {ours} codes.',
  codeTruncated: 'The code is incomplete: its end is missing. It was probably cut off when it was copied; copy all of it again.',
  codeMalformed: 'The code is malformed: a share code is three parts joined by dots (G1.….…), this one has {parts}.',
  codeBadCharacters: 'The code holds a character a share code never has (“{chars}”): it was changed after it was made.',
  codeChecksum: 'The code is damaged or was edited: its check characters do not match its contents. Copy it again from where it was shared.',
  codeUnpack: 'The code passes its check but cannot be unpacked: it was not made by this game.',
  codePayloadTooLarge: 'The code unpacks to more than {max} characters: it is not a share code this game made.',
  codeContent: 'The code holds something this game does not understand: {detail}.',
  contentNotList: 'not a list',
  contentGame: 'a level and a seed were expected',
  contentGenerated: 'a generator seed was expected',
  contentReplay: 'one replay was expected',
  contentUnknownKind: 'an unknown kind of code ({tag})',
  codeLevelId: 'The code names the level “{level}”, which is not a level id (lower-case letters, digits and dashes).',
  codeSeed: 'The code’s seed is not valid. {error}',
  codeReplay: 'The code holds a replay that is not valid: {error}',

  linkReplayBad: 'The link’s replay cannot be opened. {error}',
  linkCodeBad: 'The link’s share code cannot be opened. {error}',
  linkTooLong: 'This run is too long to share as a link ({length} characters; links are kept under {max}). Export the replay as a file instead.',
  inputNothing: 'This is a link to the game, but it names no level, seed or replay.',

  unknownLevel: 'There is no level “{level}”. The levels are: {known}; or “gen-” followed by a seed for a generated level.',
  notALevelId: '“{level}” is not a level id: level ids are lower-case letters, digits and dashes.',
  genBadSeed: 'The generated level “{level}” cannot be made: after “gen-” comes a seed of 1 to {max} lower-case letters, digits and dashes.',
  genNoPool: 'Generated levels take their map and forces from the campaign level “{pool}”, which is not loaded.',
  genFailed: 'The generated level “{level}” came out invalid (a bug in the generator): {error}',

  dailyBadDate: 'The date “{date}” is not a calendar date of the form YYYY-MM-DD.',
  dailyTitle: 'Daily challenge {date}',
};
