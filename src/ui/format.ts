import { t } from '../i18n';

/**
 * The HUD's fixed text forms. Tests, screen readers and speedrun tools read these exact strings
 * ("Day 12", "Ready troops 18,500 / 40,000" in English), so they are built in one place, in the
 * current language.
 */
export const dayText = (day: number) => t('hud.day', { day });
export const deadlineText = (deadline: number) => t('hud.of', { deadline });
export const readyTroopsText = (ready: number, needed: number) => t('hud.ready', { ready, needed });
export const coreText = (core: number, needed: number) => t('hud.core', { core, needed });
export const staffText = (left: number, perDay: number) => t('hud.staff', { left, perDay });
export const unityText = (unity: number, floor: number) => t('hud.unity', { unity, floor });

export const days = (n: number) => t('unit.days', { n });
export const staff = (n: number) => t('unit.staff', { n });

/** "the end of day 7 (in 2 days)" style duration of an order, counted from today inclusive. */
export function durationOf(today: number, lastDay: number | undefined): number | null {
  return lastDay === undefined ? null : Math.max(1, lastDay - today + 1);
}

/** A 0..1 fraction for meters, safe for a zero target. */
export function fraction(value: number, target: number): number {
  if (target <= 0) return 1;
  return Math.max(0, Math.min(1, value / target));
}
