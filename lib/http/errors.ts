// The one place where failures become HTTP answers: {detail, code} bodies, no internals.
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/faults";
import { DatabaseUnavailableError, DomainError, type ErrorCode } from "@/lib/errors";
import { issueMessage } from "@/lib/i18n/issue-messages";

const statusByCode: Record<ErrorCode, number> = {
  invalid_request: 400,
  invalid_json: 400,
  payload_too_large: 413,
  request_timeout: 408,
  method_not_allowed: 405,
  invalid_phone: 400,
  phone_blocked: 403,
  challenge_required: 400,
  challenge_invalid: 400,
  otp_invalid: 400,
  otp_cooldown: 429,
  otp_phone_hourly_limit: 429,
  otp_phone_daily_limit: 429,
  otp_client_limit: 429,
  otp_client_daily_limit: 429,
  otp_global_limit: 429,
  sender_invalid: 503,
  phone_rejected: 400,
  provider_no_credit: 503,
  provider_timeout: 503,
  provider_unavailable: 503,
  provider_misconfigured: 503,
  template_invalid: 503,
  provider_rejected: 503,
  database_unavailable: 503,
  settings_changing: 503,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
};

function httpStatusOf(code: ErrorCode): number {
  return statusByCode[code];
}

/** One problem of a request, as the fieldInvalid reason says it: "phone_number is not a valid…". */
function describeIssue(issue: ZodError["issues"][number]): { field: string; problem: string } {
  const field = issue.path.join(".") || "body";
  if (issue.code === "invalid_type" && issue.input === undefined) return { field, problem: issueMessage("required") };
  if (issue.code === "unrecognized_keys") return { field, problem: issueMessage("unknownFields", { fields: issue.keys.join(", ") }) };
  return { field, problem: issue.message };
}

/** Every problem in the detail; the reason names the first, which the console words in its language. */
function invalidRequestBody(error: ZodError) {
  const problems = error.issues.map(describeIssue);
  const invalidPhone = error.issues.some((issue) => issue.path[0] === "phone_number" && issue.code === "custom");
  return {
    detail: problems.map(({ field, problem }) => `${field} ${problem}`).join("; "),
    code: invalidPhone ? "invalid_phone" : "invalid_request",
    reason: "fieldInvalid",
    params: problems[0] ?? { field: "body", problem: "" },
  };
}

export function errorResponse(error: unknown): Response {
  if (!(error instanceof DomainError) && isDatabaseUnavailable(error)) {
    console.warn(`[db] unavailable: ${error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error)}`);
    return errorResponse(new DatabaseUnavailableError());
  }
  if (error instanceof ZodError) {
    return Response.json(invalidRequestBody(error), { status: 400 });
  }
  if (error instanceof DomainError) {
    const status = httpStatusOf(error.code);
    const headers = new Headers();
    if (typeof error.extra.retry_after === "number") headers.set("Retry-After", String(error.extra.retry_after));
    if (typeof error.extra.allow === "string") headers.set("Allow", error.extra.allow);
    const { key, params } = error.reason;
    const because = Object.keys(params).length > 0 ? { reason: key, params } : { reason: key };
    return Response.json({ detail: error.detail, code: error.code, ...because, ...error.extra }, { status, headers });
  }
  console.error("unhandled error in API route", error);
  return Response.json({ detail: "Internal server error.", code: "internal_error" }, { status: 500 });
}
