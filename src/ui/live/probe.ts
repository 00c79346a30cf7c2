/** Does a class server answer on this page's own origin? Never from a file:// page (the offline build). */
import { PROBE_ANSWER, PROBE_PATH } from '../../live/protocolConstants';

/** A busy classroom machine may answer slowly: the probe never holds up the page, so it can wait. */
export async function probeClassServer(timeoutMs = 10_000): Promise<boolean> {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return false;
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    const r = await fetch(PROBE_PATH, { cache: 'no-store', signal: ctl.signal });
    return r.ok && (await r.text()).trim() === PROBE_ANSWER;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
