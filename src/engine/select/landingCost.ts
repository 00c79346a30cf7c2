import { lazyDraft, sealDraft } from '../draft';
import { bluntedNow, landEvent } from '../events';
import type { LevelIndex } from '../levelIndex';
import type { EffectFact, LogEntry } from '../log';
import type { GameState } from '../state';

/** What a known threat would cost the coalition if it landed (a threat card's "if it lands"). */
export interface LandingCost {
  /** its effects, as the day's report would list them (will, unity, cut links, a strike, staff…) */
  effects: EffectFact[];
  /** the ladder's climb, or null when it would not move (political pressure, a capped gray zone) */
  ladder: { from: number; to: number } | null;
  /** a cyber team on the network it hits would halve it */
  blunted: boolean;
}

/**
 * The landing cost of scheduled event `ei`: the engine's own landing rule (events.ts landEvent)
 * played on a throw-away copy of today's state moved to the event's day, so the card says exactly
 * what the rule would do if the event landed with the coalition as it stands now. It is a forecast
 * like the intel estimate: formations that move away before then are not struck, and so on.
 * Never call it while a rule is writing a draft (views and tests only).
 */
export function landingCost(s: GameState, ix: LevelIndex, ei: number): LandingCost | null {
  const e = s.events[ei];
  const card = e ? ix.level.deck[e.card] : undefined;
  if (!e || !card) return null;
  const d = lazyDraft(s);
  d.day = Math.max(s.day, e.day);
  const effects: EffectFact[] = [];
  const log: LogEntry[] = [];
  const blunted = bluntedNow(s, ix, card);
  landEvent(d, ix, ei, blunted, effects, log);
  sealDraft(d);
  const climb = log.find((x) => x.t === 'ladder');
  return { effects, ladder: climb && climb.t === 'ladder' ? { from: climb.from, to: climb.to } : null, blunted };
}
