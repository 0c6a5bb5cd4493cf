// The verifier page: reads the code after '#' (or typed, pasted or scanned), shows the verdict.

import { pickVerifier } from './ed25519.js';
import { WORDS, browserLanguage } from './i18n.js';
import { Trust, check, decodePayload, openBundle, parseQrText, qrHost } from './verdict.js';

const $ = (id) => document.getElementById(id);
const STORE_KEY = 'innovact-bundles';
const RED = new Set(['revoked', 'tampered', 'unknown_key', 'unreadable', 'not_issued']);

const state = { lang: browserLanguage(), trust: new Trust(), verifier: null, text: '', answer: null, token: 0 };
const t = (key) => WORDS[state.lang][key];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) if (c != null && c !== false) node.append(c);
  return node;
}

const pageHost = () => location.host || '';

// ---------------------------------------------------------------- trust

function readTrustData() {
  try {
    const data = JSON.parse($('trust').textContent);
    return Array.isArray(data.bundles) ? data.bundles : [];
  } catch {
    return [];
  }
}

function storedBundles() {
  try {
    const value = JSON.parse(localStorage.getItem(STORE_KEY) || '{}');
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

function remember(ref, envelope) {
  try {
    const all = storedBundles();
    all[ref] = envelope;
    localStorage.setItem(STORE_KEY, JSON.stringify(all));
  } catch { /* storage may be off or full: the page still works */ }
}

async function loadTrust() {
  const opened = await Promise.all(readTrustData().map((envelope) => openBundle(envelope, state.verifier.verify)));
  for (const bundle of opened) if (bundle) state.trust.addRoot(bundle);
  // Fresher bundles fetched on an earlier visit: taken again only on the same terms.
  for (const envelope of Object.values(storedBundles())) await state.trust.offer(envelope, state.verifier.verify);
}

const fetched = new Set();

/** Asks the own site for bundles/<ref>.json, past every cache; takes it only on the trust's terms. */
async function refresh(ref) {
  if (fetched.has(ref) || !/^https?:$/.test(location.protocol) || !/^[0-9a-f]{8}$/.test(ref)) return false;
  fetched.add(ref);
  try {
    const response = await fetch(`bundles/${ref}.json`, { cache: 'no-store', credentials: 'omit' });
    if (!response.ok) return false;
    const text = await response.text();
    if (await state.trust.offer(text, state.verifier.verify)) {
      remember(ref, text);
      return true;
    }
  } catch { /* offline, or not there: ignored */ }
  return false;
}

async function refreshAll(extraRef) {
  const refs = new Set(state.trust.byEvent.keys());
  if (extraRef) refs.add(extraRef);
  const results = await Promise.all(Array.from(refs, refresh));
  if (results.some(Boolean) && state.text) show(state.text, { keepFetching: true });
}

// ---------------------------------------------------------------- the answer

const MONTHS = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** '5 de marzo de 2026' / '5 March 2026'. By hand: the first Intl.DateTimeFormat costs ~100 ms (ICU data). */
function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  if (!m || +m[2] < 1 || +m[2] > 12) return iso;
  const [day, month, year] = [+m[3], MONTHS[state.lang][+m[2] - 1], m[1]];
  return state.lang === 'es' ? `${day} de ${month} de ${year}` : `${day} ${month} ${year}`;
}

function formatStamp(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDate(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
}

function eventTitle(event) {
  if (!event) return null;
  return (state.lang === 'en' && event.title_en) || event.title || event.ref;
}

function row(label, value) {
  return el('div', { class: 'row' }, el('dt', {}, label), el('dd', {}, value));
}

function render(answer, text) {
  const box = $('result');
  box.replaceChildren();
  if (!answer) {
    box.removeAttribute('data-verdict');
    box.removeAttribute('data-status-known');
    box.className = 'result idle';
    box.append(el('p', { class: 'intro' }, state.trust.bundles().length ? t('intro') : t('d_empty')));
    return;
  }
  const v = answer.verdict;
  const unknownStatus = answer.statusKnown === false;
  const wordKey = v === 'valid' && unknownStatus ? 'valid_unknown' : v;
  let detail = t('d_' + wordKey);
  if (v === 'revoked' && answer.typed) detail = t('d_typed_revoked');
  if (v === 'no_crypto') detail = t('d_no_crypto');
  const colour = v === 'valid' || v === 'issued' ? (unknownStatus ? 'teal' : 'green') : v === 'superseded' ? 'amber' : 'red';
  box.className = `result ${colour}`;
  const icon = colour === 'green' || colour === 'teal' ? '✓' : colour === 'amber' ? '!' : '✕';
  box.append(
    el('div', { class: 'head' }, el('span', { class: 'icon', 'aria-hidden': 'true' }, icon),
      el('strong', { class: 'word' }, t('v_' + wordKey) || v)),
    el('p', { class: 'detail' }, detail),
  );
  const host = qrHost(text);
  if (host && host !== pageHost().toLowerCase()) box.append(el('p', { class: 'warn' }, t('otherHost')(host)));
  const dl = el('dl', {});
  const p = answer.payload;
  if (p && (v === 'valid' || v === 'superseded')) {
    const event = state.trust.event(p.eventRef);
    const dates = event && Array.isArray(event.dates) ? event.dates : [];
    const attended = p.days.map((d) => (dates[d - 1] ? formatDate(dates[d - 1]) : t('day')(d))).join(' · ');
    box.append(el('p', { class: 'name' }, p.name));
    dl.append(
      row(t('event'), eventTitle(event) || `${p.eventRef} (${t('statusUnknown')})`),
      row(t('attended'), attended || '—'),
      row(t('role'), t('roles')[p.role] || p.role),
      row(t('issuedOn'), formatDate(p.issued)),
      row(t('code'), `${answer.code}${p.rev ? ` · ${t('revision')} ${p.rev}` : ''}`),
    );
  } else if (answer.code) {
    dl.append(row(t('code'), answer.code + (v === 'issued' && answer.rev ? ` · ${t('revision')} ${answer.rev}` : '')));
  }
  if (answer.kid) dl.append(row(t('key'), answer.kid));
  const bundle = answer.bundle || null;
  if (bundle) dl.append(row(t('issuer'), bundle.issuer));
  const asOf = bundle ? bundle.asOf : newestAsOf();
  if (asOf) dl.append(row(t('asOf'), unknownStatus ? `${t('statusUnknown')}` : formatStamp(asOf)));
  box.append(dl);
  if (p && (v === 'valid' || v === 'superseded')) box.append(el('p', { class: 'advice' }, t('advice')));
  box.setAttribute('data-verdict', v);
  if (answer.statusKnown === undefined) box.removeAttribute('data-status-known');
  else box.setAttribute('data-status-known', String(answer.statusKnown));
}

function newestAsOf() {
  const all = state.trust.bundles().map((b) => b.asOf).sort();
  return all.length ? all[all.length - 1] : null;
}

/** Checks a text and shows the answer; then asks the site for a fresher bundle of its event. */
async function show(text, { keepFetching = false } = {}) {
  const token = ++state.token;
  state.text = text;
  if (!text) {
    state.answer = null;
    render(null, '');
    return;
  }
  const box = $('result');
  if (!keepFetching) {
    box.removeAttribute('data-verdict');
    box.removeAttribute('data-status-known');
    box.className = 'result working';
    box.replaceChildren(el('p', { class: 'intro' }, t('working')));
  }
  let answer;
  if (!state.verifier) answer = { verdict: 'no_crypto' };
  else {
    try {
      answer = await check(text, state.trust, state.verifier.verify);
    } catch {
      answer = { verdict: 'unreadable' };
    }
  }
  if (token !== state.token) return;
  state.answer = answer;
  render(answer, text);
  window.scrollTo(0, 0);
  if (!keepFetching) {
    const raw = parseQrText(text);
    const p = raw ? decodePayload(raw) : null;
    refreshAll(p ? p.eventRef : null);
  }
}

// ---------------------------------------------------------------- input

function fromHash() {
  const hash = location.hash.slice(1);
  if (!hash) return '';
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

function setTexts() {
  document.documentElement.lang = state.lang;
  document.title = t('title');
  $('h1').textContent = t('title');
  $('code').placeholder = t('placeholder');
  $('check').textContent = t('check');
  $('scan').textContent = scanning ? t('stopScan') : t('scan');
  $('lang').textContent = t('otherLang');
  $('host').textContent = `${t('pageHost')}: ${pageHost() || t('fileHost')}`;
  const issuers = Array.from(new Set(state.trust.bundles().map((b) => b.issuer)));
  $('covers').textContent = issuers.length ? `${t('covers')(issuers.join(', '))} ${t('offline')}` : '';
}

let scanning = null;

async function startScan() {
  const video = $('video');
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    let detect;
    if ('BarcodeDetector' in window) {
      const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      detect = async () => ((await detector.detect(video))[0] || {}).rawValue;
    } else {
      await loadScript('scan.js');
      const canvas = document.createElement('canvas');
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      detect = async () => {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        if (!canvas.width) return null;
        ctx.drawImage(video, 0, 0);
        const found = window.jsQR(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
        return found ? found.data : null;
      };
    }
    let last = '';
    scanning = { stream };
    setTexts();
    const loop = async () => {
      if (!scanning) return;
      try {
        const text = await detect();
        if (text && text !== last) {
          last = text;
          show(text);
        }
      } catch { /* next frame */ }
      setTimeout(loop, 150);
    };
    loop();
  } catch {
    stopScan();
    alert(t('noCamera'));
  }
}

function stopScan() {
  if (scanning) scanning.stream.getTracks().forEach((track) => track.stop());
  scanning = null;
  $('video').hidden = true;
  setTexts();
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    if (window.jsQR) return resolve();
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
}

async function main() {
  $('lang').addEventListener('click', () => {
    state.lang = state.lang === 'es' ? 'en' : 'es';
    try { localStorage.setItem('innovact-lang', state.lang); } catch { /* ignored */ }
    setTexts();
    render(state.answer, state.text);
  });
  $('form').addEventListener('submit', (e) => {
    e.preventDefault();
    show($('code').value); // untrimmed, as the command line takes it: the rules ignore what they should
  });
  $('scan').addEventListener('click', () => (scanning ? stopScan() : startScan()));
  window.addEventListener('hashchange', () => show(fromHash()));
  const mark = (name) => performance.mark && performance.mark(`innovact:${name}`);
  mark('start');
  try {
    state.verifier = await pickVerifier();
    document.documentElement.dataset.engine = state.verifier.engine;
  } catch {
    state.verifier = null;
  }
  mark('engine');
  if (state.verifier) await loadTrust();
  mark('trust');
  setTexts();
  await show(fromHash());
  mark('verdict');
  if (!state.text) refreshAll(null);
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    navigator.serviceWorker.register('sw.js').catch(() => {});
  }
}

main();
