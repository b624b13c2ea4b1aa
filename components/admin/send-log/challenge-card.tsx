import Link from "next/link";
import type { SendAttemptDetail } from "@/lib/send-log/query";
import { formatUtc } from "@/components/ui/format";

export function ChallengeCard({ challenge }: { challenge: NonNullable<SendAttemptDetail["challenge"]> }) {
  return (
    <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 className="font-semibold">OTP challenge</h2>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-slate-500">Id</dt>
        <dd className="break-all font-mono text-xs">{challenge.id}</dd>
        <dt className="text-slate-500">Status</dt>
        <dd>{challenge.status}</dd>
        <dt className="text-slate-500">Created</dt>
        <dd>{formatUtc(challenge.createdAt)} UTC</dd>
        <dt className="text-slate-500">Expires</dt>
        <dd>{formatUtc(challenge.expiresAt)} UTC</dd>
        <dt className="text-slate-500">Verified</dt>
        <dd>{challenge.verifiedAt ? `${formatUtc(challenge.verifiedAt)} UTC` : "–"}</dd>
      </dl>
      <Link className="inline-block text-sm underline" href={`/admin/send-log?challenge=${challenge.id}`} data-testid="challenge-attempts-link">
        Every attempt of this challenge →
      </Link>
    </section>
  );
}
