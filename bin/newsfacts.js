#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by npm ci / npm install),
// which also bundles it into dist/bundle/ (scripts/bundle.mjs). dist/cli/launch.js loads the bundle with a V8
// code cache and reads the models' load images ahead (src/cli/launch.ts), or tsc's output when that is newer.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const launcher = new URL("../dist/cli/launch.js", import.meta.url);
if (!existsSync(launcher)) {
  process.stderr.write("newsfacts: dist/ is missing; run `npm run build` (npm ci does it for you)\n");
  process.exit(3);
}
const { launch } = await import(launcher.href);
process.exitCode = await launch(fileURLToPath(new URL("..", import.meta.url)).replace(/[/\\]$/, ""), process.argv.slice(2));
