import type { Command } from './commands';
import type { Resolve } from './credibility';
import type { Contest } from './contest';
import type { Pressure } from './ids';
import type { EndReason, Role } from './state';
import type { MilestoneId } from './ids';
import type { RefusalCode } from './refusals';
import type { Message } from './messages/message';

/**
 * Facts the engine reports: what happened and why. The day log, the debrief, the sounds and the
 * animations are all built from these; they name things by level ids so they read on their own.
 */
export type LogEntry =
  | { t: 'order'; day: number; role: Role; cmd: Command; cost: number; detail: OrderDetail }
  | { t: 'refused'; day: number; cmd: Command; code: RefusalCode; text: string }
  | { t: 'ready'; day: number; formation: string; node: string }
  | { t: 'paused'; day: number; nation: string; will: number }
  | { t: 'arrived'; day: number; formation: string; node: string; equipped: boolean }
  | { t: 'held'; day: number; formation: string; link: string }
  | { t: 'equipped'; day: number; formation: string }
  | { t: 'exercised'; day: number; node: string; formations: string[]; certified: string[] }
  | { t: 'prepoDone'; day: number; node: string }
  | { t: 'planDone'; day: number; axis: string }
  | { t: 'protocolDone'; day: number }
  | { t: 'commitment'; day: number; axis: string; kept: boolean; ready: number; needed: number }
  | { t: 'munitions'; day: number; resilience: number }
  | { t: 'warning'; day: number; event: number; card: string; fires: number; axis: string }
  | {
      t: 'event'; day: number; event: number; card: string; axis: string; pressure: Pressure; deterrable: boolean; deterred: boolean;
      /** the coalition's side of the contest of this kind of pressure, term by term */
      blunted: boolean; credibility: Contest; resolve: Resolve; effects: EffectFact[];
    }
  /** the force stood up on `day`: Moscow will test the guarantee on the axis by a crisis on `fires` */
  | { t: 'test'; day: number; axis: string; fires: number; until: number }
  /** the crisis: the core on the axis and its credibility against the bar, on a day of the window */
  | { t: 'testBlind'; day: number; axis: string; until: number }
  | { t: 'testCrisis'; day: number; axis: string; core: number; coreNeeded: number; credibility: number; bar: number; held: boolean }
  | { t: 'euroLift'; day: number }
  | { t: 'surgeRisk'; day: number; roll: number; chance: number; escalated: boolean }
  | { t: 'ladder'; day: number; from: number; to: number; cause: Message }
  | { t: 'fear'; day: number; rung: number; amount: number }
  | { t: 'milestone'; day: number; id: MilestoneId }
  | { t: 'end'; day: number; status: 'won' | 'lost'; reason: EndReason }
  /** the day's closing figures (tally.ts): per nation will and per axis credibility in level order */
  | {
      t: 'tally'; day: number; ready: number; core: number; ladder: number; unity: number; resilience: number;
      will: number[]; credibility: number[];
    };

/** Extra facts about an accepted order, e.g. a move's route and arrival day. */
export interface OrderDetail {
  arrivalDay?: number;
  route?: string[];
  sorties?: number;
  readyDay?: number;
  replaces?: string;
}

/** One consequence of an event that landed, as data (the debrief links it to its cause). */
export type EffectFact =
  | { k: 'will'; nation: string; from: number; to: number }
  | { k: 'unity'; from: number; to: number }
  | { k: 'cut'; links: string[]; until: number }
  | { k: 'enabler'; kind: string; amount: number; until: number }
  | { k: 'strike'; hub: string; formations: string[]; prepoLost: boolean; intercepted: boolean; until: number }
  | { k: 'delay'; nations: string[]; days: number; formations: number }
  | { k: 'staff'; amount: number }
  | { k: 'support'; cut: number; until: number }
  | { k: 'resilience'; from: number; to: number };
