import { z } from "zod";
import { defineStage } from "../document/stage.js";
import { findChecks } from "../events/checks.js";
import { ParseGraph } from "../events/graph.js";

const Options = z.strictObject({});

/**
 * Numbers that must add up: totals and their parts, wholes and their subsets, read from the parse and
 * the quantities (src/events/checks.ts). A sum that does not add up is kept with status "mismatch" and
 * reported as a diagnostic with both numbers; nothing is corrected.
 */
export const checksStage = defineStage({
  name: "checks",
  description: "sum and subset checks between quantities (totals and their parts), with mismatches reported",
  needs: ["syntax", "quantities"],
  produces: ["checks"],
  options: Options,
  create() {
    return (doc) => {
      const quantities = doc.get("quantities");
      const graph = new ParseGraph(doc.text, doc.get("syntax"), quantities, [], [], [], []);
      const checks = findChecks(graph);
      const byId = new Map(quantities.map((q) => [q.id, q]));
      for (const c of checks) {
        if (c.status === "ok") continue;
        const total = byId.get(c.total)!;
        const parts = c.parts.map((p) => byId.get(p)!);
        const said = c.kind === "sum" ? `${parts.map((p) => p.text).join(" + ")} = ${parts.reduce((x, p) => x + (p.value ?? 0), 0)}, not ${total.text}` : `${parts[0]!.text} is more than ${total.text}`;
        doc.report({ stage: "checks", code: `checks/${c.kind}-mismatch`, message: `${c.id}: ${said}`, start: total.start, end: total.end, fatal: false });
      }
      doc.set("checks", checks);
    };
  },
});
