import { z } from "zod";
import { defineStage } from "../pipeline/stage.js";

// PLACEHOLDER: replaced by the real stage.
export const linkStage = defineStage({
  name: "link",
  description: "placeholder",
  needs: ["mentions"],
  produces: ["entities"],
  options: z.strictObject({}),
  create() {
    return (doc) => {
      doc.set("entities", []);
    };
  },
});
