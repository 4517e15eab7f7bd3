// `pnpm --filter @tthc/core lint`: the core is pure functions (packages/core/README.md, "What it
// must not touch"). Fails, naming file:line, on any of these in the TypeScript files under the
// given folders (default: src/):
// - an import of a Node builtin (`node:fs`, or bare `fs`, `path`, …), static, dynamic or require;
// - `process`, the clock (`Date.now`, `new Date()` or `Date()` without arguments, `performance`,
//   `Temporal.Now`), timers (`setTimeout`, `setInterval`, `setImmediate`), randomness
//   (`Math.random`, `crypto`).
// The files are parsed with TypeScript, so comments and strings never count.
// Usage: tsx scripts/check-purity.ts [folder…]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const builtins = new Set(builtinModules);
/** Globals the core must not read: their use is I/O, the clock, timers or chance. */
const globals = new Map([
  ['process', 'the process'],
  ['performance', 'the clock'],
  ['setTimeout', 'a timer'],
  ['setInterval', 'a timer'],
  ['setImmediate', 'a timer'],
  ['crypto', 'randomness'],
]);
const members = new Map([
  ['Date.now', 'the clock'],
  ['Math.random', 'randomness'],
  ['Temporal.Now', 'the clock'],
]);

const isBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || builtins.has(specifier.split('/')[0] ?? '');

/** Whether an identifier is a name being declared or a property name, not a read of a global. */
function isNameOnly(node: ts.Identifier): boolean {
  const p = node.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === node) return true;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p)) && p.name === node) return true;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === node) return true;
  if ((ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) && p.propertyName === node) return true;
  if (ts.isQualifiedName(p) || ts.isTypeReferenceNode(p)) return true;
  return false;
}

/**
 * The impurities of one TypeScript source.
 * @param text - the source
 * @param file - its name, for the messages
 * @returns one `file:line: what` a fault
 */
export function impurities(text: string, file: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const faults: string[] = [];
  const at = (node: ts.Node, what: string) => faults.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (isBuiltin(node.moduleSpecifier.text)) at(node, `imports the Node builtin '${node.moduleSpecifier.text}'`);
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const dynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      if (dynamic || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) {
        if (first && ts.isStringLiteralLike(first) && isBuiltin(first.text)) at(node, `loads the Node builtin '${first.text}'`);
        else at(node, dynamic ? 'imports a module at run time' : 'uses require');
      }
      if (ts.isIdentifier(node.expression) && node.expression.text === 'Date') at(node, 'reads the clock (Date() is the current time)');
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && (node.arguments?.length ?? 0) === 0) {
      at(node, 'reads the clock (new Date() without arguments)');
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const name = `${node.expression.text}.${node.name.text}`;
      const what = members.get(name);
      if (what !== undefined) at(node, `uses ${what} (${name})`);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const e = node.moduleReference.expression;
      if (ts.isStringLiteral(e) && isBuiltin(e.text)) at(node, `imports the Node builtin '${e.text}'`);
    }
    if (ts.isIdentifier(node) && globals.has(node.text) && !isNameOnly(node)) at(node, `uses ${globals.get(node.text) ?? ''} (${node.text})`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return faults;
}

function* sources(path: string): Generator<string> {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* sources(join(path, name));
  } else if (/\.(c|m)?tsx?$/.test(path) && !path.endsWith('.d.ts')) yield path;
}

/**
 * The impurities of every TypeScript file under the given folders.
 * @param roots - folders (or files), relative to the working directory or absolute
 */
export function impuritiesIn(roots: string[]): string[] {
  return roots.flatMap((root) => [...sources(root)].flatMap((f) => impurities(readFileSync(f, 'utf8'), relative(process.cwd(), f))));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const faults = impuritiesIn(process.argv.length > 2 ? process.argv.slice(2) : ['src']);
  if (faults.length > 0) {
    process.stderr.write(`The core must stay pure (no I/O, process, clock, timers or randomness):\n${faults.join('\n')}\n`);
    process.exit(1);
  }
}
