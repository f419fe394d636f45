// The task pane: choose a catalog, run a job, read the counts and the findings, go to a cell.
import { Suspense, lazy, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Catalog, Finding, Lang, TableLayout } from '../core/types';
import type { Job, JobOutcome, JobSettings } from '../addin/jobs';
import type { ClearResult, OfficeHost } from '../hosts/office';
import { paneStrings, type Translate } from './strings';
import { readRegionSetting, saveRegionSetting } from '../addin/document-settings';
import { errorText } from './error-text';
import type { LanguageStore } from './language-store';
import { createPlanner, type Planner } from './planner/planner';
import { silentWatcher, type ChangeWatcher } from './change-watcher';
import { createDocumentCatalogStore, type CatalogStore } from './catalog-store';
import { autoChoiceLabel, useCatalogChoice } from './catalog-choice';
import { useJobRunner } from './job-runner';
import { useLiveRecheck } from './live-recheck';
import type { ReportedChange } from './changed-cells';
import { NO_FILTER, groupFindings, leadDepartments, reconcileFilter, type FindingFilter } from './findings-view';
import type { Status } from '../core/types';
import { CatalogChooser } from './components/CatalogChooser';
import { SettingsPanel, DEFAULT_JOB_OPTIONS, type JobOptions } from './components/SettingsPanel';
import { JobActions } from './components/JobActions';
import { ErrorBar, NotesWarningBar, ResultLine } from './components/Notices';
import { SummaryRow } from './components/SummaryRow';
import { PaneTabs, panelId, tabId } from './components/PaneTabs';
import { FindingFilters } from './components/FindingFilters';
import { paneOutcomeText } from './outcome-text';
import { FindingList } from './components/FindingList';

// Shown only for a departmental return: loaded then, outside the pane's first load.
const ReturnVerdict = lazy(() => import('./components/ReturnVerdict').then((m) => ({ default: m.ReturnVerdict })));
// The returns tools have a tab of their own: they load when it is opened.
const ReturnTemplatesAction = lazy(() => import('./components/ReturnTemplatesAction').then((m) => ({ default: m.ReturnTemplatesAction })));
const MergePanel = lazy(() => import('./components/MergePanel').then((m) => ({ default: m.MergePanel })));
const ExtractPanel = lazy(() => import('./components/ExtractPanel').then((m) => ({ default: m.ExtractPanel })));

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
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

type PaneTab = 'check' | 'returns' | 'catalog';

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
  /** Where matching and planning run; a worker when the browser has one. */
  planner?: Planner;
}

type Result = { kind: 'job'; outcome: JobOutcome } | { kind: 'clear'; cleared: ClearResult | null } | { kind: 'catalog'; catalog: Catalog };

const NO_TABLES: TableLayout[] = [];

function describeResult(result: Result, lang: Lang, tr: Translate): string {
  switch (result.kind) {
    case 'job':
      return paneOutcomeText(result.outcome, tr, lang);
    case 'clear':
      return result.cleared ? tr('outcome.cleared', { cells: result.cleared.restored }) : tr('outcome.nothingToClear');
    case 'catalog':
      return tr('catalog.loaded', { title: result.catalog.title, count: result.catalog.indicators.length });
  }
}

export function App({ host, watcher = silentWatcher, catalogStore, recheckDelayMs, initialLang = 'zh-CN', languageStore, planner: givenPlanner }: AppProps) {
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
  // The region is kept in the workbook, so the ribbon's commands and the next opening use it too.
  const [options, setJobOptions] = useState<JobOptions>(() => ({ ...DEFAULT_JOB_OPTIONS, region: readRegionSetting() ?? '' }));
  const setOptions = (next: JobOptions) => {
    if (next.region.trim() !== options.region.trim()) saveRegionSetting(next.region);
    setJobOptions(next);
  };
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [notesNotice, setNotesNotice] = useState<'unseen' | 'showing' | 'done'>('unseen');
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [messageLang, setMessageLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<PaneTab>('check');
  const tabsId = useId();
  const store = useMemo(() => catalogStore ?? createDocumentCatalogStore(), [catalogStore]);
  const planner = useMemo(() => givenPlanner ?? createPlanner(), [givenPlanner]);
  const catalog = useCatalogChoice(host, store, planner);
  const jobs = useJobRunner(host, planner);

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

  const toggleStatus = (status: Status) =>
    setFilter((was) => ({
      ...was,
      statuses: was.statuses.includes(status) ? was.statuses.filter((s) => s !== status) : [...was.statuses, status],
    }));

  return (
    <main className={styles.root} lang={lang}>
      <h1 className={styles.title}>{tr('title')}</h1>
      {failure && <ErrorBar text={errorText(failure.error, lang, tr)} tr={tr} onDismiss={() => setFailure(null)} />}
      {notesNotice === 'showing' && <NotesWarningBar tr={tr} onDismiss={() => setNotesNotice('done')} />}
      <PaneTabs<PaneTab>
        idPrefix={tabsId}
        label={tr('tabs.label')}
        tabs={[
          { value: 'check', label: tr('tab.check') },
          { value: 'returns', label: tr('tab.returns') },
          { value: 'catalog', label: tr('tab.catalog') },
        ]}
        selected={tab}
        onSelect={setTab}
      />
      <CatalogChooser
        choice={catalog.choice}
        autoLabel={autoChoiceLabel(catalog.autoChosen, tr)}
        builtIns={catalog.builtIns}
        fileCatalog={catalog.fileCatalog}
        tr={tr}
        onChoose={catalog.choose}
        onFile={loadCatalogFile}
      />
      {tab === 'check' ? (
        <div id={panelId(tabsId, 'check')} role="tabpanel" aria-labelledby={tabId(tabsId, 'check')} className={styles.panel}>
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
          {outcome && (
            <>
              {outcome.check.summary.total > 0 && (
                <SummaryRow summary={outcome.check.summary} selected={activeFilter.statuses} lang={lang} tr={tr} onToggle={toggleStatus} />
              )}
              {anyListed && <FindingFilters filter={activeFilter} departments={departments} tr={tr} onChange={setFilter} />}
              <FindingList
                groups={groups}
                total={outcome.check.summary.total}
                filtered={filtered}
                tr={tr}
                lang={lang}
                messageLang={messageLang}
                onSelect={selectFinding}
              />
            </>
          )}
        </div>
      ) : tab === 'returns' ? (
        <div id={panelId(tabsId, 'returns')} role="tabpanel" aria-labelledby={tabId(tabsId, 'returns')} className={styles.panel}>
          <Suspense fallback={null}>
            <ReturnTemplatesAction host={host} catalog={catalog.request} lang={lang} busy={jobs.running !== null} />
            <MergePanel host={host} settings={settings} lang={lang} tr={tr} rebuildSummary={() => runJob('summary')} />
          </Suspense>
        </div>
      ) : (
        <div id={panelId(tabsId, 'catalog')} role="tabpanel" aria-labelledby={tabId(tabsId, 'catalog')} className={styles.panel}>
          <Suspense fallback={null}>
            {/* The automatic choice takes the workbook's 指标库 sheet once it is there. */}
            <ExtractPanel lang={lang} run={host.run} busy={jobs.running !== null} onWritten={() => catalog.choose('auto')} />
          </Suspense>
        </div>
      )}
      <SettingsPanel options={options} lang={lang} tr={tr} onOptions={setOptions} onLang={setLang} />
    </main>
  );
}
