import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConsoleDateTime } from "@/lib/i18n/format";
import { createSendLogCsvStream, CSV_BOM, escapeCsvCell, sendLogCsvChunks, sendLogCsvFileName, toCsvLine } from "@/lib/send-log/csv";
import { parseSendLogFilters } from "@/lib/send-log/schemas";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { attemptData } from "./seed";

/** A strict RFC 4180 reader, to prove the writer's output reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else cell += char;
  }
  expect(cell === "" && row.length === 0, "the file ends with CRLF").toBe(true);
  return rows;
}

describe("CSV cells", () => {
  it("quote only what RFC 4180 requires, doubling quotes", () => {
    expect(escapeCsvCell("plain")).toBe("plain");
    expect(escapeCsvCell("a,b")).toBe('"a,b"');
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvCell("two\nlines")).toBe('"two\nlines"');
    expect(escapeCsvCell("cr\rhere")).toBe('"cr\rhere"');
    expect(escapeCsvCell(null)).toBe("");
    expect(escapeCsvCell(undefined)).toBe("");
    expect(escapeCsvCell(412)).toBe("412");
    expect(escapeCsvCell("ارسال کننده نامعتبر است")).toBe("ارسال کننده نامعتبر است");
    expect(toCsvLine(["a", null, 1])).toBe("a,,1\r\n");
  });

  it("defuse text a spreadsheet would run as a formula", () => {
    expect(escapeCsvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(escapeCsvCell("+989123456789")).toBe("'+989123456789");
    expect(escapeCsvCell("-2+3")).toBe("'-2+3");
    expect(escapeCsvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(escapeCsvCell("\tcmd")).toBe("'\tcmd");
    expect(escapeCsvCell("a=b")).toBe("a=b");
    // Numbers we write ourselves are not text a user typed.
    expect(escapeCsvCell(-5)).toBe("-5");
  });

  it("name the file by the time of the export", () => {
    expect(sendLogCsvFileName(new Date("2026-11-28T10:30:15.123Z"))).toBe("send-log-2026-11-28T10-30-15Z.csv");
  });
});

describe("CSV export", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    // More than two export pages (1,000 rows each), so that paging is exercised.
    await database.prisma.sendAttempt.createMany({ data: attemptData(2_345) });
    await database.prisma.sendAttempt.create({
      data: {
        phone: "+989129999999",
        sender: "=cmd|' /C calc'!A0",
        method: "sms",
        outcome: "failed",
        providerStatus: 418,
        providerMessage: "اعتبار شما کافی نمیباشد",
        latencyMs: 12,
        errorCode: "provider_no_credit",
        errorDetail: 'Not enough credit, "really",\nnone',
      },
    });
  }, 60_000);

  afterAll(async () => {
    await database?.drop();
  });

  it("streams every matching row as UTF-8 with a BOM, newest first, across pages", async () => {
    const stream = createSendLogCsvStream(database.sql, parseSendLogFilters({ limit: "10", cursor: "5" }));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(CSV_BOM)).toBe(true);

    const rows = parseCsv(text.slice(1));
    const [header, ...data] = rows;
    expect(header).toEqual([
      "id",
      "created_at",
      "phone",
      "sender",
      "method",
      "purpose",
      "outcome",
      "provider_status",
      "provider_message",
      "status_meaning",
      "message_id",
      "cost_rials",
      "latency_ms",
      "error_code",
      "error_detail",
      "challenge_id",
      "delivery_status",
      "delivery_status_text",
      "delivery_status_at",
      "created_at_local",
    ]);
    // The page's cursor and size do not limit an export.
    expect(data).toHaveLength(2_346);
    const ids = data.map((row) => Number(row[0]));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
    expect(data.every((row) => row.length === header?.length)).toBe(true);

    const [newest] = data;
    expect(newest?.slice(2, 10)).toEqual([
      "'+989129999999",
      "'=cmd|' /C calc'!A0",
      "sms",
      "otp",
      "failed",
      "418",
      "اعتبار شما کافی نمیباشد",
      "Not enough credit on the Kavenegar account.",
    ]);
    expect(newest?.[14]).toBe('Not enough credit, "really",\nnone');
    expect(newest?.slice(16, 19)).toEqual(["", "", ""]);
    expect(newest?.[19]).toBe(newest?.[1]?.slice(0, 19).replace("T", " "));
  });

  it("adds the time in the zone of Settings, Jalali for a Persian reader, beside the ISO UTC time", async () => {
    let text = "";
    for await (const chunk of sendLogCsvChunks(database.sql, parseSendLogFilters({}), { locale: "fa", timeZone: "Asia/Tehran" })) text += chunk;
    const [header, first] = parseCsv(text.slice(1));
    const local = first?.[header?.indexOf("created_at_local") ?? -1] ?? "";
    expect(local).toMatch(/^1[34]\d\d\/\d\d\/\d\d \d\d:\d\d(:\d\d)?$/);
    expect(parseConsoleDateTime(local, "Asia/Tehran")?.getTime()).toBe(Math.floor(Date.parse(first?.[1] ?? "") / 1000) * 1000);
  });

  it("adds each message's delivery status, in Kavenegar's words, and when it changed", async () => {
    const oldest = await database.prisma.sendAttempt.findFirstOrThrow({ where: { outcome: "sent" }, orderBy: { id: "asc" } });
    await database.prisma.sendAttempt.update({
      where: { id: oldest.id },
      data: { deliveryStatus: 14, deliveryStatusAt: new Date("2026-11-01T00:03:00Z") },
    });
    const chunks: string[] = [];
    for await (const chunk of sendLogCsvChunks(database.sql, parseSendLogFilters({ outcome: "sent" }))) chunks.push(chunk);
    const row = parseCsv(chunks.join("").slice(1)).find((cells) => cells[0] === oldest.id.toString());
    expect(row?.slice(16, 19)).toEqual(["14", "بلاک شده", "2026-11-01T00:03:00.000Z"]);
  });

  it("exports only the filtered rows", async () => {
    const chunks: string[] = [];
    for await (const chunk of sendLogCsvChunks(database.sql, parseSendLogFilters({ status: "412", sender: "10008663" }))) chunks.push(chunk);
    const [, ...data] = parseCsv(chunks.join("").slice(1));
    const expected = await database.prisma.sendAttempt.count({ where: { providerStatus: 412, sender: "10008663" } });
    expect(expected).toBeGreaterThan(300);
    expect(data).toHaveLength(expected);
    expect(data.every((row) => row[7] === "412" && row[3] === "10008663" && row[9]?.startsWith("Invalid sender"))).toBe(true);
  });

  it("stops reading the database when the client goes away", async () => {
    const stream = createSendLogCsvStream(database.sql, parseSendLogFilters({}));
    const reader = stream.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
    expect((await reader.read()).done).toBe(true);
  });
});
