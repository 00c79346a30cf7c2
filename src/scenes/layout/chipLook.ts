/**
 * What a piece on the map says, as plain data: which symbol, the nation code, a status token.
 * Pure (no Phaser), so the wording and the cache keys are tested in Node.
 */
import { isCore, type GameState, type LevelIndex } from '../../engine';
import { symbolKeyFor, type Arm, type FormationKind, type SymbolKey } from '../../symbols/symbolKeys';
import { t } from '../../i18n';
import { nationCode } from '../../i18n/engineText';

export interface ChipLook {
  symbol: SymbolKey;
  code: string;
  /** a short status after the code: "3d" mobilising, "→ D9" moving, "!" disrupted */
  token: string;
  /** drawn faint with a dashed code plate: not yet ready (mobilising) */
  faint: boolean;
  /** the token is a warning (orange) */
  alert: boolean;
  /** in the very-high-readiness core, exactly as the engine's isCore counts it */
  core: boolean;
}

export function formationLook(s: GameState, ix: LevelIndex, index: number, eta: number): ChipLook {
  const def = ix.formations[index]!;
  const f = s.formations[index]!;
  const symbol = symbolKeyFor(def.kind as FormationKind, def.arm as Arm);
  let token = '';
  let alert = false;
  if (f.status === 'mobilising') token = t('mapText.mobilising', { n: f.countdown });
  else if (f.status === 'moving') token = t('mapText.eta', { day: eta });
  else if (f.disruptedDays > 0) {
    token = '!';
    alert = true;
  } else if (f.equipDays > 0) token = t('mapText.noEquipment');
  return { symbol, code: nationCode(def.nationId), token, faint: f.status === 'mobilising', alert, core: isCore(s, ix, index) };
}

export function lookKey(l: ChipLook): string {
  return `chip|${l.symbol}|${l.code}|${l.token}|${l.faint ? 1 : 0}|${l.alert ? 1 : 0}|${l.core ? 1 : 0}`;
}

export function stackKey(l: ChipLook, count: number): string {
  return `stack|${count}|${lookKey(l)}`;
}

export interface EventLook { symbol: SymbolKey; day: number; intel: string }

export function eventKey(e: EventLook): string {
  return `event|${e.symbol}|${e.day}|${e.intel}`;
}
