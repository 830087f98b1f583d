#!/usr/bin/env node
// Builds the web client (apps/web) with Vite into dist/web, which the API serves at `/`.
// `--if-needed` skips the build when dist/web is newer than every file of the client, so `npm start` stays fast.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const web = path.join(root, 'apps', 'web');
const out = path.join(root, 'dist', 'web');
const stamp = path.join(out, '.build-stamp');

function newest(dir) {
  let time = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'test') continue;
    const full = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return time;
}

async function main() {
  const ifNeeded = process.argv.includes('--if-needed');
  const sourcesTime = Math.max(newest(web), fs.statSync(path.join(root, 'package-lock.json')).mtimeMs);
  if (ifNeeded && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= sourcesTime) return;
  const started = Date.now();
  // What the API serves is always React's production build, whoever runs this (jest sets NODE_ENV=test, which
  // would build React for development, with StrictMode's doubled effects).
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ configFile: path.join(web, 'vite.config.mts'), logLevel: 'warn' });
  fs.writeFileSync(stamp, new Date().toISOString());
  console.log(`built dist/web in ${Date.now() - started} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
