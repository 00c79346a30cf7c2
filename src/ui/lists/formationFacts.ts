import { effectiveNotice, isCore, NATION_NAMES, thousands, type GameState, type LevelIndex, type LogEntry, type NationId } from '../../engine';

/**
 * A formation's situation for the lists, the order panel and the map tooltip. Each state has its
 * own mark as well as its words, so it reads the same in greyscale.
 */
export interface FormationStatus { mark: string; text: string; state: 'reserve' | 'mobilising' | 'moving' | 'waiting' | 'busy' | 'ready' }

export function formationStatus(s: GameState, ix: LevelIndex, fi: number, log: readonly LogEntry[] = []): FormationStatus {
  const f = s.formations[fi]!;
  const def = ix.formations[fi]!;
  const where = ix.level.nodes[f.node]?.name ?? '?';
  switch (f.status) {
    case 'reserve': return { mark: '○', state: 'reserve', text: `In reserve at ${where}` };
    case 'mobilising': return { mark: '◐', state: 'mobilising', text: `Mobilising: ready at the end of day ${s.day + f.countdown - 1}` };
    case 'moving': {
      const to = ix.level.nodes[f.route?.[f.route.length - 1]?.to ?? f.node]?.name ?? '?';
      const due = dueDay(log, def.id);
      return { mark: '→', state: 'moving', text: `On the move to ${to}${due ? `, due day ${due}` : ''}` };
    }
    case 'ready':
      if (f.disruptedDays > 0) return { mark: '!', state: 'busy', text: `Disrupted by a strike at ${where} (${f.disruptedDays} day(s))` };
      if (f.busyDays > 0) return { mark: '◆', state: 'busy', text: `In a joint exercise at ${where} (${f.busyDays} day(s))` };
      if (f.equipDays > 0) return { mark: '◑', state: 'waiting', text: `At ${where}, waiting ${f.equipDays} day(s) for its equipment` };
      return { mark: '●', state: 'ready', text: `Ready at ${where}` };
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
  const nation = NATION_NAMES[def.nationId as NationId] ?? def.nationId;
  const facts: Array<[string, string]> = [
    ['Nation', nation],
    ['Strength', `${thousands(def.strength)} troops (${def.kind}, ${def.arm}${def.light ? ', light' : ''})`],
    ['Readiness', formationStatus(s, ix, fi, log).text],
    ['Notice-to-move', `${effectiveNotice(s, ix, fi)} day(s)`],
    ['Interoperability', `${f.interop} / 100`],
  ];
  if (f.status === 'reserve') facts.push(['Activation', `needs will ${def.threshold}; ${nation} is at ${will}`]);
  if (def.hr) facts.push(['High readiness', isCore(s, ix, fi) ? 'yes, in the certified core' : f.certified ? 'yes, certified' : 'yes, not yet certified']);
  return facts;
}
