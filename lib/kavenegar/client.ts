// Kavenegar REST client: one POST per call, a timeout on every call, validated answers,
// and failures as KavenegarError with the key kept out of every text.
import type { z } from "zod";
import { KavenegarError, maskApiKey, type KavenegarErrorInit } from "./errors";
import {
  accountConfigSchema,
  accountInfoSchema,
  envelopeSchema,
  messageEntriesSchema,
  statusEntriesSchema,
  type KavenegarAccountConfig,
  type KavenegarAccountInfo,
  type KavenegarEnvelope,
  type KavenegarMessage,
  type KavenegarStatusEntry,
} from "./schemas";
import { describeApiStatus } from "./status-codes";
import { fetchTransport, nodeTransport, type Transport } from "./transport";

export interface KavenegarClientOptions {
  apiKey: string;
  baseUrl: string;
  timeoutMs: number;
  /** Replaces the default node:http(s) transport. Node's fetch reports an HTTP 407 as a network error. */
  fetch?: typeof fetch;
}

export interface KavenegarResult<T> {
  entries: T;
  /** The parsed envelope as Kavenegar sent it. */
  response: KavenegarEnvelope;
}

type Flag = "enabled" | "disabled";

export interface SendParams {
  /** One number or several (sent comma-separated, at most 200). */
  receptor: string | readonly string[];
  message: string;
  sender?: string;
  /** Scheduled send time: a Date or unix seconds. */
  date?: Date | number;
  type?: number;
  localid?: string | number;
  /** Hides the receptor in Kavenegar's logs. */
  hide?: boolean;
  tag?: string;
}

export interface LookupParams {
  receptor: string;
  template: string;
  token: string;
  token2?: string;
  token3?: string;
  token10?: string;
  token20?: string;
  type?: "sms" | "call";
}

export interface AccountConfigParams {
  apilogs?: Flag | "justfaults";
  dailyreport?: Flag;
  debugmode?: Flag;
  defaultsender?: string;
  mincreditalarm?: string | number;
  resendfailed?: Flag;
}

