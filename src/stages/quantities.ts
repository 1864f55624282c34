import { z } from "zod";
import { defineStage } from "../pipeline/stage.js";

// PLACEHOLDER: replaced by the real stage.
export const quantitiesStage = defineStage({
  name: "quantities",
  description: "placeholder",
  needs: ["tokens","sentences","dates"],
  produces: ["quantities"],
  options: z.strictObject({}),
  create() {
    return (doc) => {
      doc.set("quantities", []);
    };
  },
});
