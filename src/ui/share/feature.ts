import { createStore } from 'zustand/vanilla';
import { num, t } from '../../i18n';
import { cardTitle, lt } from '../../i18n/levelText';
import { gameLink } from '../../share/gameLink';
import { resolveLevel } from '../../levels/resolveLevel';
import { levelProblemText } from '../../i18n/levelProblem';
import { checkSeed, randomSeed } from '../../session/seed';
import type { Replay } from '../../engine';
import type { Level } from '../../levels/schema';
import { generatorSeedOf, isGeneratorSeed, GENERATED_PREFIX } from '../../levels/generateLevel';
import { checkReplay, checkReplayText, outcomeText, type ReplayCheck } from '../../replay/checkReplay';
import { createPlayback, replaySplitDays } from '../../replay/playback';
import { replayFileName, replayFileText, sessionReplay } from '../../replay/replayFile';
import { REPLAY_TEXT } from '../../i18n/catalogs/replay';
import { kindText, type RunKind } from '../../replay/honestRun';
import { pickContinuation, type Continuation } from '../../saves/restore';
import { discardSaves, readSaves, type SaveStorage } from '../../saves/saveSlots';
import { dailyAt, type Daily } from '../../share/daily';
import { encodeGameCode, encodeRunCode, decodeShareCode, type Shared } from '../../share/shareCode';
import { SHARE_TEXT } from '../../i18n/catalogs/share';
import { quoted, tpl } from '../../i18n/template';
import type { RunTracker } from '../../speedrun/tracker';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import type { GameSession, SeedMode } from '../../session/session';
import { downloadText } from './io';
import { SHARE_UI as T } from '../../i18n/catalogs/shareUi';
import type { Viewer } from './viewer';

/** Links are kept under this length: what chat apps, mail clients and servers all pass along. */
export const MAX_LINK_CHARS = 8000;

export type Dialog = 'share' | 'pbs' | null;

export interface ShareState {
  dialog: Dialog;
  /** the last replay imported (verified) on the title screen, with what can be done with it */
  imported: { replay: Replay; level: Level; summary: string; kind: RunKind } | null;
  /** the last problem with an import or a code, shown next to where it was entered */
  importError: string | null;
  codeError: string | null;
  /** what Continue can offer after a reload */
  continuation: Continuation;
  /** a game a link or code asks for while a saved game is in progress: the player chooses */
  linked: LinkedGame | null;
}

/** A game a link (or a pasted code) opens: its seed is null when the link names none. */
export interface LinkedGame { level: Level; seed: string | null; seedMode: SeedMode }

/**
 * The sharing, replay, speedrun and save features as one object the interface talks to: it holds
 * the little state of its own (which dialog, the last import) and runs every action by way of the
 * game's store and actions, the speedrun tracker and the replay viewer.
 */
