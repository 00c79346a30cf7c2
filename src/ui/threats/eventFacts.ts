import { indexLevel } from '../../engine';
import type { GameSession } from '../../store/session';
import { outlookText, threatEstimates } from './threatEstimates';

/**
 * An escalation event's facts for the map tooltip and the order panel: its axis, whether it has
 * fired and how it went (with the numbers), or the intel estimate while it is still to come.
 * The map names events by card id; a numeric id is taken as the event's index in the state.
 */
export function eventFacts(g: GameSession, id: string, showIntel: boolean): { title: string; facts: Array<[string, string]> } | null {
  const ix = indexLevel(g.level);
  const st = g.state;
  const index = /^\d+$/.test(id) ? Number(id) : st.events.findIndex((e) => g.level.deck[e.card]?.id === id);
  const e = st.events[index];
  const card = e ? g.level.deck[e.card] : undefined;
  if (!e || !card) return null;
  const estimate = showIntel ? threatEstimates(st, ix).find((x) => x.event === index) : undefined;
  const status = e.outcome === 1
    ? `Deterred on day ${e.day} (credibility ${e.credibility} vs resolve ${e.resolve})`
    : e.outcome === 2
      ? `Not deterred on day ${e.day} (credibility ${e.credibility} vs resolve ${e.resolve})`
      : `Expected on day ${e.day}`;
  return {
    title: card.title,
    facts: [
      ['Axis', g.level.axes[ix.axis.get(card.axis) ?? -1]?.name ?? card.axis],
      ['Status', status],
      ...(estimate ? [['Estimate', outlookText(estimate)] as [string, string]] : []),
      ['What', card.text],
    ],
  };
}
