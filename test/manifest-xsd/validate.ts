// Helpers for test/manifest.test.ts and test/build.test.ts: the XSD check (Java) and a light,
// regex-based reading of manifest.xml (no XML dependency; the manifest is written by us, one element
// per line).
import { spawnSync } from 'child_process';
import * as path from 'path';

const here = __dirname;

let javaChecked: boolean | undefined;

/** Whether a `java` (11 or later: single-file source programs) is on the PATH. */
export function javaAvailable(): boolean {
  if (javaChecked === undefined) {
    const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
    javaChecked = r.status === 0;
  }
  return javaChecked;
}

/** Runs Validate.java against the add-in schema; returns its output line ("VALID …" / "INVALID … line N: …"). */
export function validateManifest(file: string): { ok: boolean; output: string } {
  const r = spawnSync(
    'java',
    [path.join(here, 'Validate.java'), path.join(here, 'OfficeAppManifestV1_1.xsd'), file],
    { encoding: 'utf8', timeout: 60_000 },
  );
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  return { ok: r.status === 0 && /^VALID /m.test(output), output };
}

export interface ButtonInfo {
  id: string;
  labelResid: string;
  tooltipResid: string;
  action: string;
  functionName?: string;
  iconResids: { size: number; resid: string }[];
}

export interface ManifestFacts {
  /** Every URL-valued attribute or element text (namespace declarations excepted). */
  urls: { where: string; url: string }[];
  appDomains: string[];
  buttons: ButtonInfo[];
  /** resid="…" references, in order. */
  referenced: string[];
  /** Resource ids defined under <Resources>, with their DefaultValue and en-US override. */
  resources: Map<string, { kind: string; value: string; enUS?: string }>;
  /** Every <bt:Image size="N" resid="…"/> of an icon list. */
  imageRefs: { size: number; resid: string }[];
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

export function readManifest(xml: string): ManifestFacts {
  const text = xml.replace(/<!--[\s\S]*?-->/g, '');

  const urls: ManifestFacts['urls'] = [];
  for (const m of text.matchAll(/([\w:.-]+)="(https?:\/\/[^"]*)"/g)) {
    if (m[1] === 'xmlns' || m[1].startsWith('xmlns:')) continue;
    urls.push({ where: m[1], url: m[2] });
  }
  for (const m of text.matchAll(/<([\w:.-]+)[^>]*>\s*(https?:\/\/[^<\s]*)\s*</g)) {
    urls.push({ where: m[1], url: m[2] });
  }
  const appDomains = [...text.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1].trim());

  const buttons: ButtonInfo[] = [];
  for (const m of text.matchAll(/<Control\s[^>]*xsi:type="Button"[^>]*>([\s\S]*?)<\/Control>/g)) {
    const open = /<Control\s[^>]*>/.exec(m[0])![0];
    const body = m[1];
    const supertip = /<Supertip>([\s\S]*?)<\/Supertip>/.exec(body)?.[1] ?? '';
    const action = /<Action\s[^>]*>/.exec(body)?.[0] ?? '';
    buttons.push({
      id: attr(open, 'id') ?? '',
      labelResid: attr(/<Label\s[^>]*>/.exec(body)?.[0] ?? '', 'resid') ?? '',
      tooltipResid: attr(/<Description\s[^>]*>/.exec(supertip)?.[0] ?? '', 'resid') ?? '',
      action: attr(action, 'xsi:type') ?? '',
      functionName: /<FunctionName>([^<]*)<\/FunctionName>/.exec(body)?.[1]?.trim(),
      iconResids: [...body.matchAll(/<bt:Image\s+size="(\d+)"\s+resid="([^"]+)"/g)].map((i) => ({
        size: Number(i[1]),
        resid: i[2],
      })),
    });
  }

  const referenced = [...text.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1]);
  const imageRefs = [...text.matchAll(/<bt:Image\s+size="(\d+)"\s+resid="([^"]+)"/g)].map((m) => ({
    size: Number(m[1]),
    resid: m[2],
  }));

  const resources: ManifestFacts['resources'] = new Map();
  const resourcesXml = /<Resources>([\s\S]*?)<\/Resources>/.exec(text)?.[1] ?? '';
  for (const m of resourcesXml.matchAll(/<bt:(Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"\s*(\/>|>([\s\S]*?)<\/bt:\1>)/g)) {
    const enUS = m[5] ? /<bt:Override\s+Locale="en-US"\s+Value="([^"]*)"/.exec(m[5])?.[1] : undefined;
    if (resources.has(m[2])) throw new Error(`resource id defined twice: ${m[2]}`);
    resources.set(m[2], { kind: m[1], value: m[3], enUS });
  }

  return { urls, appDomains, buttons, referenced, resources, imageRefs };
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(buf: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature) || buf.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
