// 检查工作簿: a workbook chosen (or dropped), the catalog, the region or level and the options; 检查;
// the counts, the findings grouped by status and filterable as in the task pane; the checked copy to download.
import { useMemo, useState } from 'react';
import { Button, Checkbox, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, Status } from '../../core/types';
import { NO_FILTER, groupFindings, leadDepartments, reconcileFilter, type FindingFilter } from '../../taskpane/findings-view';
import { paneStrings, type StringKey } from '../../taskpane/strings';
import { SummaryRow } from '../../taskpane/components/SummaryRow';
import { FindingFilters } from '../../taskpane/components/FindingFilters';
import { FindingList } from '../../taskpane/components/FindingList';
import type { CheckResult } from '../jobs/protocol';
import type { PageJobs } from '../use-page-jobs';
import { readInputFile } from '../read-file';
import { checkResultText } from '../check-result-text';
import type { WebTranslate } from '../web-strings';
import { WorkbookField } from './WorkbookField';
import { DownloadButton } from './DownloadButton';
import { AUTO_CATALOG, CatalogFileField, CatalogSelect, catalogRequest, type CatalogChoice } from './CatalogField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  options: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalM, alignItems: 'start' },
  field: { minWidth: 0 },
  checks: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'center' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface CheckPanelProps {
  lang: Lang;
  tr: WebTranslate;
  jobs: PageJobs;
}

export function CheckPanel({ lang, tr, jobs }: CheckPanelProps) {
  const styles = useStyles();
  // The pane's components, with the page's words where the pane's speak of Excel's cells.
  const paneTr = useMemo(() => {
    const pane = paneStrings(lang);
    return (key: StringKey, params?: Record<string, string | number>) => (key === 'findings.keys' ? tr('findings.keys') : pane(key, params));
  }, [lang, tr]);
  const [file, setFile] = useState<File | null>(null);
  const [catalog, setCatalog] = useState<CatalogChoice>(AUTO_CATALOG);
  const [region, setRegion] = useState('');
  const [fill, setFill] = useState(false);
  const [summary, setSummary] = useState(true);
  const [done, setDone] = useState<{ result: CheckResult; lang: Lang; fill: boolean } | null>(null);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const running = jobs.step !== null;

  const run = async () => {
    if (!file) return;
    setDone(null);
    const used = { lang, fill };
    const result = await jobs.run<CheckResult>(
      async () => ({
        job: 'check',
        file: await readInputFile(file),
        catalog: await catalogRequest(catalog, tr),
        region: region.trim() || null,
        fill,
        summary,
        lang,
      }),
      (r) => r.summary.total,
    );
    if (result) setDone({ result, ...used });
  };

  const findings = done?.result.findings;
  const departments = useMemo(() => leadDepartments(findings ?? []), [findings]);
  const activeFilter = reconcileFilter(filter, departments);
  const groups = useMemo(() => groupFindings(findings ?? [], activeFilter), [findings, activeFilter]);
  const filtered = activeFilter.statuses.length > 0 || activeFilter.lead !== null;
  const toggleStatus = (status: Status) =>
    setFilter((was) => ({ ...was, statuses: was.statuses.includes(status) ? was.statuses.filter((s) => s !== status) : [...was.statuses, status] }));

  return (
    <div className={styles.root}>
      <Text className={styles.muted}>{tr('check.intro')}</Text>
      <WorkbookField
        testId="check-file"
        label={tr('file.workbook')}
        file={file}
        jobs={jobs}
        tr={tr}
        onFile={(chosen) => {
          setFile(chosen);
          setDone(null);
        }}
      />
      <div className={styles.options}>
        <CatalogSelect
          testId="catalog-select"
          choice={catalog}
          kinds={['workbook', 'file', 'none']}
          autoLabel="check.catalog.auto"
          hint="check.catalogHint"
          disabled={running}
          tr={tr}
          onChange={(choice) => {
            setCatalog(choice);
            setDone(null);
          }}
        />
        <Field className={styles.field} label={tr('check.region')} hint={tr('check.regionHint')}>
          <Input data-testid="region-input" value={region} disabled={running} onChange={(_, data) => setRegion(data.value)} />
        </Field>
      </div>
      <CatalogFileField testId="catalog-select" choice={catalog} disabled={running} tr={tr} onChange={setCatalog} />
      <div className={styles.checks}>
        <Checkbox data-testid="fill-option" label={tr('check.fill')} checked={fill} disabled={running} onChange={(_, data) => setFill(data.checked === true)} />
        <Checkbox data-testid="summary-option" label={tr('check.summary')} checked={summary} disabled={running} onChange={(_, data) => setSummary(data.checked === true)} />
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" data-testid="check-run" disabled={!file || running} onClick={() => void run()}>
          {tr('check.run')}
        </Button>
        {done && <DownloadButton testId="check-download" output={done.result.output} label={tr('check.download', { name: done.result.output.name })} />}
      </div>
      {done && (
        <section className={styles.results} aria-label={paneTr('counts.label')}>
          <Text data-testid="check-result" role="status">
            {checkResultText(done.result, tr, lang, done.fill)}
          </Text>
          {done.result.summary.total > 0 && <SummaryRow summary={done.result.summary} selected={activeFilter.statuses} lang={lang} tr={paneTr} onToggle={toggleStatus} />}
          {departments.length > 0 && <FindingFilters filter={activeFilter} departments={departments} tr={paneTr} onChange={setFilter} />}
          <div data-testid="findings">
            <FindingList groups={groups} total={done.result.summary.total} filtered={filtered} tr={paneTr} lang={lang} messageLang={done.lang} onSelect={() => undefined} />
          </div>
        </section>
      )}
    </div>
  );
}
