/** A QR code drawn as SVG squares from the qrcode library's module matrix (no markup strings). */
const NS = 'http://www.w3.org/2000/svg';

export async function qrSvg(text: string, label: string): Promise<SVGSVGElement> {
  const { create } = await import('qrcode');
  const m = create(text, { errorCorrectionLevel: 'M' }).modules;
  const size = m.size;
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `-4 -4 ${size + 8} ${size + 8}`);
  svg.setAttribute('class', 'live-qr');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const bg = document.createElementNS(NS, 'rect');
  for (const [k, v] of [['x', '-4'], ['y', '-4'], ['width', String(size + 8)], ['height', String(size + 8)], ['fill', '#fff']]) bg.setAttribute(k!, v!);
  svg.append(bg);
  // One path for all dark modules: small and crisp at any size.
  let d = '';
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (m.get(y, x)) d += `M${x} ${y}h1v1h-1z`;
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(path);
  return svg;
}
