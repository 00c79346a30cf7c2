import { activeAllocations, capacityOf, coreLift, coreOnAxis, evaluateCommand, isCore, isRefusal, readyAtStaging, type Command, type LevelIndex } from '../engine';
import type { DayPlan } from './tryOrders';

/**
 * Once the force has stood up, Moscow tests the guarantee on one axis: the bots put ISR over it (else
 * the crisis is seen late and the window shrinks) and send the certified
 * core there until enough of it is on its way, each formation by whatever gets it there ready within
 * the window: a flight onto which it is ready on landing (light, or onto a stock), else a road,
 * rail or sea move that arrives in time, else a flight whose equipment follows in time. Heavy
 * formations that can do none of these wait for a stock the bot lays at the axis's airfield.
 */
export function answerTest(p: DayPlan, ix: LevelIndex): void {
  const test = p.state.test;
  if (!test || p.state.readinessDay === null) return;
  // Without ISR over the tested axis the crisis is seen late and the window shrinks: watch it.
  if (capacityOf(p.state, ix, 'isr') > 0 && !activeAllocations(p.state, ix, 'isr').includes(test.axis)) {
    p.try({ type: 'allocate', enabler: 'isr', axis: ix.level.axes[test.axis]!.id });
  }
  const hubs = ix.axisNodes[test.axis]!;
  const airfields = hubs.filter((h) => ix.airfield[h]);
  if (airfields.length && !p.state.prepo.some((x) => airfields.includes(x.node))) {
    p.try({ type: 'preposition', hub: ix.level.nodes[airfields[0]!]!.id });
  }
  // Should ISR be lost before the crisis breaks, the window shrinks: prefer what arrives within it.
  const blindUntil = test.day + Math.ceil(ix.level.win.coreDeployDays / ix.rules.blindWarningDivisor) - 1;
  const late = (day: number) => (day > blindUntil ? 100 : 0);
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
        if (ready <= test.until) options.push({ cmd: air, rank: late(ready) + (follow ? 40 + ready - s.day : 0) });
      }
      const move: Command = { type: 'move', formation: id, to };
      const m = evaluateCommand(s, ix.level, move);
      if (!isRefusal(m) && (m.detail.arrivalDay ?? Infinity) <= test.until) options.push({ cmd: move, rank: late(m.detail.arrivalDay ?? 0) + 10 + (m.detail.arrivalDay ?? 0) - s.day });
    }
    options.sort((a, b) => a.rank - b.rank);
    for (const o of options) if (p.try(o.cmd)) { coming += ix.formations[fi]!.strength; break; }
  }
}

/**
 * Without enough lift the core cannot move (US airlift cut or lost): pool the European lift.
 * With `insure`, it is pooled anyway once three quarters of the troops are ready: lift lost
 * (jamming, a US funding fight) in the guarantee test's window would leave the core unable to
 * move, and pooling takes longer than the window.
 */
export function keepCoreLift(p: DayPlan, ix: LevelIndex, insure = false): void {
  if (p.state.euroLift >= 0) return;
  const short = coreLift(p.state, ix) < ix.level.win.core;
  const nearlyUp = insure && readyAtStaging(p.state, ix) * 4 >= ix.level.win.troops * 3;
  if (short || nearlyUp) p.try({ type: 'euroLift' });
}
