// How the console writes times, dates, numbers, money and durations, in the admin's language and
// the time zone of Settings: the one owner, so every page, toast, CSV and notification says it alike.
// English pages read 2026-11-30 14:05 (Gregorian, Latin digits); Persian pages ۱۴۰۵/۰۹/۰۹ ۱۴:۰۵ (Jalali,
// Persian digits). Codes people copy (phones, lines, ids) are never passed through here.
import type { Locale } from "./locales";

export const DEFAULT_TIME_ZONE = "Asia/Tehran";
const DASH = "–";

/** Whether the runtime knows a time zone by this IANA name (e.g. Asia/Tehran, UTC). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name);
  } catch {
    return false;
  }
}

type Calendar = "gregory" | "persian";
type Parts = Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;

const partFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant in a zone and calendar, as numbers (Latin digits). */
function wallClock(date: Date, timeZone: string, calendar: Calendar): Parts {
  const key = `${timeZone}|${calendar}`;
  let format = partFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}-nu-latn`, {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    partFormats.set(key, format);
  }
  const parts: Partial<Parts> = {};
  for (const part of format.formatToParts(date)) {
    if (part.type in { year: 1, month: 1, day: 1, hour: 1, minute: 1, second: 1 }) parts[part.type as keyof Parts] = Number.parseInt(part.value, 10);
  }
  return { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, ...parts };
}

const pad = (value: number, size = 2) => String(value).padStart(size, "0");
const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";

function localDigits(text: string, locale: Locale): string {
  return locale === "fa" ? text.replace(/\d/g, (digit) => PERSIAN_DIGITS[Number(digit)] ?? digit) : text;
}

/** Persian and Arabic-Indic digits as Latin ones, for reading what people type. */
function latinDigits(text: string): string {
  return text.replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
}

/** `YYYY-MM-DD HH:MM:SS UTC`: what a hover shows, whatever the language. */
export function utcText(iso: string | Date): string {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  return Number.isNaN(date.getTime()) ? String(iso) : `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

export interface ConsoleFormat {
  locale: Locale;
  timeZone: string;
  /** 2026-11-30 14:05 or ۱۴۰۵/۰۹/۰۹ ۱۴:۰۵; with seconds on request. */
  dateTime(iso: string | Date, options?: { seconds?: boolean }): string;
  date(iso: string | Date): string;
  time(iso: string | Date, options?: { seconds?: boolean }): string;
  /** The hour of an instant, e.g. 14:00, for chart axes. */
  hour(iso: string | Date): string;
  number(value: number): string;
  percent(rate: number | null): string;
  rials(value: number | null): string;
  toman(rials: number): string;
  latency(ms: number): string;
  /** How long ago, e.g. "5 minutes ago" / "۵ دقیقه پیش". */
  ago(seconds: number): string;
  /** Digits of plain text in the page's script (counts inside sentences). */
  digits(text: string | number): string;
}

