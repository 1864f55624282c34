import { createHash } from "node:crypto";
import type { InputItem } from "./article.js";

export interface Shard {
  /** 0-based index of this shard */
  index: number;
  count: number;
}

/** Parses `K/N` (0 <= K < N): the shard of a batch this process takes. */
export function parseShard(s: string): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  if (!m) return `--shard must be K/N with 0 <= K < N (e.g. 0/4), got '${s}'`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) return `--shard ${s}: K must be from 0 to N-1 and N at least 1`;
  return { index, count };
}

/**
 * The shard an id belongs to: the first 32 bits of the SHA-256 of the id, modulo N. It depends on
 * the id alone, so N machines given the same input and `--shard 0/N` … `--shard N-1/N` split it
 * with no coordination: every article is in exactly one shard (an unreadable one too, by the id
 * it is reported under).
 */
export function shardOf(id: string, count: number): number {
  return createHash("sha256").update(id, "utf8").digest().readUInt32BE(0) % count;
}

export async function* inShard(items: AsyncIterable<InputItem>, shard: Shard): AsyncGenerator<InputItem> {
  for await (const item of items) if (shard.count === 1 || shardOf(item.id, shard.count) === shard.index) yield item;
}
