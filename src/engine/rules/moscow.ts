import type { Card } from '../../levels/schema';
import { STAFF_COST } from '../commands';
import { contestOf, pressureOf } from '../contest';
import { own } from '../draft';
import type { LevelIndex } from '../levelIndex';
import { msg } from '../messages/message';
import { refuse } from '../refusals';
import { activeAllocations } from '../selectors';
import type { GameState, HandCard } from '../state';
import { orderPlan, type RuleAnswer } from './orderPlan';

/**
 * Moscow as a player (docs/design.md section 3). Its hand is the level's deck as the seed dealt it (which cards are
 * in play, and the day each is due); it has a budget of pressure a week, and a card costs
 * ceil(severity / 10). The red bot plays it unless a person holds the `moscow` role; both play
 * through commitCard, so a card played by a person and one played by the bot are the same event.
 * A card is committed `warning` days ahead of the day it fires: intelligence may see it coming.
 */
export function cardCost(card: Card): number {
  return Math.max(1, Math.ceil(card.severity / 10));
}

/** Moscow's budget left this week. */
export function redBudgetLeft(s: GameState, ix: LevelIndex): number {
  return Math.max(0, ix.rules.redBudget - s.redSpent);
}

/** Take card `ci` from the hand and schedule it to fire on `day`, keeping events in day order. */
export function commitCard(d: GameState, ix: LevelIndex, ci: number, day: number): void {
  d.hand = d.hand.filter((h) => h.card !== ci);
  d.redSpent += cardCost(ix.level.deck[ci]!);
  const events = own(d, 'events');
  let at = events.findIndex((e) => e.day > day || (e.day === day && e.card > ci));
  if (at < 0) at = events.length;
  events.splice(at, 0, { card: ci, day, revealed: false, outcome: 0, credibility: 0, resolve: 0 });
}

/** The first day a card played today could fire: after its lead time, inside its window. */
function fireDay(card: Card, today: number): number {
  return Math.max(card.window[0], today + card.warning);
}

/**
 * The red bot's turn, at the end of day `day` (0 before the game starts): it plays the cards that
 * are due, and some before they are due when the state invites them, best first, within its budget.
 * What it prefers comes from the state: the government with the least will, the axis that answers
 * this kind of pressure worst, a hub with no missile defence to strike, a coalition near its unity
 * floor, and an answer to a US surge. Everything is a function of the state: replays hold.
 */
export function redTurn(d: GameState, ix: LevelIndex, day: number): void {
  if (d.redPlayer || d.hand.length === 0) return;
  const candidates: Array<{ h: HandCard; fires: number; score: number }> = [];
  const look = lookOf(d, ix);
  // Committed as far ahead as any warning could reach (the card's own plus ISR's), so that ISR
  // over an axis really does show its events earlier.
  const lead = ix.rules.isrWarningDays;
  for (const h of d.hand) {
    const card = ix.level.deck[h.card]!;
    const due = h.day - card.warning - lead <= day + 1;
    const early = !due && reacts(d, ix, card, look) && fireDay(card, day + 1) < h.day;
    if (!due && !early) continue;
    candidates.push({ h, fires: due ? Math.max(day + 1, h.day) : fireDay(card, day + 1), score: scoreOf(d, ix, card, look) });
  }
  if (candidates.length === 0) return;
  candidates.sort((a, b) => b.score - a.score || a.h.day - b.h.day || a.h.card - b.h.card);
  let plays = 0;
  for (const c of candidates) {
    if (plays >= ix.rules.redPlaysPerDay) break;
    if (cardCost(ix.level.deck[c.h.card]!) > redBudgetLeft(d, ix)) continue;
    commitCard(d, ix, c.h.card, c.fires);
    plays++;
  }
}

interface Look { hesitant: number; weakest: Map<string, number>; defended: number[]; unityLow: boolean; surgeAxis: number }

function lookOf(d: GameState, ix: LevelIndex): Look {
  let hesitant = 0;
  for (let i = 1; i < d.will.length; i++) if (d.will[i]! < d.will[hesitant]!) hesitant = i;
  const weakest = new Map<string, number>();
  const surgeAxis = d.surge && d.surge.until >= d.day ? d.surge.axis : -1;
  return { hesitant, weakest, defended: activeAllocations(d, ix, 'missileDefence'), unityLow: d.unity - ix.level.unityFloor <= 10, surgeAxis };
}

/** The axis where this kind of pressure meets the weakest answer today (cached per pressure). */
function weakestAxis(d: GameState, ix: LevelIndex, card: Card, look: Look): number {
  const key = `${pressureOf(card)}/${card.target ?? ''}/${card.network ?? ''}`;
  const hit = look.weakest.get(key);
  if (hit !== undefined) return hit;
  let best = 0;
  let bestTotal = Infinity;
  for (let a = 0; a < ix.level.axes.length; a++) {
    const t = contestOf(d, ix, card, a).total;
    if (t < bestTotal) { best = a; bestTotal = t; }
  }
  look.weakest.set(key, best);
  return best;
}

/** Cards the state invites Moscow to play before they are due. */
function reacts(d: GameState, ix: LevelIndex, card: Card, look: Look): boolean {
  if (look.unityLow && (card.effect.unity ?? 0) < 0) return true;
  return look.surgeAxis >= 0 && pressureOf(card) === 'military' && ix.axis.get(card.axis) === look.surgeAxis;
}

function scoreOf(d: GameState, ix: LevelIndex, card: Card, look: Look): number {
  let score = card.severity;
  const target = card.target === undefined ? -1 : ix.nation.get(card.target) ?? -1;
  if (target === look.hesitant && card.effect.will?.nation === 'target') score += 10;
  if (ix.level.axes.length > 1 && ix.axis.get(card.axis) === weakestAxis(d, ix, card, look)) score += 10;
  const strike = card.effect.strike ? ix.node.get(card.effect.strike.hub) ?? -1 : -1;
  if (strike >= 0) score += look.defended.includes(strike) ? -10 : 10;
  if (look.unityLow && (card.effect.unity ?? 0) < 0) score += 15;
  if (look.surgeAxis >= 0 && pressureOf(card) === 'military' && ix.axis.get(card.axis) === look.surgeAxis) score += 10;
  return score;
}

/** A person playing Moscow plays a card from its hand: it fires after its lead time. */
export function planPlay(s: GameState, ix: LevelIndex, card: unknown): RuleAnswer {
  const ci = typeof card === 'string' ? ix.level.deck.findIndex((c) => c.id === card) : -1;
  if (ci < 0) return refuse(ix, 'unknownCard', { id: String(card) });
  if (!s.redPlayer) return refuse(ix, 'redBotPlays');
  const c = ix.level.deck[ci]!;
  if (!s.hand.some((h) => h.card === ci)) return refuse(ix, 'notInHand', { card: c.id });
  const day = fireDay(c, s.day);
  if (day > c.window[1]) return refuse(ix, 'windowClosed', { card: c.id, day: c.window[1] });
  const cost = cardCost(c);
  const left = redBudgetLeft(s, ix);
  if (cost > left) return refuse(ix, 'noPressure', { cost, left });
  return orderPlan(ix, {
    role: 'moscow',
    cost: STAFF_COST.play,
    message: msg('play', { card: c.id, axis: c.axis, day, cost }),
    detail: { readyDay: day },
    apply: (d) => commitCard(d, ix, ci, day),
  });
}
