/**
 * What must hold in every state the engine can produce, whatever the orders: the checks behind the
 * property tests. Each failure names the field, so a shrunk counter-example reads on its own.
 */
import { capacityOf, euroSorties, indexLevel, type GameState } from '../../src/engine';
import { LADDER_RUNGS, MILESTONE_IDS } from '../../src/engine/ids';
import type { Level } from '../../src/levels/schema';

const STATUSES = new Set(['reserve', 'mobilising', 'ready', 'moving']);

export function invariantErrors(s: GameState, level: Level): string[] {
  const ix = indexLevel(level);
  const errs: string[] = [];
  const check = (ok: boolean, what: string) => { if (!ok) errs.push(what); };
  const int = (n: unknown) => typeof n === 'number' && Number.isInteger(n);
  const inRange = (n: number, lo: number, hi: number, what: string) => check(int(n) && n >= lo && n <= hi, `${what} = ${n} not an integer in ${lo}..${hi}`);

  // Troops: every formation of the level, once, in its roster order, in exactly one place/status.
  check(s.formations.length === ix.formations.length, `formations: ${s.formations.length} entries for ${ix.formations.length} in the level`);
  let troops = 0;
  s.formations.forEach((f, i) => {
    const def = ix.formations[i];
    const at = `formations[${i}] (${f.id})`;
    check(def !== undefined && f.id === def.id, `${at}: id out of roster order`);
    if (def) troops += def.strength;
    check(STATUSES.has(f.status), `${at}.status ${f.status}`);
    inRange(f.node, 0, level.nodes.length - 1, `${at}.node`);
    inRange(f.countdown, 0, 400, `${at}.countdown`);
    inRange(f.equipDays, 0, 400, `${at}.equipDays`);
    inRange(f.busyDays, 0, 400, `${at}.busyDays`);
    inRange(f.disruptedDays, 0, 400, `${at}.disruptedDays`);
    inRange(f.interop, 0, 100, `${at}.interop`);
    check(typeof f.certified === 'boolean', `${at}.certified`);
    if (f.certified) check(def?.hr === true, `${at}: certified but not high-readiness`);
    switch (f.status) {
      case 'reserve':
        check(f.route === null && f.countdown === 0 && f.node === def?.home && !f.certified, `${at}: in reserve but route/countdown/node/certified set`);
        break;
      case 'mobilising':
        check(f.route === null && f.countdown >= 1 && f.node === def?.home, `${at}: mobilising with route ${JSON.stringify(f.route)}, countdown ${f.countdown}`);
        break;
      case 'ready':
        check(f.route === null && f.countdown === 0, `${at}: ready with a route or a countdown`);
        break;
      case 'moving': {
        check(Array.isArray(f.route) && f.route.length > 0 && f.countdown === 0, `${at}: moving without a route`);
        let from = f.node;
        for (const [k, leg] of (f.route ?? []).entries()) {
          const l = level.links[leg.link];
          check(l !== undefined, `${at}.route[${k}].link ${leg.link}`);
          inRange(leg.days, 1, 400, `${at}.route[${k}].days`);
          if (l) {
            const ends = [ix.node.get(l.from), ix.node.get(l.to)];
            check(ends.includes(from) && ends.includes(leg.to) && from !== leg.to, `${at}.route[${k}]: leg ${l.id} does not join ${from} → ${leg.to}`);
          }
          from = leg.to;
        }
        break;
      }
    }
  });
  const roster = level.nations.reduce((a, n) => a + n.roster.reduce((b, x) => b + x.strength, 0), 0);
  check(troops === roster, `troops: ${troops} in the state, ${roster} in the rosters`);

  // Resources and counters.
  // After the force stands up the guarantee test may run past the deadline, by its delay and window at most.
  const r = ix.rules;
  inRange(s.day, 1, Math.max(s.deadline, level.deadline) + r.testDelay + r.testSpread + level.win.coreDeployDays, 'day');
  check(s.staffLeft.length === s.pools.length, 'staffLeft aligned with pools');
  s.staffLeft.forEach((x, i) => inRange(x, 0, s.pools[i]?.perDay ?? 0, `staffLeft[${i}]`));
  inRange(s.staffPenalty, 0, 1000, 'staffPenalty');
  inRange(s.budget, 0, 1_000_000, 'budget');
  check(s.will.length === level.nations.length, 'will aligned with nations');
  s.will.forEach((w, i) => inRange(w, 0, 100, `will[${i}]`));
  s.reassuredDay.forEach((d, i) => inRange(d, 0, s.day, `reassuredDay[${i}]`));
  inRange(s.unity, 0, 100, 'unity');
  inRange(s.ladder, 0, LADDER_RUNGS.length - 1, 'ladder');
  inRange(s.peakLadder, s.ladder, LADDER_RUNGS.length - 1, 'peakLadder');
  inRange(s.resilience, 0, 100, 'resilience');
  const sorties = capacityOf(s, ix, 'airlift') + euroSorties(s, ix);
  inRange(s.airliftUsed, 0, s.status === 'playing' ? sorties : 100000, 'airliftUsed');
  inRange(s.surgesUsed, 0, level.enablers.surge, 'surgesUsed');
  inRange(s.summitDay, 0, s.day, 'summitDay');
  inRange(s.protocol, -1, 400, 'protocol');
  s.plans.forEach((p, i) => inRange(p, -1, 400, `plans[${i}]`));
  s.exerciseUntil.forEach((d, i) => inRange(d, 0, 1000, `exerciseUntil[${i}]`));
  s.linkCutUntil.forEach((d, i) => inRange(d, 0, 1000, `linkCutUntil[${i}]`));
  for (const p of s.prepo) {
    inRange(p.troops, 0, 100000, 'prepo.troops');
    inRange(p.daysLeft, 0, 400, 'prepo.daysLeft');
    check(ix.staging[p.node] === true, `prepo at a node that is not a staging hub (${p.node})`);
  }
  check(new Set(s.prepo.map((p) => p.node)).size === s.prepo.length, 'two pre-positioned sets at one hub');
  for (const x of s.exercises) {
    inRange(x.daysLeft, 1, 400, 'exercises.daysLeft');
    check(x.formations.length > 0, 'an exercise without formations');
  }
  for (const m of s.munitions) inRange(m, s.day, 1000, 'munitions arrival day');
  for (const l of s.losses) inRange(l.amount, 1, 1000, 'losses.amount');
  for (const c of s.supportCuts) inRange(c.cut, 1, 100, 'supportCuts.cut');
  for (const c of s.commitments) check(['open', 'kept', 'broken'].includes(c.state), `commitment state ${c.state}`);
  check(new Set(s.commitments.map((c) => c.axis)).size === s.commitments.length, 'two commitments on one axis');
  inRange(s.deterred + s.landed, 0, s.events.length, 'deterred + landed');
  check(s.events.filter((e) => e.outcome === 1).length === s.deterred, 'deterred count');
  check(s.events.filter((e) => e.outcome === 2).length === s.landed, 'landed count');
  s.milestones.forEach((d, i) => inRange(d, 0, s.day, `milestones[${i}] (${MILESTONE_IDS[i]})`));

  // Rail: never more troops booked on a line on one day than its daily capacity.
  s.railLoads.forEach((loads, li) => {
    const l = level.links[li]!;
    check(loads.length % 2 === 0, `railLoads[${li}] odd length`);
    if (loads.length) check(l.kind === 'rail', `railLoads[${li}] booked on a ${l.kind} link`);
    for (let k = 0; k < loads.length; k += 2) {
      check(loads[k]! >= s.day || s.status !== 'playing', `railLoads[${li}]: a booking of day ${loads[k]} kept on day ${s.day}`);
      if (k > 0) check(loads[k]! > loads[k - 2]!, `railLoads[${li}] out of day order`);
      inRange(loads[k + 1]!, 1, l.capacity ?? 0, `railLoads[${li}] troops on day ${loads[k]}`);
    }
  });

  // Status.
  check(['playing', 'won', 'lost'].includes(s.status), `status ${s.status}`);
  check((s.status === 'playing') === (s.reason === null), `reason ${s.reason} with status ${s.status}`);
  if (s.status === 'won') check(s.readinessDay !== null, `won without a readiness day`);
  check((s.readinessDay !== null) === (s.test !== null), `readinessDay ${s.readinessDay} with test ${JSON.stringify(s.test)}`);
  if (s.test) check(s.test.day > s.readinessDay! && s.test.until >= s.test.day, `test ${JSON.stringify(s.test)} after readiness day ${s.readinessDay}`);

  // Moscow never spends beyond its weekly budget, and holds each card once.
  inRange(s.redSpent, 0, r.redBudget, 'redSpent');
  check(new Set(s.hand.map((h) => h.card)).size === s.hand.length, 'a card twice in the hand');
  inRange(s.euroLift, -1, 400, 'euroLift');
  return errs;
}