export function createFormat(locale: Locale, timeZone: string): ConsoleFormat {
  const calendar: Calendar = locale === "fa" ? "persian" : "gregory";
  const numbers = new Intl.NumberFormat(locale === "fa" ? "fa-IR" : "en-US");
  const relative = new Intl.RelativeTimeFormat(locale === "fa" ? "fa-IR" : "en-US", { numeric: "always" });
  const wall = (iso: string | Date) => {
    const date = typeof iso === "string" ? new Date(iso) : iso;
    return Number.isNaN(date.getTime()) ? null : wallClock(date, timeZone, calendar);
  };
  const dateOf = (parts: Parts) =>
    locale === "fa" ? `${parts.year}/${pad(parts.month)}/${pad(parts.day)}` : `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
  const timeOf = (parts: Parts, seconds: boolean) => `${pad(parts.hour)}:${pad(parts.minute)}${seconds ? `:${pad(parts.second)}` : ""}`;
  const digits = (text: string | number) => localDigits(String(text), locale);
  const unit = (key: "rials" | "toman" | "s" | "ms") =>
    locale === "fa" ? { rials: "ریال", toman: "تومان", s: "ثانیه", ms: "میلی‌ثانیه" }[key] : key;

  return {
    locale,
    timeZone,
    dateTime(iso, options = {}) {
      const parts = wall(iso);
      return parts ? digits(`${dateOf(parts)} ${timeOf(parts, options.seconds ?? false)}`) : DASH;
    },
    date(iso) {
      const parts = wall(iso);
      return parts ? digits(dateOf(parts)) : DASH;
    },
    time(iso, options = {}) {
      const parts = wall(iso);
      return parts ? digits(timeOf(parts, options.seconds ?? true)) : DASH;
    },
    hour(iso) {
      const parts = wall(iso);
      return parts ? digits(`${pad(parts.hour)}:00`) : DASH;
    },
    number: (value) => numbers.format(value),
    percent: (rate) => (rate === null ? DASH : `${numbers.format(Math.round(rate * 100))}${locale === "fa" ? "٪" : "%"}`),
    rials: (value) => (value === null ? DASH : `${numbers.format(value)} ${unit("rials")}`),
    toman: (rials) => `${numbers.format(Math.floor(rials / 10))} ${unit("toman")}`,
    latency: (ms) => (ms >= 1000 ? `${numbers.format(Math.round(ms / 100) / 10)} ${unit("s")}` : `${numbers.format(ms)} ${unit("ms")}`),
    ago(seconds) {
      const minutes = Math.round(seconds / 60);
      const hours = Math.round(minutes / 60);
      if (seconds < 60) return relative.format(-seconds, "second");
      if (minutes < 60) return relative.format(-minutes, "minute");
      return hours < 48 ? relative.format(-hours, "hour") : relative.format(-Math.round(hours / 24), "day");
    },
    digits,
  };
}

/** The UTC offset of a zone at an instant, in milliseconds. */
function zoneOffset(date: Date, timeZone: string): number {
  const parts = wallClock(date, timeZone, "gregory");
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** The Gregorian day of a Jalali date: from an estimate, moved until the persian calendar agrees. */
function gregorianOfJalali(year: number, month: number, day: number): { year: number; month: number; day: number } | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  const estimate = Date.UTC(year + 621, 2, 21) + dayOfYear * 86_400_000;
  for (const shift of [0, -1, 1, -2, 2]) {
    const candidate = new Date(estimate + shift * 86_400_000);
    const jalali = wallClock(candidate, "UTC", "persian");
    if (jalali.year === year && jalali.month === month && jalali.day === day) {
      return { year: candidate.getUTCFullYear(), month: candidate.getUTCMonth() + 1, day: candidate.getUTCDate() };
    }
  }
  return null;
}

const DATE_TIME_INPUT = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A date and time as people type it in the console (in the zone of Settings): Gregorian
 * `2026-11-28T14:30` or `2026-11-28 14:30`, or Jalali `1405/09/07 14:30` (a year before 1700 is
 * Jalali), Persian digits welcome. Null when it is not one.
 */
export function parseConsoleDateTime(text: string, timeZone: string): Date | null {
  const match = DATE_TIME_INPUT.exec(latinDigits(text.trim()));
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part) || 0) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const gregorian = year < 1700 ? gregorianOfJalali(year, month, day) : { year, month, day };
  if (!gregorian || hour > 23 || minute > 59 || second > 59) return null;
  const wallAsUtc = Date.UTC(gregorian.year, gregorian.month - 1, gregorian.day, hour, minute, second);
  const check = new Date(wallAsUtc);
  if (check.getUTCMonth() !== gregorian.month - 1 || check.getUTCDate() !== gregorian.day) return null;
  const first = wallAsUtc - zoneOffset(new Date(wallAsUtc), timeZone);
  // Across a daylight-saving change the offset at the result may differ from the guess's.
  return new Date(wallAsUtc - zoneOffset(new Date(first), timeZone));
}

/** An instant as the console's date-time field shows it (Latin digits, so that it can be edited and read back). */
export function toConsoleDateTimeInput(date: Date, locale: Locale, timeZone: string): string {
  const parts = wallClock(date, timeZone, locale === "fa" ? "persian" : "gregory");
  const seconds = parts.second === 0 ? "" : `:${pad(parts.second)}`;
  return locale === "fa"
    ? `${parts.year}/${pad(parts.month)}/${pad(parts.day)} ${pad(parts.hour)}:${pad(parts.minute)}${seconds}`
    : `${parts.year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}${seconds}`;
}
