import { tpl } from '../../i18n/template';
import { lt } from '../../i18n/levelText';
import { SPEEDRUN_TEXT as S } from '../../i18n/catalogs/speedrun';
import { formatClock } from '../../speedrun/clock';
import { pbBookText } from '../../speedrun/pbs';
import type { GameStore } from '../../store/gameStore';
import type { GameSession } from '../../session/session';
import { createModal } from '../dialogs/modal';
import { h, swap, type Child } from '../dom';
import type { ShareFeature } from './feature';
import { copyText, downloadText, filePicker, readFileText } from './io';
import { CATEGORY_TEXT } from './runPanel';
import { SHARE_UI as T } from '../../i18n/catalogs/shareUi';
import { watchStore } from './watchStore';

/** A read-only field with a copy button: the text is selectable by hand where copying is blocked. */
function copyField(f: ShareFeature, id: string, label: string, value: string, button: string, what: string): HTMLElement {
  const field = h('input', { attrs: { type: 'text', readonly: true, id, value, spellcheck: 'false' } });
  field.addEventListener('focus', () => field.select());
  return h('div', { class: 'field' },
    h('label', { attrs: { for: id }, text: label }),
    h('div', { class: 'inline' }, field,
      h('button', { attrs: { type: 'button', 'data-key': `copy-${id}` }, text: button, on: { click: () => copyText(value, what, field, (k, t) => f.notify(k, t)) } })));
}

/**
 * Share: the seed, the link and the share code of this level and seed, each with a copy button;
 * the replay of this game as a file (identical to the CLI's), and as a link once it is finished.
 */
export function createShareDialog(f: ShareFeature, store: GameStore): HTMLDialogElement {
  const modal = createModal('share', T.shareDialog, () => f.closeDialog(), { wide: true });
  watchStore(f.ui, (s) => [s.dialog], (s) => {
    const g = store.getState().session;
    const open = s.dialog === 'share' && g !== null;
    if (open && g) swap(modal.body, shareBody(f, g));
    modal.sync(open);
  });
  return modal.el;
}

function shareBody(f: ShareFeature, g: GameSession): Child[] {
  const run = f.runLinkOf(g);
  const replay = f.replayOf(g);
  return [
    h('p', { class: 'hint', text: `${lt(g.level).title} · ${tpl(T.seedShown, { seed: g.seed })}` }),
    copyField(f, 'share-seed', T.seedLabel, g.seed, T.copy, T.whatSeed),
    copyField(f, 'share-link', T.linkLabel, f.linkOf(g), T.copyLink, T.whatLink),
    copyField(f, 'share-code-out', T.codeLabelOut, f.codeOf(g), T.copyCode, T.whatCode),
    h('section', { class: 'share-replay', attrs: { 'aria-labelledby': 'share-replay-title' } },
      h('h3', { attrs: { id: 'share-replay-title' }, text: T.replaySection }),
      h('p', { class: 'hint', text: tpl(T.replayFacts, { days: replay.days.length }) }),
      h('div', { class: 'buttons' },
        h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'export-replay' }, text: T.exportReplay, on: { click: () => f.exportReplay(g) } }),
        g.state.status !== 'playing' && !g.viewOnly ? h('button', { attrs: { type: 'button', 'data-key': 'watch-own' }, text: T.watchOwn, on: { click: () => f.watchOwn(g) } }) : null),
      run.ok
        ? copyField(f, 'share-run-link', T.runLink, run.url, T.copyLink, T.whatRunLink)
        : h('p', { class: 'hint', attrs: { 'data-run-link': 'unavailable' }, text: run.error })),
  ];
}

/** Personal bests: the list, export as a file, import (merged, the better record kept). */
export function createPbDialog(f: ShareFeature): HTMLDialogElement {
  const modal = createModal('pbs', T.pbDialog, () => f.closeDialog(), { wide: true });
  const picker = filePicker('.json,application/json', (file) => {
    void readFileText(file).then((r) => {
      if (!r.ok) { f.notify('error', r.error); return; }
      const res = f.tracker.importBook(r.text);
      f.notify(res.ok ? 'info' : 'error', res.ok ? tpl(S.pbImported, { count: res.merged }) : res.error);
    });
  });
  picker.id = 'pb-file';
  picker.setAttribute('aria-label', T.pbImportButton);
  const list = h('div', { class: 'pb-list' });
  modal.body.append(list, h('div', { class: 'buttons' },
    h('button', { attrs: { type: 'button', 'data-key': 'pb-export' }, text: T.pbExportButton, on: { click: () => downloadText(T.pbExportName, pbBookText(f.tracker.view.getState().book)) } }),
    h('button', { attrs: { type: 'button', 'data-key': 'pb-import' }, text: T.pbImportButton, on: { click: () => picker.click() } }),
    picker));
  const mode = { set: S.modeSet, random: S.modeRandom, daily: S.modeDaily } as const;
  watchStore(f.tracker.view, (v) => [v.book], (v) => {
    const recs = [...v.book.records].sort((a, b) => a.level.localeCompare(b.level) || a.seedMode.localeCompare(b.seedMode) || a.category.localeCompare(b.category));
    const cols = [S.pbColLevel, S.pbColSeed, S.pbColCategory, S.pbColDay, S.pbColTime];
    swap(list, recs.length === 0 ? [h('p', { class: 'hint', text: S.pbEmpty })] : [
      h('table', { class: 'keys pb-table' },
        h('caption', { text: S.pbTitle }),
        h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { attrs: { scope: 'col' }, text: c })))),
        h('tbody', {}, ...recs.map((r) => h('tr', {},
          h('td', { text: f.levelTitle(r.level) }),
          h('td', { text: `${mode[r.seedMode]} · ${r.seed}` }),
          h('td', { text: CATEGORY_TEXT[r.category] }),
          h('td', { class: 'fig', text: String(r.day) }),
          h('td', { class: 'fig', text: r.ms === null ? '—' : formatClock(r.ms) }))))),
    ]);
  });
  watchStore(f.ui, (s) => [s.dialog], (s) => modal.sync(s.dialog === 'pbs'));
  return modal.el;
}
