/**
 * Yoga, its plugin packages, Pothos and graphql-scalars are loaded through their CommonJS builds
 * (src/gateway/yoga-runtime.ts, src/schema/pothos-runtime.ts): one value import of their ESM build
 * anywhere in src/ would load a second copy of hundreds of modules on every start (and, for Pothos,
 * a second core that knows none of the plugins). Type-only imports load nothing and are allowed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/** Packages whose runtime comes from the CommonJS loaders named above. */
const LOADED_AS_COMMONJS = [/^graphql-yoga$/, /^@graphql-yoga\//, /^@pothos\//, /^graphql-scalars$/];

/** `file: specifier` for every import, export-from or import() that loads a guarded package's ESM build. */
function esmLoadsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const guarded = (specifier: ts.Expression | undefined): specifier is ts.StringLiteral =>
    specifier !== undefined && ts.isStringLiteral(specifier) && LOADED_AS_COMMONJS.some((pattern) => pattern.test(specifier.text));
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && guarded(node.moduleSpecifier) && !isTypeOnlyImport(node)) found.push(node.moduleSpecifier.text);
    if (ts.isExportDeclaration(node) && guarded(node.moduleSpecifier) && !node.isTypeOnly) found.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && guarded(node.arguments[0])) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((specifier) => `${path.relative(SRC, file)}: ${specifier}`);
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (clause === undefined) return false; // `import 'x'` runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name !== undefined) return false;
  const bindings = clause.namedBindings;
  return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

describe('packages loaded through their CommonJS builds', () => {
  it('finds an ESM value import when there is one, and none of a type-only import', () => {
    const probe = (text: string) => {
      const source = ts.createSourceFile('probe.ts', text, ts.ScriptTarget.Latest, true);
      const statement = source.statements[0]!;
      return ts.isImportDeclaration(statement) && isTypeOnlyImport(statement);
    };
    expect(probe("import { createYoga } from 'graphql-yoga';")).toBe(false);
    expect(probe("import { type Plugin, createYoga } from 'graphql-yoga';")).toBe(false);
    expect(probe("import 'graphql-yoga';")).toBe(false);
    expect(probe("import type { Plugin } from 'graphql-yoga';")).toBe(true);
    expect(probe("import { type Plugin } from 'graphql-yoga';")).toBe(true);
  });

  it('no module in src/ imports yoga, its plugins, Pothos or graphql-scalars other than for types', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.join(SRC, name));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(esmLoadsOf)).toEqual([]);
  });
});
