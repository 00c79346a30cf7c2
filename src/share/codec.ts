/**
 * Byte and check-character helpers for share codes. base64url (RFC 4648 §5) needs no escaping in
 * a URL; the check characters use Crockford's base-32 alphabet, which has no I, L, O or U, so
 * they can be read aloud and typed back.
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX: Record<string, number> = Object.fromEntries([...B64].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    if (i + 1 < bytes.length) out += B64[(n >> 6) & 63]!;
    if (i + 2 < bytes.length) out += B64[n & 63]!;
  }
  return out;
}

/** The bytes, or null when the text holds a character outside the alphabet or a impossible length. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    let k = 0;
    for (; k < 4 && i + k < text.length; k++) {
      const v = Object.hasOwn(B64_INDEX, text[i + k]!) ? B64_INDEX[text[i + k]!]! : -1;
      if (v < 0) return null;
      n |= v << (18 - 6 * k);
    }
    out[o++] = (n >> 16) & 255;
    if (k > 2) out[o++] = (n >> 8) & 255;
    if (k > 3) out[o++] = n & 255;
  }
  return out.subarray(0, o);
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CHECK_LENGTH = 6;

/** Six check characters (30 bits of a 32-bit FNV-1a hash of the text). */
export function checkCharacters(text: string): string {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  let n = h >>> 2;
  let out = '';
  for (let i = 0; i < CHECK_LENGTH; i++) {
    out = CROCKFORD[n & 31]! + out;
    n >>>= 5;
  }
  return out;
}
