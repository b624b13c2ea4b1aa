// Where a request's cost lands: CPU time per answered request of the app, PostgreSQL (every
// postgres process of the server), the simulator and the load generator, from /proc (Linux).
import { readdirSync, readFileSync } from "node:fs";

export interface CpuPerRequest {
  appUs: number;
  postgresUs: number;
  simulatorUs: number;
  loadGeneratorUs: number;
}

/** utime + stime in clock ticks (100 a second on Linux); 0 when unreadable. */
function ticks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Every postgres process's ticks; one started during the run counts from 0, one that ended is left out. */
function postgresTicks(): Map<number, number> {
  return new Map(postgresPids().map((pid) => [pid, ticks(pid)]));
}

function postgresPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") pids.push(Number(entry));
    } catch {
      // A process that ended meanwhile.
    }
  }
  return pids;
}

/** Starts counting; the returned function stops and divides by the requests answered. */
export function meterCpu(pids: { app: number; simulator: number }): ((requests: number) => CpuPerRequest) | null {
  if (process.platform !== "linux") return null;
  const read = () => ({ app: ticks(pids.app), simulator: ticks(pids.simulator), loadGenerator: ticks(process.pid) });
  const before = read();
  const postgresBefore = postgresTicks();
  return (requests) => {
    const after = read();
    let postgres = 0;
    for (const [pid, spent] of postgresTicks()) postgres += spent - (postgresBefore.get(pid) ?? 0);
    const perRequest = (spent: number) => Math.round((spent * 10_000) / Math.max(1, requests));
    return {
      appUs: perRequest(after.app - before.app),
      postgresUs: perRequest(postgres),
      simulatorUs: perRequest(after.simulator - before.simulator),
      loadGeneratorUs: perRequest(after.loadGenerator - before.loadGenerator),
    };
  };
}
