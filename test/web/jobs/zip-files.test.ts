// The merge's .zip: Chinese names marked UTF-8 (bit 11) and made on Unix, so that Windows, macOS and
// Debian's unzip read them back the same; two files of one name both kept.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { zipFiles } from '../../../src/web/jobs/zip-files';

const files = [
  { name: '汇总表.merged.xlsx', bytes: new Uint8Array([1, 2, 3]) },
  { name: '反馈-市城管局.xlsx', bytes: new Uint8Array([4]) },
  { name: '反馈-市城管局.xlsx', bytes: new Uint8Array([5]) },
];

/** The central directory's entries: flags, made-by system, name. */
function centralEntries(zip: Uint8Array): { flags: number; os: number; name: string }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    entries.push({ flags: view.getUint16(at + 8, true), os: zip[at + 5], name: strFromU8(zip.subarray(at + 46, at + 46 + nameLength)) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

test('names in UTF-8, made on Unix, a repeated name numbered', () => {
  const zip = zipFiles(files, new Date('2026-03-10T08:00:00'));
  expect(centralEntries(zip)).toEqual([
    { flags: 0x800, os: 3, name: '汇总表.merged.xlsx' },
    { flags: 0x800, os: 3, name: '反馈-市城管局.xlsx' },
    { flags: 0x800, os: 3, name: '反馈-市城管局 (2).xlsx' },
  ]);
  expect(Object.keys(unzipSync(zip))).toEqual(['汇总表.merged.xlsx', '反馈-市城管局.xlsx', '反馈-市城管局 (2).xlsx']);
});

const haveUnzip = spawnSync('unzip', ['-v']).status === 0;
(haveUnzip ? test : test.skip)('unzip lists the Chinese names as they are', () => {
  const dir = mkdtempSync(join(tmpdir(), 'web-zip-'));
  try {
    writeFileSync(join(dir, 'x.zip'), zipFiles(files.slice(0, 2), new Date()));
    const listing = execFileSync('unzip', ['-l', join(dir, 'x.zip')], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    expect(listing).toContain('汇总表.merged.xlsx');
    expect(listing).toContain('反馈-市城管局.xlsx');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
