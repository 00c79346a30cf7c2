/**
 * The small shared state of the classroom screens, kept apart from the screens themselves so the
 * game and the title screen can open them without loading them (classroomViews.ts loads the
 * screens on first use).
 */
import type { Team } from '../../classroom/turns';
import { randomSeed } from '../../app/seed';
import type { Actions } from '../../store/actions';
import type { ClassroomView } from '../../store/gameStore';

/** The set-up screen offers its teams to the briefing, so the handouts match the game about to start. */
let pendingTeams: { level: string; teams: Team[]; seed: string | null } | null = null;
export function offerTeams(level: string, teams: Team[], seed: string | null = null): void {
  pendingTeams = { level, teams, seed };
}
export function offeredTeams(level: string): Team[] | null {
  return pendingTeams?.level === level ? pendingTeams.teams : null;
}
/** The seed typed on the set-up screen, for the facilitator's sheet of the game about to start. */
export function offeredSeed(level: string): string | null {
  return pendingTeams?.level === level ? pendingTeams.seed : null;
}

/** Where the briefing's Close goes back to: the screen it was opened from (the set-up), or the game. */
let returnTo: ClassroomView | null = null;
export function openBriefing(actions: Actions, level: string, from: ClassroomView | null = null): void {
  returnTo = from;
  actions.classroomUi({ view: 'briefing', briefingLevel: level });
}
export function closeBriefing(actions: Actions): void {
  actions.classroomUi({ view: returnTo });
  returnTo = null;
}

/** The title screen's seed field, so a class game starts from what the teacher typed there. */
let seedSource: () => string = () => randomSeed();
export function setSeedSource(fn: () => string): void {
  seedSource = fn;
}
export function currentSeed(): string {
  return seedSource();
}

/** The facilitator guide opens over the screen it was asked from and goes back to it on Close. */
let guideReturn: ClassroomView | null = null;
export function openGuide(actions: Actions, from: ClassroomView | null): void {
  guideReturn = from;
  actions.classroomUi({ view: 'guide', facilitator: null });
}
export function closeGuide(actions: Actions): void {
  actions.classroomUi({ view: guideReturn });
  guideReturn = null;
}
