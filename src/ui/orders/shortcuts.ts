import { t } from '../../i18n';
import { PANEL_KEY } from '../hud/panelToggle';

/**
 * Every keyboard shortcut in one table: the key handler, the order buttons' hints and the help
 * overlay all read it, so a key shown is a key that works.
 */
export type OrderKey =
  | 'activate' | 'move' | 'airlift' | 'training' | 'exercise' | 'preposition' | 'missileDefence'
  | 'isr' | 'plan' | 'commit' | 'surge' | 'summit' | 'protocol' | 'munitions' | 'cyber' | 'reassure' | 'euroLift';

/** One letter per order; the order applies to what is selected (see orderContext.ts). */
export const ORDER_SHORTCUTS: Readonly<Record<OrderKey, string>> = {
  activate: 'A', move: 'M', airlift: 'L', training: 'T',
  exercise: 'X', preposition: 'P', missileDefence: 'D',
  isr: 'I', plan: 'C', commit: 'V', surge: 'S',
  summit: 'G', protocol: 'R', munitions: 'W', cyber: 'Y', reassure: 'N', euroLift: 'O',
};

export interface HelpRow { keys: string; what: string }

/** The general keys, in the current language. */
export function generalShortcuts(): HelpRow[] {
  return [
    { keys: t('keys.endDay'), what: t('keys.endDayWhat') },
    { keys: 'F', what: t('keys.advanceWhat') },
    { keys: t('keys.undo'), what: t('keys.undoWhat') },
    { keys: t('keys.cycle'), what: t('keys.cycleWhat') },
    { keys: t('keys.pick'), what: t('keys.pickWhat') },
    { keys: t('keys.tab'), what: t('keys.tabWhat') },
    { keys: 'J', what: t('keys.logWhat') },
    { keys: PANEL_KEY, what: t('keys.panelWhat') },
    { keys: t('keys.help'), what: t('keys.helpWhat') },
    { keys: 'Esc', what: t('keys.escWhat') },
  ];
}

/** The map's mouse and keys, in the current language. */
export function mapHelp(): HelpRow[] {
  return [
    { keys: t('keys.mapArrows'), what: t('keys.mapArrowsWhat') },
    { keys: t('keys.mapZoom'), what: t('keys.mapZoomWhat') },
    { keys: t('keys.mapDrag'), what: t('keys.mapDragWhat') },
    { keys: t('keys.mapClick'), what: t('keys.mapClickWhat') },
    { keys: t('keys.mapDragUnit'), what: t('keys.mapDragUnitWhat') },
    { keys: t('keys.mapDragStack'), what: t('keys.mapDragStackWhat') },
    { keys: t('keys.mapRight'), what: t('keys.mapRightWhat') },
  ];
}

/** One row per order key, in the current language. */
export function orderHelp(): HelpRow[] {
  return (Object.keys(ORDER_SHORTCUTS) as OrderKey[]).map((k) => ({ keys: ORDER_SHORTCUTS[k], what: t(`keys.${k}`) }));
}
