// The shape of the code: no module imports itself back through others, and no folder of
// lib/ imports another that imports it back (the domain is a tree of concepts, not a web).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOTS = ["lib", "app", "components"];
const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return SOURCE.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.join(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return path.normalize(candidate);
    } catch {
      // Not this one.
    }
  }
  return null;
}

/** Every file's project imports, type-only ones included (a cycle of types is still a cycle of concepts). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of ROOTS.flatMap(sourceFiles)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    graph.set(
      file,
      importedFiles.map((imported) => resolve(file, imported.fileName)).filter((target): target is string => target !== null),
    );
  }
  return graph;
}

/** The cycles of a graph (Tarjan's strongly connected components with more than one node, or a self-loop). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, indices.get(next) ?? 0));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

/** lib/<folder>, or a file directly in lib/. */
function concept(file: string): string | null {
  const parts = file.split(path.sep);
  if (parts[0] !== "lib") return null;
  return parts.length > 2 ? `lib/${parts[1]}` : file;
}

describe("the import graph", () => {
  const graph = importGraph();

  it("has no cycle between files", () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles(graph)).toEqual([]);
  });

  it("has no cycle between the folders of lib/", () => {
    const folders = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      const from = concept(file);
      if (!from) continue;
      const edges = folders.get(from) ?? new Set<string>();
      for (const target of targets) {
        const to = concept(target);
        if (to && to !== from) edges.add(to);
      }
      folders.set(from, edges);
    }
    expect(cycles(new Map([...folders].map(([folder, edges]) => [folder, [...edges]])))).toEqual([]);
  });
});
