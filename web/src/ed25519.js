// Ed25519 verification: the browser's WebCrypto where it has Ed25519, else the bundled strict
// implementation (@noble/ed25519 with zip215: false: RFC 8032 / FIPS 186-5). Both paths first apply
// the same strict encoding rules (S below the group order, canonical points), so they give the same
// answer on every input.

import * as noble from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';

noble.hashes.sha512 = sha512;

const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const P = 2n ** 255n - 19n;

const le = (bytes) => {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
  return v;
};

/** S < L, and R and A encode a y below p (the canonical encodings RFC 8032 asks for). */
export function strictEncoding(publicRaw, signature) {
  if (publicRaw.length !== 32 || signature.length !== 64) return false;
  if (le(signature.subarray(32)) >= L) return false;
  const y = (b) => le(b) & ((1n << 255n) - 1n);
  return y(publicRaw) < P && y(signature.subarray(0, 32)) < P;
}

/**
 * @noble/ed25519's strict verification (zip215: false) step for step, with one change: [S]B is computed
 * from 2B by double-and-add instead of through the library's base-point table, whose one-off build
 * costs more than the two signatures a page load checks (web/test/fallback.mjs compares the two).
 */
export function verifyStrict(publicRaw, message, signature) {
  try {
    if (!strictEncoding(publicRaw, signature)) return false;
    const { Point } = noble;
    const G = Point.BASE;
    const A = Point.fromBytes(publicRaw, false);
    const R = Point.fromBytes(signature.subarray(0, 32), false);
    if (A.isSmallOrder()) return false;
    const s = le(signature.subarray(32));
    const q = s >> 1n;
    const SB = (q ? G.double().multiply(q, false) : Point.ZERO).add(s & 1n ? G : Point.ZERO);
    const k = le(sha512(noble.etc.concatBytes(signature.subarray(0, 32), publicRaw, message))) % L;
    return R.add(A.multiply(k, false)).subtract(SB).clearCofactor().is0();
  } catch {
    return false;
  }
}

/** The library's own strict verification (for the comparison in web/test/fallback.mjs). */
export function verifyStrictNoble(publicRaw, message, signature) {
  try {
    return strictEncoding(publicRaw, signature) && noble.verify(signature, message, publicRaw, { zip215: false });
  } catch {
    return false;
  }
}

// RFC 8032 section 7.1, test 1 (empty message): WebCrypto is used only when it verifies this one and
// refuses it with a changed bit.
const VECTOR_KEY = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const VECTOR_SIG = 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
const bytes = (h) => Uint8Array.from(h.match(/../g), (x) => parseInt(x, 16));

const imported = new Map(); // public key (as text) -> Promise<CryptoKey>: a key is imported once

async function webCryptoVerify(publicRaw, message, signature) {
  const id = String(publicRaw);
  if (!imported.has(id)) imported.set(id, crypto.subtle.importKey('raw', publicRaw, { name: 'Ed25519' }, false, ['verify']));
  try {
    return await crypto.subtle.verify({ name: 'Ed25519' }, await imported.get(id), signature, message);
  } catch (error) {
    imported.delete(id);
    throw error;
  }
}

async function webCryptoWorks() {
  try {
    if (!globalThis.crypto || !crypto.subtle) return false;
    const bad = bytes(VECTOR_SIG);
    bad[0] ^= 1;
    const [good, wrong] = await Promise.all([
      webCryptoVerify(bytes(VECTOR_KEY), new Uint8Array(0), bytes(VECTOR_SIG)),
      webCryptoVerify(bytes(VECTOR_KEY), new Uint8Array(0), bad),
    ]);
    return good === true && wrong === false;
  } catch {
    return false;
  }
}

/** Resolves to {engine: 'webcrypto' | 'bundled', verify(publicRaw, message, signature) -> Promise<bool>}. */
export async function pickVerifier() {
  if (await webCryptoWorks()) {
    return {
      engine: 'webcrypto',
      verify: async (publicRaw, message, signature) => {
        if (!strictEncoding(publicRaw, signature)) return false;
        try {
          return (await webCryptoVerify(publicRaw, message, signature)) === true;
        } catch {
          return false;
        }
      },
    };
  }
  return { engine: 'bundled', verify: async (publicRaw, message, signature) => verifyStrict(publicRaw, message, signature) };
}
