import { createHash } from 'node:crypto';

/**
 * The game's Content-Security-Policy, shipped as a <meta> tag in the built page (dist/index.html)
 * and in the offline file. Every source is the least the game needs:
 *  - scripts and styles only from the page's own files: no inline script, no inline style
 *    attribute (the interface sets sizes through the CSSOM, which a policy does not restrict);
 *  - img-src adds data: and blob: because Phaser turns its textures (the unit symbols, drawn
 *    canvases) into images through data: and blob: URLs; without data: the map cannot start;
 *  - media-src 'self': Howler fetches the sounds from the page's server (the offline file, where
 *    they are data: URLs, adds data:);
 *  - connect-src 'self': the level files and the map come from the page's own server. A future
 *    live-classroom server on the same host will need its ws:/wss: origin: 'self' covers it in
 *    the browsers that match WebSocket URLs of the same host against 'self' (CSP level 3).
 *  - nothing may frame, embed or post the page anywhere.
 * The dev server is left without a policy: Vite injects its styles inline there.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['media-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'none'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
];

/** The policy as the meta tag's content, with extra sources per directive (the offline file's hashes). */
export function cspPolicy(extra: Readonly<Record<string, readonly string[]>> = {}): string {
  return CSP_DIRECTIVES.map(([name, sources]) => [name, ...sources, ...(extra[name] ?? [])].join(' ')).join('; ');
}

export function cspMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

/**
 * The offline file has its script and its styles inline (it is one file opened from disk), so
 * 'self' cannot name them: each inline block is allowed by the SHA-256 hash of its exact text,
 * and fonts and sounds, inlined as data: URLs, by data: (images have it already). Nothing else
 * inline can run.
 */
export function offlinePolicy(html: string): string {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const m of html.matchAll(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const hash = `'sha256-${createHash('sha256').update(m[2]!, 'utf8').digest('base64')}'`;
    (m[1] === 'script' ? scripts : styles).push(hash);
  }
  return cspPolicy({ 'script-src': scripts, 'style-src': styles, 'font-src': ['data:'], 'media-src': ['data:'] });
}

/** The page with the policy at the top of <head> (a meta policy covers only what follows it). */
export function withCsp(html: string, policy: string): string {
  // Right after the charset, which must stay within the page's first bytes.
  if (/<meta charset[^>]*>/i.test(html)) return html.replace(/(<meta charset[^>]*>)/i, `$1\n    ${cspMeta(policy)}`);
  return html.replace(/<head>/i, `<head>\n    ${cspMeta(policy)}`);
}
