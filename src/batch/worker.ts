import { parentPort, workerData } from "node:worker_threads";
import { loadConfig } from "../config/load.js";
import { processItem } from "./run-batch.js";

const { configPath, explain } = workerData as { configPath: string | null; explain?: boolean };
const loaded = loadConfig(configPath ?? undefined);

parentPort!.on("message", (m: { seq: number; id: string; text: string; meta: Record<string, string | null> }) => {
  if (!loaded.ok) {
    parentPort!.postMessage({ seq: m.seq, error: loaded.error });
    return;
  }
  try {
    const doc = processItem(loaded.pipeline, { ok: true, id: m.id, text: m.text, meta: m.meta, origin: { file: "" } }, { explain: explain === true });
    parentPort!.postMessage({ seq: m.seq, doc });
  } catch (err) {
    parentPort!.postMessage({ seq: m.seq, error: err instanceof Error ? err.message : String(err) });
  }
});
