// Where a server's CPU time went: a `node --cpu-prof` profile's self time, grouped by owner
// (a package in node_modules, one of our folders, the garbage collector). Time in Node's
// internals and native code counts for the code that called it (pg's socket writes are pg's).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

export interface ProfileShare {
  owner: string;
  /** Percent of the busy (non-idle) time. */
  percent: number;
}

function ownerOf(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node internals";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [scope = "", name = ""] = url.slice(modules + "node_modules/".length).split("/");
    const pkg = scope.startsWith("@") ? `${scope}/${name}` : scope;
    // Next.js bundles its dependencies and ours into chunks: name the chunk's owner.
    return pkg === "next" && url.includes("/compiled/") ? `next (bundled: ${url.split("/compiled/")[1]?.split("/")[0] ?? "?"})` : pkg;
  }
  const server = url.indexOf("/.next/server/");
  if (server >= 0) return "app bundle (.next/server: our lib/ and app/ as built)";
  const project = /\/(lib|app|scripts)\/([^/]+)/.exec(url);
  return project ? `${project[1]}/${project[2]}` : url;
}

/** Self time by owner, largest first, as shares of the busy time; profiles of one directory are merged. */
export async function summarizeProfiles(directory: string, top = 15): Promise<ProfileShare[]> {
  const files = (await readdir(directory)).filter((file) => file.endsWith(".cpuprofile"));
  const byOwner = new Map<string, number>();
  for (const file of files) {
    const profile = JSON.parse(await readFile(path.join(directory, file), "utf8")) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const root = profile.nodes[0];
    const stack: { node: ProfileNode; inherited: string }[] = root ? [{ node: root, inherited: "node internals (no caller of ours)" }] : [];
    for (let item = stack.pop(); item; item = stack.pop()) {
      const own = ownerOf(item.node.callFrame);
      const owner = own === "node internals" || own === "(native)" ? item.inherited : own;
      if (owner !== "(idle)" && owner !== "(root)") byOwner.set(owner, (byOwner.get(owner) ?? 0) + (item.node.hitCount ?? 0));
      for (const child of item.node.children ?? []) {
        const node = byId.get(child);
        if (node) stack.push({ node, inherited: ["(root)", "(program)", "(garbage collector)"].includes(owner) ? item.inherited : owner });
      }
    }
  }
  const busy = [...byOwner.values()].reduce((sum, hits) => sum + hits, 0) || 1;
  return [...byOwner.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([owner, hits]) => ({ owner, percent: Math.round((hits / busy) * 1000) / 10 }));
}
