// Both languages say everything: the same keys, the same arguments and tags in each message.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { createFormat } from "@/lib/i18n/format";
import en from "@/lib/i18n/messages/en.json";
import fa from "@/lib/i18n/messages/fa.json";

interface Tree {
  [key: string]: string | Tree;
}

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") found.set(prefix + key, value);
    else for (const [path, text] of leaves(value, `${prefix}${key}.`)) found.set(path, text);
  }
  return found;
}

/** The names a message needs: its arguments (also inside plural and select branches) and its tags. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.value);
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.select || element.type === TYPE.plural) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(text));
  return [...names].sort();
}

describe("the console's messages", () => {
  const english = leaves(en);
  const persian = leaves(fa);

  it("have the same keys in English and Persian", () => {
    expect([...persian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("use the same arguments and tags in both languages", () => {
    for (const [key, text] of english) expect(placeholders(persian.get(key) ?? ""), key).toEqual(placeholders(text));
  });

  it("take counts the page formatted itself as text, not as numbers to format again", () => {
    // {max, number} given "۱٬۰۰۰" printed "ناعدد" (NaN) on the Live page.
    for (const [locale, messages] of [
      ["en", en],
      ["fa", fa],
    ] as const) {
      const format = createFormat(locale, "UTC");
      const t = createTranslator({ locale, messages, namespace: "live.traffic" });
      expect(t("usage", { used: format.number(2), max: format.number(1000) })).toBe(locale === "fa" ? "۲ از ۱٬۰۰۰" : "2 of 1,000");
    }
  });
});
