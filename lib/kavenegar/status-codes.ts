// The single table of Kavenegar's `return.status` codes and delivery statuses,
// shared by the client (to explain failures) and the simulator (to answer with them).

export interface ApiStatusInfo {
  code: number;
  /** `return.message` exactly as Kavenegar sends it. */
  message: string;
  explanation: string;
  /** What an administrator should do about it. */
  adminHint: string;
  /** The sender line itself is refused: every message from it fails until another line is used. */
  refusesLine?: true;
}

export const API_STATUS_CODES: readonly ApiStatusInfo[] = [
  { code: 200, message: "تایید شد", explanation: "Accepted.", adminHint: "Nothing to do." },
  {
    code: 400,
    message: "پارامترها ناقص هستند",
    explanation: "Required parameters are missing.",
    adminHint: "A bug in the request we build; report it to the developers.",
  },
  {
    code: 401,
    message: "حساب کاربری غیرفعال شده است",
    explanation: "The Kavenegar account is disabled.",
    adminHint: "Contact Kavenegar support to reactivate the account.",
  },
  {
    code: 402,
    message: "عملیات ناموفق بود",
    explanation: "The operation failed on Kavenegar's side.",
    adminHint: "Retry later; if it persists, contact Kavenegar support.",
  },
  {
    code: 403,
    message: "کد شناسائی API-Key معتبر نمیباشد",
    explanation: "The API key is not valid.",
    adminHint: "Check KAVENEGAR_API_KEY against the key shown in the Kavenegar panel.",
  },
  {
    code: 404,
    message: "متد نامشخص است",
    explanation: "Unknown API method.",
    adminHint: "A bug in the request URL; report it to the developers.",
  },
  {
    code: 405,
    message: "متد Get/Post اشتباه است",
    explanation: "Wrong HTTP method (GET/POST) for this API method.",
    adminHint: "A bug in the request; report it to the developers.",
  },
  {
    code: 406,
    message: "پارامترهای اجباری خالی ارسال شده اند",
    explanation: "A required parameter was sent empty.",
    adminHint: "Check the message, receptor and template values being sent.",
  },
  {
    code: 407,
    message: "دسترسی به اطلاعات مورد نظر برای شما امکان پذیر نیست",
    explanation: "Access denied to this information.",
    adminHint: "Select/outbox methods and international lines need this server's IP in the panel's security settings.",
  },
  {
    code: 409,
    message: "سرور قادر به پاسخگوئی نیست بعدا تلاش کنید",
    explanation: "Kavenegar is busy and cannot answer now.",
    adminHint: "Retry later.",
  },
  {
    code: 411,
    message: "دریافت کننده نامعتبر است",
    explanation: "Invalid receptor (recipient phone number).",
    adminHint: "Use an Iranian mobile number such as 09123456789.",
  },
  {
    code: 412,
    message: "ارسال کننده نامعتبر است",
    explanation: "Invalid sender: the line is not assigned to this account or is not active.",
    adminHint: "Pick an active line that belongs to this account in the Kavenegar panel.",
    refusesLine: true,
  },
  {
    code: 413,
    message: "پیام خالی است و یا طول پیام بیش از حد مجاز میباشد",
    explanation: "The message is empty or longer than 900 characters.",
    adminHint: "Shorten the message text or template.",
  },
  {
    code: 414,
    message: "حجم درخواست بیشتر از حد مجاز است",
    explanation: "Too many records in one request (200 receptors per send, 500 ids per status).",
    adminHint: "Split the request into smaller batches.",
  },
  {
    code: 415,
    message: "اندیس شروع بزرگ تر از کل تعداد شماره های مورد نظر است",
    explanation: "The start index is larger than the number of records.",
    adminHint: "A bug in paging; report it to the developers.",
  },
  {
    code: 416,
    message: "IP سرویس مبدا با تنظیمات مطابقت ندارد",
    explanation: "The caller's IP does not match the account's allowed IPs.",
    adminHint: "Add this server's IP to the allowed IPs in the panel's security settings.",
  },
  {
    code: 417,
    message: "تاریخ ارسال اشتباه است و فرمت آن صحیح نمی باشد",
    explanation: "Invalid send date: it must be a unix time that is not in the past.",
    adminHint: "Check the scheduled date and this server's clock.",
  },
  {
    code: 418,
    message: "اعتبار شما کافی نمیباشد",
    explanation: "Not enough credit on the Kavenegar account.",
    adminHint: "Top up the account in the Kavenegar panel.",
  },
  {
    code: 419,
    message: "طول آرایه متن و گیرنده و فرستنده هم اندازه نیست",
    explanation: "The message, receptor and sender arrays have different lengths.",
    adminHint: "A bug in the batch request; report it to the developers.",
  },
  {
    code: 420,
    message: "استفاده از لینک در متن پیام برای شما محدود شده است",
    explanation: "Links in message text are restricted for this account.",
    adminHint: "Remove the link or ask Kavenegar to allow links.",
  },
  {
    code: 422,
    message: "داده ها به دلیل وجود کاراکتر نامناسب قابل پردازش نیست",
    explanation: "The data contains invalid characters.",
    adminHint: "Check the message text and parameters for invalid characters.",
  },
  {
    code: 424,
    message: "الگوی مورد نظر پیدا نشد",
    explanation: "Verify template not found, or not approved yet.",
    adminHint: "Check the template name, and that it is approved in the panel's verify section.",
  },
  {
    code: 426,
    message: "استفاده از این متد نیازمند سرویس پیشرفته میباشد",
    explanation: "This method needs the advanced plan.",
    adminHint: "Upgrade the account plan or avoid this method.",
  },
  {
    code: 427,
    message: "استفاده از این خط نیازمند ایجاد سطح دسترسی می باشد",
    explanation: "This line needs an access level granted in the panel.",
    adminHint: "Request access for this line in the Kavenegar panel, or pick another line.",
    refusesLine: true,
  },
  {
    code: 428,
    message: "ارسال کد از طریق تماس تلفنی امکان پذیر نیست",
    explanation: "The code cannot be sent by voice call.",
    adminHint: "Send it by SMS, or use a numeric token for voice calls.",
  },
  {
    code: 429,
    message: "IP محدود شده است",
    explanation: "The caller's IP is restricted.",
    adminHint: "Contact Kavenegar support about this server's IP.",
  },
  {
    code: 431,
    message: "ساختار کد صحیح نمیباشد",
    explanation: "Malformed token: tokens must have no spaces and at most 100 characters.",
    adminHint: "Check the values passed as token, token2 and token3.",
  },
  {
    code: 432,
    message: "پارامتر کد در متن پیام پیدا نشد",
    explanation: "The template has no %token parameter.",
    adminHint: "Edit the template in the panel so that it contains %token.",
  },
  {
    code: 451,
    message: "فراخوانی بیش از حد در بازه زمانی مشخص IP محدود شده",
    explanation: "Too many calls in a short time: the IP is throttled.",
    adminHint: "Slow down and retry later.",
  },
  {
    code: 501,
    message: "فقط امکان ارسال پیام تست به شماره صاحب حساب کاربری وجود دارد",
    explanation: "Trial account: messages can only go to the account owner's number.",
    adminHint: "Activate the account in the Kavenegar panel.",
  },
  {
    code: 607,
    message: "نام تگ انتخابی اشتباه است",
    explanation: "Invalid tag name.",
    adminHint: "Use a tag defined in the Kavenegar panel.",
  },
];

