import { CqeFormatError } from "../eval/cqe/format.js";
import { evaluateCqe, formatCqeResult } from "../eval/cqe/evaluate.js";
import type { CliIO } from "./io.js";

/** `newsfacts eval --scheme cqe`: the CQE quantity protocol (src/eval/cqe, docs/cqe-mapping.md). */
export async function evalCqeCommand(
  values: { gold: string; pred?: string | undefined; config?: string | undefined; json?: boolean | undefined },
  errors: number,
  io: CliIO,
  usage: (msg: string) => number,
): Promise<number> {
  try {
    const result = await evaluateCqe({ gold: values.gold, pred: values.pred, config: values.config, errors });
    io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatCqeResult(result)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof CqeFormatError) return usage(err.message);
    throw err;
  }
}
