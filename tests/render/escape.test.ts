import { describe, expect, it } from "vitest";
import { esc, html, jsonForScript } from "../../src/render/escape.js";
import { markup } from "../../src/render/markup.js";
import { renderPage } from "../../src/render/page.js";
import { renderIndex } from "../../src/render/index-page.js";
import { HOSTILE_PIECES, hostileDocument, withLayers } from "./hostile.js";

/** The text of the page with the two script elements the renderer writes taken out. */
function scripts(page: string): string[] {
  return [...page.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
}

describe("escaping", () => {
  it("esc escapes the five HTML metacharacters and nothing else", () => {
    expect(esc(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    expect(esc("Ünïcödé – ok")).toBe("Ünïcödé – ok");
    expect(esc(null)).toBe("");
  });

  it("html`` escapes interpolations unless already Html", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p title="${'"x'}">${inner}${["<", inner]}</p>`.value).toBe('<p title="&quot;x"><b>&lt;i&gt;</b>&lt;<b>&lt;i&gt;</b></p>');
  });

  it("jsonForScript cannot close the script element and parses back to the same value", () => {
    const value = { s: "</script><script>alert(1)</script><!-- \u2028\u2029 & >" };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });

  it("markup escapes the text between and inside spans, and keeps crossing spans well nested", () => {
    const text = `a "<b>3 x</b>" c`;
    const out = markup(text, [
      { start: 2, end: 14, key: "C1", layer: "quote", label: "quote" },
      { start: 6, end: 9, key: "Q1", layer: "quantity", label: "count" },
      { start: 8, end: 16, key: "E1.0", layer: "entity", label: "ORG" }, // crosses the quote's end
    ]);
    expect(out.replace(/<\/?mark[^>]*>/g, "")).toBe(esc(text));
    let depth = 0;
    for (const m of out.matchAll(/<(\/?)mark/g)) {
      depth += m[1] ? -1 : 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    // the entity starts inside the quantity and ends after the quote: split at both ends, one tab stop
    expect(out.match(/data-k="E1\.0"/g)).toHaveLength(3);
    expect(out.match(/data-k="E1\.0"[^>]*tabindex/g)).toHaveLength(1);
  });

  it("a hostile article renders every piece as text: only the renderer's own two script elements exist", () => {
    const page = renderPage(hostileDocument());
    expect(scripts(page)).toEqual(['<script type="application/json" id="nf-data">', "<script>"]);
    expect(page).not.toMatch(/<img|<textarea|<\/title><script|onmouseover="window|onerror="window/i);
    for (const piece of HOSTILE_PIECES) expect(page).toContain(esc(piece));
    const json = /<script type="application\/json" id="nf-data">([^]*?)<\/script>/.exec(page)![1]!;
    expect(json).not.toMatch(/[<\u2028\u2029]/);
    const data = JSON.parse(json) as { id: string; records: Record<string, Record<string, unknown>> };
    expect(data.id).toBe("hostile<script>");
    expect(data.records["E1.0"]!.source).toBe("rule:<script>window.__pwned=8</script>");
    expect(data.records.Q1!.counted).toBe("person</script>");
  });

  it("the index escapes titles, ids and names", () => {
    const doc = hostileDocument();
    const page = renderIndex([{ file: "x.html", id: doc.id, title: doc.meta.title, published: null, counts: { entities: 1, quantities: 1, dates: 1, quotes: 1, events: 0 }, names: [doc.entities[0]!.name] }]);
    expect(scripts(page)).toEqual(["<script>"]);
    expect(page).toContain(esc(doc.meta.title));
  });
});

describe("optional layers", () => {
  it("events and checks, when a document has them, get a highlight, a record and panel tables", () => {
    const page = renderPage(withLayers(hostileDocument()));
    expect(page).toContain("<h2>Events (1)</h2>");
    expect(page).toContain("<h2>Checks (1)</h2>");
    expect(page).toMatch(/<mark class="nf (last )?L-event T-arrest" data-k="EV1"/);
    const data = JSON.parse(/id="nf-data">([^]*?)<\/script>/.exec(page)![1]!) as { records: Record<string, Record<string, unknown>> };
    expect(data.records.EV1).toMatchObject({ layer: "event", type: "arrest", trigger: "said", count: "Q1 3 people", time: "D1 2016-05-04", says: expect.stringContaining("C1") });
    expect(page).not.toContain("<script>window.__pwned=9");
    expect(renderPage(hostileDocument())).not.toContain("Events (");
  });
});
