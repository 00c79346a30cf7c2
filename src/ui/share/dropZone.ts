import { REPLAY_TEXT } from '../../i18n/catalogs/replay';
import { h } from '../dom';
import type { ShareFeature } from './feature';
import { SHARE_UI as T } from '../../i18n/catalogs/shareUi';
import { importFile } from './titleShare';
import { registerCleanup } from '../watch';

/**
 * Drop a replay file anywhere on the page: a veil says where it goes while a file is dragged over,
 * and the file is read (size checked first) and verified like one picked with the button.
 */
export function installDropZone(f: ShareFeature, root: HTMLElement): HTMLElement {
  const veil = h('div', { class: 'drop-veil', attrs: { 'aria-hidden': 'true' } }, h('p', { text: T.dropHere }));
  veil.hidden = true;
  let depth = 0;
  // The page's root outlives a rebuild of the interface (a change of language): the listeners go with the veil.
  const ac = new AbortController();
  registerCleanup(() => ac.abort());
  const signal = { signal: ac.signal };
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  root.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    veil.hidden = false;
  }, signal);
  root.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) veil.hidden = true;
  }, signal);
  root.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  }, signal);
  root.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    veil.hidden = true;
    const files = e.dataTransfer?.files;
    if (!files || files.length === 0) return;
    if (files.length > 1) { f.importError(REPLAY_TEXT.fileNotOne); return; }
    importFile(f, files[0]!);
  }, signal);
  return veil;
}
