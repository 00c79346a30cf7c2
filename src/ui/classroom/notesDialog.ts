/**
 * Learning notes: the real-world basis of each mechanic, short and factual. A "Why?" link next to
 * every kind of order opens the note behind it; the review lists them all. General notes live in
 * the language files; a level's own notes come with the level ("level:<id>").
 */
import { language, NOTE_IDS, t, type Note, type NoteId } from '../../i18n';
import { lt } from '../../i18n/levelText';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { createModal } from '../dialogs/modal';
import { h, swap } from '../dom';
import { watch } from '../watch';

let opener: ((id: string) => void) | null = null;

export function openNote(id: string): void {
  opener?.(id);
}

export function noteTitle(id: NoteId): string {
  return language().notes[id]?.title ?? id;
}

/** A note by id: a general one, or "level:<id>" from the level in play. */
export function findNote(id: string, store: GameStore): Note | null {
  if (id.startsWith('level:')) {
    const g = store.getState().session;
    return g ? lt(g.level).notes.find((n) => n.id === id.slice(6)) ?? null : null;
  }
  return (NOTE_IDS as readonly string[]).includes(id) ? language().notes[id as NoteId] : null;
}

/** Every note as a list of links (the level's first), for the dialog and the review. */
export function noteIndex(store: GameStore, open: (id: string) => void, current: string | null = null): HTMLElement {
  const g = store.getState().session;
  const levelNotes = g ? lt(g.level).notes.map((n) => ({ id: `level:${n.id}`, title: n.title })) : [];
  const general = NOTE_IDS.map((id) => ({ id, title: language().notes[id].title }));
  return h('ul', { class: 'note-index' }, ...[...levelNotes, ...general].map((n) => h('li', {},
    h('button', { class: 'link', attrs: { type: 'button', 'data-note-link': n.id, 'aria-current': n.id === current ? 'true' : null }, text: n.title, on: { click: () => open(n.id) } }))));
}

export function createNotesDialog(store: GameStore, actions: Actions): HTMLDialogElement {
  opener = (id) => actions.classroomUi({ note: id });
  const modal = createModal('note', t('notes.title'), () => actions.classroomUi({ note: null }), { wide: true });
  watch(store, (s) => [s.ui.classroom.note], (s) => {
    const id = s.ui.classroom.note;
    const note = id ? findNote(id, store) : null;
    if (id && note) {
      modal.el.querySelector('h2')!.textContent = note.title;
      swap(modal.body, [
        h('p', { class: 'note-text', text: note.text }),
        h('details', { class: 'note-more' }, h('summary', { text: t('notes.all') }), noteIndex(store, (x) => actions.classroomUi({ note: x }), id)),
      ]);
    }
    modal.sync(Boolean(id && note));
  });
  return modal.el;
}
