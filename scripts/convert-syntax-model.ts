// Rewrites a syntax model file in the current format (v2: hash tables in slot order, loaded without a
// rebuild), with the same weights, or compressed: `npx tsx scripts/convert-syntax-model.ts [FILE] [--out FILE]
// [--compress SPEC]` (default: the shipped src/syntax/data/syntax-model.bin.gz, in place; SPEC as
// parseCompression in src/syntax/model.ts reads it, e.g. --compress 0.05:0.5,1.75,1.5, the shipped setting
// SHIPPED_COMPRESSION, which train:syntax applies by default; without --compress the weights are kept).
// No training. Checks before writing: every slot of the three tables read back from the new bytes holds the
// same key and the same float32 weights as the tables written (the old file's as it loads, or their
// compression; the parser's dense table bit for bit, the sparse tables' rows entry for entry), and
// serialize() of the model read back gives the new bytes again.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import type { SparseLinear } from "../src/learn/sparse.js";
import { compressSyntaxModel, parseCompression, SYNTAX_MODEL_FILE, syntaxDataDir, SyntaxModel } from "../src/syntax/model.js";

const { values, positionals } = parseArgs({ options: { out: { type: "string" }, compress: { type: "string", default: "none" } }, allowPositionals: true });
const file = positionals[0] ?? join(syntaxDataDir(), SYNTAX_MODEL_FILE);
const out = values.out ?? file;
const before = readFileSync(file);
const magicOf = (gz: Buffer) => gunzipSync(gz).subarray(0, 6).toString("latin1");
let t = performance.now();
const old = SyntaxModel.deserialize(before);
const loadOld = performance.now() - t;
const compression = parseCompression(values.compress!);
const model = compression ? compressSyntaxModel(old, compression) : old;
const bytes = model.serialize();
t = performance.now();
const back = SyntaxModel.deserialize(bytes);
const loadNew = performance.now() - t;

/** Every slot of a's table against b's: same key, same weights (as float32 bits), class for class. */
function sameTables(a: SparseLinear, b: SparseLinear, name: string): void {
  const ta = a.tables();
  const tb = b.tables();
  if (ta.L !== tb.L || ta.mask !== tb.mask || (!a.dense && ta.nnz !== tb.nnz)) throw new Error(`${name}: table shape differs`);
  if (a.dense) {
    if (Buffer.compare(Buffer.from(ta.dense.buffer, ta.dense.byteOffset, ta.dense.byteLength), Buffer.from(tb.dense.buffer, tb.dense.byteOffset, tb.dense.byteLength)) !== 0) throw new Error(`${name}: dense table differs`);
    return;
  }
  const wa = new Uint32Array(ta.ent.buffer, ta.ent.byteOffset, ta.ent.length);
  const wb = new Uint32Array(tb.ent.buffer, tb.ent.byteOffset, tb.ent.length);
  const countMask = (1 << ta.bits) - 1;
  for (let s = 0; s <= ta.mask; s++) {
    if (ta.slots[2 * s] !== tb.slots[2 * s]) throw new Error(`${name}: slot ${s} holds another key`);
    if (ta.slots[2 * s] === 0) continue;
    const x = ta.slots[2 * s + 1]!;
    const y = tb.slots[2 * s + 1]!;
    if ((x & countMask) !== (y & countMask)) throw new Error(`${name}: slot ${s}: row length differs`);
    for (let i = 0; i < (x & countMask); i++) {
      const j = (x >>> ta.bits) + i;
      const k = (y >>> tb.bits) + i;
      if (wa[2 * j] !== wb[2 * k] || wa[2 * j + 1] !== wb[2 * k + 1]) throw new Error(`${name}: slot ${s}: weight ${i} differs`);
    }
  }
}
sameTables(model.tagger, back.tagger, "tagger");
sameTables(model.parser, back.parser, "parser");
sameTables(model.labeler, back.labeler, "labeller");
if (JSON.stringify([model.tags, model.labels, model.lemmatiser.tables, model.info]) !== JSON.stringify([back.tags, back.labels, back.lemmatiser.tables, back.info])) throw new Error("header differs");
if (Buffer.compare(back.serialize(), bytes) !== 0) throw new Error("serialize() of the converted model does not give its bytes");
writeFileSync(out, bytes);
console.log(`${file} (${magicOf(before)}, ${(before.length / 1e6).toFixed(2)} MB, loaded in ${loadOld.toFixed(0)} ms)`);
console.log(`-> ${out} (${magicOf(bytes)}, ${(bytes.length / 1e6).toFixed(2)} MB, loaded in ${loadNew.toFixed(0)} ms)`);
if (compression) console.log(`compressed ${values.compress}: rows kept tagger ${old.tagger.rowCount} -> ${model.tagger.rowCount}, parser ${old.parser.rowCount} -> ${model.parser.rowCount}, labeller ${old.labeler.rowCount} -> ${model.labeler.rowCount}`);
console.log(`every table slot for slot the same keys and float32 weights as the ${compression ? "compressed" : "old"} model's; serialize() of the converted model gives its bytes`);
