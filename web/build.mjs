// Builds the verifier page template and its site files: node build.mjs [OUT_DIR] (default ../assets/web).
// index.html holds HTML, CSS and script inline, and the marker __INNOVACT_TRUST__ where `publish`
// puts the trust data. The same sources and lock file give byte-identical files.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || join(here, '..', 'assets', 'web'));
const src = (name) => join(here, 'src', name);
mkdirSync(out, { recursive: true });

const common = { bundle: true, minify: true, write: false, format: 'iife', target: ['es2020'], legalComments: 'none', charset: 'utf8' };
const js = (await build({ ...common, entryPoints: [src('main.js')] })).outputFiles[0].text.trim();
const scan = (await build({ ...common, entryPoints: [join(here, 'node_modules', 'jsqr', 'dist', 'jsQR.js')], globalName: 'jsQR',
  footer: { js: 'window.jsQR=jsQR.default||jsQR;' } })).outputFiles[0].text;
const css = (await build({ ...common, format: undefined, entryPoints: [src('page.css')], loader: { '.css': 'css' } })).outputFiles[0].text.trim();

const page = readFileSync(src('page.html'), 'utf8')
  .replace('/*CSS*/', () => css)
  .replace('/*JS*/', () => js.replace(/<\/(script)/gi, '<\\/$1'));
if (!page.includes('__INNOVACT_TRUST__')) throw new Error('the trust marker is missing');
writeFileSync(join(out, 'index.html'), page);
writeFileSync(join(out, 'scan.js'), "/* jsQR 1.4.0, Apache-2.0 (github.com/cozmo/jsQR) */\n" + scan);
for (const f of ['sw.js', 'manifest.webmanifest', 'icon.svg', 'icon-192.png']) copyFileSync(src(f), join(out, f));
console.log(`${out}/index.html: ${page.length} bytes`);
