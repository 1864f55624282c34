import type { DateNorm } from "./types.js";

/**
 * The ISO 8601 string our dates stage should produce for a gold normalised value:
 * `when` as is; `from`/`to` as the interval "from/to"; `notBefore`/`notAfter` as the interval
 * "notBefore/notAfter", open ends written ".." (ISO 8601-2): "../2008-01-19", "1996/..".
 * Comparison is string equality.
 */
export function dateNormValue(norm: DateNorm): string | null {
  if (norm.when !== undefined) return norm.when;
  if (norm.from !== undefined || norm.to !== undefined) return `${norm.from ?? ".."}/${norm.to ?? ".."}`;
  if (norm.notBefore !== undefined || norm.notAfter !== undefined) return `${norm.notBefore ?? ".."}/${norm.notAfter ?? ".."}`;
  return null;
}
