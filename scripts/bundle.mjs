// The CLI's bundle (run by `npm run build` after tsc): dist/cli/main.js and the worker thread's entry
// dist/batch/worker.js, with the dependencies they import (zod, p-limit, cli-progress, ...; not piscina, which
// loads a file of its own), as ES modules in dist/bundle/: main.js, worker.js and the chunks they share (the
// commands main.js imports lazily stay lazy). bin/newsfacts.js starts from dist/bundle/main.js unless tsc's
// output is newer. Why: Node 20 resolves, reads and compiles about 290 module files before the first article
// (zod alone is 95 of them); the bundle loads in about 60% of the time (BENCHMARKS.md, "Start-up and memory,
// round 4"). Plain node, no TypeScript: it reads tsc's output. The library API (dist/index.js) is not bundled.
import { build } from "esbuild";
import { rmSync } from "node:fs";

const outdir = "dist/bundle";
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: "dist/cli/main.js", worker: "dist/batch/worker.js" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // CommonJS dependencies (cli-progress) call require(): give the bundle one
  banner: { js: "import { createRequire as __nfCreateRequire } from 'node:module'; const require = __nfCreateRequire(import.meta.url);" },
  // piscina starts its own worker script from a path beside its module (__dirname): it stays in node_modules
  external: ["piscina"],
  chunkNames: "chunk-[hash]",
  logLevel: "warning",
  legalComments: "linked",
});
