import { effectiveNotice, type GameState, type LevelIndex, type LogEntry } from '../../engine';
import { hrBadge } from './listModels';

const HR_FACT = { core: 'facts.hrCore', cert: 'facts.hrCert', hr: 'facts.hrNot' } as const;
import { t, type UiKey } from '../../i18n';
import { nationName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';

/**
 * A formation's situation for the lists, the order panel and the map tooltip. Each state has its
 * own mark as well as its words, so it reads the same in greyscale.
 */
export interface FormationStatus { mark: string; text: string; state: 'reserve' | 'mobilising' | 'moving' | 'waiting' | 'busy' | 'ready' }

export function formationStatus(s: GameState, ix: LevelIndex, fi: number, log: readonly LogEntry[] = []): FormationStatus {
  const f = s.formations[fi]!;
  const def = ix.formations[fi]!;
  const node = ix.level.nodes[f.node];
  const where = node ? lt(ix.level).node(node.id) : '?';
  switch (f.status) {
    case 'reserve': return { mark: '○', state: 'reserve', text: t('status.reserve', { where }) };
    case 'mobilising': return { mark: '◐', state: 'mobilising', text: t('status.mobilising', { day: s.day + f.countdown - 1 }) };
    case 'moving': {
      const dest = ix.level.nodes[f.route?.[f.route.length - 1]?.to ?? f.node];
      const to = dest ? lt(ix.level).node(dest.id) : '?';
      const due = dueDay(log, def.id);
      return { mark: '→', state: 'moving', text: due ? t('status.movingDue', { to, day: due }) : t('status.moving', { to }) };
    }
    case 'ready':
      if (f.disruptedDays > 0) return { mark: '!', state: 'busy', text: t('status.disrupted', { where, n: f.disruptedDays }) };
      if (f.busyDays > 0) return { mark: '◆', state: 'busy', text: t('status.exercise', { where, n: f.busyDays }) };
      if (f.equipDays > 0) return { mark: '◑', state: 'waiting', text: t('status.waiting', { where, n: f.equipDays }) };
      return { mark: '●', state: 'ready', text: t('status.ready', { where }) };
  }
}

/** The arrival day the engine gave when the formation's current move was ordered. */
function dueDay(log: readonly LogEntry[], id: string): number | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i]!;
    if (e.t === 'order' && (e.cmd.type === 'move' || e.cmd.type === 'airlift') && e.cmd.formation === id) return e.detail.arrivalDay ?? null;
  }
  return null;
}

/** Label/value pairs: strength, readiness, notice-to-move, interoperability, and the rest. */
export function formationFacts(s: GameState, ix: LevelIndex, fi: number, log: readonly LogEntry[] = []): Array<[string, string]> {
  const f = s.formations[fi]!;
  const def = ix.formations[fi]!;
  const will = s.will[def.nation]!;
  const nation = nationName(def.nationId);
  const kind = t(`fkind.${def.kind}` as UiKey);
  const arm = t(`arm.${def.arm}` as UiKey);
  const facts: Array<[string, string]> = [
    [t('facts.nation'), nation],
    [t('facts.strength'), t(def.light ? 'facts.strengthLight' : 'facts.strengthValue', { n: def.strength, kind, arm })],
    [t('facts.home'), lt(ix.level).node(ix.level.nodes[def.home]!.id)],
    [t('facts.readiness'), formationStatus(s, ix, fi, log).text],
    [t('facts.notice'), t('unit.days', { n: effectiveNotice(s, ix, fi) })],
    [t('facts.interop'), t('facts.interopValue', { n: f.interop })],
  ];
  if (f.status === 'reserve') facts.push([t('facts.activation'), t('facts.activationValue', { threshold: def.threshold, nation, will })]);
  const badge = hrBadge(s, ix, fi);
  if (badge) facts.push([t('facts.hr'), t(HR_FACT[badge])]);
  return facts;
}

/** A node's kinds ("hub, airfield, rail") in the current language. */
export function kindsText(kinds: readonly string[]): string {
  return kinds.map((k) => t(`kind.${k}` as UiKey)).join(', ');
}
