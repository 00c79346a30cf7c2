/**
 * How long the tutorial takes a new player who follows the coach and reads every tip, estimated
 * from the coach's own play (the unit test's path through the session layer) on 20 seeds:
 *  - reading: the briefing once, then every tip the coach shows (one per order and one per day
 *    ended; a sentence already read, word for word, is recognised and not read again), at 200 words
 *    a minute;
 *  - acting: every click and key press the tip asks for ("Show me" where something must be
 *    selected, the order's key, Enter on the list's focused choice, Enter to confirm a move, E to end
 *    the day, F to skip a wait the coach counts in days), at 2 seconds each;
 *  - looking: 5 seconds a day at the day's report and the map.
 * Run: npx tsx tools/tutorial-time.ts
 */
import { readFileSync } from 'node:fs';
import { parseLevelText } from '../src/levels/parseLevel';
import { endSessionDay, issueOrder, startSession } from '../src/session/session';
import { coachSentence } from '../src/ui/coach/coachSentence';
import { coachTip } from '../src/ui/coach/coachTip';

const WORDS_PER_MINUTE = 200;
const SECONDS_PER_ACTION = 2;
const SECONDS_PER_DAY = 5;

const parsed = parseLevelText(readFileSync('levels/tutorial.json', 'utf8'), 'levels/tutorial.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const level = parsed.level;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const rows = Array.from({ length: 20 }, (_, i) => {
  let g = startSession(level, `time-${i + 1}`);
  let read = words(level.briefing);
  let actions = 0;
  let orders = 0;
  let days = 0;
  const seen = new Set<string>();
  for (let guard = 0; guard < 400 && g.state.status === 'playing'; guard++) {
    const tip = coachTip(g.state, level, false)!;
    const text = coachSentence(tip, level);
    if (!seen.has(text)) read += words(text);
    seen.add(text);
    const cmd = tip.command;
    // "Nothing to do until day N: press F" ends those days with one key (F stops there by itself).
    if (tip.step === 'advance') {
      for (let d = 0; d < (tip.params.n as number); d++) { g = endSessionDay(g); days++; }
      actions += 1;
      continue;
    }
    if (!cmd) { g = endSessionDay(g); actions += 1; days++; continue; }
    const r = issueOrder(g, cmd);
    if (!r.ok) throw new Error(`the coach's order was refused: ${JSON.stringify(cmd)}`);
    g = r.session;
    orders++;
    // "Show me" selects what the order applies to; a choice list or a coalition-wide order opens
    // from its key alone. Then the key, Enter on the list's focused choice, Enter to confirm a move.
    const journey = cmd.type === 'move' || cmd.type === 'airlift';
    actions += (tip.select ? 1 : 0) + 1 + (tip.prompt || journey ? 1 : 0) + (journey ? 1 : 0);
  }
  const seconds = (read / WORDS_PER_MINUTE) * 60 + actions * SECONDS_PER_ACTION + days * SECONDS_PER_DAY;
  return { orders, actions, days, read, seconds };
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pick = (k: keyof (typeof rows)[number]) => rows.map((r) => r[k]);
console.log(`orders ${median(pick('orders'))}, clicks and keys ${median(pick('actions'))}, days ${median(pick('days'))}, words read ${median(pick('read'))} (medians of ${rows.length} seeds)`);
console.log(`estimated time: median ${(median(pick('seconds')) / 60).toFixed(1)} min, longest ${(Math.max(...pick('seconds')) / 60).toFixed(1)} min`);
