import { indexLevel, pressureOf } from '../../engine';
import { PRESSURE_KEY } from './contestTerms';
import { t } from '../../i18n';
import { lt } from '../../i18n/levelText';
import type { GameSession } from '../../session/session';
import { outlookText, threatEstimates } from './threatEstimates';
import { answerText, landingLines } from './landingText';
import { contestOf } from '../../engine';

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
  const p = { day: e.day, credibility: e.credibility, resolve: e.resolve };
  const status = e.outcome === 1 ? t('event.deterredOn', p) : e.outcome === 2 ? t('event.landedOn', p) : t('event.expected', p);
  const text = lt(g.level).card(card.id);
  return {
    title: text.title,
    facts: [
      [t('facts.axis'), lt(g.level).axis(card.axis)],
      [t('facts.pressure'), t(PRESSURE_KEY[pressureOf(card)])],
      [t('facts.status'), status],
      ...(estimate ? [[t('facts.estimate'), outlookText(estimate, false)] as [string, string]] : []),
      [t('facts.what'), text.text],
      // A threat still to come says what it would cost and what would answer it.
      ...(e.outcome === 0 ? [[t('stakes.ifLands'), landingLines(st, ix, index).join(' ')] as [string, string]] : []),
      ...(e.outcome === 0 && card.deterrable
        ? [[t('stakes.answers'), answerText(contestOf(st, ix, card, ix.axis.get(card.axis) ?? 0))] as [string, string]] : []),
    ],
  };
}
