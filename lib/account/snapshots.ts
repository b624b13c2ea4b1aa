// Stored Kavenegar account snapshots: the latest one and the history.
import { z } from "zod";
import type { Db } from "@/lib/db/database";
import type { AccountSnapshot } from "@/lib/db/generated/client";

export interface AccountSnapshotView {
  id: string;
  fetchedAt: string;
  /** Rials. */
  credit: number | null;
  expiresAt: string | null;
  accountType: string | null;
  /** account/config as Kavenegar answered it (defaultsender, mincreditalarm, apilogs…). */
  config: Record<string, string> | null;
  /** Why the refresh (or part of it) failed: the provider's status and message, in English. */
  error: string | null;
  /** The same failures as data, for the console to word in its reader's language. */
  failures: RefreshFailure[];
}

const refreshFailureSchema = z.object({
  /** e.g. "account/info". */
  endpoint: z.string().nullable(),
  kind: z.enum(["api", "timeout", "network", "bad_response"]),
  status: z.number().nullable(),
  /** Kavenegar's own words, Persian. */
  providerMessage: z.string().nullable(),
  /** Our client's English account (key scrubbed), for the technically minded. */
  explanation: z.string(),
});

export type RefreshFailure = z.infer<typeof refreshFailureSchema>;

const storedFailuresSchema = z.array(refreshFailureSchema).catch([]);

const storedConfigSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String));

export function toAccountSnapshotView(row: AccountSnapshot): AccountSnapshotView {
  const config = storedConfigSchema.safeParse(row.config);
  return {
    id: row.id.toString(),
    fetchedAt: row.fetchedAt.toISOString(),
    credit: row.credit === null ? null : Number(row.credit),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    accountType: row.accountType,
    config: row.config !== null && config.success ? config.data : null,
    error: row.error,
    failures: storedFailuresSchema.parse(row.failures),
  };
}

export async function getLatestAccountSnapshot(db: Db): Promise<AccountSnapshotView | null> {
  const row = await db.accountSnapshot.findFirst({ orderBy: [{ fetchedAt: "desc" }, { id: "desc" }] });
  return row ? toAccountSnapshotView(row) : null;
}

/** Newest first. */
export async function listAccountSnapshots(db: Db, limit = 50): Promise<AccountSnapshotView[]> {
  const rows = await db.accountSnapshot.findMany({ orderBy: [{ fetchedAt: "desc" }, { id: "desc" }], take: limit });
  return rows.map(toAccountSnapshotView);
}
