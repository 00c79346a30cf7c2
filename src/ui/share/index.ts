import './share.css';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import type { GameSession } from '../../session/session';
import { h, type Child } from '../dom';
import type { HelpRow } from '../orders/shortcuts';
import { installDropZone } from './dropZone';
import type { ShareFeature } from './feature';
import { installShareKeys } from './keys';
import { SHARE_SHORTCUTS } from './keys';
import { createRunPanel, finishText } from './runPanel';
import { createPbDialog, createShareDialog } from './shareDialog';
import { SHARE_UI as T } from '../../i18n/catalogs/shareUi';
import { bestDayOn, copySeedButton, createSavedContinue, createTitleDaily, createTitleShare, type TitleContext } from './titleShare';
import { createViewerBar } from './viewerBar';
import { registerCleanup } from '../watch';

/**
 * Where the sharing, replay, speedrun and save interface plugs into the game's screens: each
 * screen asks for its piece, so the game's own files change by a line or two each.
 */
export interface ShareHooks {
  /** the title screen: "Continue saved game", "Copy seed" and the section below the levels */
  titleContinue(): HTMLElement;
  copySeed(seedInput: HTMLInputElement): HTMLElement;
  titleSection(ctx: TitleContext): HTMLElement;
  /** the front of the title screen: today's daily challenge, and a level's best readiness day */
  titleDaily(): HTMLElement;
  bestDay(level: string): number | null;
  /** the game screen: the speedrun panel (right sidebar) and the replay controls (over the map) */
  sidePanel(): HTMLElement;
  mapOverlay(): HTMLElement;
  /** buttons for the in-game menu and the result dialog */
  menuItems(g: GameSession): Child[];
  resultItems(g: GameSession): Child[];
  /** dialogs and page-wide pieces (the drop veil) */
  extras(root: HTMLElement): HTMLElement[];
  help: { caption: string; rows: readonly HelpRow[] };
}

export function createShareHooks(f: ShareFeature, store: GameStore, _actions: Actions): ShareHooks {
  return {
    titleContinue: () => createSavedContinue(f, store),
    copySeed: (seedInput) => copySeedButton(f, seedInput),
    titleSection: (ctx) => createTitleShare(f, ctx),
    titleDaily: () => createTitleDaily(f),
    bestDay: (level) => bestDayOn(f, level),
    sidePanel: () => createRunPanel(f, store),
    mapOverlay: () => createViewerBar(f, store),
    menuItems: () => [
      h('button', { attrs: { type: 'button', 'data-key': 'share', 'aria-keyshortcuts': 'H' }, text: T.shareOpen, on: { click: () => f.openDialog('share') } }),
      h('button', { attrs: { type: 'button', 'data-key': 'pbs' }, text: T.pbButton, on: { click: () => f.openDialog('pbs') } }),
    ],
    resultItems: (g) => [
      f.tracker.view.getState().finished && !g.viewOnly ? h('p', { class: 'result-pb', attrs: { 'data-result-pb': '' }, text: finishText(f.tracker.view.getState()) }) : null,
      h('button', { attrs: { type: 'button', 'data-key': 'result-share' }, text: T.shareOpen, on: { click: () => f.openDialog('share') } }),
      h('button', { attrs: { type: 'button', 'data-key': 'result-export' }, text: T.exportReplay, on: { click: () => f.exportReplay(g) } }),
    ],
    extras: (root) => {
      registerCleanup(installShareKeys(f, store));
      return [createShareDialog(f, store), createPbDialog(f), installDropZone(f, root)];
    },
    get help() { return { caption: T.helpCaption, rows: SHARE_SHORTCUTS }; },
  };
}
