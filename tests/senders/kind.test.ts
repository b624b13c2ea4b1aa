import { describe, expect, it } from "vitest";
import { inferSenderKind } from "@/lib/senders/kind";

describe("inferSenderKind", () => {
  it.each([
    ["10008663", "public_shared"],
    ["1000596446", "public_shared"],
    ["20005006666", "public"],
    ["20001234", "private"],
    ["2000500666", "public_shared"],
    ["30001234", "private"],
    ["3000505050", "private"],
    ["90001234", "private"],
    ["0018018949161", "private"],
    ["MyShop", "custom"],
    ["Shop-1", "custom"],
  ] as const)("%s is %s", (number, kind) => {
    expect(inferSenderKind(number)).toBe(kind);
  });
});
