import { describe, expect, it } from "vitest";
import { commonAcronymsRule, commonAcronyms } from "../../../src/ner/rules/acronyms.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { testGaz, testRule, words } from "./tester.js";

describe("common-acronyms", () => {
  const gaz = testGaz({ first: [], city: [], country: [], title: [], demonym: [], orgkey: ["Bureau"] });
  it("an acronym defined by a common noun phrase is dropped with its other mentions; one headed by an organisation word stays", () => {
    const w = words("children with iodine deficiency disorders ( IDD ) and IDD cases ; improvised explosive devices ( IEDs ) ; the national investigation bureau ( NIB )");
    const lower = w.map((x) => x.toLowerCase());
    const at = (t: string, n = 0) => w.indexOf(t, n);
    const out: TokenSpan[] = [at("IDD"), at("IDD", at("IDD") + 1), at("IEDs"), at("NIB")].map((i) => ({ start: i, end: i + 1, type: "ORG" as const, source: "entities:model-spans" }));
    expect(commonAcronyms(gaz, out, w, lower).map((s) => w[s.start])).toEqual(["NIB"]);
  });
  it("without brackets, an acronym after a lower-case phrase whose initials spell it is a term; before the phrase, or of an organisation phrase, it stays", () => {
    const w = words("children with iodine deficiency disorders suffer . the effects of IDD are known . the CPJ and the committee to protect journalists met . the national investigation bureau and NIB");
    const lower = w.map((x) => x.toLowerCase());
    const at = (t: string) => w.indexOf(t);
    const out: TokenSpan[] = [at("IDD"), at("CPJ"), at("NIB")].map((i) => ({ start: i, end: i + 1, type: "ORG" as const, source: "entities:model-spans" }));
    expect(commonAcronyms(gaz, out, w, lower).map((s) => w[s.start])).toEqual(["CPJ", "NIB"]);
  });
});

testRule(commonAcronymsRule, {
  gaz: testGaz({ orgkey: ["Agency"] }),
  valid: [
    { name: "an acronym of an organisation phrase", text: "the regional water agency ( RWA ) said", spans: [["RWA", "ORG"]] },
    { name: "an acronym with no phrase to spell it", text: "the KLT said", spans: [["KLT", "ORG"]] },
  ],
  invalid: [
    { text: "patients with chronic kidney disease ( CKD ) and CKD clinics", spans: [["CKD", "ORG"], ["CKD", "ORG", 1]], output: [] },
    { name: "without brackets, after the phrase", text: ["rates of chronic kidney disease rose .", "the cost of CKD is high ."], spans: [["CKD", "ORG"]], output: [] },
  ],
});
