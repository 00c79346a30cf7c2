import { tpl } from '../../i18n/template';
import { num } from '../../i18n';
import { REPLAY_TEXT } from '../../i18n/catalogs/replay';
import { SHARE_UI as T } from '../../i18n/catalogs/shareUi';

/** Save text as a file through the browser's download (no server involved). */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Copy text; where the clipboard is blocked, select the field that shows it so Ctrl+C works.
 * Calls back with the message to show.
 */
export function copyText(text: string, what: string, field: HTMLInputElement | null, say: (kind: 'info' | 'error', text: string) => void): void {
  const fallback = () => {
    field?.focus();
    field?.select();
    say('info', T.copyBlocked);
  };
  try {
    if (!navigator.clipboard?.writeText) { fallback(); return; }
    navigator.clipboard.writeText(text).then(() => say('info', tpl(T.copied, { what })), fallback);
  } catch {
    fallback();
  }
}

export const MAX_REPLAY_FILE_BYTES = 5_000_000;

/** The text of a file the player chose or dropped, with its size checked first. */
export function readFileText(file: File): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  const name = file.name.length > 60 ? `${file.name.slice(0, 60)}…` : file.name;
  if (file.size > MAX_REPLAY_FILE_BYTES) {
    return Promise.resolve({ ok: false, error: tpl(REPLAY_TEXT.fileTooLarge, { name, size: num(file.size), max: num(MAX_REPLAY_FILE_BYTES) }) });
  }
  return file.text().then(
    (text) => ({ ok: true as const, text }),
    (e: unknown) => ({ ok: false as const, error: tpl(REPLAY_TEXT.fileUnreadable, { name, reason: (e as Error)?.name ?? 'error' }) }),
  );
}

/** A hidden file input, clicked by a real button (so the picker has an accessible name). */
export function filePicker(accept: string, onFile: (file: File) => void): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.hidden = true;
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    input.value = '';
    if (f) onFile(f);
  });
  return input;
}
