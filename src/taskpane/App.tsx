// The task pane: choose a catalog, run a job, read the counts and the findings, go to a cell.
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import type { Catalog, Finding, Lang, TableLayout } from '../core/types';
import type { Job, JobOutcome, JobSettings } from '../addin/jobs';
import { describeClear, describeOutcome } from '../addin/outcome';
import type { ClearResult, OfficeHost } from '../hosts/office';
import { builtInCatalogs } from '../catalogs';
import { paneStrings, type Translate } from './strings';
import { errorText } from './error-text';
import type { LanguageStore } from './language-store';
import { silentWatcher, type ChangeWatcher } from './change-watcher';
import { createDocumentCatalogStore, type CatalogStore } from './catalog-store';
import { autoChoiceLabel, useCatalogChoice } from './catalog-choice';
import { useJobRunner } from './job-runner';
import { useLiveRecheck } from './live-recheck';
import type { ReportedChange } from './changed-cells';
import { NO_FILTER, groupFindings, leadDepartments, reconcileFilter, type FindingFilter } from './findings-view';
import { CatalogChooser } from './components/CatalogChooser';
import { SettingsPanel, DEFAULT_JOB_OPTIONS, type JobOptions } from './components/SettingsPanel';
import { JobActions } from './components/JobActions';
import { ErrorBar, NotesWarningBar, ResultLine } from './components/Notices';
import { StatusCounts } from './components/StatusCounts';
import { FindingFilters } from './components/FindingFilters';
import { FindingList } from './components/FindingList';

// Shown only for a departmental return: loaded then, outside the pane's first load.
const ReturnVerdict = lazy(() => import('./components/ReturnVerdict').then((m) => ({ default: m.ReturnVerdict })));
// The returns actions sit below the check: they load right after the first paint.
const ReturnTemplatesAction = lazy(() => import('./components/ReturnTemplatesAction').then((m) => ({ default: m.ReturnTemplatesAction })));
const MergePanel = lazy(() => import('./components/MergePanel').then((m) => ({ default: m.MergePanel })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
});

export interface AppProps {
  host: OfficeHost;
  /** Edits in the workbook, for live re-evaluation; none by default. */
  watcher?: ChangeWatcher;
  /** Where the catalog choice is remembered; the document's settings by default. */
  catalogStore?: CatalogStore;
  recheckDelayMs?: number;
  /** The language the pane opens in; Chinese by default (index.tsx gives the remembered or Office's). */
  initialLang?: Lang;
  /** Where a language chosen in the settings is remembered; nowhere by default. */
  languageStore?: LanguageStore;
}

type Result = { kind: 'job'; outcome: JobOutcome } | { kind: 'clear'; cleared: ClearResult | null } | { kind: 'catalog'; catalog: Catalog };

const NO_TABLES: TableLayout[] = [];

function describeResult(result: Result, lang: Lang, tr: Translate): string {
  switch (result.kind) {
    case 'job':
      return describeOutcome(result.outcome, lang);
    case 'clear':
      return describeClear(result.cleared, lang);
    case 'catalog':
      return tr('catalog.loaded', { title: result.catalog.title, count: result.catalog.indicators.length });
  }
}

