// 部门自查: a department checks its return before sending it: the return chosen, 检查, then 可以报送
// or the ordered list of what to fix (the blocking tier first), and the marked or stamped copy.
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../../core/messages';
import { returnCountsLine } from '../../taskpane/components/ReturnVerdict';
import type { ReturnResult, ReturnSheetResult } from '../jobs/protocol';
import type { PageJobs } from '../use-page-jobs';
import { readInputFile } from '../read-file';
import type { WebTranslate } from '../web-strings';
import { WorkbookField } from './WorkbookField';
import { DownloadButton } from './DownloadButton';
import { AUTO_CATALOG, CatalogFileField, CatalogSelect, catalogRequest, type CatalogChoice } from './CatalogField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase300 },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
  blocking: { color: tokens.colorStatusDangerForeground1, marginRight: tokens.spacingHorizontalS },
  hint: { color: tokens.colorStatusWarningForeground1, marginRight: tokens.spacingHorizontalS },
  how: { color: tokens.colorNeutralForeground2 },
});

export interface ReturnPanelProps {
  lang: Lang;
  tr: WebTranslate;
  jobs: PageJobs;
}

function verdictTitle(sheets: ReturnSheetResult[], several: boolean, tr: WebTranslate): string {
  const parts = sheets.map((s) => {
    const blocking = s.toFix.filter((i) => i.tier === 'blocking').length;
    const text = s.toFix.length === 0 ? tr('return.ready') : tr('return.blocked', { blocking, hints: s.toFix.length - blocking });
    return several ? `${tr('return.sheet', { sheet: s.sheet, department: s.department })}${text}` : text;
  });
  return parts.join(' ');
}

export function ReturnPanel({ lang, tr, jobs }: ReturnPanelProps) {
  const styles = useStyles();
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<{ result: ReturnResult; lang: Lang } | null>(null);
  const [catalog, setCatalog] = useState<CatalogChoice>(AUTO_CATALOG);
  // Another catalog: the verdict shown was the last one's.
  const chooseCatalog = (choice: CatalogChoice) => {
    setCatalog(choice);
    setDone(null);
  };
  const running = jobs.step !== null;

  const run = async () => {
    if (!file) return;
    setDone(null);
    const used = lang;
    const result = await jobs.run<ReturnResult>(
      async () => ({ job: 'return', file: await readInputFile(file), catalog: await catalogRequest(catalog, tr), lang }),
      (r) => r.sheets.reduce((n, s) => n + s.counts.indicators, 0),
    );
    if (result) setDone({ result, lang: used });
  };

  const result = done?.result;
  const several = (result?.sheets.length ?? 0) > 1;
  const ready = result ? result.sheets.every((s) => s.toFix.length === 0) : false;
  const items = result ? result.sheets.flatMap((s) => s.toFix.map((item) => ({ item, sheet: s }))) : [];
  return (
    <div className={styles.root}>
      <Text className={styles.muted}>{tr('return.intro')}</Text>
      <WorkbookField
        testId="return-file"
        label={tr('return.file')}
        file={file}
        jobs={jobs}
        tr={tr}
        onFile={(chosen) => {
          setFile(chosen);
          setDone(null);
        }}
      />
      <CatalogSelect testId="return-catalog-select" choice={catalog} kinds={['file']} autoLabel="return.catalog.auto" hint="return.catalogHint" disabled={running} tr={tr} onChange={chooseCatalog} />
      <CatalogFileField testId="return-catalog-select" choice={catalog} disabled={running} tr={tr} onChange={chooseCatalog} />
      <div className={styles.actions}>
        <Button appearance="primary" data-testid="return-run" disabled={!file || running} onClick={() => void run()}>
          {tr('return.run')}
        </Button>
        {result && <DownloadButton testId="return-download" output={result.output} label={tr('return.download', { name: result.output.name })} />}
      </div>
      {result && done && (
        <>
          <MessageBar intent={ready ? 'success' : 'warning'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle data-testid="return-verdict">
                {ready && result.stamped ? tr('return.readyStamped') : verdictTitle(result.sheets, several, tr)}
              </MessageBarTitle>
            </MessageBarBody>
          </MessageBar>
          {items.length > 0 && (
            <ol data-testid="return-items" className={styles.list} aria-label={tr('return.itemsLabel')}>
              {items.map(({ item, sheet }, index) => (
                <li key={`${sheet.sheet}!${item.cell}:${index}`} className={styles.item}>
                  <span className={styles.cell}>{several ? `${item.sheet}!${item.cell}` : item.cell}</span>
                  <span className={item.tier === 'blocking' ? styles.blocking : styles.hint}>
                    {done.lang === 'en' ? `[${t(done.lang, `return.tier.${item.tier}`)}]` : `【${t(done.lang, `return.tier.${item.tier}`)}】`}
                  </span>
                  {item.message}
                  {item.how && <span className={styles.how}>{(done.lang === 'en' ? '; ' : '；') + item.how}</span>}
                </li>
              ))}
            </ol>
          )}
          {result.sheets.map((s) => (
            <Text key={s.sheet} size={200} className={styles.muted}>
              {(several ? tr('return.sheet', { sheet: s.sheet, department: s.department }) : '') + returnCountsLine(s.counts, done.lang)}
            </Text>
          ))}
        </>
      )}
    </div>
  );
}
