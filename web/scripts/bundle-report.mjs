// What a cold load of each page downloads (JavaScript and CSS, raw and gzipped), from the built dist/ (run `vite build` first).
// It follows the static imports of the HTML entry and of the page's lazy route chunk in
// Vite's manifest, so the figures match what the browser fetches before it can draw.
//   node scripts/bundle-report.mjs            a table of the entry and every page
//   node scripts/bundle-report.mjs --json     the same as JSON
//   node scripts/bundle-report.mjs --max-login-kb=NNN   fail when /login needs more JS
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist')
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
const args = process.argv.slice(2)

const sizes = new Map()
function size(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(join(dist, file))
    sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, text: bytes.toString('utf8') })
  }
  return sizes.get(file)
}

/** The files a manifest entry needs before it runs: itself, its static imports, their CSS. */
function closure(keys, seen = new Set()) {
  for (const key of keys) {
    const chunk = manifest[key]
    if (!chunk || seen.has(chunk.file)) continue
    seen.add(chunk.file)
    for (const css of chunk.css ?? []) seen.add(css)
    closure(chunk.imports ?? [], seen)
  }
  return seen
}

// Libraries that must stay out of pages that do not draw them, recognised by their code.
const MARKERS = { recharts: 'recharts-wrapper', leaflet: 'leaflet-container' }

function describe(files) {
  const list = [...files]
  const js = list.filter((f) => f.endsWith('.js'))
  const css = list.filter((f) => f.endsWith('.css'))
  const sum = (fs, k) => fs.reduce((n, f) => n + size(f)[k], 0)
  const libraries = Object.entries(MARKERS)
    .filter(([, marker]) => js.some((f) => size(f).text.includes(marker)))
    .map(([name]) => name)
  return {
    files: js.length,
    js: sum(js, 'raw'),
    jsGzip: sum(js, 'gzip'),
    css: sum(css, 'raw'),
    cssGzip: sum(css, 'gzip'),
    libraries,
  }
}

// A cold load of a page: the HTML entry's static imports, then the page's lazy chunk
// (and the app shell's, for pages inside it) with theirs.
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)
const routeKey = (name) => `src/app/routes/${name}.tsx`
const lazy = (name) => manifest[routeKey(name)]?.isDynamicEntry
const shell = lazy('app-layout') ? [routeKey('app-layout')] : []
const rows = [{ page: '(entry: index.html)', ...describe(closure([entryKey])) }]
if (!lazy('login')) rows.push({ ...rows[0], page: '/login' })
for (const key of Object.keys(manifest).sort()) {
  const match = /^src\/app\/routes\/(.+)\.tsx$/.exec(key)
  if (!match || !manifest[key].isDynamicEntry || match[1] === 'app-layout') continue
  const page = `/${match[1].replace(/^home$/, '')}`
  const keys = page === '/login' ? [entryKey, key] : [entryKey, ...shell, key]
  rows.push({ page, ...describe(closure(keys)) })
}

const kb = (n) => (n / 1024).toFixed(1)
if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2))
} else {
  console.log('cold load of'.padEnd(28), 'JS files', '  JS kB', ' gzip kB', '  CSS kB', ' gzip kB', ' charts/maps')
  for (const r of rows) {
    console.log(
      r.page.padEnd(28),
      String(r.files).padStart(8),
      kb(r.js).padStart(7),
      kb(r.jsGzip).padStart(8),
      kb(r.css).padStart(8),
      kb(r.cssGzip).padStart(8),
      ` ${r.libraries.join(', ') || '—'}`,
    )
  }
}

const limit = args.find((a) => a.startsWith('--max-login-kb='))
if (limit) {
  const login = rows.find((r) => r.page === '/login')
  const max = Number(limit.split('=')[1]) * 1024
  if (login.js > max || login.libraries.length > 0) {
    console.error(`/login needs ${kb(login.js)} kB of JS (limit ${kb(max)} kB) and loads: ${login.libraries.join(', ') || 'no chart or map code'}`)
    process.exit(1)
  }
}