export function createShareFeature(deps: {
  store: GameStore;
  actions: Actions;
  tracker: RunTracker;
  viewer: Viewer;
  storage: SaveStorage | null;
  /** the time now, in milliseconds since 1970 (the daily challenge's date) */
  clock: () => number;
  pageUrl: () => string;
  /** take the game's parameters off the page's address (the player chose the saved game over the link's) */
  forgetLink?: () => void;
}) {
  const { store, actions, tracker, viewer } = deps;
  const ui = createStore<ShareState>()(() => ({ dialog: null, imported: null, importError: null, codeError: null, continuation: { kind: 'none' }, linked: null }));
  const levels = () => store.getState().levels;
  /**
   * Runs `use` with every level at hand: at once when they are loaded, else once they have
   * downloaded (a first visit's title has only their cards; see app/levelRegistry.ts).
   */
  const withLevels = (use: () => void): void => {
    if (actions.levelsLoaded()) { use(); return; }
    actions.loadLevels().then(use, () => actions.notify('error', t('levels.loadAllFailed')));
  };

  const startGame = (level: Level, seed: string, seedMode: SeedMode) => {
    ui.setState({ dialog: null, codeError: null, importError: null });
    actions.newGame(level, seed, { seedMode });
  };

  /** The real time of the game left to watch a replay, given back with it when the replay closes. */
  let stashed: { clockMs: number; splitMs: Array<number | null> } | null = null;

  /** Open a verified replay in the viewer. */
  const watch = (level: Level, replay: Replay) => {
    ui.setState({ dialog: null });
    const g = store.getState().session;
    if (g && !g.viewOnly) stashed = tracker.saved();
    viewer.open(level, replay);
  };

  const describe = (c: Extract<ReplayCheck, { ok: true }>) => tpl(REPLAY_TEXT.verified, {
    kind: kindText(c.kind), title: lt(c.level).title, seed: quoted(c.replay.seed), days: c.replay.days.length, outcome: outcomeText(c.end),
  });

  // The saves can change behind the title screen (a game played, a save discarded): look again
  // whenever it shows.
  let screen = store.getState().ui.screen;
  store.subscribe((s) => {
    if (s.ui.screen === screen) return;
    screen = s.ui.screen;
    if (screen === 'title') feature.refreshContinuation();
  });

  const feature = {
    ui,
    store,
    tracker,
    viewer,
    notify(kind: 'info' | 'error' | 'success', text: string) { actions.notify(kind, text); },
    onGameScreen() { return store.getState().ui.screen === 'game'; },
    daily(): Daily { return dailyAt(deps.clock()); },
    levelOf(id: string) { return resolveLevel(id, levels()); },
    /** A level's title: from its file when loaded, else from its card (a first game loads only its own). */
    levelTitle(id: string): string {
      const r = resolveLevel(id, levels());
      if (r.ok) return lt(r.level).title;
      const card = store.getState().levelCards.find((c) => c.id === id);
      return card ? cardTitle(card) : id;
    },

    playDaily() {
      if (!actions.levelsLoaded()) { withLevels(() => feature.playDaily()); return; }
      const d = feature.daily();
      const r = resolveLevel(d.level, levels());
      if (!r.ok) { actions.notify('error', levelProblemText(r.problem)); return; }
      startGame(r.level, d.seed, 'daily');
    },

    /** A generated level from a seed typed on the title screen; an error message, or null once started. */
    playGenerated(seed: string, seedMode: SeedMode): string | null {
      if (!isGeneratorSeed(seed)) return T.generatedBadSeed;
      if (!actions.levelsLoaded()) {
        withLevels(() => { const error = feature.playGenerated(seed, seedMode); if (error) actions.notify('error', error); });
        return null;
      }
      const r = resolveLevel(GENERATED_PREFIX + seed, levels());
      if (!r.ok) return levelProblemText(r.problem);
      startGame(r.level, seed, seedMode);
      return null;
    },

    /** A share code or a link pasted by the player. Bad input leaves the game in progress alone. */
    openCode(text: string): boolean {
      const shared = readShareInput(text);
      if (!shared.ok) { ui.setState({ codeError: shared.error }); return false; }
      return feature.openShared(shared.shared, 'code');
    },

    openShared(shared: Shared, where: 'code' | 'import'): boolean {
      // Its verdict then comes as the field's error or as the game or replay opening.
      if (!actions.levelsLoaded()) { withLevels(() => feature.openShared(shared, where)); return true; }
      const fail = (error: string) => { ui.setState(where === 'code' ? { codeError: error } : { importError: error }); return false; };
      if (shared.kind === 'game') {
        const r = resolveLevel(shared.level, levels());
        if (!r.ok) return fail(levelProblemText(r.problem));
        feature.openLinked({ level: r.level, seed: shared.seed, seedMode: 'set' });
        return true;
      }
      const c = checkReplay(shared.replay, levels());
      if (!c.ok) return fail(c.error);
      watch(c.level, c.replay);
      // After the viewer opens (opening a game clears the notices), so the message stays in view.
      actions.notify('info', describe(c));
      return true;
    },

    /** A replay file's text (picked or dropped): verified, then offered to watch, race or play. */
    importReplayText(text: unknown, source: string): boolean {
      // Checked once the levels are here; a replay dropped on the game screen then opens as the
      // title's importer would open it (titleShare.ts).
      if (!actions.levelsLoaded()) {
        withLevels(() => { if (feature.importReplayText(text, source) && feature.onGameScreen()) feature.watchImported(); });
        return false;
      }
      const c = checkReplayText(text, source, levels());
      if (!c.ok) {
        ui.setState({ importError: c.error, imported: null });
        actions.notify('error', c.error);
        return false;
      }
      ui.setState({ imported: { replay: c.replay, level: c.level, summary: describe(c), kind: c.kind }, importError: null });
      actions.notify('success', describe(c));
      return true;
    },
    importError(error: string) {
      ui.setState({ importError: error, imported: null });
      actions.notify('error', error);
    },
    watchImported() {
      const imp = ui.getState().imported;
      if (imp) watch(imp.level, imp.replay);
    },
    /** Race an imported replay: the same level and seed, its milestone days as the comparison. */
    raceImported() {
      const imp = ui.getState().imported;
      if (!imp) return;
      // A race compares a player's solo run with this one: only a solo run is a fair comparison.
      if (imp.kind !== 'solo') { actions.notify('error', tpl(REPLAY_TEXT.raceSoloOnly, { kind: kindText(imp.kind) })); return; }
      const days = replaySplitDays(createPlayback(imp.level, imp.replay));
      tracker.setReplayComparison({ level: imp.level.id, seed: imp.replay.seed, label: `${imp.replay.seed}, ${imp.replay.days.length} d`, days });
      startGame(imp.level, imp.replay.seed, 'set');
      actions.notify('info', { catalog: 'shareUi', key: 'raceStarted' });
    },
    playImported() {
      const imp = ui.getState().imported;
      if (imp) startGame(imp.level, imp.replay.seed, 'set');
    },

    // --- the game on screen ---
    session(): GameSession | null { return store.getState().session; },
    replayOf(g: GameSession): Replay { return sessionReplay(g); },
    linkOf(g: GameSession): string { return gameLink(deps.pageUrl(), g.level.id, g.seed); },
    codeOf(g: GameSession): string { return encodeGameCode(g.level.id, g.seed); },
    /** A link that carries the whole finished run, or why it cannot be one. */
    runLinkOf(g: GameSession): { ok: true; url: string } | { ok: false; error: string } {
      if (g.state.status === 'playing') return { ok: false, error: T.runLinkNotYet };
      const u = new URL(deps.pageUrl());
      u.search = '';
      u.hash = '';
      u.searchParams.set('replay', encodeRunCode(sessionReplay(g)));
      const url = u.toString();
      if (url.length > MAX_LINK_CHARS) return { ok: false, error: tpl(SHARE_TEXT.linkTooLong, { length: num(url.length), max: num(MAX_LINK_CHARS) }) };
      return { ok: true, url };
    },
    exportReplay(g: GameSession) {
      const replay = sessionReplay(g);
      const name = replayFileName(replay);
      downloadText(name, replayFileText(replay));
      actions.notify('info', { catalog: 'shareUi', key: 'exported', params: { name } });
    },
    watchOwn(g: GameSession) {
      watch(g.level, sessionReplay(g));
    },

    // --- dialogs ---
    openDialog(d: Dialog) {
      if (d === 'share' && !store.getState().session) return;
      if (store.getState().ui.menuOpen) actions.toggle('menuOpen', false);
      if (store.getState().ui.resultOpen) actions.toggle('resultOpen', false);
      ui.setState({ dialog: d });
    },
    closeDialog() { ui.setState({ dialog: null }); },

    /**
     * A game asked for by a link or a code. A saved game in progress is never replaced without
     * asking: the same game (a reload of the link's page) continues from the save; another game
     * waits on the title screen for the player's choice between the two.
     */
    openLinked(linked: LinkedGame) {
      const saved = pickContinuation(readSaves(deps.storage), levels());
      const inPage = store.getState().session;
      const protect = saved.kind === 'ok' && saved.session.state.status === 'playing' && !(inPage && !inPage.viewOnly);
      if (!protect) { startGame(linked.level, linked.seed ?? randomSeed(), linked.seedMode); return; }
      if (saved.session.level.id === linked.level.id && (linked.seed === null || linked.seed === saved.session.seed)) {
        ui.setState({ continuation: saved });
        feature.continueSaved();
        return;
      }
      ui.setState({ continuation: saved, linked, codeError: null, importError: null });
      actions.showTitle();
    },
    /** The player chose the link's game over the saved one. */
    startLinked() {
      const l = ui.getState().linked;
      if (!l) return;
      ui.setState({ linked: null });
      startGame(l.level, l.seed ?? randomSeed(), l.seedMode);
    },

    // --- saves ---
    /** Look at the save slots again (at boot, and when the title screen shows). */
    refreshContinuation() {
      const saves = readSaves(deps.storage);
      if (saves.latest === null && saves.previous === null) { ui.setState({ continuation: { kind: 'none' } }); return; }
      withLevels(() => ui.setState({ continuation: pickContinuation(readSaves(deps.storage), levels()) }));
    },
    continueSaved(): boolean {
      const c = ui.getState().continuation;
      if (c.kind !== 'ok') return false;
      // Chosen over a link's game: the address stops naming that game, so a reload continues this one.
      if (ui.getState().linked) { ui.setState({ linked: null }); deps.forgetLink?.(); }
      actions.openSession(c.session);
      tracker.adopt(c.save.run.clockMs, c.save.run.splitMs);
      const title = lt(c.session.level).title;
      const day = c.session.state.day;
      actions.notify('info', { catalog: 'saves', key: c.note ? 'restoredPrevious' : 'restored', params: { ...(c.note ? { error: c.note } : {}), title, day } });
      ui.setState({ continuation: { kind: 'none' } });
      return true;
    },
    discardSaved() {
      discardSaves(deps.storage);
      ui.setState({ continuation: { kind: 'none' }, linked: null });
      actions.notify('info', { catalog: 'saves', key: 'discarded' });
    },

    // --- the replay viewer ---
    closeViewer() {
      const before = viewer.close();
      if (before) {
        const timing = stashed ?? { clockMs: 0, splitMs: [] };
        stashed = null;
        actions.openSession({ ...before, run: { seedMode: before.run?.seedMode ?? 'set', ...(before.run?.branched ? { branched: true } : {}), restored: true } });
        tracker.adopt(timing.clockMs, timing.splitMs, !before.run?.branched && !before.run?.restored);
      } else {
        actions.showTitle();
      }
    },
    branch() {
      const g = viewer.branch();
      if (g) actions.notify('info', { catalog: 'shareUi', key: 'viewerBranched', params: { day: g.state.day } });
    },
  };
  return feature;
}