const byCode = new Map(API_STATUS_CODES.map((info) => [info.code, info]));

export function findApiStatus(code: number): ApiStatusInfo | undefined {
  return byCode.get(code);
}

/** Whether a `return.status` means the sender line is refused (412, 427): worth routing around. */
export function refusesSenderLine(status: number | null): boolean {
  return status !== null && byCode.get(status)?.refusesLine === true;
}

/** Like findApiStatus, with a generic entry for codes the documentation does not list. */
export function describeApiStatus(code: number): ApiStatusInfo {
  return (
    byCode.get(code) ?? {
      code,
      message: "",
      explanation: `Undocumented Kavenegar status ${code}.`,
      adminHint: "Retry later; if it persists, contact Kavenegar support with this status code.",
    }
  );
}

/** The Persian `return.message` for a code; an undocumented code gets 402's "operation failed". */
export function apiStatusMessage(code: number): string {
  return byCode.get(code)?.message ?? "عملیات ناموفق بود";
}

/** sms/status: 1 queued, 2 scheduled, 4/5 with the operator, 6 failed, 10 delivered, 11 not delivered, 13 cancelled, 14 blocked, 100 unknown id. */
export type DeliveryStatusCode = 1 | 2 | 4 | 5 | 6 | 10 | 11 | 13 | 14 | 100;

export interface DeliveryStatusInfo {
  code: DeliveryStatusCode;
  /** `statustext` exactly as Kavenegar sends it. */
  statustext: string;
  explanation: string;
  /** No later status will follow. */
  final: boolean;
}

export const DELIVERY_STATUSES: readonly DeliveryStatusInfo[] = [
  { code: 1, statustext: "در صف ارسال", explanation: "Queued.", final: false },
  { code: 2, statustext: "زمان بندی شده", explanation: "Scheduled.", final: false },
  { code: 4, statustext: "ارسال شده به مخابرات", explanation: "Handed to the operator.", final: false },
  { code: 5, statustext: "ارسال شده به مخابرات", explanation: "Handed to the operator.", final: false },
  { code: 6, statustext: "خطا در ارسال", explanation: "Failed to send.", final: true },
  { code: 10, statustext: "رسیده به گیرنده", explanation: "Delivered.", final: true },
  { code: 11, statustext: "نرسیده به گیرنده", explanation: "Not delivered.", final: true },
  { code: 13, statustext: "لغو شده", explanation: "Cancelled.", final: true },
  {
    code: 14,
    statustext: "بلاک شده",
    explanation: "Blocked by the recipient (opted out of advertising).",
    final: true,
  },
  { code: 100, statustext: "شناسه نامعتبر", explanation: "Unknown message id.", final: true },
];

const deliveryByCode = new Map<number, DeliveryStatusInfo>(DELIVERY_STATUSES.map((info) => [info.code, info]));

export function deliveryStatusText(code: DeliveryStatusCode): string {
  // Every DeliveryStatusCode is in the table.
  return deliveryByCode.get(code)?.statustext ?? "";
}
