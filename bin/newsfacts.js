#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by npm ci / npm install),
// which also bundles it into dist/bundle/ (scripts/bundle.mjs: one file to load instead of ~290 modules).
// The bundle is used unless tsc's output is newer than it (a `tsc` run without the bundle step).
import { existsSync, statSync } from "node:fs";

const bundle = new URL("../dist/bundle/main.js", import.meta.url);
const compiled = new URL("../dist/cli/main.js", import.meta.url);
const mtime = (u) => (existsSync(u) ? statSync(u).mtimeMs : -1);
const bundled = mtime(bundle);
const entry = bundled >= 0 && bundled >= mtime(compiled) ? bundle : compiled;
if (!existsSync(entry)) {
  process.stderr.write("newsfacts: dist/ is missing; run `npm run build` (npm ci does it for you)\n");
  process.exit(3);
}
const { run } = await import(entry.href);
process.exitCode = await run(process.argv.slice(2));
