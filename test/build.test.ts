// The production build (`npm run build`, here into a temporary folder): pages, assets and a manifest
// that points at ADDIN_PUBLIC_URL; plus the build options' edge cases, without building.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { javaAvailable, readManifest, validateManifest } from './manifest-xsd/validate';

const root = path.join(__dirname, '..');
const PUBLIC_URL = 'https://addin.example.org/ic/';

interface WebpackConfig {
  name?: string;
  devtool?: unknown;
  devServer?: { server?: { options?: unknown } };
  plugins?: unknown[];
  dependencies?: string[];
}

interface WebpackConfigModule {
  /** The add-in's configuration and the web page's; the add-in's alone for the dev server. */
  (env: Record<string, unknown>, options: { mode: string }): Promise<WebpackConfig | WebpackConfig[]>;
  productionUrl(): string;
  productionManifest(content: string | Buffer, publicUrl: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../webpack.config.js') as WebpackConfigModule;

/** Runs fn with the given environment variables set (undefined = unset), then restores them. */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T | Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (v: Record<string, string | undefined>) => {
    for (const [k, val] of Object.entries(v)) {
      if (val === undefined) delete process.env[k];
      else process.env[k] = val;
    }
  };
  apply(vars);
  try {
    return await fn();
  } finally {
    apply(saved);
  }
}

describe('npm run build (production, into a temporary folder)', () => {
  let out: string;
  let build: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'indicator-check-build-'));
    // What `npx webpack --mode production --output-path <out>` runs, without npx's start-up.
    build = spawnSync(
      process.execPath,
      [require.resolve('webpack/bin/webpack.js'), '--mode', 'production', '--output-path', out],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, ADDIN_PUBLIC_URL: PUBLIC_URL, OFFICE_JS_LOCAL: '' },
      },
    );
  });

  afterAll(() => {
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it('succeeds', () => {
    expect(`${build.status}\n${build.stdout}${build.stderr}`).toMatch(/^0\n/);
  });

  it('writes the two pages, each loading office.js and its own scripts only', () => {
    const taskpane = fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8');
    const commands = fs.readFileSync(path.join(out, 'commands.html'), 'utf8');
    for (const page of [taskpane, commands]) {
      expect(page).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      expect(page).toMatch(/lang="?zh-CN/);
      const scripts = [...page.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
      for (const src of scripts.filter((s) => !s.startsWith('https://'))) {
        expect(`${src}: ${fs.existsSync(path.join(out, src))}`).toBe(`${src}: true`);
      }
    }
    expect(taskpane).toMatch(/<div id="?container"?>/);
    expect(taskpane).toContain('<title>指标核查助手</title>');
    expect(taskpane).toMatch(/src="?taskpane\.[0-9a-f]+\.js/);
    // The ribbon's function file does not load the task pane's libraries.
    expect(commands).toMatch(/src="?commands\.[0-9a-f]+\.js/);
    expect(commands).not.toMatch(/react|fluentui|taskpane\./);
  });

  it('writes the offline web page as one file in web/, beside the add-in', () => {
    expect(fs.readdirSync(path.join(out, 'web'))).toEqual(['指标核查助手.html']);
    const page = fs.readFileSync(path.join(out, 'web', '指标核查助手.html'), 'utf8');
    expect(page).toMatch(/lang="?zh-CN/);
    expect(page).not.toMatch(/<script[^>]*\ssrc=|<link\b/);
    expect(page).not.toContain('appsforoffice');
    expect(page).toContain('文件只在本机处理，不会上传');
  });

  it('copies every asset, and no source maps', () => {
    for (const file of fs.readdirSync(path.join(root, 'assets'))) {
      expect(fs.readFileSync(path.join(out, 'assets', file)).equals(fs.readFileSync(path.join(root, 'assets', file)))).toBe(true);
    }
    const files = fs.readdirSync(out, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.some((f) => f.startsWith('office-js'))).toBe(false);
  });

  it('writes manifest.xml pointing at ADDIN_PUBLIC_URL, with no localhost left', () => {
    const xml = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(xml).not.toMatch(/localhost/i);
    expect(xml).toContain(`<SourceLocation DefaultValue="${PUBLIC_URL}taskpane.html"/>`);
    expect(xml).toContain(`DefaultValue="${PUBLIC_URL}commands.html"`);
    const facts = readManifest(xml);
    for (const { where, url } of facts.urls) {
      if (where !== 'AppDomain') expect(url.startsWith(PUBLIC_URL)).toBe(true);
    }
    expect(facts.appDomains).toEqual(['https://addin.example.org']);
    // Every icon it names was built.
    for (const { url } of facts.urls.filter((u) => u.url.endsWith('.png'))) {
      expect(fs.existsSync(path.join(out, url.slice(PUBLIC_URL.length)))).toBe(true);
    }
    // Same buttons and strings as the source manifest.
    const source = readManifest(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'));
    expect(facts.buttons).toEqual(source.buttons);
    expect(facts.resources.size).toBe(source.resources.size);
  });

  (javaAvailable() ? it : it.skip)('writes a manifest.xml that is still valid', () => {
    const r = validateManifest(path.join(out, 'manifest.xml'));
    expect(r.output).toMatch(/^VALID /);
  });
});

describe('webpack.config.js options', () => {
  it('falls back to a placeholder public URL, with a warning, when ADDIN_PUBLIC_URL is unset', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const url = await withEnv({ ADDIN_PUBLIC_URL: undefined }, () => webpackConfig.productionUrl());
      expect(url).toBe('https://www.example.com/indicator-check/');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('ADDIN_PUBLIC_URL is not set'));
    } finally {
      warn.mockRestore();
    }
  });

  it('adds the trailing slash and refuses a non-HTTPS public URL', async () => {
    await withEnv({ ADDIN_PUBLIC_URL: 'https://addin.example.org/ic' }, () =>
      expect(webpackConfig.productionUrl()).toBe(PUBLIC_URL),
    );
    await withEnv({ ADDIN_PUBLIC_URL: 'http://addin.example.org/ic/' }, () =>
      expect(() => webpackConfig.productionUrl()).toThrow(/https/),
    );
    await withEnv({ ADDIN_PUBLIC_URL: 'not a url' }, () =>
      expect(() => webpackConfig.productionUrl()).toThrow(/not a URL/),
    );
  });

  it('escapes the public URL for XML and drops the development comments', () => {
    const xml = webpackConfig.productionManifest(
      '<!-- dev: https://localhost:3000/ -->\n<a b="https://localhost:3000/x.html"/><AppDomain>https://localhost:3000</AppDomain>\n',
      'https://h.example.org/a&b/',
    );
    expect(xml).toBe('<a b="https://h.example.org/a&amp;b/x.html"/><AppDomain>https://h.example.org</AppDomain>\n');
  });

  it('asks for development certificates only when the dev server runs', async () => {
    const configs = await withEnv({ ADDIN_PUBLIC_URL: PUBLIC_URL }, () =>
      webpackConfig({ WEBPACK_BUNDLE: true, WEBPACK_BUILD: true }, { mode: 'production' }),
    );
    if (!Array.isArray(configs)) throw new Error('a build has the add-in and the web page');
    const [addin, web] = configs;
    expect(addin.name).toBe('addin');
    expect(addin.devtool).toBe(false);
    expect(addin.devServer?.server?.options).toBeUndefined();
    // The web page is built after the add-in, whose build empties the output folder.
    expect(web.name).toBe('web');
    expect(web.dependencies).toEqual(['addin']);
  });

  it('fails with a clear message when OFFICE_JS_LOCAL=1 and @microsoft/office-js is not installed', async () => {
    let installed = true;
    try {
      require.resolve('@microsoft/office-js/package.json');
    } catch {
      installed = false;
    }
    const run = withEnv({ OFFICE_JS_LOCAL: '1', ADDIN_PUBLIC_URL: PUBLIC_URL }, () =>
      webpackConfig({ WEBPACK_BUILD: true }, { mode: 'production' }),
    );
    if (installed) await expect(run).resolves.toBeDefined();
    else await expect(run).rejects.toThrow(/OFFICE_JS_LOCAL=1 needs the @microsoft\/office-js package/);
  });
});
