// manifest.xml: schema-valid, every URL under the dev prefix the build replaces, the four ribbon buttons
// wired to their functions, every resource id defined, every icon present in assets/ at its size.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { javaAvailable, pngSize, readManifest, validateManifest } from './manifest-xsd/validate';

const root = path.join(__dirname, '..');
const manifestFile = path.join(root, 'manifest.xml');
const xml = fs.readFileSync(manifestFile, 'utf8');
const facts = readManifest(xml);
const DEV = 'https://localhost:3000/';

const withJava = javaAvailable() ? it : it.skip;
if (!javaAvailable()) {
  console.warn('java not found: the XSD validation of manifest.xml is skipped (Java 17 runs it).');
}

describe('manifest.xml', () => {
  withJava('is valid against the add-in manifest schema', () => {
    const r = validateManifest(manifestFile);
    expect(r.output).toMatch(/^VALID /);
    expect(r.ok).toBe(true);
  });

  it('is an Excel task pane add-in with a fixed id, in Chinese with English overrides', () => {
    expect(xml).toMatch(/<OfficeApp [^>]*xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(xml).toContain('<Version>1.0.0.0</Version>');
    expect(xml).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(xml).toMatch(/<DisplayName DefaultValue="指标核查助手">\s*<Override Locale="en-US" Value="IndicatorCheck"\/>/);
    expect(xml).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
    expect(xml).toMatch(/<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/);
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).toContain(`<SourceLocation DefaultValue="${DEV}taskpane.html"/>`);
  });

  it('requires no more than ExcelApi 1.7 (newer APIs are detected at run time)', () => {
    const sets = [...xml.matchAll(/<Set Name="([^"]+)"(?: MinVersion="([^"]+)")?\/>/g)];
    expect(sets.map((s) => s[1])).toEqual(['ExcelApi']);
    const min = Number(sets[0][2] ?? /DefaultMinVersion="([^"]+)"/.exec(xml)?.[1]);
    expect(min).toBeGreaterThanOrEqual(1.1);
    expect(min).toBeLessThanOrEqual(1.7);
  });

  it('has every URL under https://localhost:3000/ and the AppDomain as its origin', () => {
    expect(facts.urls.length).toBeGreaterThan(10);
    for (const { where, url } of facts.urls) {
      if (where === 'AppDomain') continue;
      expect(`${where}: ${url}`).toBe(`${where}: ${DEV}${url.slice(DEV.length)}`);
    }
    // An AppDomain takes no path and no trailing slash.
    expect(facts.appDomains).toEqual(['https://localhost:3000']);
    expect(xml).not.toMatch(/http:\/\/(?!schemas\.microsoft\.com|www\.w3\.org)/);
  });

  it('puts a group 指标核查 with four buttons on the Home tab', () => {
    expect(xml).toMatch(/<ExtensionPoint xsi:type="PrimaryCommandSurface">\s*<OfficeTab id="TabHome">/);
    const group = /<Group id="[^"]+">\s*<Label resid="([^"]+)"\/>/.exec(xml);
    expect(facts.resources.get(group![1])?.value).toBe('指标核查');

    const label = (resid: string) => facts.resources.get(resid)?.value;
    const summary = facts.buttons.map((b) => [label(b.labelResid), b.action, b.functionName ?? null]);
    expect(summary).toEqual([
      ['核查面板', 'ShowTaskpane', null],
      ['检查工作簿', 'ExecuteFunction', 'checkWorkbook'],
      ['一键生成汇总表', 'ExecuteFunction', 'buildSummary'],
      ['清除标记', 'ExecuteFunction', 'clearMarks'],
    ]);
    expect(new Set(facts.buttons.map((b) => b.id)).size).toBe(4);
    expect(xml).toMatch(/<FunctionFile resid="([^"]+)"\/>/);
    const functionFile = /<FunctionFile resid="([^"]+)"\/>/.exec(xml)![1];
    expect(facts.resources.get(functionFile)?.value).toBe(`${DEV}commands.html`);
    const pane = /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"\/>/.exec(xml)![1];
    expect(facts.resources.get(pane)?.value).toBe(`${DEV}taskpane.html`);
  });

  it('gives each button a Chinese label and tooltip with English overrides, and icons 16/32/80', () => {
    for (const b of facts.buttons) {
      for (const resid of [b.labelResid, b.tooltipResid]) {
        const r = facts.resources.get(resid);
        expect(r?.value).toMatch(/[\u4e00-\u9fff]/);
        expect(r?.enUS).toMatch(/^[\x20-\x7e]+$/);
      }
      expect(b.iconResids.map((i) => i.size)).toEqual([16, 32, 80]);
    }
    // Every string resource has an English override.
    for (const [id, r] of facts.resources) {
      if (r.kind === 'String') expect(`${id}: ${r.enUS ?? 'no en-US override'}`).not.toContain('no en-US override');
    }
  });

  it('defines every resource id it references, with ids of at most 32 characters', () => {
    expect(facts.referenced.length).toBeGreaterThan(20);
    for (const resid of facts.referenced) expect(`${resid}: ${facts.resources.has(resid)}`).toBe(`${resid}: true`);
    for (const id of facts.resources.keys()) expect(id.length).toBeLessThanOrEqual(32);
    // Nothing defined and never used.
    const used = new Set(facts.referenced);
    expect([...facts.resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('refers only to icons that exist in assets/, at the size the manifest says', () => {
    const pngs = facts.urls.filter((u) => u.url.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(0);
    for (const { url } of pngs) {
      const rel = url.slice(DEV.length);
      expect(rel).toMatch(/^assets\/[\w.-]+\.png$/);
      const file = path.join(root, rel);
      expect(`${rel}: ${fs.existsSync(file)}`).toBe(`${rel}: true`);
    }
    for (const { size, resid } of facts.imageRefs) {
      const rel = facts.resources.get(resid)!.value.slice(DEV.length);
      expect(`${rel}: ${pngSize(fs.readFileSync(path.join(root, rel))).width}`).toBe(`${rel}: ${size}`);
    }
    // The add-in's own icons: 32 px, and 64 px for high-DPI screens.
    expect(xml).toContain(`<IconUrl DefaultValue="${DEV}assets/icon-32.png"/>`);
    expect(xml).toContain(`<HighResolutionIconUrl DefaultValue="${DEV}assets/icon-64.png"/>`);
    expect(pngSize(fs.readFileSync(path.join(root, 'assets/icon-32.png'))).width).toBe(32);
    expect(pngSize(fs.readFileSync(path.join(root, 'assets/icon-64.png'))).width).toBe(64);
  });
});

describe('assets/', () => {
  // Decodes the PNGs scripts/make-icons.js writes: 8-bit RGBA, no interlace, filter 0 on every row.
  function decode(buf: Buffer): { size: number; rgba: Buffer } {
    const { width, height } = pngSize(buf);
    expect(width).toBe(height);
    expect([buf[24], buf[25], buf[28]]).toEqual([8, 6, 0]);
    const idat: Buffer[] = [];
    for (let o = 8; o < buf.length; ) {
      const len = buf.readUInt32BE(o);
      if (buf.toString('ascii', o + 4, o + 8) === 'IDAT') idat.push(buf.subarray(o + 8, o + 8 + len));
      o += 12 + len;
    }
    const raw = zlib.inflateSync(Buffer.concat(idat));
    const stride = width * 4;
    const rgba = Buffer.alloc(stride * height);
    for (let y = 0; y < height; y++) {
      expect(raw[y * (stride + 1)]).toBe(0);
      raw.copy(rgba, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
    }
    return { size: width, rgba };
  }

  it('holds the icons scripts/make-icons.js draws (run it after changing the script)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { renderAll } = require('../scripts/make-icons.js') as {
      renderAll(): { file: string; size: number; rgba: Uint8Array }[];
    };
    const icons = renderAll();
    for (const size of [16, 32, 64, 80, 128]) expect(icons.map((i) => i.file)).toContain(`icon-${size}.png`);
    for (const icon of icons) {
      const file = path.join(root, 'assets', icon.file);
      expect(`${icon.file}: ${fs.existsSync(file)}`).toBe(`${icon.file}: true`);
      const png = decode(fs.readFileSync(file));
      expect(png.size).toBe(icon.size);
      expect(`${icon.file}: ${png.rgba.equals(Buffer.from(icon.rgba))}`).toBe(`${icon.file}: true`);
    }
  });
});
