// 从方案生成指标库: paste a plan's text or choose its .txt/.docx, see the catalog draft (doubtful items
// marked with the reason), and write it into the open workbook as the 指标库 sheet, which the office
// corrects and the check then uses. Self-contained: its strings, the file reading and the outcome.
import { useCallback, useMemo, useRef, useState } from 'react';
import { Badge, Button, Checkbox, Field, MessageBar, MessageBarBody, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { isCoreError } from '../../core/errors';
import type { BatchRunner } from '../../hosts/office';
import type { ExtractResult } from '../../core/extract/extract';
import { doubtText } from '../../core/extract/doubts';
import type { CatalogSheetResult } from '../../addin/catalog-sheet';

const STRINGS = {
  'zh-CN': {
    label: '从方案生成指标库',
    paste: '粘贴方案正文',
    placeholder: '把实施方案或工作方案的全文粘贴到这里，或选择 .txt / .docx 文件',
    choose: '选择方案文件（.txt、.docx）',
    extract: '生成草稿',
    extracting: '正在读取方案…',
    found: '找到{count}项目标，其中{withLead}项有牵头单位；{doubtful}项需要核对（已标出）。',
    none: '没有找到任何带数值或要求的目标。请确认粘贴的是方案正文。',
    low: '待核对',
    medium: '请留意',
    lead: '牵头：{lead}',
    noLead: '未写牵头单位',
    replace: '覆盖工作簿中已有的“指标库”表',
    write: '写入“指标库”表',
    writing: '正在写入…',
    written: '已写入“{sheet}”表（{count}项指标，{doubtful}项标黄待核对）。核对后点“检查”，即按此表核查。',
    exists: '工作簿中已有“{sheet}”表，未改动。要用草稿替换它，请勾选“覆盖”后再写入。',
    badFile: '不能读取 {ext} 文件：请选择 .txt 或 .docx，或直接粘贴正文。',
    failed: '出错了：{message}',
  },
  en: {
    label: 'Catalog from a plan',
    paste: 'Paste the plan\'s text',
    placeholder: 'Paste the full text of the plan here, or choose a .txt / .docx file',
    choose: 'Choose the plan (.txt, .docx)',
    extract: 'Draft the catalog',
    extracting: 'Reading the plan…',
    found: '{count} targets found, {withLead} with lead departments; {doubtful} to check (marked).',
    none: 'No target with a value or a requirement was found. Is this the plan\'s text?',
    low: 'check',
    medium: 'note',
    lead: 'Lead: {lead}',
    noLead: 'no lead department',
    replace: 'Replace the workbook\'s existing 指标库 sheet',
    write: 'Write the 指标库 sheet',
    writing: 'Writing…',
    written: 'Wrote sheet "{sheet}" ({count} indicators, {doubtful} in yellow to check). Once corrected, Check uses it.',
    exists: 'The workbook already has a "{sheet}" sheet; nothing changed. Tick "Replace" to put the draft in its place.',
    badFile: 'Cannot read {ext} files: choose a .txt or .docx, or paste the text.',
    failed: 'Something went wrong: {message}',
  },
} as const;

type Key = keyof (typeof STRINGS)['zh-CN'];

function translator(lang: Lang) {
  const table = STRINGS[lang] ?? STRINGS['zh-CN'];
  return (key: Key, params: Record<string, string | number> = {}) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function arrayBufferOf(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

export class PlanFileError extends Error {
  constructor(readonly ext: string) {
    super(ext);
  }
}

/** The text of a chosen plan file: .txt in UTF-8 or GB18030, .docx through mammoth. */
export async function readPlanFile(file: File): Promise<string> {
  const ext = (/\.[^.]+$/.exec(file.name)?.[0] ?? '').toLowerCase();
  const bytes = await arrayBufferOf(file);
  if (ext === '.docx') {
    const mammoth = await import('mammoth');
    // The browser build reads `arrayBuffer`, the Node one (tests) `buffer`; both take the same bytes.
    const input = { arrayBuffer: bytes, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
    const { htmlToText } = await import('../../core/extract/html-text');
    // Through HTML, so that a table of indicators keeps its rows and cells.
    return htmlToText((await mammoth.convertToHtml(input)).value);
  }
  if (ext === '.txt' || ext === '.text') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      return new TextDecoder('gb18030').decode(bytes);
    }
  }
  throw new PlanFileError(ext || file.name);
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '320px', overflowY: 'auto' },
  item: { marginBottom: tokens.spacingVerticalXS },
  reason: { color: tokens.colorNeutralForeground3, display: 'block' },
  progress: { minHeight: '20px' },
});

export interface ExtractPanelProps {
  lang: Lang;
  /** Runs a batch against the workbook: `(batch) => Excel.run(batch)` in Office, a fake's run in tests. */
  run: BatchRunner;
  /** Another job is running: the actions wait. */
  busy?: boolean;
  /** After the sheet is written: the pane may switch its catalog choice to the workbook's 指标库. */
  onWritten?: (result: Extract<CatalogSheetResult, { kind: 'written' }>) => void;
}

type Outcome = { kind: 'written' | 'exists'; result: CatalogSheetResult } | { kind: 'error'; text: string };

