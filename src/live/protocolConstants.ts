/**
 * The live classroom's plain constants, apart from its message schemas (src/live/protocol.ts,
 * which re-exports them): the browser's start-up code needs these few names and patterns, and
 * importing them from the schemas would load the schema library with the title screen.
 */

/** The name Colyseus knows the room type by. */
export const ROOM_NAME = 'class';
/** The small endpoint the title screen asks to learn whether a class server answers. */
export const PROBE_PATH = '/classroom/ping';
export const PROBE_ANSWER = 'guarantor-classroom';

export const MAX_GAMES = 12;

/** Join codes: eight letters and digits with nothing easily confused (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
export const CODE_PATTERN = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/;
