import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import type { Settings } from '../../store/settings';
import { languageCodes, languageName, t } from '../../i18n';
import { h } from '../dom';
import { watch } from '../watch';

/**
 * Form controls bound to the persisted settings. Inputs are built once and only their values
 * follow the store, so dragging a slider or typing never loses its place; changes apply live.
 */
function checkbox(store: GameStore, actions: Actions, scope: string, key: 'muted' | 'ambient' | 'reducedMotion' | 'showIntel' | 'tips' | 'presentation', label: string): HTMLElement {
  const input = h('input', { attrs: { type: 'checkbox', id: `${scope}-${key}`, 'data-setting': key } });
  input.addEventListener('change', () => actions.updateSettings({ [key]: input.checked } as Partial<Settings>));
  watch(store, (s) => [s.settings[key]], (s) => { input.checked = s.settings[key]; });
  return h('div', { class: 'field check' }, input, h('label', { attrs: { for: `${scope}-${key}` }, text: label }));
}

export function soundControls(store: GameStore, actions: Actions, scope: string): HTMLElement {
  const volume = h('input', { attrs: { type: 'range', min: 0, max: 100, step: 5, id: `${scope}-volume`, 'data-setting': 'volume' } });
  const shown = h('output', { attrs: { for: `${scope}-volume` } });
  volume.addEventListener('input', () => actions.updateSettings({ volume: Number(volume.value) / 100 }));
  watch(store, (s) => [s.settings.volume], (s) => {
    const pct = Math.round(s.settings.volume * 100);
    if (document.activeElement !== volume) volume.value = String(pct);
    shown.textContent = `${pct}%`;
    volume.setAttribute('aria-valuetext', `${pct}%`);
  });
  return h('fieldset', { class: 'settings-group' },
    h('legend', { text: t('settings.sound') }),
    h('div', { class: 'field range' }, h('label', { attrs: { for: `${scope}-volume` }, text: t('settings.volume') }), volume, shown),
    checkbox(store, actions, scope, 'muted', t('settings.mute')),
    checkbox(store, actions, scope, 'ambient', t('settings.ambient')));
}

const SCALES: Array<[number, () => string]> = [[0.9, () => '90%'], [1, () => '100%'], [1.15, () => '115%'], [1.3, () => '130%'], [1.45, () => '145%'], [1.6, () => t('settings.projector', { pct: '160%' })]];

export function displayControls(store: GameStore, actions: Actions, scope: string): HTMLElement {
  const scale = h('select', { attrs: { id: `${scope}-textScale`, 'data-setting': 'textScale' } },
    ...SCALES.map(([v, label]) => h('option', { attrs: { value: v }, text: label() })));
  scale.addEventListener('change', () => actions.updateSettings({ textScale: Number(scale.value) }));
  const renderer = h('select', { attrs: { id: `${scope}-renderer`, 'data-setting': 'renderer' } },
    h('option', { attrs: { value: 'auto' }, text: t('settings.auto') }),
    h('option', { attrs: { value: 'webgl' }, text: t('settings.webgl') }),
    h('option', { attrs: { value: 'canvas' }, text: t('settings.canvas') }));
  renderer.addEventListener('change', () => actions.updateSettings({ renderer: renderer.value as Settings['renderer'] }));
  watch(store, (s) => [s.settings.textScale, s.settings.renderer], (s) => {
    // The nearest offered size, for a value stored by hand or by an older version.
    const near = SCALES.reduce((best, [v]) => (Math.abs(v - s.settings.textScale) < Math.abs(best - s.settings.textScale) ? v : best), 1);
    scale.value = String(near);
    renderer.value = s.settings.renderer;
  });
  return h('fieldset', { class: 'settings-group' },
    h('legend', { text: t('settings.display') }),
    languageField(store, actions, scope),
    h('div', { class: 'field' }, h('label', { attrs: { for: `${scope}-textScale` }, text: t('settings.textSize') }), scale),
    presentationControl(store, actions, scope),
    checkbox(store, actions, scope, 'reducedMotion', t('settings.reduceMotion')),
    checkbox(store, actions, scope, 'showIntel', t('settings.showIntel')),
    checkbox(store, actions, scope, 'tips', t('settings.tips')),
    h('div', { class: 'field' }, h('label', { attrs: { for: `${scope}-renderer` }, text: t('settings.renderer') }), renderer,
      h('small', { class: 'hint', text: t('settings.rendererHint') })));
}

/** Presentation mode, with what it does said next to it. */
export function presentationControl(store: GameStore, actions: Actions, scope: string): HTMLElement {
  const box = checkbox(store, actions, scope, 'presentation', t('kit.presentation'));
  box.append(h('small', { class: 'hint', text: t('kit.presentationHint') }));
  return box;
}

/** The interface language: each listed by its own name, so anyone can find theirs. */
export function languageField(store: GameStore, actions: Actions, scope: string): HTMLElement {
  const select = h('select', { attrs: { id: `${scope}-lang`, 'data-setting': 'lang' } },
    ...languageCodes().map((code) => h('option', { attrs: { value: code, lang: code }, text: languageName(code) })));
  select.addEventListener('change', () => actions.updateSettings({ lang: select.value }));
  watch(store, (s) => [s.settings.lang], (s) => { select.value = s.settings.lang; });
  return h('div', { class: 'field' }, h('label', { attrs: { for: `${scope}-lang` }, text: t('settings.language') }), select);
}
