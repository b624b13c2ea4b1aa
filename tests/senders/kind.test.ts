import { describe, expect, it } from "vitest";
import { inferSenderKind, senderKindLabels } from "@/lib/senders/kind";
import { describeSenderNumber } from "@/lib/senders/kind-detail";

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

  it("has a label for every kind", () => {
    expect(senderKindLabels).toEqual({ public_shared: "Public shared", public: "Public", private: "Private", custom: "Custom text" });
  });

  it("describes the prefix family for the add form", () => {
    expect(describeSenderNumber("20005006666")).toBe("Public: 2000… line, 11 digits");
    expect(describeSenderNumber("30001234")).toBe("Private: 3000… line, 8 digits");
    expect(describeSenderNumber("MyShop")).toBe("Custom text: a text sender name");
    expect(describeSenderNumber("  ")).toBe("");
  });
});
