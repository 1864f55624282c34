/**
 * The one escaping helper of the HTML view: every piece of article text and every value from a
 * document goes through `esc` (element content and double-quoted attribute values alike), and
 * data for the inline script goes through `jsonForScript`.
 */
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function esc(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON safe inside `<script type="application/json">`: `<`, `>`, `&` become \u003c, \u003e,
 * \u0026 (so neither `</script>` nor `<!--` can end or change the element), and U+2028/U+2029
 * become escapes (line terminators in older JavaScript parsers). JSON.parse gives back the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += Array.isArray(v) ? v.map((x) => (x instanceof Html ? x.value : esc(x))).join("") : v instanceof Html ? v.value : esc(v);
    out += strings[i + 1]!;
  });
  return new Html(out);
}

export const raw = (s: string): Html => new Html(s);
