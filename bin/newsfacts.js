#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by npm ci / npm install).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("newsfacts: dist/ is missing; run `npm run build` (npm ci does it for you)\n");
  process.exit(3);
}
const { run } = await import(entry.href);
process.exitCode = await run(process.argv.slice(2));
