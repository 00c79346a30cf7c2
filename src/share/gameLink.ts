/** The shareable link to a level and seed on this page (other query parameters are dropped). */
export function gameLink(pageUrl: string, level: string, seed: string): string {
  const u = new URL(pageUrl);
  u.search = '';
  u.hash = '';
  u.searchParams.set('level', level);
  u.searchParams.set('seed', seed);
  return u.toString();
}
