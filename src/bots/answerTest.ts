import { coreLift, coreOnAxis, evaluateCommand, isCore, isRefusal, type Command, type LevelIndex } from '../engine';
import type { DayPlan } from './tryOrders';

/**
 * Once the force has stood up, Moscow tests the guarantee on one axis: the bots send the certified
 * core there until enough of it is on its way, each formation by whatever gets it there ready within
 * the window: a flight onto which it is ready on landing (light, or onto a stock), else a road,
 * rail or sea move that arrives in time, else a flight whose equipment follows in time. Heavy
 * formations that can do none of these wait for a stock the bot lays at the axis's airfield.
 */
export function answerTest(p: DayPlan, ix: LevelIndex): void {
  const test = p.state.test;
  if (!test || p.state.readinessDay === null) return;
  const hubs = ix.axisNodes[test.axis]!;
  const airfields = hubs.filter((h) => ix.airfield[h]);
  if (airfields.length && !p.state.prepo.some((x) => airfields.includes(x.node))) {
    p.try({ type: 'preposition', hub: ix.level.nodes[airfields[0]!]!.id });
  }
  let coming = coreOnAxis(p.state, ix, test.axis);
  for (let fi = 0; fi < p.state.formations.length && coming < ix.level.win.core; fi++) {
    const s = p.state;
    const f = s.formations[fi]!;
    if (!isCore(s, ix, fi) || ix.nodeAxes[f.node]!.includes(test.axis)) continue;
    const id = ix.formations[fi]!.id;
    const options: Array<{ cmd: Command; rank: number }> = [];
    for (const h of hubs) {
      const to = ix.level.nodes[h]!.id;
      const air: Command = { type: 'airlift', formation: id, to };
      const a = evaluateCommand(s, ix.level, air);
      if (!isRefusal(a)) {
        const follow = a.message.key === 'airliftFollow';
        const ready = s.day + (follow ? Number(a.message.params.days) + 1 : 0);
        if (ready <= test.until) options.push({ cmd: air, rank: follow ? 40 + ready - s.day : 0 });
      }
      const move: Command = { type: 'move', formation: id, to };
      const m = evaluateCommand(s, ix.level, move);
      if (!isRefusal(m) && (m.detail.arrivalDay ?? Infinity) <= test.until) options.push({ cmd: move, rank: 10 + (m.detail.arrivalDay ?? 0) - s.day });
    }
    options.sort((a, b) => a.rank - b.rank);
    for (const o of options) if (p.try(o.cmd)) { coming += ix.formations[fi]!.strength; break; }
  }
}

/** Without enough lift the core cannot move (US airlift cut or lost): pool the European lift. */
export function keepCoreLift(p: DayPlan, ix: LevelIndex): void {
  if (p.state.euroLift < 0 && coreLift(p.state, ix) < ix.level.win.core) p.try({ type: 'euroLift' });
}
