import { z } from "zod";
import { defineStage } from "../pipeline/stage.js";

// PLACEHOLDER: replaced by the real stage.
export const quotesStage = defineStage({
  name: "quotes",
  description: "placeholder",
  needs: ["tokens","sentences","entities"],
  produces: ["quotes"],
  options: z.strictObject({}),
  create() {
    return (doc) => {
      doc.set("quotes", []);
    };
  },
});
