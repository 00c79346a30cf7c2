import { SAVE_TEXT } from '../../i18n/catalogs/saves';
import { language } from '../../i18n';
import { lt } from '../../i18n/levelText';
import { tpl } from '../../i18n/template';
import type { GameStore } from '../../store/gameStore';
import type { SeedMode } from '../../session/session';
import { h, swap } from '../dom';
import type { ShareFeature } from './feature';
import { copyText, filePicker, readFileText } from './io';
import { SHARE_UI as T } from '../../i18n/catalogs/shareUi';
import { watchStore } from './watchStore';
import { TITLE_REVEAL } from '../title/titleReveal';

/** What the title screen lends to the sharing section: its seed field and its way to start. */
export interface TitleContext {
  seedInput: HTMLInputElement;
  seedMode(): SeedMode;
  /** show a problem with the seed under the seed field */
  seedError(text: string): void;
}

const alert = (id: string) => h('p', { class: 'field-error', attrs: { id, role: 'alert' } });

/** "Continue saved game" after a reload (or why the save cannot be continued). */
export function createSavedContinue(f: ShareFeature, store: GameStore): HTMLElement {
  const el = h('div', { class: 'continue saved-continue' });
  const render = () => {
    const c = f.ui.getState().continuation;
    const g = store.getState().session;
    // A game in progress in this page has its own Continue.
    const inPage = Boolean(g && !g.viewOnly && g.state.status === 'playing');
    const linked = f.ui.getState().linked;
    if (c.kind === 'ok' && c.session.state.status === 'playing' && !inPage) {
      const when = c.save.savedAt ? new Date(c.save.savedAt).toLocaleString(language().code) : '—';
      // A link asked for another game: both are offered, the saved one first.
      const choice = linked ? [
        h('p', { class: 'link-choice', attrs: { role: 'alert', 'data-link-choice': '' }, text: tpl(SAVE_TEXT.linkChoice, {
          title: lt(linked.level).title, seed: linked.seed ?? '—', saved: lt(c.session.level).title, day: c.session.state.day,
        }) }),
      ] : [];
      const startLinked = linked ? [
        h('button', { class: 'big', attrs: { type: 'button', 'data-key': 'start-linked', 'aria-describedby': 'start-linked-desc' }, text: SAVE_TEXT.startLinked, on: { click: () => f.startLinked() } }),
        h('p', { class: 'hint', attrs: { id: 'start-linked-desc' }, text: SAVE_TEXT.startLinkedDesc }),
      ] : [];
      swap(el, [
        ...choice,
        h('button', { class: 'primary big', attrs: { type: 'button', 'data-key': 'continue-saved', 'aria-describedby': 'continue-saved-desc' }, text: SAVE_TEXT.continueSaved, on: { click: () => f.continueSaved() } }),
        h('p', { class: 'hint', attrs: { id: 'continue-saved-desc' }, text: tpl(SAVE_TEXT.continueDesc, { title: lt(c.session.level).title, day: c.session.state.day, seed: c.session.seed, when }) }),
        ...startLinked,
        h('button', { class: 'small', attrs: { type: 'button', 'data-key': 'discard-saved' }, text: SAVE_TEXT.discard, on: { click: () => f.discardSaved() } }),
      ]);
    } else if (c.kind === 'broken') {
      swap(el, [h('p', { class: 'notice notice-error', attrs: { role: 'alert' } },
        h('span', { class: 'mark', text: '!', attrs: { 'aria-hidden': 'true' } }), h('span', { class: 'notice-text', text: tpl(SAVE_TEXT.noneUsable, { error: c.error }) }),
        h('button', { class: 'small', attrs: { type: 'button', 'data-key': 'discard-saved' }, text: SAVE_TEXT.discard, on: { click: () => f.discardSaved() } }))]);
    } else {
      swap(el, []);
    }
  };
  watchStore(f.ui, (s) => [s.continuation, s.linked], render);
  watchStore(store, (s) => [s.session], render);
  return el;
}

/** Next to "New random seed": copy the seed shown. */
export function copySeedButton(f: ShareFeature, seedInput: HTMLInputElement): HTMLElement {
  return h('button', { attrs: { type: 'button', 'data-key': 'copy-seed' }, text: T.copySeed, on: { click: () => copyText(seedInput.value.trim(), T.whatSeed, seedInput, (k, t) => f.notify(k, t)) } });
}

/** Today's daily challenge, for the front of the title screen. */
export function createTitleDaily(f: ShareFeature): HTMLElement {
  // The daily challenge's level is made when the title screen shows (a few milliseconds), so a
  // page left open past midnight (UTC) offers the new day's. It is generated from a shipped
  // level: on a first visit, before the levels have downloaded, the card names no level yet.
  const dailyButton = h('button', { class: 'level-btn', attrs: { type: 'button', 'data-key': 'daily', 'aria-describedby': 'daily-desc' }, on: { click: () => f.playDaily() } });
  const dailyDesc = h('p', { class: 'hint', attrs: { id: 'daily-desc' } });
  watchStore(f.store, (s) => [s.ui.screen === 'title', s.levels], (s) => {
    if (s.ui.screen !== 'title' && dailyButton.textContent) return;
    const daily = f.daily();
    const level = f.levelOf(daily.level);
    dailyButton.textContent = tpl(T.dailyButton, { date: daily.date });
    dailyDesc.textContent = `${level.ok ? `${lt(level.level).title}. ` : ''}${T.dailyHint}`;
  });
  return h('section', { class: 'share-card title-daily', attrs: { 'aria-labelledby': 'daily-title' } }, h('h2', { attrs: { id: 'daily-title' }, text: T.dailyTitle }), dailyButton, dailyDesc);
}

