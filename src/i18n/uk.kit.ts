/** Ukrainian strings of the facilitator's kit (en.kit.ts has the English and says what they are). */
import type { UI_EN_KIT } from './en.kit';

export const UI_UK_KIT: Record<keyof typeof UI_EN_KIT, string> = {
  'kit.format': 'Тривалість уроку',
  'kit.minutes': '{minutes} хвилин',
  'kit.formatHint': '{minutes} хвилин: {deadline} днів гри, норматив — день {par}.',
  'kit.formatStaff': 'У цьому форматі кожна роль має власні штабні дії — приблизно стільки, скільки один гравець, тож норматив зберігає сенс.',
  'kit.timer': 'Таймер уроку',
  'kit.phase.brief': 'Брифінг',
  'kit.phase.play': 'Гра',
  'kit.phase.debrief': 'Розбір',
  'kit.phaseMinutes': '{phase}: {minutes} хв',
  'kit.timerLeft': '{phase}: залишилося {time} із {planned} хв',
  'kit.timerOver': '{phase}: на {time} довше за відведені {planned} хв',
  'kit.timerStart': 'Запустити годинник',
  'kit.timerPause': 'Зупинити годинник',
  'kit.timerNext': 'Наступний етап',
  'kit.timerReset': 'Скинути',
};
