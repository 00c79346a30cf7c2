/**
 * Reading and waiting on a bench page through the DevTools protocol itself (Runtime.evaluate)
 * rather than Playwright's page.evaluate / waitForFunction. Playwright's helpers first compile its
 * own injected scripts into the page, and waitForFunction polls on every animation frame: both run
 * on the page's main thread, inside the window the bench measures. Under the mobile profile the
 * first injection alone was a long task of about 80 ms (seen in `npm run -s bench:tasks --names`
 * as InjectedScript / UtilityScript), counted in TBT as if the game had done it. A player's
 * browser runs none of that; these small expressions cost the page next to nothing.
 */
import type { CDPSession } from 'playwright-core';

/** Evaluate `expression` in the page's main world; its value (JSON), or an error naming the failure. */
export async function inPage<T>(cdp: CDPSession, expression: string): Promise<T> {
  const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
  if (r.exceptionDetails) {
    const why = r.exceptionDetails.exception?.description ?? r.exceptionDetails.text;
    throw new Error(`in the page, ${expression.slice(0, 80)}: ${why}`);
  }
  return r.result.value as T;
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Poll `expression` from outside the page every `pollMs` until it is truthy. A navigation may
 * replace the page's context between two polls; such a failed poll is simply tried again.
 */
export async function until(cdp: CDPSession, expression: string, timeoutMs: number, pollMs = 50): Promise<void> {
  const t0 = Date.now();
  let last: unknown = null;
  while (Date.now() - t0 < timeoutMs) {
    try {
      if (await inPage<boolean>(cdp, `Boolean(${expression})`)) return;
      last = null;
    } catch (e) {
      last = e;
    }
    await pause(pollMs);
  }
  throw new Error(`waited ${timeoutMs} ms for ${expression}${last ? ` (last poll failed: ${(last as Error).message})` : ''}`);
}
