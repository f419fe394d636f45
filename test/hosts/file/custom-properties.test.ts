import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CoreError } from '../../../src/core/errors';
import { readCustomProperties, writeCustomProperties } from '../../../src/hosts/file/custom-properties';

async function exceljsFile(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '创建办';
  const ws = workbook.addWorksheet('填报表');
  ws.getCell('A1').value = '森林覆盖率';
  ws.getCell('B1').value = 0.385;
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A file whose custom.xml already holds a number and a text property, as Excel writes them. */
async function withForeignProperties(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file(
    'docProps/custom.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Revision"><vt:i4>7</vt:i4></property>' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Owner &amp; Co"><vt:lpwstr>市水利局 &lt;a&gt;</vt:lpwstr></property>' +
      '</Properties>',
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'),
  );
  const rels = await zip.file('_rels/.rels')!.async('string');
  zip.file(
    '_rels/.rels',
    rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'),
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('custom document properties of an .xlsx file', () => {
  it('reads none from a file exceljs wrote', async () => {
    expect(await readCustomProperties(await exceljsFile())).toEqual({});
  });

  it('reads back what it wrote, XML-special characters and all', async () => {
    const stamp = JSON.stringify({ sheet: '填报表', note: 'a<b & "c" \'d\' >e', line: 'x\ny' });
    const written = await writeCustomProperties(await exceljsFile(), { IndicatorCheckStamp: stamp, Other: '' });
    expect(await readCustomProperties(written)).toEqual({ IndicatorCheckStamp: stamp, Other: '' });
  });

  it('adds the part, its content-type override and its package relationship once', async () => {
    const once = await writeCustomProperties(await exceljsFile(), { A: '1' });
    const twice = await writeCustomProperties(once, { A: '2' });
    const zip = await JSZip.loadAsync(twice);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    const rels = await zip.file('_rels/.rels')!.async('string');
    expect(types.match(/\/docProps\/custom\.xml/g)).toHaveLength(1);
    expect(rels.match(/relationships\/custom-properties/g)).toHaveLength(1);
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await readCustomProperties(twice)).toEqual({ A: '2' });
  });

  it('keeps properties already there and replaces one of the same name', async () => {
    const start = await withForeignProperties(await exceljsFile());
    expect(await readCustomProperties(start)).toEqual({ Revision: '7', 'Owner & Co': '市水利局 <a>' });
    const written = await writeCustomProperties(start, { IndicatorCheckStamp: '{"v":1}', Revision: '8' });
    expect(await readCustomProperties(written)).toEqual({ 'Owner & Co': '市水利局 <a>', IndicatorCheckStamp: '{"v":1}', Revision: '8' });
    const xml = await (await JSZip.loadAsync(written)).file('docProps/custom.xml')!.async('string');
    // The property kept is kept as it was; the new ones take pids above it, all unique.
    expect(xml).toContain('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Owner &amp; Co"><vt:lpwstr>市水利局 &lt;a&gt;</vt:lpwstr></property>');
    const pids = [...xml.matchAll(/pid="(\d+)"/g)].map((m) => Number(m[1]));
    expect(pids).toEqual([3, 4, 5]);
    const rels = await (await JSZip.loadAsync(written)).file('_rels/.rels')!.async('string');
    expect(rels.match(/relationships\/custom-properties/g)).toHaveLength(1);
  });

  it('leaves a file that exceljs opens again with its cells', async () => {
    const written = await writeCustomProperties(await exceljsFile(), { IndicatorCheckStamp: '{"ok":true}' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written as unknown as ExcelJS.Buffer);
    const ws = workbook.getWorksheet('填报表')!;
    expect(ws.getCell('A1').value).toBe('森林覆盖率');
    expect(ws.getCell('B1').value).toBe(0.385);
    expect(workbook.creator).toBe('创建办');
  });

  it('refuses bytes that are not an .xlsx package', async () => {
    await expect(readCustomProperties(new TextEncoder().encode('not a zip'), 'x.xlsx')).rejects.toThrow(CoreError);
    await expect(writeCustomProperties(new TextEncoder().encode('not a zip'), { A: '1' }, 'x.xlsx')).rejects.toMatchObject({ code: 'bad-input' });
  });
});

describe('values longer than Excel keeps', () => {
  it('are written in parts of at most 255 characters and read back whole', async () => {
    const long = JSON.stringify({ department: '市住房和城乡建设局', valueHash: 'a'.repeat(64), pad: 'x'.repeat(300) });
    const written = await writeCustomProperties(await exceljsFile(), { IndicatorCheckStamp: long });
    const xml = await (await JSZip.loadAsync(written)).file('docProps/custom.xml')!.async('string');
    const values = [...xml.matchAll(/<vt:lpwstr>([^<]*)<\/vt:lpwstr>/g)].map((m) => m[1]);
    expect(values.length).toBeGreaterThan(1);
    expect(values.every((v) => v.replace(/&quot;/g, '"').length <= 255)).toBe(true);
    expect(await readCustomProperties(written)).toEqual({ IndicatorCheckStamp: long });
  });

  it('leave no stale parts behind when a shorter value replaces a longer one', async () => {
    const long = await writeCustomProperties(await exceljsFile(), { IndicatorCheckStamp: 'y'.repeat(700), Keep: 'k' });
    const short = await writeCustomProperties(long, { IndicatorCheckStamp: 'short' });
    const xml = await (await JSZip.loadAsync(short)).file('docProps/custom.xml')!.async('string');
    expect(xml).not.toContain('IndicatorCheckStamp_2');
    expect(await readCustomProperties(short)).toEqual({ Keep: 'k', IndicatorCheckStamp: 'short' });
  });
});
