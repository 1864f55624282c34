// the feature hashing of the shared learner (src/learn), re-exported for the NER feature code
export { fmix, hashString, key1, key2 } from "../learn/hash.js";
