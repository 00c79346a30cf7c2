import { createStore } from 'zustand/vanilla';
import type { Command, LogEntry, Message, Refusal } from '../engine';
import type { UiKey } from '../i18n';
import type { CatalogName, Catalogs } from '../i18n/catalogs';
import type { Level } from '../levels/schema';
import type { LevelCard } from '../levels/levelCard';
import type { GameSession } from '../session/session';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export type Screen = 'loading' | 'title' | 'game';

/** A choice the player is asked to make from a list before an order can be prepared
 *  (the "M" key: where to move the selected formation). */
export type Prompt =
  | { kind: 'move' | 'airlift'; formation: string }
  | { kind: 'cyber' | 'reassure' };

/** The sidebar tab that lists what can be selected without the map. */
export type ListTab = 'forces' | 'places' | 'coalition';

export type Selection =
  | { kind: 'formation'; id: string }
  | { kind: 'node'; id: string }
  | { kind: 'axis'; id: string }
  /** an escalation event, by its card id */
  | { kind: 'event'; id: string }
  | null;

/** Why the store took no order without asking the engine: no game, or a replay being watched. */
export interface StoreRefusal { code: 'noGame' | 'watchingReplay'; params: Record<string, never> }
export type OrderRefusal = Refusal | StoreRefusal;
export const isStoreRefusal = (r: OrderRefusal): r is StoreRefusal => r.code === 'noGame' || r.code === 'watchingReplay';

/**
 * What a notice says, as data: a key of a catalog and its parameters, worded by the view in the
 * language of the moment (so a change of language rewords the notices on screen). `plain` is for
 * text that reached the game already worded (an error a parser wrote) and is shown as given.
 */
export type NoticeText =
  | { ui: UiKey; params?: NoticeParams }
  | { refusal: OrderRefusal; level: Level | null }
  | CatalogSentence
  | { order: Command; level: Level }
  | { plain: string };
/** A sentence of one of the feature catalogs (sharing, replays, saves, speedrun), by its key. */
export type CatalogSentence = { [N in CatalogName]: { catalog: N; key: keyof Catalogs[N] & string; params?: Record<string, string | number> } }[CatalogName];
/** A parameter may itself be text as data (the order an "Undone: {order}" names). */
export type NoticeParams = Record<string, string | number | NoticeText>;

/** A message for the player: an order's refusal, a notice, an error from bad input; `action`
 *  adds one button that does something about it. */
export interface Notice { id: number; kind: 'info' | 'refusal' | 'error' | 'success'; text: NoticeText; action?: NoticeAction }
export interface NoticeAction { label: NoticeText; run: () => void }

/** An order being prepared: the panel shows its route and effect before it is confirmed. The
 *  effect is the engine's message (data), worded when it is shown. */
export interface PendingOrder { cmd: Command; message: Message; arrivalDay?: number; route?: string[] }

export interface UiState {
  screen: Screen;
  selection: Selection;
  pending: PendingOrder | null;
  notices: Notice[];
  logOpen: boolean;
  helpOpen: boolean;
  settingsOpen: boolean;
  /** a modal is open: the real-time clock pauses and map keys are ignored */
  modal: boolean;
  /** what the pointer is over on the map, in page pixels, for the DOM tooltip */
  hover: { kind: 'formation' | 'node' | 'axis' | 'event'; id: string; x: number; y: number } | null;
  /** a unit being dragged from the forces list onto the map (its id), for the map's drop */
  carrying: string | null;
  /** a request to the map to centre on a node (e.g. from the order panel); cleared by the map */
  focus: { node: string; seq: number } | null;
  /** an open choice list (destinations, networks, nations) */
  prompt: Prompt | null;
  /** the report of the day that just ended is shown (it never blocks input) */
  summaryOpen: boolean;
  menuOpen: boolean;
  /** the win or loss screen */
  resultOpen: boolean;
  tab: ListTab;
  /** classroom screens (src/ui/classroom): set-up, briefing, review, compare; a learning note; the facilitator */
  classroom: ClassroomUi;
}

export type ClassroomView = 'setup' | 'briefing' | 'review' | 'compare' | 'sources' | 'guide';

export interface ClassroomUi {
  view: ClassroomView | null;
  /** the level the briefing shows (the game's, or one picked on the title screen) */
  briefingLevel: string | null;
  /** a learning note open over the page (a "Why?" link) */
  note: string | null;
  /** the facilitator's PIN prompt or panel */
  facilitator: 'pin' | 'panel' | null;
  /** the screen the sources page goes back to when closed (the review it was opened from) */
  from?: ClassroomView | null;
}

export interface StoreState {
  /**
   * every level the game offers, loaded and validated; on a first visit to the title it stays
   * empty until something needs them all (actions.loadLevels): a first game loads only its own
   */
  levels: Level[];
  /** every level's card, for the title screen, known from the start */
  levelCards: LevelCard[];
  session: GameSession | null;
  /** counts the games started in this page, so views can tell a new game from a new day */
  gameNo: number;
  ui: UiState;
  settings: Settings;
}

export const initialUi: UiState = {
  screen: 'loading', selection: null, pending: null, notices: [], logOpen: false, helpOpen: false, settingsOpen: false, modal: false,
  hover: null, carrying: null, focus: null, prompt: null, summaryOpen: false, menuOpen: false, resultOpen: false, tab: 'forces',
  classroom: { view: null, briefingLevel: null, note: null, facilitator: null },
};

/** The one store: scenes and the DOM HUD read it and change it only through actions.ts. */
export function createGameStore(settings: Settings = DEFAULT_SETTINGS) {
  return createStore<StoreState>()(() => ({ levels: [], levelCards: [], session: null, gameNo: 0, ui: initialUi, settings }));
}

export type GameStore = ReturnType<typeof createGameStore>;

/** Facts that tools outside the game can subscribe to (window.guarantor). */
export type GameSignal =
  | { type: 'dayEnded'; day: number; log: LogEntry[] }
  | { type: 'milestone'; id: string; day: number }
  | { type: 'gameOver'; status: 'won' | 'lost'; reason: string; day: number };
