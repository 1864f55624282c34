import { z } from "zod";
import { defineStage } from "../pipeline/stage.js";

// PLACEHOLDER: replaced by the real stage.
export const entitiesStage = defineStage({
  name: "entities",
  description: "placeholder",
  needs: ["tokens","sentences"],
  produces: ["mentions"],
  options: z.strictObject({}),
  create() {
    return (doc) => {
      doc.set("mentions", []);
    };
  },
});
