/** @jest-environment jsdom */
// 从方案生成指标库 in the task pane: paste or choose a plan, see the draft with its doubtful items
// marked, write it as the 指标库 sheet of the (in-memory) workbook.
import './setup';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import JSZip from 'jszip';
import { ExtractPanel } from '../../src/taskpane/components/ExtractPanel';
import type { Lang } from '../../src/core/types';
import { FakeExcel } from '../support/fake-excel';

const PLAN = '一、建设指标\n1.城镇污水处理率≥90%(约束性指标)。(责任单位:县住建局;配合单位:县环保局)\n2.占比提升到55%。';

function setup(options: { lang?: Lang; sheets?: { name: string }[] } = {}) {
  const fake = new FakeExcel({ sheets: options.sheets ?? [{ name: '自评表' }] });
  const written = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ExtractPanel lang={options.lang ?? 'zh-CN'} run={(b) => fake.run(b)} onWritten={written} />
    </FluentProvider>,
  );
  return { fake, written };
}

function fileInput(): HTMLInputElement {
  return screen.getByLabelText('选择方案文件（.txt、.docx）', { selector: 'input' }) as HTMLInputElement;
}

async function docxFile(paragraphs: string[]): Promise<File> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);
  return new File([await zip.generateAsync({ type: 'arraybuffer' })], '方案.docx');
}

describe('task pane: 从方案生成指标库', () => {
  it('drafts from pasted text, marks the doubtful item and writes the 指标库 sheet', async () => {
    const { fake, written } = setup();
    fireEvent.change(screen.getByRole('textbox', { name: '粘贴方案正文' }), { target: { value: PLAN } });
    fireEvent.click(screen.getByRole('button', { name: '生成草稿' }));
    expect(await screen.findByText('找到2项目标，其中1项有牵头单位；1项需要核对（已标出）。')).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-confidence'))).toEqual(['high', 'low']);
    expect(items[0].textContent).toContain('城镇污水处理率 ≥90%');
    expect(items[0].textContent).toContain('牵头：县住建局');
    expect(items[1].textContent).toContain('待核对');
    expect(items[1].textContent).toContain('名称取自上文');
    fireEvent.click(screen.getByRole('button', { name: '写入“指标库”表' }));
    expect(await screen.findByText(/^已写入“指标库”表（2项指标，1项标黄待核对）/)).toBeTruthy();
    expect(fake.observe('指标库', 'B2').value).toBe('城镇污水处理率');
    expect(written).toHaveBeenCalledWith(expect.objectContaining({ kind: 'written', indicators: 2 }));
  });

  it('keeps an existing 指标库 sheet until 覆盖 is ticked', async () => {
    const { fake } = setup({ sheets: [{ name: '指标库' }] });
    fireEvent.change(screen.getByRole('textbox', { name: '粘贴方案正文' }), { target: { value: PLAN } });
    fireEvent.click(screen.getByRole('button', { name: '生成草稿' }));
    fireEvent.click(await screen.findByRole('button', { name: '写入“指标库”表' }));
    expect(await screen.findByText(/已有“指标库”表，未改动/)).toBeTruthy();
    expect(fake.cell('指标库', 'B2')).toBeUndefined();
    fireEvent.click(screen.getByRole('checkbox', { name: '覆盖工作簿中已有的“指标库”表' }));
    fireEvent.click(screen.getByRole('button', { name: '写入“指标库”表' }));
    expect(await screen.findByText(/^已写入“指标库”表/)).toBeTruthy();
    expect(fake.observe('指标库', 'B2').value).toBe('城镇污水处理率');
  });

  it('reads a chosen .txt in GB18030 and a chosen .docx', async () => {
    setup();
    const gbk = new Uint8Array([0x31, 0x2e, 0xc9, 0xad, 0xc1, 0xd6, 0xb8, 0xb2, 0xb8, 0xc7, 0xc2, 0xca, 0xa1, 0xdd, 0x36, 0x30, 0x25, 0xa1, 0xa3]);
    fireEvent.change(fileInput(), { target: { files: [new File([gbk.buffer as ArrayBuffer], '方案.txt')] } });
    expect(await screen.findByText(/^找到1项目标/)).toBeTruthy();
    expect(screen.getAllByRole('listitem')[0].textContent).toContain('森林覆盖率 ≥60%');
    fireEvent.change(fileInput(), { target: { files: [await docxFile(PLAN.split('\n'))] } });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
  });

  it('says which files it cannot read', async () => {
    setup();
    fireEvent.change(fileInput(), { target: { files: [new File(['%PDF'], '方案.pdf')] } });
    expect(await screen.findByText('不能读取 .pdf 文件：请选择 .txt 或 .docx，或直接粘贴正文。')).toBeTruthy();
  });

  it('speaks English', async () => {
    setup({ lang: 'en' });
    fireEvent.change(screen.getByRole('textbox', { name: "Paste the plan's text" }), { target: { value: '加强组织领导。' } });
    fireEvent.click(screen.getByRole('button', { name: 'Draft the catalog' }));
    expect(await screen.findByText(/^No target with a value/)).toBeTruthy();
  });
});
