import type { LogEntry } from '../engine';
import { cueForLog, type DayLogSummary } from '../audio/cueForLog';
import type { SoundPlayer } from '../audio/sound';
import type { Actions } from '../store/actions';
import type { GameStore } from '../store/gameStore';

/** The day's log boiled down to what cueForLog needs. */
export function summariseDay(log: readonly LogEntry[]): DayLogSummary {
  let warnings = 0, deterred = 0, failed = 0, milestones = 0, refused = false;
  let outcome: DayLogSummary['outcome'] = null;
  for (const e of log) {
    if (e.t === 'warning') warnings++;
    else if (e.t === 'event') e.deterred ? deterred++ : failed++;
    else if (e.t === 'milestone') milestones++;
    else if (e.t === 'refused') refused = true;
    else if (e.t === 'end') outcome = e.status;
  }
  return { refused, warnings, deterred, failed, milestones, outcome };
}

/**
 * Sound follows the game, whoever acted (a DOM button, a key, the map): an order given, undone
 * or refused is read from the store's changes, a day's end from the day-ended signal. Settings
 * apply live. The player itself stays silent until the browser allows audio.
 */
export function wireSound(store: GameStore, actions: Actions, player: SoundPlayer): void {
  actions.onSignal((sig) => {
    if (sig.type === 'dayEnded') player.playSequence(cueForLog(summariseDay(sig.log)));
  });
  store.subscribe((s, prev) => {
    if (s.settings !== prev.settings) player.apply(s.settings);
    const onGame = s.ui.screen === 'game' && s.session !== null;
    if (onGame !== (prev.ui.screen === 'game' && prev.session !== null)) {
      if (onGame) player.startAmbient();
      else player.stopAmbient();
    }
    const a = s.session;
    const b = prev.session;
    if (a && b && a !== b && a.dayStart === b.dayStart) {
      if (a.orders.length > b.orders.length) player.play('order');
      else if (a.orders.length < b.orders.length) player.play('undo');
    }
    const fresh = s.ui.notices.filter((n) => n.kind === 'refusal' && !prev.ui.notices.includes(n));
    if (fresh.length) player.play('refused');
  });
}
