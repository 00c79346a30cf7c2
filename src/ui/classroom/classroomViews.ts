/** Every classroom screen and dialog, built with the rest of the interface (mountUi). */
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { createBriefingView } from './briefingView';
import { createCompareView } from './compareView';
import { createFacilitatorPanel, createPinDialog } from './facilitator';
import { createHandover, createPauseScreen } from './handover';
import { createNotesDialog } from './notesDialog';
import { createReviewView } from './reviewView';
import { createSetupView } from './setupView';

export function createClassroomViews(store: GameStore, actions: Actions): HTMLElement[] {
  return [
    createSetupView(store, actions),
    createBriefingView(store, actions),
    createReviewView(store, actions),
    createCompareView(store, actions),
    createHandover(store, actions),
    createPauseScreen(store, actions),
    createPinDialog(store, actions),
    createFacilitatorPanel(store, actions),
    createNotesDialog(store, actions),
  ];
}
