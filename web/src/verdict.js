// The verdict logic of the verifier page: the same rules as innovact_desk/certqr.py and the desktop
// verifier (shared/specs/certificate-qr.md), once. No DOM here: the page and its tests call these.
//
// A "trust" is the set of bundles the page accepted: the keys they list (the page's trusted keys)
// and, per event ref, the latest bundle that lists that event (its status and issued lists).

import { sha256 } from '@noble/hashes/sha2.js';

export const VERSION = 1;
export const DOMAIN = new TextEncoder().encode('INNOVACT-CERT-1');
export const ROLES = ['participant', 'speaker', 'organizer', 'staff', 'other'];
export const MAX_NAME_BYTES = 160;
export const REVOKED = 255;
const HEADER = 23;
const SIG = 64;
const MIN_DIGITS = 100;
const MAX_DIGITS = 700;
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CHECK_ALPHABET = CROCKFORD + '*~$=U';
const DAY_MS = 86400000;

export const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function fromHex(text) {
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.substr(2 * i, 2), 16);
  return out;
}

export function fromBase64(text) {
  // Strict: only the standard alphabet with correct padding (as Python's b64decode(validate=True)).
  if (typeof text !== 'string' || text.length % 4 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export const kidOf = (publicRaw) => hex(sha256(publicRaw).subarray(0, 4));
export const fingerprintOf = (publicRaw) => hex(sha256(publicRaw));
export const uidHash = (uid) => hex(sha256(uid).subarray(0, 8));

// ---------------------------------------------------------------- the text in the QR

/** The payload bytes from the last run of >= 100 ASCII digits; null when unreadable. */
export function parseQrText(text) {
  if (typeof text !== 'string') return null;
  const runs = text.match(/[0-9]{100,}/g);
  if (!runs) return null;
  const digits = runs[runs.length - 1];
  if (digits.length > MAX_DIGITS || digits[0] === '0') return null;
  let hexText = BigInt(digits).toString(16);
  if (hexText.length % 2) hexText = '0' + hexText;
  return fromHex(hexText);
}

/** The part of a scanned text before its digits, when it is an address: its host; else null. */
export function qrHost(text) {
  if (typeof text !== 'string') return null;
  const m = /^\s*(https?):\/\/([^/#?\s]+)/i.exec(text);
  return m ? m[2].toLowerCase() : null;
}

const isoDay = (days) => new Date(days * DAY_MS).toISOString().slice(0, 10);

/** {kid, uid, eventRef, issued (ISO), rev, days [1..8], role, name, signed, signature} or null. */
export function decodePayload(raw) {
  if (!(raw instanceof Uint8Array)) return null;
  if (raw.length < HEADER + 1 + SIG || raw[0] !== VERSION) return null;
  const nameLen = raw[22];
  if (nameLen < 1 || nameLen > MAX_NAME_BYTES || raw.length !== HEADER + nameLen + SIG) return null;
  if (raw[21] >= ROLES.length) return null;
  let name;
  try {
    name = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw.subarray(HEADER, HEADER + nameLen));
  } catch {
    return null;
  }
  if (name.normalize('NFC') !== name) return null;
  const days = [];
  for (let i = 0; i < 8; i++) if ((raw[20] >> i) & 1) days.push(i + 1);
  return {
    kid: hex(raw.subarray(1, 5)),
    uid: raw.slice(5, 13),
    eventRef: hex(raw.subarray(13, 17)),
    issued: isoDay((raw[17] << 8) | raw[18]),
    rev: raw[19],
    days,
    role: ROLES[raw[21]],
    name,
    signed: raw.slice(0, raw.length - SIG),
    signature: raw.slice(raw.length - SIG),
  };
}

// ---------------------------------------------------------------- the human-readable code

export function humanCode(uid) {
  let value = 0n;
  for (const b of uid) value = (value << 8n) | BigInt(b);
  let symbols = '';
  for (let i = 12; i >= 0; i--) symbols += CROCKFORD[Number((value >> BigInt(5 * i)) & 31n)];
  symbols += CHECK_ALPHABET[Number(value % 37n)];
  return [symbols.slice(0, 4), symbols.slice(4, 8), symbols.slice(8, 12), symbols.slice(12, 14)].join('-');
}

const IGNORED = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);
// Python's str.isspace() exactly (JS's \s differs: it takes U+FEFF and leaves U+001C..U+001F and U+0085).
const SPACE = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;
const TYPO = { I: '1', L: '1', O: '0' };

/** The uid (8 bytes) of a typed code, or null (case, spaces, hyphens ignored; I/L = 1, O = 0). */
export function parseHumanCode(text) {
  if (typeof text !== 'string') return null;
  const chars = [];
  for (const c of text.toUpperCase()) {
    if (SPACE.test(c) || IGNORED.has(c)) continue;
    chars.push(TYPO[c] || c);
  }
  if (chars.length !== 14) return null;
  let value = 0n;
  for (const c of chars.slice(0, 13)) {
    const index = CROCKFORD.indexOf(c);
    if (index < 0) return null;
    value = (value << 5n) | BigInt(index);
  }
  if (value >> 64n || CHECK_ALPHABET.indexOf(chars[13]) !== Number(value % 37n)) return null;
  const uid = new Uint8Array(8);
  for (let i = 7; i >= 0; i--) {
    uid[i] = Number(value & 255n);
    value >>= 8n;
  }
  return uid;
}

// ---------------------------------------------------------------- trust bundles

const KID = /^[0-9a-f]{8}$/;
const HEX16 = /^[0-9a-f]{16}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isInt = (v, lo, hi) => Number.isInteger(v) && v >= lo && v <= hi;

function parseKey(entry) {
  if (!entry || typeof entry !== 'object' || typeof entry.public !== 'string') return null;
  const raw = fromBase64(entry.public);
  if (!raw || raw.length !== 32 || entry.kid !== kidOf(raw)) return null;
  for (const f of ['valid_from', 'valid_to']) {
    if (entry[f] != null && !(typeof entry[f] === 'string' && ISO_DATE.test(entry[f]))) return null;
  }
  return { raw, kid: entry.kid, fingerprint: fingerprintOf(raw), validFrom: entry.valid_from || null,
    validTo: entry.valid_to || null };
}

/**
 * Opens a bundle envelope ({bundle, kid, sig}): checks its fields and that one of `signers` (keys as
 * parseKey gives; null: the bundle's own keys) signed the bundle text exactly as it stands.
 * Resolves to the bundle, or null for anything else (never throws).
 */
export async function openBundle(envelope, verifyEd25519, signers = null) {
  try {
    if (typeof envelope === 'string') envelope = JSON.parse(envelope);
    if (!envelope || typeof envelope !== 'object') return null;
    const { bundle: text, kid, sig } = envelope;
    if (typeof text !== 'string' || typeof kid !== 'string' || typeof sig !== 'string') return null;
    const signature = fromBase64(sig);
    const obj = JSON.parse(text);
    if (!signature || signature.length !== 64 || !obj || typeof obj !== 'object' || !Array.isArray(obj.keys)) return null;
    const keys = obj.keys.map(parseKey);
    if (keys.some((k) => k === null)) return null;
    const { issuer, seq, as_of: asOf } = obj;
    if (typeof issuer !== 'string' || !isInt(seq, 0, Number.MAX_SAFE_INTEGER) || typeof asOf !== 'string') return null;
    const events = obj.events ?? [];
    const status = obj.status ?? [];
    const issued = obj.issued ?? [];
    if (!Array.isArray(events) || !events.every((e) => e && typeof e === 'object' && typeof e.ref === 'string' && KID.test(e.ref))) return null;
    if (!Array.isArray(status) || !status.every((s) => s && typeof s.uid_hash === 'string' && HEX16.test(s.uid_hash) && isInt(s.min_rev, 0, 255))) return null;
    if (!Array.isArray(issued) || !issued.every((h) => typeof h === 'string' && HEX16.test(h))) return null;
    const message = new TextEncoder().encode(text);
    const candidates = (signers || keys).filter((k) => k.kid === kid.toLowerCase());
    let signer = null;
    for (const candidate of candidates) {
      if (await verifyEd25519(candidate.raw, message, signature)) {
        signer = candidate;
        break;
      }
    }
    if (!signer) return null;
    return {
      issuer, seq, asOf, keys, signer: signer.fingerprint,
      events: new Map(events.map((e) => [e.ref, e])),
      status: new Map(status.map((s) => [s.uid_hash, s.min_rev])),
      issued: new Set(issued),
      // Names never come from the site (verifier-page.md); only the QR carries the holder's name.
    };
  } catch {
    return null;
  }
}

/** The page's trust: keys of accepted bundles, and the latest bundle of every event (seq per event). */
export class Trust {
  constructor() {
    this.keys = []; // {raw, kid, fingerprint, validFrom, validTo}
    this.byEvent = new Map(); // ref -> bundle
  }

  get fingerprints() {
    return new Set(this.keys.map((k) => k.fingerprint));
  }

  addKeys(bundle) {
    for (const k of bundle.keys) {
      if (!this.keys.some((t) => t.fingerprint === k.fingerprint && t.validFrom === k.validFrom && t.validTo === k.validTo)) {
        this.keys.push(k);
      }
    }
  }

  /** A bundle that the page was published with (its own keys signed it): trusted as a root. */
  addRoot(bundle) {
    this.addKeys(bundle);
    return this.take(bundle);
  }

  /** Takes a checked bundle for every event it lists with a higher seq; true when something changed. */
  take(bundle) {
    let changed = false;
    for (const ref of bundle.events.keys()) {
      const held = this.byEvent.get(ref);
      if (!held || bundle.seq > held.seq) {
        this.byEvent.set(ref, bundle);
        changed = true;
      }
    }
    return changed;
  }

  /** A fetched bundle: only when a key already trusted signed it, and only where its seq is higher. */
  async offer(envelope, verifyEd25519) {
    const trustedSigners = this.keys.slice();
    const bundle = await openBundle(envelope, verifyEd25519, trustedSigners);
    if (!bundle) return false;
    const changed = this.take(bundle);
    if (changed) this.addKeys(bundle);
    return changed;
  }

  bundles() {
    return Array.from(new Set(this.byEvent.values()));
  }

  event(ref) {
    const b = this.byEvent.get(ref);
    return b ? b.events.get(ref) : null;
  }
}

// ---------------------------------------------------------------- verdicts

const validOn = (key, day) => (!key.validFrom || key.validFrom <= day) && (!key.validTo || day <= key.validTo);

/**
 * The verdict for a scanned text or a typed code, as the desktop verifier gives it:
 * {verdict, statusKnown?, payload?, code?, rev?, kid?, fingerprint?, bundle?}.
 * `verifyEd25519(publicRaw, message, signature)` resolves to true or false.
 */
export async function check(text, trust, verifyEd25519) {
  if (parseQrText(text) === null && parseHumanCode(text) !== null) return checkTyped(text, trust);
  const raw = parseQrText(text);
  const p = raw ? decodePayload(raw) : null;
  if (!p) return { verdict: 'unreadable' };
  const candidates = trust.keys.filter((k) => k.kid === p.kid && validOn(k, p.issued));
  if (!candidates.length) return { verdict: 'unknown_key', kid: p.kid };
  const message = new Uint8Array(DOMAIN.length + p.signed.length);
  message.set(DOMAIN);
  message.set(p.signed, DOMAIN.length);
  let signer = null;
  for (const candidate of candidates) {
    if (await verifyEd25519(candidate.raw, message, p.signature)) {
      signer = candidate;
      break;
    }
  }
  if (!signer) return { verdict: 'tampered', kid: p.kid };
  const bundle = trust.byEvent.get(p.eventRef) || null;
  const statusKnown = bundle !== null;
  const minRev = bundle ? bundle.status.get(uidHash(p.uid)) || 0 : 0;
  if (minRev >= REVOKED) return { verdict: 'revoked', kid: p.kid, fingerprint: signer.fingerprint, statusKnown, bundle };
  return {
    verdict: p.rev < minRev ? 'superseded' : 'valid', statusKnown, bundle, payload: p,
    code: humanCode(p.uid), rev: p.rev, kid: p.kid, fingerprint: signer.fingerprint,
  };
}

/** A typed code: looked up in the issued lists of the page's bundles. */
export function checkTyped(text, trust) {
  const uid = parseHumanCode(text);
  if (!uid) return { verdict: 'unreadable' };
  const code = humanCode(uid);
  const h = uidHash(uid);
  const bundle = trust.bundles().find((b) => b.issued.has(h));
  if (!bundle) return { verdict: 'not_issued', code };
  const minRev = bundle.status.get(h) || 0;
  if (minRev >= REVOKED) return { verdict: 'revoked', code, bundle, typed: true };
  return { verdict: 'issued', code, rev: minRev, bundle, typed: true };
}
