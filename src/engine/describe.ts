import type { Command } from './commands';
import type { LevelIndex } from './levelIndex';
import type { EffectFact, LogEntry } from './log';
import { EN, type Catalog } from './messages/en';
import { levelNames, render, type NameBook } from './messages/format';
import { msg, type Message } from './messages/message';

/**
 * Log entries, orders and event consequences as messages, then as sentences in a language.
 * The day log, the CLI trace and the debrief read these; a translation passes its own catalog
 * and names.
 */
export function entryMessage(e: LogEntry): Message {
  switch (e.t) {
    case 'order': return e.detail.arrivalDay
      ? msg('orderArrives', { command: '', day: e.detail.arrivalDay })
      : msg('order', { command: '' });
    case 'refused': return msg('refused', { text: e.text });
    case 'ready': return msg('ready', { formation: e.formation, node: e.node });
    case 'paused': return msg('paused', { nation: e.nation, will: e.will });
    case 'arrived': return msg(e.equipped ? 'arrived' : 'arrivedUnequipped', { formation: e.formation, node: e.node });
    case 'held': return msg('held', { formation: e.formation, link: e.link });
    case 'equipped': return msg('equipped', { formation: e.formation });
    case 'exercised': return msg(e.certified.length ? 'exercisedCertified' : 'exercised', { node: e.node, count: e.formations.length, certified: e.certified.length });
    case 'prepoDone': return msg('prepoDone', { node: e.node });
    case 'planDone': return msg('planDone', { axis: e.axis });
    case 'protocolDone': return msg('protocolDone');
    case 'commitment': return msg(e.kept ? 'commitmentKept' : 'commitmentBroken', { axis: e.axis, ready: e.ready, needed: e.needed });
    case 'munitions': return msg('munitions', { resilience: e.resilience });
    case 'warning': return msg('warning', { card: e.card, fires: e.fires, axis: e.axis });
    case 'event': {
      const p = { card: e.card, pressure: e.pressure, credibility: e.credibility.total, resolve: e.resolve.total };
      if (!e.deterrable) return msg('eventUndeterrable', p);
      if (e.deterred) return msg('eventDeterred', p);
      return msg(e.blunted ? 'eventLandedBlunted' : 'eventLanded', p);
    }
    case 'surgeRisk': return msg(e.escalated ? 'surgeEscalated' : 'surgeCalm', { roll: e.roll, chance: e.chance });
    case 'ladder': return msg(e.to > e.from ? 'ladderUp' : 'ladderDown', { rung: e.to, cause: '' });
    case 'fear': return msg('fear', { rung: e.rung, amount: e.amount });
    case 'milestone': return msg('milestone', { milestone: e.id });
    case 'test': return msg('test', { axis: e.axis, fires: e.fires, until: e.until });
    case 'testBlind': return msg('testBlind', { axis: e.axis, until: e.until });
    case 'testCrisis': return msg(e.held ? 'testHeld' : 'testWaiting', { axis: e.axis, core: e.core, needed: e.coreNeeded, credibility: e.credibility, bar: e.bar });
    case 'euroLift': return msg('euroLiftDone');
    case 'end': return e.status === 'won' ? msg('won', { day: e.day }) : msg('lost', { reason: e.reason });
    case 'tally': return msg('tally', { day: e.day, ready: e.ready, core: e.core, unity: e.unity, rung: e.ladder });
  }
}

/** One log entry as a sentence (with the order's words, the ladder's cause, an event's effects). */
export function describeEntry(e: LogEntry, ix: LevelIndex, c: Catalog = EN, names: NameBook = levelNames(ix)): string {
  const m = entryMessage(e);
  if (e.t === 'order') m.params.command = describeCommand(e.cmd, ix, c, names);
  if (e.t === 'ladder') m.params.cause = render(c.log, e.cause, c, names);
  const line = render(c.log, m, c, names);
  if (e.t === 'event' && !e.deterred && e.effects.length) return `${line} ${e.effects.map((f) => effectText(f, ix, c, names)).join(' ')}`;
  return line;
}

export function effectMessage(f: EffectFact): Message {
  switch (f.k) {
    case 'will': return msg('will', { nation: f.nation, from_will: f.from, to_will: f.to });
    case 'unity': return msg('unity', { from_unity: f.from, to_unity: f.to });
    case 'cut': return msg('cut', { links: f.links.join(','), until: f.until });
    case 'enabler': return msg('enabler', { enabler: f.kind, amount: f.amount, until: f.until });
    case 'strike': return msg(f.intercepted ? 'strikeIntercepted' : f.prepoLost ? 'strikePrepo' : 'strike', { hub: f.hub, count: f.formations.length, until: f.until });
    case 'delay': return msg('delay', { nations: f.nations.join(','), days: f.days, count: f.formations });
    case 'staff': return msg('staff', { amount: f.amount });
    case 'support': return msg('support', { cut: f.cut, until: f.until });
    case 'resilience': return msg('resilience', { from_res: f.from, to_res: f.to });
  }
}

export function effectText(f: EffectFact, ix: LevelIndex, c: Catalog = EN, names: NameBook = levelNames(ix)): string {
  return render(c.fact, effectMessage(f), c, names);
}

export function commandMessage(cmd: Command): Message {
  switch (cmd.type) {
    case 'activate': return msg('activate', { formation: cmd.formation });
    case 'move': return msg('move', { formation: cmd.formation, to: cmd.to });
    case 'airlift': return msg('airlift', { formation: cmd.formation, to: cmd.to });
    case 'preposition': return msg('preposition', { hub: cmd.hub });
    case 'exercise': return msg('exercise', { hub: cmd.hub });
    case 'plan': return msg('plan', { axis: cmd.axis });
    case 'protocol': return msg('protocol');
    case 'allocate':
      switch (cmd.enabler) {
        case 'isr': return msg('isr', { axis: cmd.axis });
        case 'missileDefence': return msg('missileDefence', { hub: cmd.hub });
        case 'cyber': return msg('cyber', { network: cmd.network });
        case 'training': return msg('training', { formation: cmd.formation });
        case 'munitions': return msg('munitions');
      }
      break;
    case 'surge': return msg('surge', { axis: cmd.axis });
    case 'summit': return msg('summit');
    case 'reassure': return msg('reassure', { nation: cmd.nation });
    case 'commit': return msg('commit', { axis: cmd.axis });
    case 'inject': return msg('inject', { card: cmd.card });
    case 'extend': return msg('extend', { days: cmd.days });
    case 'euroLift': return msg('euroLift');
    case 'play': return msg('play', { card: cmd.card });
  }
  return msg('unknown');
}

/** An order in words ("Activate PL 12th Mechanised Brigade"). */
export function describeCommand(cmd: Command, ix: LevelIndex, c: Catalog = EN, names: NameBook = levelNames(ix)): string {
  return render(c.command, commandMessage(cmd), c, names);
}

/** English words for milestones and the ways a game ends (the UI's i18n layer may replace them). */
export const MILESTONE_TEXT = EN.milestone;
export const END_TEXT = EN.end;
