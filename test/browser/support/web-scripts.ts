// The web page's scripts held to what Chromium 80 runs: each parses as ECMAScript 2020 (acorn, which
// webpack brings), and none uses a built-in newer than that. The search is on the syntax tree, not
// the text: a name in a string, a comment, an object key or a declaration is not a use.
import * as acorn from 'acorn';

export interface InlineScript {
  /** Where it is (the n-th <script> of the page, or a worker's source). */
  where: string;
  type: string;
  text: string;
}

/** The inline <script> elements of an HTML file (JSON and template types left out). */
export function inlineScripts(html: string): InlineScript[] {
  const scripts: InlineScript[] = [];
  let n = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    n += 1;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(match[1])?.[1]?.toLowerCase() ?? '';
    if (/json|template|html/.test(type)) continue;
    if (match[2].trim() === '') continue;
    scripts.push({ where: `<script> #${n}${type ? ` (type=${type})` : ''}`, type, text: match[2] });
  }
  return scripts;
}

/** The <script src=…> of the page: a self-contained page has none. */
export const externalScripts = (html: string): string[] => [...html.matchAll(/<script\b[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);

/** Null when the script parses as ECMAScript 2020, else acorn's message with the text around it. */
export function es2020Error(script: InlineScript): string | null {
  try {
    acorn.parse(script.text, { ecmaVersion: 2020, sourceType: script.type === 'module' ? 'module' : 'script', allowHashBang: true });
    return null;
  } catch (error) {
    const pos = (error as { pos?: number }).pos ?? 0;
    return `${script.where}: ${(error as Error).message} near «${script.text.slice(Math.max(0, pos - 60), pos + 60)}»`;
  }
}

/** Built-ins Chromium 80 does not have: methods called on a value, and global names. */
const NEWER_METHODS = new Set(['replaceAll', 'at', 'findLast', 'findLastIndex', 'hasOwn', 'structuredClone']);
const NEWER_GLOBALS = new Set(['structuredClone']);

type Node = acorn.Node & Record<string, unknown>;

/** Each use of a newer built-in: `x.replaceAll(`, `x.at(`, `x.findLast(`, `Object.hasOwn`, `structuredClone`, with the text around it. */
export function newerBuiltIns(script: InlineScript): string[] {
  const ast = acorn.parse(script.text, { ecmaVersion: 'latest', sourceType: script.type === 'module' ? 'module' : 'script', allowHashBang: true }) as unknown as Node;
  const found: string[] = [];
  const around = (node: acorn.Node) => script.text.slice(Math.max(0, node.start - 40), Math.min(script.text.length, node.end + 40)).replace(/\s+/g, ' ');
  const propertyName = (node: Node): string | null => {
    const property = node.property as Node;
    if (!node.computed && property.type === 'Identifier') return property.name as string;
    if (node.computed && property.type === 'Literal' && typeof property.value === 'string') return property.value;
    return null;
  };
  const visit = (node: Node, parent: Node | null): void => {
    if (node.type === 'MemberExpression') {
      const name = propertyName(node);
      // `.at`, `.findLast`… only as something called (a property named `at` that is read is not
      // Array.prototype.at); findLast only with a function or a name (a library's own findLast
      // method called with an options object, as tabster's is, is not Array.prototype.findLast).
      const call = parent?.type === 'CallExpression' && parent.callee === node ? parent : null;
      const first = (call?.arguments as Node[] | undefined)?.[0];
      const likeArrayMethod = name === 'findLast' || name === 'findLastIndex' ? !!first && first.type !== 'ObjectExpression' : !!call;
      if (name && NEWER_METHODS.has(name) && (likeArrayMethod || name === 'hasOwn' || name === 'structuredClone')) found.push(`${script.where}: .${name} in «${around(node)}»`);
    }
    if (node.type === 'Identifier' && NEWER_GLOBALS.has(node.name as string) && parent) {
      const isMemberName = parent.type === 'MemberExpression' && parent.property === node && !parent.computed;
      const isKey = (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && parent.key === node && !parent.computed;
      if (!isMemberName && !isKey) found.push(`${script.where}: ${node.name as string} in «${around(node)}»`);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const child of value) if (child && typeof child === 'object' && typeof (child as Node).type === 'string') visit(child as Node, node);
      } else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') visit(value as Node, node);
    }
  };
  visit(ast, null);
  return found;
}
