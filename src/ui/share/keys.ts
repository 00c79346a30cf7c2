import type { GameStore } from '../../store/gameStore';
import type { HelpRow } from '../orders/shortcuts';
import type { ShareFeature } from './feature';
import { SHARE_UI as T } from '../../i18n/catalogs/shareUi';

/** The keys of this feature, listed in the help overlay from this same table. */
// Rows read their words when drawn, so they follow the interface language (src/i18n).
const row = (keys: () => string, what: () => string): HelpRow => ({ get keys() { return keys(); }, get what() { return what(); } });
export const SHARE_SHORTCUTS: readonly HelpRow[] = [
  row(() => T.keysPlayPause, () => T.keyPlayPause),
  row(() => T.keysStep, () => T.keyStep),
  row(() => T.keysSpeed, () => T.keySpeed),
  row(() => T.keysEnds, () => T.keyEnds),
  row(() => 'B', () => T.keyBranch),
  row(() => 'H', () => T.keyShare),
];

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName));
const pressable = (t: EventTarget | null) => t instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(t.tagName);

/**
 * Replay keys while a replay is watched, and H for the share dialog in a game. Registered in the
 * capture phase, so a key that means something here is taken before the game's own keys see it.
 */
export function installShareKeys(f: ShareFeature, store: GameStore, target: Document = document): () => void {
  const onKey = (ev: KeyboardEvent) => {
    if (ev.defaultPrevented || ev.isComposing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const s = store.getState();
    if (s.ui.screen !== 'game' || !s.session || document.querySelector('dialog[open]') || typing(ev.target)) return;
    const v = f.viewer;
    let done = true;
    if (v.watching()) {
      switch (ev.key) {
        case 'k': case 'K': v.toggle(); break;
        case ' ': if (pressable(ev.target)) done = false; else v.toggle(); break;
        case '.': v.step(1); break;
        case ',': v.step(-1); break;
        case '>': v.faster(1); break;
        case '<': v.faster(-1); break;
        case 'b': case 'B': f.branch(); break;
        case 'Home': v.seek(0); break;
        case 'End': v.seek(Number.MAX_SAFE_INTEGER); break;
        default: done = false;
      }
    } else if (ev.key === 'h' || ev.key === 'H') {
      f.openDialog('share');
    } else {
      done = false;
    }
    if (done) {
      ev.preventDefault();
      ev.stopPropagation();
    }
  };
  target.addEventListener('keydown', onKey, true);
  return () => target.removeEventListener('keydown', onKey, true);
}