export type ShareFeature = ReturnType<typeof createShareFeature>;

/**
 * What the player pasted: a share code, or a link to the game (with a code, a replay, or a level
 * and seed in it). Never throws.
 */
export function readShareInput(text: string): { ok: true; shared: Shared } | { ok: false; error: string } {
  const t = typeof text === 'string' ? text.trim() : '';
  if (/^(https?:\/\/|\?|[^\s?]*\?(level|seed|replay|code)=)/i.test(t)) {
    let q: URLSearchParams;
    try {
      q = new URL(t, 'http://localhost/').searchParams;
    } catch {
      return { ok: false, error: SHARE_TEXT.inputNothing };
    }
    const code = q.get('replay') ?? q.get('code');
    if (code !== null) {
      const r = decodeShareCode(code.replace(/ /g, '+'));
      return r.ok ? r : { ok: false, error: tpl(q.get('replay') !== null ? SHARE_TEXT.linkReplayBad : SHARE_TEXT.linkCodeBad, { error: r.error }) };
    }
    const level = q.get('level');
    const seed = q.get('seed');
    if (level === null) return { ok: false, error: SHARE_TEXT.inputNothing };
    if (!/^[a-z0-9][a-z0-9-]{0,47}$/.test(level)) return { ok: false, error: tpl(SHARE_TEXT.notALevelId, { level: quoted(level) }) };
    const gen = generatorSeedOf(level);
    const s = checkSeed(seed ?? gen ?? '');
    if (!s.ok) return { ok: false, error: tpl(SHARE_TEXT.codeSeed, { error: s.error }) };
    return { ok: true, shared: { kind: 'game', level, seed: s.seed } };
  }
  return decodeShareCode(t);
}
