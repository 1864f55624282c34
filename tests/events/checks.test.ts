import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { run } from "../helpers.js";

const checks = (text: string) => {
  const out = run(text, DEFAULT_CONFIG.stages as string[]);
  const q = (id: string) => out.quantities.find((x) => x.id === id)!.text;
  return { out, checks: out.checks.map((c) => ({ kind: c.kind, total: q(c.total), parts: c.parts.map(q), status: c.status })) };
};

describe("events/checks: numbers that must add up", () => {
  it("a breakdown in parentheses, with the counted noun's kinds as parts", () => {
    expect(checks("Authorities detained 30 people (10 women and 20 men) after the march.").checks).toEqual([{ kind: "sum", total: "30", parts: ["10", "20"], status: "ok" }]);
  });

  it("a sum that does not add up is a mismatch and a diagnostic with both numbers, nothing corrected", () => {
    const { out, checks: cs } = checks("Authorities detained 30 people (10 women and 25 men) after the march.");
    expect(cs).toEqual([{ kind: "sum", total: "30", parts: ["10", "25"], status: "mismatch" }]);
    const d = out.diagnostics.find((x) => x.code === "checks/sum-mismatch")!;
    expect(d.message).toContain("10 + 25 = 35, not 30");
    expect(d.fatal).toBe(false);
    expect(out.quantities.map((x) => x.value)).toEqual([30, 10, 25]);
  });

  it("a whole in an 'among' phrase divided by the sentence", () => {
    expect(checks("Among the 50 suspects questioned by police, 12 were released and 38 were charged.").checks).toEqual([{ kind: "sum", total: "50", parts: ["12", "38"], status: "ok" }]);
  });

  it("a part of an earlier whole: 'N of these X'", () => {
    const { checks: cs } = checks("The navy stopped 120 boats last year. 45 of these boats carried migrants.");
    expect(cs).toEqual([{ kind: "subset", total: "120", parts: ["45"], status: "ok" }]);
  });

  it("the remnant of an elided clause is a part, whichever word the parse hangs it on", () => {
    const { checks: cs } = checks("The navy stopped 30 boats last year. Twelve boats were stopped in 2019 and 18 in 2020.");
    expect(cs).toEqual([{ kind: "sum", total: "30", parts: ["Twelve", "18"], status: "ok" }]);
  });

  it("no parts, no check", () => {
    expect(checks("Police arrested 12 protesters and seized 3 cars.").checks).toEqual([]);
  });
});
