// Which Excel JavaScript API members the add-in's code reaches, and the ExcelApi requirement set each
// needs, read from the `[Api set: ExcelApi 1.x]` remarks of @types/office-js through the TypeScript
// compiler; and whether a use above a minimum version is guarded by an isSetSupported-style check.
import ts from 'typescript';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface ApiUse {
  file: string;
  line: number;
  /** `Excel.Worksheet.onChanged` */
  member: string;
  /** '1.9'; 'online' for ExcelApiOnline. */
  set: string;
  /** The highest version a guard around the use checks for, or null. */
  guardedBy: string | null;
}

export function sourceFiles(root: string, dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  dirs.forEach((d) => walk(join(root, d)));
  return out;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const API_SET = /\[Api set: (ExcelApi(?:Online)?)(?: (\d+\.\d+))?\]/;
// supports('1.9'), session.supports('1.9'), isSetSupported('ExcelApi', '1.9'), supportsSet('ExcelApi', '1.9')
const GUARD = /(?:supports|isSetSupported|supportsSet)\(\s*(?:'ExcelApi'\s*,\s*)?'(\d+\.\d+)'/g;

function apiSetOf(declaration: ts.Declaration): string | null {
  const text = declaration.getSourceFile().getFullText();
  const comments = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  for (const range of comments) {
    const m = API_SET.exec(text.slice(range.pos, range.end));
    if (m) return m[1] === 'ExcelApiOnline' ? 'online' : (m[2] ?? '1.1');
  }
  return null;
}

function guardIn(fn: ts.Node, memo: Map<ts.Node, string | null>): string | null {
  if (memo.has(fn)) return memo.get(fn)!;
  let best: string | null = null;
  for (const m of fn.getText().matchAll(GUARD)) if (!best || compareVersions(m[1], best) > 0) best = m[1];
  memo.set(fn, best);
  return best;
}

function enclosingFunctions(node: ts.Node): ts.Node[] {
  const out: ts.Node[] = [];
  for (let at: ts.Node | undefined = node.parent; at && !ts.isSourceFile(at); at = at.parent) if (ts.isFunctionLike(at)) out.push(at);
  return out;
}

/** The function-like node a declaration stands for: a function, a method, or a const bound to an arrow function. */
function functionOf(declaration: ts.Declaration): ts.Node | null {
  if (ts.isFunctionLike(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isFunctionLike(declaration.initializer)) return declaration.initializer;
  if (ts.isPropertyAssignment(declaration) && ts.isFunctionLike(declaration.initializer)) return declaration.initializer;
  return null;
}

/**
 * Who uses each of the program's functions: for every function, the functions in which it is named
 * (called, or passed on as a callback), so that a guard in a caller covers the uses inside it.
 */
function callersOf(program: ts.Program, checker: ts.TypeChecker, files: string[]): Map<ts.Node, Set<ts.Node>> {
  const callers = new Map<ts.Node, Set<ts.Node>>();
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node)) {
        let symbol = checker.getSymbolAtLocation(node);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        for (const declaration of symbol?.declarations ?? []) {
          const fn = functionOf(declaration);
          if (!fn || (declaration as { name?: ts.Node }).name === node) continue;
          const user = enclosingFunctions(node)[0];
          if (!user || user === fn) continue;
          if (!callers.has(fn)) callers.set(fn, new Set());
          callers.get(fn)!.add(user);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return callers;
}

/** The highest version a guard checks for in the functions around `node` and, transitively, in their callers. */
function guardAround(node: ts.Node, callers: Map<ts.Node, Set<ts.Node>>, memo: Map<ts.Node, string | null>): string | null {
  let best: string | null = null;
  const seen = new Set<ts.Node>();
  const queue = enclosingFunctions(node);
  while (queue.length > 0) {
    const fn = queue.shift()!;
    if (seen.has(fn)) continue;
    seen.add(fn);
    const guard = guardIn(fn, memo);
    if (guard && (!best || compareVersions(guard, best) > 0)) best = guard;
    queue.push(...enclosingFunctions(fn), ...(callers.get(fn) ?? []));
  }
  return best;
}

function isExcelDeclaration(declaration: ts.Declaration): string | null {
  if (!/[\\/]@types[\\/]office-js[\\/]/.test(declaration.getSourceFile().fileName)) return null;
  const names: string[] = [];
  for (let at: ts.Node | undefined = declaration; at; at = at.parent) {
    if ((ts.isClassDeclaration(at) || ts.isInterfaceDeclaration(at) || ts.isModuleDeclaration(at)) && at.name) names.unshift(at.name.text);
  }
  return names[0] === 'Excel' ? names.join('.') : null;
}

/** Every use of a member of the `Excel` namespace that has an ExcelApi remark, in `files`. */
export function excelApiUses(root: string, files: string[], tsconfig: string): ApiUse[] {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error(`cannot read ${tsconfig}`);
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const callers = callersOf(program, checker, files);
  const memo = new Map<ts.Node, string | null>();
  const uses: ApiUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node) || (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression))) {
        const access = ts.isPropertyAccessExpression(node) ? node : (node.expression as ts.PropertyAccessExpression);
        const symbol = checker.getSymbolAtLocation(access.name);
        for (const declaration of symbol?.declarations ?? []) {
          const owner = isExcelDeclaration(declaration);
          const set = owner ? apiSetOf(declaration) : null;
          if (owner && set) {
            const { line } = source.getLineAndCharacterOfPosition(access.name.getStart());
            uses.push({ file: relative(root, file), line: line + 1, member: `${owner}.${access.name.text}`, set, guardedBy: guardAround(node, callers, memo) });
            break;
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  // A call and its property access are the same use.
  const seen = new Set<string>();
  return uses.filter((u) => {
    const key = `${u.file}:${u.line}:${u.member}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
