import { KeyIndex, Perceptron } from "./perceptron.js";
import { SparseLinear } from "./sparse.js";

/**
 * An averaged perceptron over hashed feature keys whose rows are made on the first update of a key, for
 * models whose features depend on their own predictions (a greedy tagger, a transition parser), so the
 * features cannot be counted before training. Scoring an unseen key adds nothing.
 */
export class OnlineLinear {
  readonly index = new KeyIndex(1 << 16);
  readonly model: Perceptron;
  private rowBuf = new Int32Array(256);

  constructor(readonly L: number) {
    this.model = new Perceptron(L, 1 << 16, false);
  }

  /** Scores of keys[0 .. k) into out[0 .. L). */
  score(keys: ArrayLike<number>, k: number, out: Float32Array): void {
    if (this.rowBuf.length < k) this.rowBuf = new Int32Array(k * 2);
    const rows = this.rowBuf;
    for (let f = 0; f < k; f++) rows[f] = this.index.get(keys[f]!);
    this.model.score(rows, 0, k, out);
  }

  /** +1 for gold, -1 for pred on every key of keys[0 .. k) (rows made as needed). */
  update(keys: ArrayLike<number>, k: number, gold: number, pred: number): void {
    if (gold === pred) return;
    if (this.rowBuf.length < k) this.rowBuf = new Int32Array(k * 2);
    const rows = this.rowBuf;
    for (let f = 0; f < k; f++) rows[f] = this.index.add(keys[f]!);
    this.model.ensureRows(this.index.size);
    this.model.update(rows, 0, k, gold, pred);
  }

  tick(): void {
    this.model.tick();
  }

  /** The averaged weights as a sparse inference model, weights below `prune` in magnitude dropped. */
  toSparse(prune: number): SparseLinear {
    const { keys, weights } = this.model.export(this.index.rowKeys, this.index.size, prune);
    return SparseLinear.fromDense(this.L, keys, weights);
  }
}
