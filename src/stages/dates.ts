import { z } from "zod";
import { defineStage } from "../pipeline/stage.js";

// PLACEHOLDER: replaced by the real stage.
export const datesStage = defineStage({
  name: "dates",
  description: "placeholder",
  needs: ["tokens","sentences"],
  produces: ["dates"],
  options: z.strictObject({}),
  create() {
    return (doc) => {
      doc.set("dates", []);
    };
  },
});
