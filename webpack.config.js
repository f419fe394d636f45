/* Build of the Excel add-in, laid out as in Microsoft's Office add-in template (yo office, React task pane).
 *
 *   npm run build        production build into dist/: manifest.xml with https://localhost:3000/ replaced by
 *                        ADDIN_PUBLIC_URL (e.g. ADDIN_PUBLIC_URL=https://addins.example.gov.cn/indicator-check/)
 *   npm run build:dev    development build, manifest left pointing at https://localhost:3000/
 *   npm run dev-server   https://localhost:3000/ with the Office dev certificates (office-addin-dev-certs)
 *
 * OFFICE_JS_LOCAL=1 serves office.js from the @microsoft/office-js package (copied to office-js/) instead
 * of Microsoft's CDN, for networks without internet access. That package is not a dependency of this
 * project: install it first (npm install -D -E @microsoft/office-js@<version>). Microsoft's README says
 * the npm copy is for intranet/offline use and not for add-ins published to AppSource.
 *
 * A second configuration builds the offline web page dist/web/指标核查助手.html (src/web): one file
 * with every script inlined, for offices whose Excel cannot load the add-in. It is built after the
 * add-in (whose build empties dist/ first), its TypeScript compiled down to ES2019 for Chromium 80.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { InlineWebPagePlugin } = require('./scripts/inline-web-page');

/** The prefix every URL in manifest.xml starts with. */
const urlDev = 'https://localhost:3000/';
/** Used when ADDIN_PUBLIC_URL is unset: obviously not a real server. */
const urlProdPlaceholder = 'https://www.example.com/indicator-check/';
const officeJsCdn = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The public base URL of the production build, normalised to end with "/". */
function productionUrl() {
  const raw = (process.env.ADDIN_PUBLIC_URL || '').trim();
  if (!raw) {
    console.warn(
      `\n[indicator-check] ADDIN_PUBLIC_URL is not set: the manifest in the build points at the placeholder ` +
        `${urlProdPlaceholder}\n  Set it to the HTTPS address the add-in is served from, e.g. ` +
        `ADDIN_PUBLIC_URL=https://addins.example.gov.cn/indicator-check/ npm run build\n`,
    );
    return urlProdPlaceholder;
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_PUBLIC_URL must be an https:// address (Office loads add-ins only over HTTPS): ${raw}`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_PUBLIC_URL must be a base address without ?query or #fragment: ${raw}`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** manifest.xml for production: every https://localhost:3000/ becomes the public URL, the bare origin
 * (AppDomain, which takes no path or trailing slash) becomes the public URL's origin, and the comments,
 * which describe the development set-up, are dropped. */
function productionManifest(content, publicUrl) {
  const origin = new URL(publicUrl).origin;
  return content
    .toString()
    .replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, '')
    .split(urlDev)
    .join(xmlEscape(publicUrl))
    .split(urlDev.replace(/\/$/, ''))
    .join(xmlEscape(origin));
}

/** The dist folder of @microsoft/office-js, or a clear error when the package is not installed. */
function localOfficeJsDir() {
  let pkg;
  try {
    pkg = require.resolve('@microsoft/office-js/package.json');
  } catch {
    throw new Error(
      'OFFICE_JS_LOCAL=1 needs the @microsoft/office-js package, which is not installed. ' +
        'Install it with "npm install -D -E @microsoft/office-js@<version>", or build without OFFICE_JS_LOCAL ' +
        'to load office.js from Microsoft\'s CDN.',
    );
  }
  return path.join(path.dirname(pkg), 'dist');
}

async function getHttpsOptions() {
  // Required here, not at the top: only the dev server needs certificates.
  const devCerts = require('office-addin-dev-certs');
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** The file name of the offline web page, inside the build's web/ folder. */
const WEB_PAGE = '指标核查助手.html';
/** The id of the element that carries the job worker's script in the web page. */
/**
 * ts-loader for the bundles: transpile only (`npm run typecheck` does the type checking), ES modules so
 * that webpack can tree-shake Fluent UI (tsconfig.json targets jest, CommonJS), plus `compilerOptions`.
 */
function tsLoader(compilerOptions) {
  return { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020', declaration: false, ...compilerOptions } } };
}

const WEB_WORKER_ELEMENT = 'job-worker-source';

/** The offline web page: the page's and the job worker's bundles, inlined by InlineWebPagePlugin. */
function webPageConfig() {
  /** @type {import('webpack').Configuration} */
  const config = {
    name: 'web',
    // After the add-in, which empties dist/ when it starts.
    dependencies: ['addin'],
    // Chromium 80 and Firefox (ESR 78 and later): webpack's own runtime code in ES2019 too.
    target: ['web', 'es2019'],
    devtool: false,
    entry: {
      'web-page': './src/web/index.tsx',
      'web-jobs': './src/web/jobs/worker-entry.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: 'web/[name].js',
      // One script per entry: nothing is ever loaded from beside the page.
      asyncChunks: false,
      clean: false,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [
        // Chromium 80 lacks ??= and ||= (ES2021) and class fields: ES2019 syntax everywhere.
        { test: /\.tsx?$/, exclude: /node_modules/, use: tsLoader({ target: 'es2019', sourceMap: false }) },
        {
          // Dependencies published in syntax newer than ES2020 (tabster's ??=), compiled down the same way;
          // test/browser/web-offline.spec.ts parses the built page at ES2020 and names any other.
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/](tabster)[\\/]/,
          use: tsLoader({ allowJs: true, target: 'es2019', sourceMap: false }),
        },
      ],
    },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
    },
    performance: { hints: false },
    plugins: [
      new InlineWebPagePlugin({
        template: path.resolve(__dirname, 'src/web/page.html'),
        filename: `web/${WEB_PAGE}`,
        pageEntry: 'web-page',
        workerEntry: 'web-jobs',
        workerElementId: WEB_WORKER_ELEMENT,
      }),
    ],
  };
  return config;
}

const webpackConfig = async (env, options) => {
  const dev = options.mode === 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const officeJsLocal = process.env.OFFICE_JS_LOCAL === '1';
  const officeJsDir = officeJsLocal ? localOfficeJsDir() : null;
  const publicUrl = dev ? urlDev : productionUrl();
  const officeJsUrl = officeJsLocal ? 'office-js/office.js' : officeJsCdn;

  const copyPatterns = [
    { from: 'assets/*', to: 'assets/[name][ext]' },
    {
      from: 'manifest.xml',
      to: '[name][ext]',
      transform(content) {
        return dev ? content : productionManifest(content, publicUrl);
      },
    },
  ];
  if (officeJsDir) {
    copyPatterns.push({
      from: '**/*',
      context: officeJsDir,
      to: 'office-js/',
      globOptions: { ignore: dev ? [] : ['**/*.debug.js'] },
      info: { minimized: true }, // already minified by Microsoft: keep Terser off these 30 MB
    });
  }

  /** @type {import('webpack').Configuration} */
  const config = {
    name: 'addin',
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      outcome: './src/commands/outcome.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: tsLoader({ sourceMap: dev }) },
      ],
    },
    optimization: {
      // Libraries go into their own long-lived chunks (react, fluentui, vendors), so that a new version of
      // the add-in re-downloads only its own code, and the ribbon's function file never loads React.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            priority: 30,
          },
          fluentui: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg)[\\/]/,
            name: 'fluentui',
            priority: 20,
          },
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            priority: 10,
            // Only what the first load needs: what is imported lazily (the return reader, the plan extractor) stays in its own chunk.
            // No fixed name: one chunk for all entries would make the task pane load what only the ribbon's
            // function file needs (the catalog schema's zod); webpack splits them by which entries use them.
            chunks: 'initial',
          },
        },
      },
    },
    performance: {
      // The task pane is loaded from the add-in's own server (often on an intranet), once, then cached.
      hints: dev ? false : 'warning',
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('office-js/'),
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 768 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        officeJsUrl,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        officeJsUrl,
      }),
      new HtmlWebpackPlugin({
        filename: 'outcome.html',
        template: './src/commands/outcome.html',
        chunks: ['outcome'],
        officeJsUrl,
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    devServer: {
      hot: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: {
        type: 'https',
        options: serving ? await getHttpsOptions() : undefined,
      },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
  // The dev server serves the add-in only; a build writes the web page too.
  return serving ? config : [config, webPageConfig()];
};

module.exports = webpackConfig;
module.exports.WEB_PAGE = WEB_PAGE;
module.exports.WEB_WORKER_ELEMENT = WEB_WORKER_ELEMENT;
// For test/build.test.ts.
module.exports.productionUrl = productionUrl;
module.exports.productionManifest = productionManifest;