export function App({ host, watcher = silentWatcher, catalogStore, recheckDelayMs, initialLang = 'zh-CN', languageStore }: AppProps) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      languageStore?.save(next);
    },
    [languageStore],
  );
  const tr = useMemo(() => paneStrings(lang), [lang]);
  useEffect(() => {
    // The page's language too, for screen readers and the CJK font choice outside <main> (dropdown layers).
    document.documentElement.lang = lang;
    document.title = tr('title');
  }, [lang, tr]);
  const [options, setOptions] = useState<JobOptions>(DEFAULT_JOB_OPTIONS);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [notesNotice, setNotesNotice] = useState<'unseen' | 'showing' | 'done'>('unseen');
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [messageLang, setMessageLang] = useState<Lang>(initialLang);
  const store = useMemo(() => catalogStore ?? createDocumentCatalogStore(), [catalogStore]);
  const catalog = useCatalogChoice(host, store);
  const jobs = useJobRunner(host);

  const settings: JobSettings = {
    lang,
    catalog: catalog.request,
    markPass: options.markPass,
    overwriteResponsibility: options.overwriteResponsibility,
    region: options.region.trim() || null,
  };
  const latestSettings = useRef(settings);
  latestSettings.current = settings;

  const { run, clear } = jobs;
  const { noteAutoChoice } = catalog;
  const runJob = useCallback(
    async (job: Job, quiet = false, changes?: ReportedChange[]) => {
      const used = latestSettings.current;
      if (!quiet) {
        setFailure(null);
        setResult(null);
      }
      try {
        const outcome = await run(job, used, quiet, changes);
        if (!outcome) return;
        setMessageLang(used.lang);
        // A quiet re-run is not announced: the counts and the list show it.
        setResult(quiet ? null : { kind: 'job', outcome });
        if (used.catalog.kind === 'auto') noteAutoChoice(outcome.chosen);
        if (outcome.applied.notesSkipped) setNotesNotice((seen) => (seen === 'unseen' ? 'showing' : seen));
      } catch (error) {
        setFailure({ error });
      }
    },
    [run, noteAutoChoice],
  );

  const clearMarks = useCallback(async () => {
    setFailure(null);
    setResult(null);
    try {
      const cleared = await clear();
      if (cleared !== undefined) setResult({ kind: 'clear', cleared });
    } catch (error) {
      setFailure({ error });
    }
  }, [clear]);

  const selectFinding = useCallback(
    (finding: Finding) => {
      host.selectCell(finding.sheet, finding.row - 1, finding.col).catch((error: unknown) => setFailure({ error }));
    },
    [host],
  );

  const loadCatalogFile = useCallback(
    (file: File) => {
      setFailure(null);
      catalog.loadFile(file).then(
        (loaded) => setResult({ kind: 'catalog', catalog: loaded }),
        (error: unknown) => setFailure({ error }),
      );
    },
    [catalog.loadFile],
  );

  const outcome = jobs.outcome;
  useLiveRecheck({
    watcher,
    tables: outcome?.check.tables ?? NO_TABLES,
    isBusy: jobs.isBusy,
    recheck: (changes) => {
      if (outcome) void runJob(outcome.job, true, changes);
    },
    delayMs: recheckDelayMs,
  });

  const findings = outcome?.check.findings;
  const departments = useMemo(() => leadDepartments(findings ?? []), [findings]);
  const activeFilter = reconcileFilter(filter, departments);
  const groups = useMemo(() => groupFindings(findings ?? [], activeFilter), [findings, activeFilter]);
  // Every listed finding has a department or stands for "unassigned", so none means nothing listed.
  const anyListed = departments.length > 0;
  const filtered = activeFilter.statuses.length > 0 || activeFilter.lead !== null;

  return (
    <main className={styles.root} lang={lang}>
      {failure && <ErrorBar text={errorText(failure.error, lang, tr)} tr={tr} onDismiss={() => setFailure(null)} />}
      {notesNotice === 'showing' && <NotesWarningBar tr={tr} onDismiss={() => setNotesNotice('done')} />}
      <CatalogChooser
        choice={catalog.choice}
        autoLabel={autoChoiceLabel(catalog.autoChosen, tr)}
        builtIns={builtInCatalogs}
        fileCatalog={catalog.fileCatalog}
        tr={tr}
        onChoose={catalog.choose}
        onFile={loadCatalogFile}
      />
      <JobActions running={jobs.running} tr={tr} onRun={(job) => void runJob(job)} onClear={() => void clearMarks()} />
      <ResultLine text={result && describeResult(result, lang, tr)} tr={tr} />
      {jobs.returnOutcome && (
        <Suspense fallback={null}>
          <ReturnVerdict
            outcome={jobs.returnOutcome}
            lang={jobs.returnOutcome.checks[0].lang}
            onSelect={(item) => host.selectCell(item.sheet, item.row, item.col).catch((error: unknown) => setFailure({ error }))}
          />
        </Suspense>
      )}
      <Suspense fallback={null}>
        <ReturnTemplatesAction host={host} catalog={catalog.request} lang={lang} busy={jobs.running !== null} />
      </Suspense>
      {outcome && (
        <>
          <StatusCounts summary={outcome.check.summary} lang={lang} tr={tr} />
          {anyListed && <FindingFilters filter={activeFilter} departments={departments} tr={tr} lang={lang} onChange={setFilter} />}
          <FindingList
            groups={groups}
            filtered={filtered}
            tr={tr}
            lang={lang}
            messageLang={messageLang}
            onSelect={selectFinding}
          />
        </>
      )}
      <Divider />
      <Suspense fallback={null}>
        <MergePanel host={host} settings={settings} lang={lang} tr={tr} rebuildSummary={() => runJob('summary')} />
      </Suspense>
      <Divider />
      <SettingsPanel options={options} lang={lang} tr={tr} onOptions={setOptions} onLang={setLang} />
    </main>
  );
}
