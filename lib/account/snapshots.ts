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
  /** Why the refresh (or part of it) failed: the provider's status and message. */
  error: string | null;
}

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
