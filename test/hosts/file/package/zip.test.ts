// The package's zip container: untouched entries keep their compressed bytes, changed and added ones
// are written with the right CRC and sizes, with fflate alone (the browser) and with Node's zlib.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { XlsxPackage, useNativeDeflate } from '../../../../src/hosts/file/package/zip';

async function sample(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('xl/kept.xml', '<kept>保持不变</kept>'.repeat(50));
  zip.file('xl/stored.bin', new Uint8Array([1, 2, 3, 4, 5]), { compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The raw (compressed) bytes of each entry, read from the local headers. */
function rawEntries(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map<string, string>();
  for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
    const start = at + 30 + nameLength + extra;
    entries.set(name, Buffer.from(bytes.subarray(start, start + size)).toString('hex'));
    at = start + size;
  }
  return entries;
}

describe.each([
  ['fflate', null],
  ['zlib', { deflateRaw: (d: Uint8Array) => deflateRawSync(d), inflateRaw: (d: Uint8Array) => inflateRawSync(d) }],
])('the package zip with %s', (_name, codec) => {
  beforeAll(() => useNativeDeflate(codec));
  afterAll(() => useNativeDeflate(null));

  it('writes changed and added parts that a CRC-checking reader accepts, large ones too', async () => {
    const pkg = await XlsxPackage.open(await sample());
    const large = `<sheetData>${'<row><c t="inlineStr"><is><t>市林业局 𠮷</t></is></c></row>'.repeat(60_000)}</sheetData>`;
    pkg.setText('xl/large.xml', large);
    pkg.setText('xl/small.xml', '<small>小</small>');
    const saved = await pkg.save();
    const zip = await JSZip.loadAsync(saved, { checkCRC32: true });
    expect(await zip.file('xl/large.xml')!.async('string')).toBe(large);
    expect(await zip.file('xl/small.xml')!.async('string')).toBe('<small>小</small>');
    expect(await zip.file('xl/kept.xml')!.async('string')).toBe('<kept>保持不变</kept>'.repeat(50));
    expect([...(await zip.file('xl/stored.bin')!.async('uint8array'))]).toEqual([1, 2, 3, 4, 5]);
    const reopened = await XlsxPackage.open(saved);
    expect(await reopened.text('xl/large.xml')).toBe(large);
  });

  it('copies the compressed bytes of an untouched entry as they were', async () => {
    const input = await sample();
    const pkg = await XlsxPackage.open(input);
    pkg.setText('xl/small.xml', '<small/>');
    const before = rawEntries(input);
    const after = rawEntries(await pkg.save());
    expect(after.get('xl/kept.xml')).toBe(before.get('xl/kept.xml'));
    expect(after.get('xl/stored.bin')).toBe(before.get('xl/stored.bin'));
  });
});
