import { describe, expect, it } from "vitest";
import { receiveShared, SharedOffer, sharedChannelName, startedFirst, startTurns, waitTurn } from "../../src/batch/shared-channel.js";

describe("batch: shared resources for worker threads", () => {
  it("the first thread to ask for its turn goes at once, the others once it is done; a later one at once", async () => {
    const turn = startTurns();
    const events: string[] = [];
    await waitTurn(turn);
    events.push("first goes");
    const second = waitTurn(turn).then(() => events.push("second goes"));
    const third = waitTurn(turn).then(() => events.push("third goes"));
    await new Promise((r) => setTimeout(r, 30));
    expect(events).toEqual(["first goes"]);
    events.push("first done");
    startedFirst(turn);
    await Promise.all([second, third]);
    expect(events.slice(0, 2)).toEqual(["first goes", "first done"]);
    expect(events.slice(2).sort()).toEqual(["second goes", "third goes"]);
    await waitTurn(turn);
    expect(Atomics.load(turn, 0)).toBe(4);
  });

  it("a waiting thread goes after the timeout when the first never says it is done", async () => {
    const turn = startTurns();
    await waitTurn(turn);
    const t0 = Date.now();
    await waitTurn(turn, 50);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(40);
  });

  it("an ask made before publish() and one made after both get the resources (each end is its own channel object, as on two threads)", async () => {
    const offer = new SharedOffer(sharedChannelName());
    const early = receiveShared(offer.name);
    const buf = new SharedArrayBuffer(8);
    await new Promise((r) => setTimeout(r, 30));
    offer.publish({ model: buf });
    const late = await receiveShared(offer.name);
    const got = await early;
    offer.close();
    // a structured clone, over the same memory
    new Int32Array(got["model"] as SharedArrayBuffer)[0] = 7;
    new Int32Array(late["model"] as SharedArrayBuffer)[1] = 9;
    expect(Array.from(new Int32Array(buf))).toEqual([7, 9]);
    // another pool's channel hears nothing of this one
    expect(sharedChannelName()).not.toBe(offer.name);
  });
});
