/**
 * Limits of a replay's fields that the interface needs too. The schema (src/replay/replaySchema.ts)
 * re-exports them; the interface imports them from here so that its start-up code does not pull
 * in the schema library.
 */

/** The longest facilitator's note a replay may carry. */
export const NOTE_MAX = 500;
