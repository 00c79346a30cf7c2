import { thousands } from '../engine';

/**
 * The HUD's fixed text forms. Tests, screen readers and speedrun tools read these exact strings
 * ("Day 12", "Ready troops 18,500 / 40,000"), so they are built in one place.
 */
export const dayText = (day: number) => `Day ${day}`;
export const deadlineText = (deadline: number) => `of ${deadline}`;
export const readyTroopsText = (ready: number, needed: number) => `Ready troops ${thousands(ready)} / ${thousands(needed)}`;
export const coreText = (core: number, needed: number) => `Core ${thousands(core)} / ${thousands(needed)}`;
export const staffText = (left: number, perDay: number) => `Staff actions ${left} / ${perDay}`;
export const unityText = (unity: number, floor: number) => `Unity ${unity} (floor ${floor})`;

export const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
export const staff = (n: number) => (n === 1 ? '1 staff action' : `${n} staff actions`);

/** "the end of day 7 (in 2 days)" style duration of an order, counted from today inclusive. */
export function durationOf(today: number, lastDay: number | undefined): number | null {
  return lastDay === undefined ? null : Math.max(1, lastDay - today + 1);
}

/** A 0..1 fraction for meters, safe for a zero target. */
export function fraction(value: number, target: number): number {
  if (target <= 0) return 1;
  return Math.max(0, Math.min(1, value / target));
}
