// The inline scripts of the built web page (dist/web/指标核查助手.html), and what in them an old
// browser could not run: syntax beyond ES2020 (acorn parses them at ecmaVersion 2020) and the
// built-ins Chromium 80 lacks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

export const WEB_PAGE = join(__dirname, '..', '..', '..', 'dist', 'web', '指标核查助手.html');

export interface PageScript {
  /** The element's id, or 'page' for the page's own script. */
  id: string;
  code: string;
}

/** The page's <script> elements' contents, the worker's text/plain one with them. */
export function pageScripts(html: string): PageScript[] {
  const scripts: PageScript[] = [];
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    // The build minifies the HTML: attributes may come without quotes.
    const id = /\bid="?([^"\s>]+)/.exec(match[1])?.[1] ?? 'page';
    scripts.push({ id, code: match[2] });
  }
  return scripts;
}

/** Chromium 80 lacks these (their versions in brackets). */
export const MISSING_IN_CHROMIUM_80: { name: string; pattern: RegExp }[] = [
  { name: 'String.prototype.replaceAll (85)', pattern: /\.replaceAll\(/ },
  { name: 'Array.prototype.at (92)', pattern: /\.at\((-?\d|[a-zA-Z_$][\w$]*\s*-)/ },
  { name: 'Object.hasOwn (93)', pattern: /Object\.hasOwn\(/ },
  { name: 'structuredClone (98)', pattern: /\bstructuredClone\(/ },
  // Called with a function (tabster has a findLast method of its own, called with an object).
  { name: 'Array.prototype.findLast (97)', pattern: /\.findLast(Index)?\(\s*(\(|function\b|[\w$]+\s*=>)/ },
];

export interface ScriptProblem {
  script: string;
  problem: string;
}

export function scriptProblems(scripts: PageScript[]): ScriptProblem[] {
  const problems: ScriptProblem[] = [];
  for (const { id, code } of scripts) {
    try {
      parse(code, { ecmaVersion: 2020, sourceType: 'script' });
    } catch (error) {
      const at = (error as { pos?: number }).pos ?? 0;
      problems.push({ script: id, problem: `${(error as Error).message}: …${code.slice(Math.max(0, at - 60), at + 60)}…` });
    }
    for (const { name, pattern } of MISSING_IN_CHROMIUM_80) {
      const found = pattern.exec(code);
      if (found) problems.push({ script: id, problem: `${name}: …${code.slice(Math.max(0, found.index - 60), found.index + 60)}…` });
    }
  }
  return problems;
}

export function readWebPage(): string {
  return readFileSync(WEB_PAGE, 'utf8');
}
