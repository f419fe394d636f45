#!/usr/bin/env node
// The `indicator-check` command (package.json "bin", so `npx indicator-check …` works in the project):
// runs the TypeScript command line through tsx, which `npm ci` installs with the project.
'use strict';
const path = require('node:path');

let tsx;
try {
  tsx = require('tsx/cjs/api');
} catch {
  const en = process.argv.includes('en') && process.argv.some((a) => a === '--lang' || a === '--lang=en');
  process.stderr.write(
    en
      ? 'indicator-check needs tsx: run `npm ci` in the project folder first.\n'
      : '指标核查助手需要 tsx:请先在项目目录中运行 npm ci。\n',
  );
  process.exit(2);
}
tsx.register();
const { main } = require(path.join(__dirname, '..', 'src', 'cli', 'index.ts'));
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
