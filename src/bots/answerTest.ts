import { coreLift, evaluateCommand, isCore, isRefusal, type Command, type LevelIndex } from '../engine';
import type { DayPlan } from './tryOrders';

/**
 * Once the force has stood up, Moscow tests the guarantee on one axis: the bots send the certified
 * core there, each formation by whatever gets it there ready soonest: a flight onto which it is
 * ready on landing (light, or onto a stock), else a road, rail or sea move that arrives within the
 * window, else a flight whose equipment follows.
 */
export function answerTest(p: DayPlan, ix: LevelIndex): void {
  const test = p.state.test;
  if (!test || p.state.readinessDay === null) return;
  const hubs = ix.axisNodes[test.axis]!;
  for (let fi = 0; fi < p.state.formations.length; fi++) {
    const s = p.state;
    const f = s.formations[fi]!;
    if (!isCore(s, ix, fi) || ix.nodeAxes[f.node]!.includes(test.axis)) continue;
    const id = ix.formations[fi]!.id;
    const options: Array<{ cmd: Command; rank: number }> = [];
    for (const h of hubs) {
      const to = ix.level.nodes[h]!.id;
      const air: Command = { type: 'airlift', formation: id, to };
      const a = evaluateCommand(s, ix.level, air);
      if (!isRefusal(a)) options.push({ cmd: air, rank: a.message.key === 'airliftFollow' ? 50 : 0 });
      const move: Command = { type: 'move', formation: id, to };
      const m = evaluateCommand(s, ix.level, move);
      if (!isRefusal(m) && (m.detail.arrivalDay ?? Infinity) <= test.until) options.push({ cmd: move, rank: 10 + (m.detail.arrivalDay ?? 0) - s.day });
    }
    options.sort((a, b) => a.rank - b.rank);
    for (const o of options) if (p.try(o.cmd)) break;
  }
}

/** Without enough lift the core cannot move (US airlift cut or lost): pool the European lift. */
export function keepCoreLift(p: DayPlan, ix: LevelIndex): void {
  if (p.state.euroLift < 0 && coreLift(p.state, ix) < ix.level.win.core) p.try({ type: 'euroLift' });
}
