/** The game's version, written into replays and saves. Kept equal to package.json by a test. */
export const GAME_VERSION = '1.0.0';
