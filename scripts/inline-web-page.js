/* The offline web page's last build step: the page's script and the job worker's script, both already
 * minified, put into one HTML file (dist/web/指标核查助手.html) with nothing else beside it. The page
 * script runs inline; the worker's is kept as text in a <script type="text/plain"> that the page turns
 * into a Blob URL worker (or runs itself when the browser refuses a worker on file://). The separate
 * .js assets are dropped from the output.
 */
const fs = require('fs');
const zlib = require('zlib');
const { Compilation, sources } = require('webpack');

/** Script text made safe inside <script>…</script>: no `</script` and no `<!--` (which would change how
 * the HTML parser reads the rest). Both replacements mean the same in strings, regular expressions and
 * comments, where minified code has them. */
function scriptSafe(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

class InlineWebPagePlugin {
  /**
   * @param {{ template: string, filename: string, pageEntry: string, workerEntry: string, workerElementId: string }} options
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { template, filename, pageEntry, workerEntry, workerElementId } = this.options;
    compiler.hooks.thisCompilation.tap('InlineWebPagePlugin', (compilation) => {
      compilation.fileDependencies.add(template);
      compilation.hooks.processAssets.tap({ name: 'InlineWebPagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, (assets) => {
        const scriptOf = (entry) => {
          const files = [...(compilation.entrypoints.get(entry)?.getFiles() ?? [])].filter((f) => f.endsWith('.js'));
          if (files.length !== 1) throw new Error(`${entry}: expected one script, got ${files.join(', ') || 'none'}`);
          const license = assets[`${files[0]}.LICENSE.txt`];
          // The minifier's licence comments go into the page itself: the file beside it is not written.
          const code = assets[files[0]].source().toString().replace(/\/\*! For license information please see [^*]*\*\//, () =>
            license ? `/*!\n${license.source().toString().replace(/\*\//g, '* /')}\n*/` : '',
          );
          return { file: files[0], code };
        };
        const page = scriptOf(pageEntry);
        const worker = scriptOf(workerEntry);
        const html = fs
          .readFileSync(template, 'utf8')
          .split('<!-- worker-script -->')
          .join(`<script type="text/plain" id="${workerElementId}">${scriptSafe(worker.code)}</script>`)
          .split('<!-- page-script -->')
          .join(`<script>${scriptSafe(page.code)}</script>`);
        for (const name of Object.keys(assets)) compilation.deleteAsset(name);
        compilation.emitAsset(filename, new sources.RawSource(html));
        const bytes = Buffer.byteLength(html);
        const gzipped = zlib.gzipSync(html, { level: 9 }).length;
        compilation.getLogger('InlineWebPagePlugin').info(`${filename}: ${(bytes / 1024).toFixed(0)} KiB, ${(gzipped / 1024).toFixed(0)} KiB gzipped`);
      });
    });
  }
}

module.exports = { InlineWebPagePlugin, scriptSafe };
