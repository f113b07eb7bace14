/**
 * The core's areas (src/model, src/i18n, src/findings …) form layers: no two areas import each other,
 * and the message mechanism imports nothing. Type-only imports are left out: they are erased at build
 * time, and a catalogue of the model's words naturally names the model's types.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SRC = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const clause = node.exportClause;
    return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
  }
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

function resolveImport(from: string, spec: string, known: ReadonlySet<string>): string | undefined {
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => known.has(candidate));
}

/** file → the src files it imports at run time. */
function runtimeImports(): Map<string, string[]> {
  const files = sourceFiles(SRC);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const deps: string[] = [];
    for (const node of source.statements) {
      if (!ts.isImportDeclaration(node) && !ts.isExportDeclaration(node)) continue;
      const spec = node.moduleSpecifier;
      if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.') || isTypeOnly(node)) continue;
      const target = resolveImport(file, spec.text, known);
      if (target) deps.push(target);
    }
    graph.set(file, deps);
  }
  return graph;
}

const area = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!.replace(/\.ts$/, '');
const graph = runtimeImports();

describe('the core’s import layers', () => {
  it('finds the imports it is meant to judge', () => {
    const model = join(SRC, 'model/problems.ts');
    expect(graph.get(model)).toContain(join(SRC, 'i18n/index.ts'));
  });

  it('has no two areas of src/ that import each other', () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, deps] of graph) {
      for (const dep of deps) {
        if (area(file) === area(dep)) continue;
        const set = edges.get(area(file)) ?? new Set<string>();
        set.add(area(dep));
        edges.set(area(file), set);
      }
    }
    const mutual = [...edges].flatMap(([a, targets]) => [...targets].filter((b) => a < b && edges.get(b)?.has(a)).map((b) => `${a} ↔ ${b}`));
    expect(mutual).toEqual([]);
  });

  it('has no import cycle between files of src/', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      state.set(file, 'open');
      for (const dep of graph.get(file) ?? []) {
        if (state.get(dep) === 'open') cycles.push([...trail.slice(trail.indexOf(dep)), dep].map((f) => relative(SRC, f)).join(' → '));
        else if (!state.has(dep)) visit(dep, [...trail, dep]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);
    expect(cycles).toEqual([]);
  });

  it('keeps the message mechanism a leaf that everything else may use', () => {
    expect(graph.get(join(SRC, 'i18n/index.ts'))).toEqual([]);
  });
});
