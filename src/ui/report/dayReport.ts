import type { LevelIndex, LogEntry } from '../../engine';
import { t } from '../../i18n';
import { entryText } from '../../i18n/engineText';

/**
 * The report of a day that ended, from its log: what Moscow tried and whether deterrence held
 * (with the numbers that decided it), how the ladder moved, milestones, warnings, then the rest.
 * The player's own orders are left out: they know what they ordered.
 */
export interface ReportLine {
  kind: 'deterred' | 'landed' | 'ladder' | 'milestone' | 'warning' | 'end' | 'progress' | 'setback';
  /** a shape that carries the meaning without colour */
  mark: string;
  text: string;
}

export interface DayReport { day: number; headline: string; lines: ReportLine[] }

const ORDER: Record<ReportLine['kind'], number> = { end: 0, landed: 1, deterred: 2, ladder: 3, setback: 4, milestone: 5, warning: 6, progress: 7 };
const MARK: Record<ReportLine['kind'], string> = { end: '■', landed: '✗', deterred: '✓', ladder: '▲', setback: '!', milestone: '★', warning: '⚠', progress: '•' };

function kindOf(e: LogEntry): ReportLine['kind'] | null {
  switch (e.t) {
    case 'order': case 'refused': case 'tally': return null;
    case 'event': return e.deterred ? 'deterred' : 'landed';
    case 'ladder': return 'ladder';
    case 'milestone': return 'milestone';
    case 'warning': return 'warning';
    case 'end': return 'end';
    case 'fear': case 'paused': case 'held': return 'setback';
    case 'commitment': return e.kept ? 'progress' : 'setback';
    case 'surgeRisk': return e.escalated ? 'setback' : 'progress';
    default: return 'progress';
  }
}

/** The report of day `day`, whose resolution logged `log` (empty on a quiet day). */
export function dayReport(log: readonly LogEntry[], ix: LevelIndex, day: number): DayReport {
  const lines: ReportLine[] = [];
  for (const e of log) {
    const kind = kindOf(e);
    if (!kind) continue;
    const mark = kind === 'ladder' && e.t === 'ladder' && e.to < e.from ? '▼' : MARK[kind];
    lines.push({ kind, mark, text: entryText(e, ix.level) });
  }
  lines.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  const deterred = lines.filter((l) => l.kind === 'deterred').length;
  const landed = lines.filter((l) => l.kind === 'landed').length;
  const headline = deterred + landed > 0
    ? t('report.headCounts', { day, deterred, landed })
    : t(lines.length ? 'report.headNoEvent' : 'report.headQuiet', { day });
  return { day, headline, lines };
}
