/**
 * "Advance to next event" (F) stops after a day whose log needs a look. The rule is the engine's
 * (engine/select/quietDays.ts), so the coach's "nothing to do until day N" counts the same days.
 */
export { needsAttention } from '../engine';
