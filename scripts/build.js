#!/usr/bin/env node
// Compiles apps/ and libs/ (without tests) to dist/ with swc. Type-checking is `npm run typecheck`.
// `--if-needed` skips the build when dist/ is newer than every source file, so `npm start` stays fast.
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');
const { swcOptions, root } = require('./swc-options');

const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.build-stamp');
const sourceDirs = ['apps', 'libs', 'bench'];

function* sources(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // The web client (apps/web) is built by Vite (scripts/build-web.js), not here.
      if (entry.name === 'node_modules' || entry.name === 'test' || full === path.join(root, 'apps', 'web')) continue;
      yield* sources(full);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) {
      yield full;
    }
  }
}

function newestSourceTime(files) {
  let newest = 0;
  for (const f of [...files, path.join(root, 'package-lock.json'), __filename, path.join(__dirname, 'swc-options.js')]) {
    if (fs.existsSync(f)) newest = Math.max(newest, fs.statSync(f).mtimeMs);
  }
  return newest;
}

function build({ ifNeeded = false } = {}) {
  const files = sourceDirs.flatMap((d) => [...sources(path.join(root, d))]);
  if (ifNeeded && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newestSourceTime(files)) return false;
  // dist/web is the web client's own build: left alone.
  for (const entry of fs.existsSync(dist) ? fs.readdirSync(dist) : []) {
    if (entry !== 'web') fs.rmSync(path.join(dist, entry), { recursive: true, force: true });
  }
  for (const file of files) {
    const rel = path.relative(root, file);
    const out = path.join(dist, rel.replace(/\.ts$/, '.js'));
    const { code, map } = swc.transformFileSync(file, { ...swcOptions(), filename: file, outputPath: out });
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, code + `\n//# sourceMappingURL=${path.basename(out)}.map`);
    if (map) fs.writeFileSync(out + '.map', map);
  }
  fs.writeFileSync(stamp, new Date().toISOString());
  return true;
}

if (require.main === module) {
  const started = Date.now();
  const built = build({ ifNeeded: process.argv.includes('--if-needed') });
  if (built) console.log(`built dist/ in ${Date.now() - started} ms`);
}

module.exports = { build };
