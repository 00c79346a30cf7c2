/**
 * The classroom screens that only a class needs (set-up, briefing and handouts, review and
 * comparison, sources and assumptions, the facilitator's PIN and panel): loaded on first use (classroomViews.ts), so the
 * title screen does not wait for them.
 */
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { createBriefingView } from './briefingView';
import { createCompareView } from './compareView';
import { createFacilitatorPanel, createPinDialog } from './facilitator';
import { createReviewView } from './reviewView';
import { createSetupView } from './setupView';
import { createSourcesView } from './sourcesView';
import { createGuideView } from './guideView';

export function createLazyViews(store: GameStore, actions: Actions): HTMLElement[] {
  return [
    createSetupView(store, actions),
    createBriefingView(store, actions),
    createReviewView(store, actions),
    createCompareView(store, actions),
    createSourcesView(store, actions),
    createGuideView(store, actions),
    createPinDialog(store, actions),
    createFacilitatorPanel(store, actions),
  ];
}