type FormValue = string | number | undefined;

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export class KavenegarClient {
  readonly #apiKey: string;
  /** The key as it may be shown: its first and last four characters. */
  readonly maskedApiKey: string;
  readonly #baseUrl: string;
  readonly #timeoutMs: number;
  readonly #transport: Transport;

  constructor(options: KavenegarClientOptions) {
    if (!options.apiKey) throw new Error("Kavenegar apiKey is empty");
    const base = new URL(options.baseUrl);
    // The key travels in the path: plain HTTP is only acceptable to a local simulator.
    if (base.protocol !== "https:" && !(base.protocol === "http:" && LOOPBACK_HOSTS.has(base.hostname))) {
      throw new Error(`Kavenegar baseUrl must use https (got ${base.protocol}//${base.host})`);
    }
    if (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0) {
      throw new Error("Kavenegar timeoutMs must be a positive number");
    }
    this.#apiKey = options.apiKey;
    this.maskedApiKey = maskApiKey(options.apiKey);
    this.#baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.#timeoutMs = options.timeoutMs;
    this.#transport = options.fetch ? fetchTransport(options.fetch) : nodeTransport;
  }

  send(params: SendParams): Promise<KavenegarResult<KavenegarMessage[]>> {
    const receptor = typeof params.receptor === "string" ? params.receptor : params.receptor.join(",");
    const date = params.date instanceof Date ? Math.floor(params.date.getTime() / 1000) : params.date;
    return this.#call("sms", "send", messageEntriesSchema, {
      receptor,
      message: params.message,
      sender: params.sender,
      date,
      type: params.type,
      localid: params.localid,
      hide: params.hide === undefined ? undefined : params.hide ? 1 : 0,
      tag: params.tag,
    });
  }

  lookup(params: LookupParams): Promise<KavenegarResult<KavenegarMessage[]>> {
    return this.#call("verify", "lookup", messageEntriesSchema, { ...params });
  }

  status(messageIds: readonly (string | number)[]): Promise<KavenegarResult<KavenegarStatusEntry[]>> {
    return this.#call("sms", "status", statusEntriesSchema, { messageid: messageIds.join(",") });
  }

  accountInfo(): Promise<KavenegarResult<KavenegarAccountInfo>> {
    return this.#call("account", "info", accountInfoSchema, {});
  }

  accountConfig(params: AccountConfigParams = {}): Promise<KavenegarResult<KavenegarAccountConfig>> {
    return this.#call("account", "config", accountConfigSchema, { ...params });
  }

  async #call<T>(scope: string, method: string, entriesSchema: z.ZodType<T>, params: Record<string, FormValue>): Promise<KavenegarResult<T>> {
    const endpoint = `${scope}/${method}`;
    const apiKey = this.#apiKey;
    const fail = (init: Omit<KavenegarErrorInit, "endpoint" | "apiKey">) => new KavenegarError({ ...init, endpoint, apiKey });

    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined) body.set(name, String(value));
    }
    const url = `${this.#baseUrl}/v1/${encodeURIComponent(apiKey)}/${scope}/${method}.json`;

    // Aborted only by the timer: an aborted signal means the call timed out.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.#timeoutMs);

    let httpStatus: number;
    let text: string;
    try {
      // The timer stays armed until the body is read: a server may stall mid-body.
      ({ status: httpStatus, text } = await this.#transport({
        url,
        headers: {
          "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
          Accept: "application/json",
        },
        body: body.toString(),
        signal: controller.signal,
      }));
    } catch (error) {
      if (controller.signal.aborted) {
        throw fail({
          kind: "timeout",
          explanation: `No complete answer within ${this.#timeoutMs} ms.`,
          cause: error,
        });
      }
      throw fail({
        kind: "network",
        explanation: `Could not reach Kavenegar: ${describeNetworkError(error)}.`,
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw fail({
        kind: "bad_response",
        httpStatus,
        explanation: `HTTP ${httpStatus} with a body that is not JSON${snippet(text)}.`,
      });
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success) {
      throw fail({
        kind: "bad_response",
        httpStatus,
        response: json,
        explanation: `HTTP ${httpStatus} with JSON that is not a Kavenegar envelope ({return:{status,message}, entries}).`,
      });
    }
    const { status, message } = envelope.data.return;
    if (status !== 200) {
      const info = describeApiStatus(status);
      throw fail({
        kind: "api",
        status,
        httpStatus,
        providerMessage: message,
        explanation: info.explanation,
        adminHint: info.adminHint,
        response: envelope.data,
      });
    }
    const entries = entriesSchema.safeParse(envelope.data.entries);
    if (!entries.success) {
      const issue = entries.error.issues[0];
      const where = issue ? ` at entries${issue.path.map((part) => `[${JSON.stringify(part)}]`).join("")}` : "";
      throw fail({
        kind: "bad_response",
        httpStatus,
        response: envelope.data,
        explanation: `HTTP ${httpStatus}: unexpected entries for ${endpoint}${where}${issue ? `: ${issue.message}` : ""}.`,
      });
    }
    return { entries: entries.data, response: envelope.data };
  }
}

function errorCode(error: unknown): string | undefined {
  const code = error && typeof error === "object" && "code" in error ? error.code : undefined;
  return typeof code === "string" ? code : undefined;
}

function describeNetworkError(error: unknown): string {
  // node:http puts the socket error's code (ECONNREFUSED, ENOTFOUND…) on the error; fetch on its `cause`.
  const cause = error instanceof Error ? error.cause : undefined;
  const code = errorCode(error) ?? errorCode(cause);
  const message = error instanceof Error ? error.message : String(error);
  if (code) return message.includes(code) ? message : `${code}: ${message}`;
  if (cause instanceof Error && cause.message) return cause.message;
  return message;
}

function snippet(text: string): string {
  const trimmed = text.replace(/\s+/g, " ").trim();
  if (!trimmed) return " (empty body)";
  return `: ${JSON.stringify(trimmed.length > 120 ? `${trimmed.slice(0, 120)}…` : trimmed)}`;
}
