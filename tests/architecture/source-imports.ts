import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** The checkout's root: where `@/` points. */
export const ROOT = path.resolve(__dirname, "../..");

const SOURCE = /\.(ts|tsx|mts)$/;
const EXTENSIONS = ["", ".ts", ".tsx", ".mts", "/index.ts", "/index.tsx"];

/**
 * Every TypeScript file under the given folders, as paths relative to the root (`lib/engine/match.ts`).
 *
 * @param folders folders relative to the root
 */
export function sourceFiles(...folders: string[]): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(path.join(ROOT, folder))) {
      const relative = `${folder}/${name}`;
      if (statSync(path.join(ROOT, relative)).isDirectory()) walk(relative);
      else if (SOURCE.test(name) && !name.endsWith(".d.ts")) found.push(relative);
    }
  };
  for (const folder of folders) if (existsSync(path.join(ROOT, folder))) walk(folder);
  return found.sort();
}

// `import … from "x"`, `export … from "x"` (across lines), `import "x"`, `import("x")`.
const SPECIFIERS = [/\b(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']/gs, /\bimport\s*["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g];

/**
 * The module specifiers a file imports or re-exports, as written (`@/lib/engine`, `./match`, `react`).
 *
 * @param file a path relative to the root
 */
export function importSpecifiers(file: string): string[] {
  // Comments may quote an import; they do not make one.
  const text = readFileSync(path.join(ROOT, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return SPECIFIERS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1] as string));
}

/**
 * The project file a specifier names, or null for a package (`react`, `next/link`).
 *
 * @param from the importing file, relative to the root
 * @param specifier what it imports
 * @returns a path relative to the root
 */
export function resolveSpecifier(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = `${base}${extension}`;
    if (existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile()) return candidate;
  }
  throw new Error(`${from} imports "${specifier}", which names no file`);
}

/**
 * The import graph of the project's own files: each file and the project files it imports.
 *
 * @param files the files to read, relative to the root
 */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => [file, [...new Set(importSpecifiers(file).map((s) => resolveSpecifier(file, s)).filter((target): target is string => target !== null))]]),
  );
}

/**
 * The import loops of a graph, each as the files along it, back to its first.
 *
 * @param graph file → the files it imports
 */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}
