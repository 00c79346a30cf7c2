/**
 * Phaser adds a `visibilitychange` listener to the document for every game it starts and never
 * removes it (its VisibilityHandler has no teardown), and it sets window.onblur/onfocus. Each
 * listener holds the whole destroyed game, so every game started leaked one (224 → 264 listeners
 * over 40 start/quit cycles). This records the document listeners added while `make` runs (Phaser
 * boots synchronously once the page has loaded) so that `release` can take them off again.
 */
type Added = [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined];

export function withDocumentListeners<T>(make: () => T): { value: T; release(): void } {
  const added: Added[] = [];
  const own = Object.prototype.hasOwnProperty.call(document, 'addEventListener');
  const previous = document.addEventListener;
  const blur = window.onblur;
  const focus = window.onfocus;
  document.addEventListener = function (this: Document, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (listener) added.push([type, listener, options]);
    return previous.call(this, type, listener as EventListenerOrEventListenerObject, options);
  } as typeof document.addEventListener;
  let value: T;
  try {
    value = make();
  } finally {
    // Put back exactly what was there: an own property (someone's wrapper) or the prototype's.
    if (own) document.addEventListener = previous;
    else delete (document as { addEventListener?: unknown }).addEventListener;
  }
  const ourBlur = window.onblur;
  const ourFocus = window.onfocus;
  return {
    value,
    release() {
      for (const [type, listener, options] of added.splice(0)) document.removeEventListener(type, listener, options);
      if (ourBlur !== blur && window.onblur === ourBlur) window.onblur = null;
      if (ourFocus !== focus && window.onfocus === ourFocus) window.onfocus = null;
    },
  };
}
