/**
 * The Moscow seat of a live game (issues 11 and 13): the seat holding the moscow role plays a card
 * of Moscow's hand, a coalition seat cannot; the coalition's seats are not told Moscow's plays
 * before the day ends, and with the day's end they are, so their copies end the same day.
 */
import { describe, expect, it } from 'vitest';
import { moscowHand, type Command } from '../../src/engine';
import { mirrorFromSync, withDayOrders } from '../../src/live/mirror';
import { endTurnOf, giveOrder, newLiveGame, type LiveGame } from '../../src/server/liveGame';
import { ordersSeenBy, revealedOrders, seenIndex } from '../../src/server/secretOrders';
import { endSessionDay } from '../../src/session/session';
import { defaultSetup } from '../../src/session/turns';
import { shippedLevel } from '../helpers/shipped';

const level = shippedLevel('tutorial');
const SEED = 'live-moscow';
const teamOf = (g: LiveGame, role: string) => g.classroom.teams.findIndex((t) => t.roles.includes(role));

/** A seat's copy of the game, as the room's sync for that seat rebuilds it. */
function copyFor(g: LiveGame, team: number) {
  const sync = {
    game: 0, team, level: level.id, seed: SEED, pools: g.session.options.pools ?? [],
    days: g.session.days, orders: ordersSeenBy(g, team), done: g.classroom.done, paused: false,
  };
  const r = mirrorFromSync(sync, level);
  if (!r.ok) throw new Error(r.error);
  return r.mirror.session;
}

describe('a live game with a Moscow seat', () => {
  it('takes a card only from the Moscow seat, keeps it from the coalition until the day ends, and every copy ends the same day', () => {
    let g = newLiveGame(level, SEED, defaultSetup(level, 1, true));
    expect(g.session.state.redPlayer).toBe(true);
    const moscow = teamOf(g, 'moscow');
    const lead = teamOf(g, 'lead');
    const card = moscowHand(g.session.state, level).find((c) => c.refusal === null)!;
    expect(card).toBeDefined();
    const play: Command = { type: 'play', card: card.card };

    expect(giveOrder(g, lead, play)).toMatchObject({ ok: false, refusal: { code: 'notYourOrder' } });
    expect(giveOrder(g, moscow, { type: 'summit' })).toMatchObject({ ok: false, refusal: { code: 'notYourOrder' } });
    const played = giveOrder(g, moscow, play);
    expect(played.ok).toBe(true);
    if (!played.ok) return;
    g = played.game;
    const summit = giveOrder(g, lead, { type: 'summit' });
    expect(summit.ok).toBe(true);
    if (!summit.ok) return;
    g = summit.game;

    // Told to the Moscow seat (all of today), not to the coalition's: the lead's summit is its first.
    expect(ordersSeenBy(g, moscow)).toEqual([play, { type: 'summit' }]);
    expect(ordersSeenBy(g, lead)).toEqual([{ type: 'summit' }]);
    expect(seenIndex(g, lead, 0)).toBeNull();
    expect(seenIndex(g, lead, 1)).toBe(0);
    expect(seenIndex(g, moscow, 1)).toBe(1);
    const leadCopy = copyFor(g, lead);
    expect(leadCopy.orders).toEqual([{ type: 'summit' }]);

    for (let t = 0; t < g.classroom.teams.length; t++) {
      const r = endTurnOf(g, t);
      if (!r.ok) throw new Error(r.refusal.code);
      g = r.game;
    }
    const day = g.session.days[0]!;
    expect(day.orders).toEqual([play, { type: 'summit' }]);
    // With the day's end the coalition's seat is told the whole day and reaches the server's hash.
    const revealed = revealedOrders(g, lead, day.orders);
    expect(revealed).toEqual(day.orders);
    expect(revealedOrders(g, moscow, day.orders)).toBeUndefined();
    const withoutReveal = endSessionDay(leadCopy);
    expect(withoutReveal.days[0]!.hash).not.toBe(day.hash);
    const full = withDayOrders(leadCopy, revealed!);
    expect(full).not.toBeNull();
    expect(endSessionDay(full!).days[0]!.hash).toBe(day.hash);
  });
});
