// The schema comparison (tests/helpers/schema-facts.ts) catches schema.prisma edited
// without a migration: each case is one such edit, and the exact report it must give.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareSchemaWithDatabase } from "../helpers/schema-facts/index";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

/** Applies one edit to the schema text, failing loudly when the schema no longer contains what it edits. */
function edit(schema: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(schema)) throw new Error(`Test fixture out of date: schema.prisma no longer matches ${pattern}`);
  return schema.replace(pattern, replacement);
}

/** Like `edit`, inside one model's block only. */
function editModel(schema: string, model: string, pattern: RegExp, replacement: string): string {
  const block = new RegExp(`\\n\\s*model\\s+${model}\\s*\\{[\\s\\S]*?\\n\\}`).exec(schema);
  if (!block) throw new Error(`Test fixture out of date: schema.prisma has no model ${model}`);
  const edited = edit(block[0], pattern, replacement);
  return schema.slice(0, block.index) + edited + schema.slice(block.index + block[0].length);
}

const appendToModel = (schema: string, model: string, lines: string) => editModel(schema, model, /\n\}$/, `\n${lines}\n}`);

describe("a schema.prisma edited without a migration", () => {
  let db: TestDatabase;
  let schema: string;

  beforeAll(async () => {
    [db, schema] = await Promise.all([createTestDatabase(), readFile(path.resolve("prisma/schema.prisma"), "utf8")]);
  });

  afterAll(async () => {
    await db?.drop();
  });

  const cases: { name: string; change: (schema: string) => string; expected: string[] }[] = [
    {
      name: "a new model",
      change: (s) => `${s}\nmodel Extra {\n  id Int @id @default(autoincrement())\n  @@map("extras")\n}\n`,
      expected: ["missing from the database: table extras"],
    },
    {
      name: "a new column",
      change: (s) => appendToModel(s, "SenderLine", `  region String @default("ir") @map("region_code") @db.VarChar(8)`),
      expected: ["missing from the database: column sender_lines.region_code character varying(8) NOT NULL DEFAULT 'ir'"],
    },
    {
      name: "a removed column",
      change: (s) => editModel(s, "SendAttempt", /\n\s*errorDetail\s+String\?[^\n]*/, ""),
      expected: ["not in schema.prisma: column send_attempts.error_detail text NULL"],
    },
    {
      name: "a renamed column (@map)",
      change: (s) => editModel(s, "SendAttempt", /@map\("latency_ms"\)/, '@map("latency")'),
      expected: [
        "missing from the database: column send_attempts.latency integer NOT NULL",
        "not in schema.prisma: column send_attempts.latency_ms integer NOT NULL",
      ],
    },
    {
      name: "a renamed table (@@map)",
      change: (s) => editModel(s, "Setting", /@@map\("settings"\)/, '@@map("app_settings")'),
      expected: ["missing from the database: table app_settings", "not in schema.prisma: table settings"],
    },
    {
      name: "a changed native type",
      change: (s) => editModel(s, "SenderLine", /(\bnumber\s+String[^\n]*)@db\.VarChar\(32\)/, "$1@db.VarChar(40)"),
      expected: [
        "column sender_lines.number differs: schema.prisma has character varying(40) NOT NULL, the database has character varying(32) NOT NULL",
      ],
    },
    {
      name: "a changed timestamp precision",
      change: (s) => editModel(s, "AccountSnapshot", /(fetchedAt[^\n]*)@db\.Timestamptz\(3\)/, "$1@db.Timestamp(6)"),
      expected: [
        "column account_snapshots.fetched_at differs: schema.prisma has timestamp(6) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP, the database has timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP",
      ],
    },
    {
      name: "a changed scalar type",
      change: (s) => editModel(s, "AccountSnapshot", /(\bcredit\s+)BigInt\?/, "$1Int?"),
      expected: ["column account_snapshots.credit differs: schema.prisma has integer NULL, the database has bigint NULL"],
    },
    {
      name: "a column made optional",
      change: (s) => editModel(s, "SendAttempt", /(latencyMs\s+)Int(\s)/, "$1Int?$2"),
      expected: ["column send_attempts.latency_ms differs: schema.prisma has integer NULL, the database has integer NOT NULL"],
    },
    {
      name: "a changed default",
      change: (s) => editModel(s, "SenderLine", /(priority\s+Int\s+)@default\(100\)/, "$1@default(50)"),
      expected: [
        "column sender_lines.priority differs: schema.prisma has integer NOT NULL DEFAULT 50, the database has integer NOT NULL DEFAULT 100",
      ],
    },
    {
      name: "a removed default",
      change: (s) => editModel(s, "SignInAttempt", /(createdAt\s+DateTime\s+)@default\(now\(\)\)\s*/, "$1"),
      expected: [
        "column sign_in_attempts.created_at differs: schema.prisma has timestamp(3) with time zone NOT NULL, the database has timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP",
      ],
    },
    {
      name: "autoincrement removed",
      change: (s) => editModel(s, "AuditEntry", /(\bid\s+BigInt\s+@id)\s+@default\(autoincrement\(\)\)/, "$1"),
      expected: [
        "column audit_entries.id differs: schema.prisma has bigint NOT NULL, the database has bigint NOT NULL DEFAULT nextval(audit_entries_id_seq)",
      ],
    },
    {
      name: "a new enum value",
      change: (s) => edit(s, /(enum SendOutcome \{[^}]*?)(\n\})/, "$1\n  pending$2"),
      expected: ["enum SendOutcome differs: schema.prisma has (sent, failed, pending), the database has (sent, failed)"],
    },
    {
      name: "a new enum",
      change: (s) => `${s}\nenum Channel {\n  sms\n  voice\n}\n`,
      expected: ["missing from the database: enum Channel (sms, voice)"],
    },
    {
      name: "a removed index",
      change: (s) => editModel(s, "AuditEntry", /\n\s*@@index\(\[createdAt\]\)/, ""),
      expected: ["not in schema.prisma: index audit_entries_created_at_idx btree on audit_entries (created_at)"],
    },
    {
      name: "an index sort order",
      change: (s) => editModel(s, "SendAttempt", /@@index\(\[outcome, id\(sort: Desc\)\]\)/, "@@index([outcome, id])"),
      expected: [
        "index send_attempts_outcome_id_idx differs: schema.prisma has btree on send_attempts (outcome, id), the database has btree on send_attempts (outcome, id DESC)",
      ],
    },
    {
      name: "an index type",
      change: (s) => editModel(s, "SendAttempt", /@@index\(\[challengeId\]\)/, "@@index([challengeId], type: Hash)"),
      expected: [
        "index send_attempts_challenge_id_idx differs: schema.prisma has hash on send_attempts (challenge_id), the database has btree on send_attempts (challenge_id)",
      ],
    },
    {
      name: "a new unique constraint",
      change: (s) => appendToModel(s, "SignInAttempt", "  @@unique([email, ip])"),
      expected: ["missing from the database: index sign_in_attempts_email_ip_key UNIQUE btree on sign_in_attempts (email, ip)"],
    },
    {
      name: "a removed unique constraint",
      change: (s) => editModel(s, "AdminUser", /(\bemail\s+String\s+)@unique\s*/, "$1"),
      expected: ["not in schema.prisma: index admin_users_email_key UNIQUE btree on admin_users (email)"],
    },
    {
      name: "a changed primary key name",
      change: (s) => editModel(s, "Setting", /(\bkey\s+String\s+)@id(\s)/, '$1@id(map: "settings_key_pk")$2'),
      expected: ["primary key settings differs: schema.prisma has settings_key_pk (key), the database has settings_pkey (key)"],
    },
    {
      name: "a changed ON DELETE action",
      change: (s) => editModel(s, "SendAttempt", /onDelete: SetNull/, "onDelete: Cascade"),
      expected: [
        "foreign key send_attempts_challenge_id_fkey differs: schema.prisma has send_attempts (challenge_id) → otp_challenges (id) ON DELETE CASCADE ON UPDATE CASCADE, the database has send_attempts (challenge_id) → otp_challenges (id) ON DELETE SET NULL ON UPDATE CASCADE",
      ],
    },
    {
      name: "a changed ON UPDATE action",
      change: (s) => editModel(s, "SendAttempt", /onDelete: SetNull/, "onDelete: SetNull, onUpdate: NoAction"),
      expected: [
        "foreign key send_attempts_challenge_id_fkey differs: schema.prisma has send_attempts (challenge_id) → otp_challenges (id) ON DELETE SET NULL ON UPDATE NO ACTION, the database has send_attempts (challenge_id) → otp_challenges (id) ON DELETE SET NULL ON UPDATE CASCADE",
      ],
    },
    {
      name: "a new relation",
      change: (s) =>
        appendToModel(
          appendToModel(s, "AuditEntry", `  adminId Int? @map("admin_id")\n  admin AdminUser? @relation(fields: [adminId], references: [id])`),
          "AdminUser",
          "  auditEntries AuditEntry[]",
        ),
      expected: [
        "missing from the database: column audit_entries.admin_id integer NULL",
        "missing from the database: foreign key audit_entries_admin_id_fkey audit_entries (admin_id) → admin_users (id) ON DELETE SET NULL ON UPDATE CASCADE",
      ],
    },
  ];

  it.each(cases)("reports $name made in schema.prisma without a migration", async ({ change, expected }) => {
    const problems = await compareSchemaWithDatabase(change(schema), db.sql);
    expect(problems).toEqual(expected);
  });
});
