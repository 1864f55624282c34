import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NewsDocument } from "../../src/schema/document.js";
import { readDocuments } from "../../src/export/read-docs.js";
import { renderAll } from "../../src/render/write.js";
import { hostileDocument } from "./hostile.js";
import { fileNameForId } from "../../src/batch/names.js";

/**
 * The rendered pages in a real browser: Debian's chromium (/usr/bin/chromium, installed by .ci/run)
 * driven by playwright-core, which downloads nothing. Skipped, saying so, where there is no chromium.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`browser test skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

/** The browser globals the page functions use (the project compiles without the DOM library). */
type Win = { getComputedStyle(e: unknown): { borderBottomStyle: string }; __pwned?: number };

const SEED = "tests/golden/morocco-bcij-2016.json";

describe.skipIf(!haveChromium)("render in chromium", () => {
  let dir: string;
  let browser: import("playwright-core").Browser;
  const golden = JSON.parse(readFileSync(SEED, "utf8")) as NewsDocument;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nf-render-"));
    writeFileSync(join(dir, "hostile.json"), JSON.stringify(hostileDocument()));
    await renderAll(readDocuments(["tests/golden", join(dir, "hostile.json")]), join(dir, "out"));
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const url = (file: string) => pathToFileURL(join(dir, "out", file)).href;

  it("highlights every entity mention of the seed with its type, shows a record on hover and focus", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(url("morocco-bcij-2016.html"));
    const marks = await page.$$eval("mark.L-entity[data-k]", (els) =>
      els.map((e) => ({ k: e.getAttribute("data-k"), l: e.getAttribute("data-l"), t: e.textContent, visible: (globalThis as unknown as Win).getComputedStyle(e).borderBottomStyle })),
    );
    for (const e of golden.entities)
      e.mentions.forEach((m, i) => {
        const fragments = marks.filter((x) => x.k === `${e.id}.${i}`);
        expect(fragments.length, `${e.id} ${m.text}`).toBeGreaterThan(0);
        expect(fragments.every((f) => f.l === e.type && f.visible === "solid")).toBe(true);
        expect(fragments.map((f) => f.t).join("")).toBe(m.text);
      });
    // the article text is intact: the page's text column is the document's text
    expect(await page.textContent("#text")).toBe(golden.text);

    const person = golden.entities.find((e) => e.type === "PERSON")!;
    await page.hover(`mark[data-k="${person.id}.0"]`);
    const tip = page.locator("#nf-tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    const tipText = await tip.textContent();
    expect(tipText).toContain(`type: PERSON`);
    expect(tipText).toContain(`entity: ${person.id} ${person.name}`);
    expect(tipText).toContain(`source: ${person.mentions[0]!.source}`);

    // keyboard: focusing a quantity shows its normalised value and counted noun in the panel
    const q = golden.quantities.find((x) => x.counted === "person" && x.value !== null)!;
    await page.focus(`mark[data-k="${q.id}"]`);
    const record = await page.textContent("#record");
    expect(record).toContain(`value: ${q.value}`);
    expect(record).toContain("counted: person");

    // events: every trigger is highlighted; focusing one shows its class, roles and the sum checks are listed
    const events = await page.$$eval("mark.L-event[data-k]", (els) => els.map((e) => e.getAttribute("data-k")));
    for (const ev of golden.events) expect(events, ev.id).toContain(ev.id);
    const arrest = golden.events.find((e) => e.class === "arrest" && e.count !== undefined && e.agent !== undefined)!;
    await page.focus(`mark[data-k="${arrest.id}"]`);
    const evRecord = await page.textContent("#record");
    expect(evRecord).toContain("type: arrest");
    expect(evRecord).toContain(`agent: ${arrest.agent!.text}`);
    expect(evRecord).toContain(`count: ${arrest.count} ${golden.quantities.find((x) => x.id === arrest.count)!.text}`);
    expect(await page.textContent("aside")).toContain(`Checks (${golden.checks.length})`);

    mkdirSync("output", { recursive: true });
    await page.mouse.move(0, 0);
    await page.hover(`mark[data-k="${person.id}.0"]`);
    await page.screenshot({ path: "output/render-seed.png", fullPage: false });
    await page.close();
  });

  it("the index filter narrows the list", async () => {
    const page = await browser.newPage();
    await page.goto(url("index.html"));
    const all = await page.locator("#articles tbody tr:visible").count();
    expect(all).toBe(16);
    await page.fill("#filter", "khiame");
    await expect.poll(() => page.locator("#articles tbody tr:visible").count()).toBe(1);
    expect(await page.textContent("#articles tbody tr:visible td:nth-child(2)")).toBe("morocco-bcij-2016");
    await page.fill("#filter", "");
    await expect.poll(() => page.locator("#articles tbody tr:visible").count()).toBe(all);
    await page.close();
  });

  it("a hostile article runs no script of its own", async () => {
    const page = await browser.newPage();
    let dialogs = 0;
    page.on("dialog", async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(url(fileNameForId(hostileDocument().id).replace(/\.json$/, ".html")));
    // hover every span, including the one over '"onmouseover=…'
    for (const m of await page.locator("mark[data-k]").all()) await m.hover();
    expect(await page.evaluate(() => (globalThis as unknown as Win).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(await page.locator("img, textarea").count()).toBe(0);
    expect(await page.textContent("#text")).toBe(hostileDocument().text);
    expect(await page.title()).toBe(hostileDocument().meta.title);
    await page.close();
  });
});
