// The bundled verifier against @noble/ed25519's own strict verify, on genuine, changed and malformed
// signatures: node web/test/fallback.mjs (run by tests/web/test_verifier_page.py).
import * as noble from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { verifyStrict, verifyStrictNoble } from '../src/ed25519.js';

noble.hashes.sha512 = sha512;
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
let seed = 7;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const bytes = (n) => Uint8Array.from({ length: n }, () => rand(256));
const toLE = (v) => Uint8Array.from({ length: 32 }, (_, i) => Number((v >> BigInt(8 * i)) & 255n));
const leOf = (b) => b.reduceRight((v, x) => (v << 8n) | BigInt(x), 0n);
let cases = 0;
const check = (pk, msg, sig) => {
  cases++;
  const a = verifyStrict(pk, msg, sig);
  const b = verifyStrictNoble(pk, msg, sig);
  if (a !== b) throw new Error(`differ on pk ${noble.etc.bytesToHex(pk)} sig ${noble.etc.bytesToHex(sig)}: ${a} ${b}`);
  return a;
};
let genuine = 0;
for (let i = 0; i < 60; i++) {
  const sk = bytes(32);
  const pk = noble.getPublicKey(sk);
  const msg = bytes(rand(300));
  const sig = noble.sign(msg, sk);
  if (check(pk, msg, sig)) genuine++;
  const flipped = sig.slice(); flipped[rand(64)] ^= 1 << rand(8); check(pk, msg, flipped);
  const other = msg.slice(); if (other.length) { other[rand(other.length)] ^= 1; check(pk, other, sig); }
  const plusL = sig.slice(); plusL.set(toLE(leOf(sig.subarray(32)) + L), 32); check(pk, msg, plusL);
  const zeroS = sig.slice(); zeroS.fill(0, 32); check(pk, msg, zeroS);
  const oneS = sig.slice(); oneS.fill(0, 32); oneS[32] = 1; check(pk, msg, oneS);
  check(bytes(32), msg, sig);
  check(pk, msg, bytes(64));
}
// small-order and non-canonical public keys
const identity = new Uint8Array(32); identity[0] = 1;
check(identity, new Uint8Array(0), new Uint8Array(64));
const nonCanonical = new Uint8Array(32).fill(255); nonCanonical[31] = 0x7f;
check(nonCanonical, new Uint8Array(0), new Uint8Array(64));
if (genuine !== 60) throw new Error(`only ${genuine} of 60 genuine signatures verified`);
console.log(`${cases} cases: the bundled verifier agrees with @noble/ed25519 (zip215: false)`);