export function ExtractPanel({ lang, run, busy = false, onWritten }: ExtractPanelProps) {
  const styles = useStyles();
  const tr = useMemo(() => translator(lang), [lang]);
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<ExtractResult | null>(null);
  const [replace, setReplace] = useState(false);
  const [working, setWorking] = useState<'extract' | 'write' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const fail = useCallback(
    (error: unknown) => {
      if (error instanceof PlanFileError) return setOutcome({ kind: 'error', text: tr('badFile', { ext: error.ext }) });
      const message = isCoreError(error) ? error.localized(lang) : error instanceof Error ? error.message : String(error);
      setOutcome({ kind: 'error', text: tr('failed', { message }) });
    },
    [lang, tr],
  );

  const extract = useCallback(
    async (planText: string, name: string) => {
      setWorking('extract');
      setOutcome(null);
      try {
        const { extractCatalog } = await import('../../core/extract/extract');
        setDraft(extractCatalog([{ name, text: planText }]));
      } catch (error) {
        setDraft(null);
        fail(error);
      } finally {
        setWorking(null);
      }
    },
    [fail],
  );

  const chooseFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      try {
        const planText = await readPlanFile(file);
        setText(planText);
        await extract(planText, file.name);
      } catch (error) {
        fail(error);
      }
    },
    [extract, fail],
  );

  const write = useCallback(async () => {
    if (!draft || working || busy) return;
    setWorking('write');
    setOutcome(null);
    try {
      const { writeCatalogSheet } = await import('../../addin/catalog-sheet');
      const result = await writeCatalogSheet(run, draft, { replace });
      setOutcome({ kind: result.kind, result });
      if (result.kind === 'written') onWritten?.(result);
    } catch (error) {
      fail(error);
    } finally {
      setWorking(null);
    }
  }, [draft, working, busy, run, replace, onWritten, fail]);

  const levels = new Map(draft?.confidence.map((c) => [c.id, c]) ?? []);
  const indicators = draft?.catalog.indicators ?? [];
  const doubtful = draft?.confidence.filter((c) => c.level !== 'high').length ?? 0;

  const message = (() => {
    if (!outcome) return null;
    if (outcome.kind === 'error') return { intent: 'error' as const, text: outcome.text };
    const r = outcome.result;
    if (r.kind === 'exists') return { intent: 'warning' as const, text: tr('exists', { sheet: r.sheet }) };
    return { intent: 'success' as const, text: tr('written', { sheet: r.sheet, count: r.indicators, doubtful: r.doubtful }) };
  })();

  return (
    <section className={styles.root} aria-label={tr('label')} aria-busy={working !== null}>
      <Field label={tr('paste')}>
        <Textarea value={text} placeholder={tr('placeholder')} resize="vertical" rows={5} onChange={(_, data) => setText(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button disabledFocusable={working !== null || !text.trim()} onClick={() => void extract(text, 'plan.txt')}>
          {tr('extract')}
        </Button>
        <Button appearance="subtle" disabledFocusable={working !== null} onClick={() => fileInput.current?.click()}>
          {tr('choose')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={tr('choose')}
          style={{ display: 'none' }}
          onChange={(e) => void chooseFile(e.target.files?.[0])}
        />
      </div>
      <div className={styles.progress} role="status" aria-label={tr('label')}>
        {working && <Spinner size="extra-tiny" labelPosition="after" label={tr(working === 'extract' ? 'extracting' : 'writing')} />}
      </div>
      {draft && indicators.length === 0 && <Text>{tr('none')}</Text>}
      {draft && indicators.length > 0 && (
        <>
          <Text>{tr('found', { count: indicators.length, withLead: indicators.filter((i) => i.lead.length > 0).length, doubtful })}</Text>
          <ol className={styles.list} aria-label={tr('label')}>
            {indicators.map((i) => {
              const c = levels.get(i.id);
              return (
                <li key={i.id} className={styles.item} data-confidence={c?.level ?? 'high'}>
                  {c && c.level !== 'high' && (
                    <Badge appearance="tint" color={c.level === 'low' ? 'danger' : 'warning'} size="small">
                      {tr(c.level)}
                    </Badge>
                  )}{' '}
                  <Text weight="semibold">{i.name}</Text> <Text>{i.target}</Text>
                  {i.year ? <Text>{lang === 'en' ? ` (${i.year})` : `(${i.year}年)`}</Text> : null}{' '}
                  <Text size={200}>{i.lead.length ? tr('lead', { lead: i.lead.join(lang === 'en' ? ', ' : '、') }) : tr('noLead')}</Text>
                  {c && c.level !== 'high' && <Text size={200} className={styles.reason}>{c.reasons.map((r) => doubtText(r, lang)).join(lang === 'en' ? '; ' : ';')}</Text>}
                </li>
              );
            })}
          </ol>
          <Checkbox checked={replace} disabled={working !== null} label={tr('replace')} onChange={(_, data) => setReplace(data.checked === true)} />
          <div className={styles.row}>
            <Button appearance="primary" disabledFocusable={working !== null || busy} onClick={() => void write()}>
              {tr('write')}
            </Button>
          </div>
        </>
      )}
      {message && (
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
