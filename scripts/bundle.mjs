// The CLI's bundle (run by `npm run build` after tsc), in dist/bundle/: main.cjs, the CLI (dist/cli/main.js) with
// every module and dependency it imports (zod, p-limit, cli-progress, ...; not piscina, which loads a file of its
// own) as one CommonJS file; worker.cjs, the worker thread's code (dist/batch/worker-start.js and what it imports),
// the same way; and worker.js, the small ES module piscina starts, which runs worker.cjs. Both .cjs files run with
// a V8 code cache (vm.Script cachedData, kept in the load-image folder: src/cli/launch.ts), main.cjs through
// bin/newsfacts.js unless tsc's output is newer. Why: Node 20 resolves, reads and compiles about 290 module files before the first
// article (zod alone is 95 of them); one file loads in about 60% of the time, and from a code cache V8 skips
// parsing and compiling what an earlier run already compiled (BENCHMARKS.md, "Start-up and memory", rounds 4
// and 5). CommonJS because Node 20 gives ES modules no code cache (module.enableCompileCache is Node 22) while
// vm.Script takes one. Plain node, no TypeScript: it reads tsc's output. The library API (dist/index.js) is not
// bundled.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";

const outdir = "dist/bundle";
rmSync(outdir, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  // piscina starts its own worker script from a path beside its module (__dirname): it stays in node_modules
  external: ["piscina"],
  logLevel: "warning",
  legalComments: "linked",
};
// main.cjs and worker.cjs: one CommonJS file each (vm.Script takes a code cache for those)
const cjs = {
  ...common,
  metafile: true,
  outdir,
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  minifyWhitespace: true,
  minifySyntax: true,
  // the modules locate their data from import.meta.url: in one CommonJS file that is the file's own URL
  define: { "import.meta.url": "__nfImportMetaUrl" },
  banner: { js: "const __nfImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};
const cli = await build({ ...cjs, entryPoints: { main: "dist/cli/main.js" } });
const worker = await build({ ...cjs, entryPoints: { worker: "dist/batch/worker-start.js" } });
// the file piscina starts: worker.cjs through its code cache (src/cli/launch.ts workerHandler)
writeFileSync(
  `${outdir}/worker.js`,
  `// written by scripts/bundle.mjs: a pool thread of the CLI's bundle runs worker.cjs with a code cache
import { fileURLToPath } from "node:url";
import { workerHandler } from "../cli/launch.js";
export default await workerHandler(fileURLToPath(new URL(".", import.meta.url)));
`,
);
// main.cjs runs through vm.Script with a code cache, and Node 20 fails a dynamic import() in a script compiled
// from a cache (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING): every module must be in the bundle or require()d
for (const [file, out] of [...Object.entries(cli.metafile.outputs), ...Object.entries(worker.metafile.outputs)]) {
  const dynamic = out.imports.filter((i) => i.kind === "dynamic-import");
  if (dynamic.length > 0) {
    console.error(`scripts/bundle.mjs: ${file} keeps dynamic import() of ${dynamic.map((i) => i.path).join(", ")}: import it statically, or require() it (src/cli/launch.ts)`);
    process.exit(1);
  }
}
