import type { Prompt, StoreState } from '../../store/gameStore';
import { coachTip, type CoachTip } from './coachTip';

/** The level whose players are new to the game: the tips are for it alone. */
const COACHED_LEVEL = 'tutorial';

/**
 * The coach's tip for the game on screen, or null when the coach is silent: tips off in Settings
 * (or "Hide tips"), another level, a replay being watched, or a classroom game, where a teacher leads.
 */
export function activeTip(s: StoreState): CoachTip | null {
  const g = s.session;
  if (!g || !s.settings.tips || g.level.id !== COACHED_LEVEL || g.viewOnly || g.classroom) return null;
  return coachTip(g.state, g.level, s.ui.pending !== null);
}

/**
 * The entry of a choice list that the coach's tip names (the prompt dialog focuses it, so Enter
 * does what the tip says: "Reassure Germany" reassures Germany). Keys are the order options' keys.
 */
export function coachChoice(s: StoreState, prompt: Prompt): string | null {
  const cmd = activeTip(s)?.command;
  if (!cmd) return null;
  switch (prompt.kind) {
    case 'reassure': return cmd.type === 'reassure' ? `reassure:${cmd.nation}` : null;
    case 'cyber': return cmd.type === 'allocate' && cmd.enabler === 'cyber' ? `cyber:${cmd.network}` : null;
    case 'move': case 'airlift':
      return cmd.type === prompt.kind && cmd.formation === prompt.formation ? `${cmd.type}:${cmd.to}` : null;
  }
}