/** The best readiness day on a level in any seed mode (the "any%" category), or null. */
export function bestDayOn(f: ShareFeature, level: string): number | null {
  let best: number | null = null;
  for (const r of f.tracker.view.getState().book.records) {
    if (r.level === level && r.category === 'any' && (best === null || r.day < best)) best = r.day;
  }
  return best;
}

/** A generated level, a share code, replay import and personal bests (the title's second screen). */
export function createTitleShare(f: ShareFeature, ctx: TitleContext): HTMLElement {
  const genError = alert('gen-error');
  const genBox = h('div', { class: 'share-card' },
    h('h3', { text: T.generatedTitle }),
    h('button', {
      attrs: { type: 'button', 'data-key': 'generate', 'aria-describedby': 'gen-hint gen-error' }, text: T.generatedButton,
      on: {
        click: () => {
          genError.textContent = '';
          const err = f.playGenerated(ctx.seedInput.value.trim(), ctx.seedMode());
          if (err) { genError.textContent = err; ctx.seedError(err); }
        },
      },
    }),
    h('p', { class: 'hint', attrs: { id: 'gen-hint' }, text: T.generatedHint }),
    genError);

  const codeInput = h('input', { attrs: { type: 'text', id: 'share-code', name: 'share-code', autocomplete: 'off', spellcheck: 'false', placeholder: T.codePlaceholder, 'aria-describedby': 'share-code-hint share-code-error' } });
  const codeError = alert('share-code-error');
  const openCode = () => { f.openCode(codeInput.value); };
  codeInput.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); openCode(); } });
  codeInput.addEventListener('input', () => f.ui.setState({ codeError: null }));
  const codeBox = h('div', { class: 'share-card' },
    h('h3', { text: T.codeTitle }),
    h('label', { attrs: { for: 'share-code' }, text: T.codeLabel }),
    h('div', { class: 'inline' }, codeInput, h('button', { attrs: { type: 'button', 'data-key': 'open-code' }, text: T.codeOpen, on: { click: openCode } })),
    h('p', { class: 'hint', attrs: { id: 'share-code-hint' }, text: T.codeHint }),
    codeError);

  const picker = filePicker('.json,application/json', (file) => importFile(f, file));
  picker.id = 'replay-file';
  picker.setAttribute('aria-label', T.importButton);
  const importError = alert('import-error');
  const imported = h('div', { class: 'imported', attrs: { 'aria-live': 'polite' } });
  const importBox = h('div', { class: 'share-card' },
    h('h3', { text: T.importTitle }),
    h('button', { attrs: { type: 'button', 'data-key': 'import-replay' }, text: T.importButton, on: { click: () => picker.click() } }),
    picker,
    h('p', { class: 'hint', text: T.importHint }),
    imported,
    importError);

  watchStore(f.ui, (s) => [s.codeError, s.importError, s.imported], (s) => {
    // A file dropped on the title's front screen: its verdict is here, so the title shows this screen.
    // After this task's building (a verdict there already when the screen is built finds it in the page).
    if (s.imported || s.importError) queueMicrotask(() => importBox.dispatchEvent(new CustomEvent(TITLE_REVEAL, { bubbles: true })));
    codeError.textContent = s.codeError ?? '';
    if (s.codeError) codeInput.setAttribute('aria-invalid', 'true'); else codeInput.removeAttribute('aria-invalid');
    importError.textContent = s.importError ?? '';
    const imp = s.imported;
    swap(imported, imp ? [
      h('p', { class: 'imported-summary', text: imp.summary }),
      h('div', { class: 'buttons' },
        h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'watch-imported' }, text: T.importWatch, on: { click: () => f.watchImported() } }),
        // Only a solo run can be raced (a classroom game had other staff pools or a facilitator's help).
        imp.kind === 'solo' ? h('button', { attrs: { type: 'button', 'data-key': 'race-imported' }, text: T.importRace, on: { click: () => f.raceImported() } }) : null,
        h('button', { attrs: { type: 'button', 'data-key': 'play-imported' }, text: T.importPlay, on: { click: () => f.playImported() } })),
    ] : []);
  });

  return h('section', { class: 'title-share', attrs: { 'aria-labelledby': 'share-title' } },
    h('h2', { attrs: { id: 'share-title' }, text: T.sectionTitle }),
    h('div', { class: 'share-grid' }, genBox, codeBox, importBox),
    h('div', { class: 'buttons' }, h('button', { attrs: { type: 'button', 'data-key': 'pbs' }, text: T.pbButton, on: { click: () => f.openDialog('pbs') } })));
}

/** A replay file from the picker or a drop: read (size checked first), then verified. */
export function importFile(f: ShareFeature, file: File): void {
  void readFileText(file).then((r) => {
    if (!r.ok) { f.importError(r.error); return; }
    // Dropped during a game, a good replay opens at once (the game comes back when it closes);
    // on the title screen it waits for a choice: watch it, race it, or play its level and seed.
    if (f.importReplayText(r.text, file.name.length > 60 ? `${file.name.slice(0, 60)}…` : file.name) && f.onGameScreen()) f.watchImported();
  });
}

