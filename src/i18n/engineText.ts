/**
 * The engine's sentences (refusals, effects, orders, the log) in the current language, with the
 * level's names in that language. The engine hands out messages as data (a key and ids); these
 * render them.
 */
import {
  describeCommand, describeEntry, effectText, indexLevel, render, type Command, type EffectFact, type LogEntry, type Message,
} from '../engine';
import type { Level } from '../levels/schema';
import { language } from './index';
import { lt } from './levelText';

const cat = () => language().engine;

/** Why an order cannot be given (a refusal's code and parameters). */
export function refusalText(r: { code: string; params: Record<string, string | number> }, level: Level): string {
  return render(cat().refusal, { key: r.code, params: r.params }, cat(), lt(level).names);
}

/** What an order will do (an order plan's message). */
export function effectOf(message: Message, level: Level): string {
  return render(cat().effect, message, cat(), lt(level).names);
}

export function commandText(cmd: Command, level: Level): string {
  return describeCommand(cmd, indexLevel(level), cat(), lt(level).names);
}

export function entryText(e: LogEntry, level: Level): string {
  return describeEntry(e, indexLevel(level), cat(), lt(level).names);
}

export function factText(f: EffectFact, level: Level): string {
  return effectText(f, indexLevel(level), cat(), lt(level).names);
}

export const rungName = (rung: number): string => cat().rung[rung] ?? String(rung);
export const rungCount = (): number => cat().rung.length;
export const nationName = (id: string): string => cat().nation[id] ?? id;
/**
 * A nation's short code on badges and chips: its level id (ISO 3166), except the United Kingdom,
 * which the levels name GB but whose forces (and NATO's own codes) say UK.
 */
export const nationCode = (id: string): string => (id === 'GB' ? 'UK' : id);
export const milestoneName = (id: string): string => cat().milestone[id] ?? id;
export const endReasonText = (reason: string): string => cat().end[reason] ?? reason;
export const networkName = (id: string): string => cat().network[id] ?? id;
