import type { CardDrawing } from './resultCardDrawing';

/** Carry out a card's drawing steps on a canvas (the steps themselves are worked out and tested in resultCardDrawing.ts). */
export function paintCard(ctx: CanvasRenderingContext2D, d: CardDrawing): void {
  for (const s of d.steps) {
    if (s.k === 'box') {
      ctx.fillStyle = s.color;
      ctx.beginPath();
      if (s.radius > 0) ctx.roundRect(s.x, s.y, s.w, s.h, s.radius);
      else ctx.rect(s.x, s.y, s.w, s.h);
      ctx.fill();
    } else {
      ctx.fillStyle = s.color;
      ctx.textAlign = s.align;
      ctx.textBaseline = 'alphabetic';
      ctx.font = `${s.weight} ${s.size}px "IBM Plex Sans", system-ui, sans-serif`;
      if (s.maxWidth) ctx.fillText(s.text, s.x, s.y, s.maxWidth);
      else ctx.fillText(s.text, s.x, s.y);
    }
  }
}

/** The card as a canvas element (the result screen shows it and saves it as a PNG). */
export function cardCanvas(d: CardDrawing): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = d.width;
  canvas.height = d.height;
  const ctx = canvas.getContext('2d');
  if (ctx) paintCard(ctx, d);
  return canvas;
}

/** Save the canvas as a PNG download; calls back false when the browser cannot make one. */
export function savePng(canvas: HTMLCanvasElement, name: string, done: (ok: boolean) => void): void {
  try {
    canvas.toBlob((blob) => {
      if (!blob) { done(false); return; }
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.rel = 'noopener';
      a.hidden = true;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      done(true);
    }, 'image/png');
  } catch {
    done(false); // a canvas the browser refuses to export (privacy settings)
  }
}
