import { t } from '../../i18n';
import type { GameSession } from '../../session/session';
import { safeName } from '../classroom/download';
import { h } from '../dom';
import { sentences } from '../sentences';
import { resultCardFacts, resultCardText } from './resultCard';
import { resultCardDrawing } from './resultCardDrawing';
import { cardCanvas, savePng } from './resultCardPng';

/** The link that opens the same level and seed (only where the page has a web address to share). */
function gameLink(g: GameSession): string | undefined {
  if (typeof location === 'undefined' || !/^https?:$/.test(location.protocol)) return undefined;
  const u = new URL(location.href);
  u.search = '';
  u.hash = '';
  u.searchParams.set('level', g.level.id);
  u.searchParams.set('seed', g.seed);
  return u.toString();
}

/**
 * The result card on the result screen: the picture (a canvas), "Copy as text" and "Save as
 * picture". A blocked clipboard opens the card's text, selected, for Ctrl+C.
 */
export function createResultCard(g: GameSession): HTMLElement {
  const facts = resultCardFacts(g);
  const text = resultCardText(facts, gameLink(g));
  const drawing = resultCardDrawing(facts);
  const canvas = cardCanvas(drawing);
  canvas.className = 'result-card-picture';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', sentences(text.split('\n').slice(0, 4)));
  const status = h('p', { class: 'result-card-status', attrs: { role: 'status', 'data-card-status': '' } });
  const textArea = h('textarea', { class: 'result-card-text', attrs: { readonly: true, rows: Math.min(14, text.split('\n').length), 'aria-label': t('card.textLabel'), 'data-card-text': '' } });
  textArea.value = text;
  const textBox = h('details', { class: 'result-card-textbox' }, h('summary', { text: t('card.textLabel') }), textArea);
  const showText = () => {
    textBox.open = true;
    textArea.focus();
    textArea.select();
  };
  const copy = () => {
    const blocked = () => { status.textContent = t('card.copyBlocked'); showText(); };
    try {
      if (!navigator.clipboard?.writeText) { blocked(); return; }
      navigator.clipboard.writeText(text).then(() => { status.textContent = t('card.copied'); }, blocked);
    } catch {
      blocked();
    }
  };
  const name = `guarantor-${safeName(g.level.id)}-${safeName(g.seed)}.png`;
  const save = () => savePng(canvas, name, (ok) => { status.textContent = ok ? t('card.saved', { name }) : t('card.pngFailed'); });
  return h('section', { class: 'result-card', attrs: { 'aria-labelledby': 'result-card-title', 'data-result-card': '' } },
    h('h3', { attrs: { id: 'result-card-title' }, text: t('card.title') }),
    canvas,
    h('div', { class: 'buttons' },
      h('button', { attrs: { type: 'button', 'data-key': 'card-copy' }, text: t('card.copy'), on: { click: copy } }),
      h('button', { attrs: { type: 'button', 'data-key': 'card-png' }, text: t('card.savePng'), on: { click: save } })),
    status,
    textBox);
}
