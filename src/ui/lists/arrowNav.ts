/**
 * Up/Down (and Home/End) move the focus between the buttons of a long list, so a keyboard player
 * does not have to Tab through every formation. Tab still leaves the list as usual.
 */
export function enableArrowNav(container: HTMLElement, selector = 'button'): void {
  container.addEventListener('keydown', (ev) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(ev.key) || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const items = [...container.querySelectorAll<HTMLElement>(selector)].filter((b) => b.offsetParent !== null);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const next = ev.key === 'Home' ? 0 : ev.key === 'End' ? items.length - 1 : at + (ev.key === 'ArrowDown' ? 1 : -1);
    const target = items[Math.max(0, Math.min(items.length - 1, next))];
    if (target) {
      ev.preventDefault();
      target.focus();
    }
  });
}
