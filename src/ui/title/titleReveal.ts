/**
 * The event a piece of the title's second screen sends when it has something to show that the
 * player did not open the screen for (a replay dropped on the front screen, verified there): the
 * title screen, where it bubbles to, shows the second screen. A module of its own, so the sharing
 * code (loaded later) and the title agree on the name without importing each other.
 */
export const TITLE_REVEAL = 'guarantor:title-reveal';
