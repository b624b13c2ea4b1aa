import { describe, expect, it } from "vitest";
import { mobileOperator } from "@/lib/phone";

describe("mobileOperator", () => {
  it.each([
    ["+989101234567", "MCI"],
    ["+989123456789", "MCI"],
    ["+989191234567", "MCI"],
    ["+989901234567", "MCI"],
    ["+989941234567", "MCI"],
    ["+989011234567", "Irancell"],
    ["+989051234567", "Irancell"],
    ["+989301234567", "Irancell"],
    ["+989331234567", "Irancell"],
    ["+989351234567", "Irancell"],
    ["+989391234567", "Irancell"],
    ["+989411234567", "Irancell"],
    ["+989201234567", "Rightel"],
    ["+989221234567", "Rightel"],
  ])("%s is %s", (phone, operator) => {
    expect(mobileOperator(phone)).toBe(operator);
  });

  it.each(["+989001234567", "+989061234567", "+989231234567", "+989311234567", "+989341234567", "+989401234567", "+989951234567", "+989991234567"])(
    "%s, outside every operator's prefixes, is other",
    (phone) => {
      expect(mobileOperator(phone)).toBe("other");
    },
  );

  it("reads only the canonical +989… form", () => {
    expect(mobileOperator("09123456789")).toBe("other");
    expect(mobileOperator("")).toBe("other");
    expect(mobileOperator("+14155552671")).toBe("other");
    // The prefix is enough: the statistics group numbers by it.
    expect(mobileOperator("+98935")).toBe("Irancell");
  });
});
