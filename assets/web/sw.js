// The verifier page's service worker: keeps the page for offline use (stale-while-revalidate);
// bundles/ always go to the network (the page asks for them past every cache and handles failure).
const CACHE = 'innovact-verifier-v1';
const FILES = ['./', './index.html', './manifest.webmanifest', './icon.svg', './icon-192.png', './scan.js'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(
    FILES.map((f) => cache.add(new Request(f, { cache: 'reload' })).catch(() => null)))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.includes('/bundles/')) return;
  const scope = new URL(self.registration.scope);
  const isPage = request.mode === 'navigate' || url.pathname === scope.pathname || url.pathname.endsWith('/index.html');
  const key = isPage ? new Request(new URL('./', scope).href) : request;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const cached = await cache.match(key, { ignoreSearch: true });
    const network = fetch(request, { cache: 'no-cache' }).then((response) => {
      if (response && response.ok) cache.put(key, response.clone());
      return response;
    });
    if (cached) {
      event.waitUntil(network.catch(() => null));
      return cached;
    }
    return network;
  }));
});
