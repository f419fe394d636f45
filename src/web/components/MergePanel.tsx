// 合并填报表 (the creation office): the master and the returns chosen, what would be merged and each
// conflict with its choice (the master's value or one department's), feedback files or not; 合并; one
// .zip with the merged master and the feedback files to download.
import { useEffect, useRef, useState } from 'react';
import { Button, Checkbox, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import type { InputFile, MergePreview, MergeResult } from '../jobs/protocol';
import type { PageJobs } from '../use-page-jobs';
import { readInputFile } from '../read-file';
import { reviveError } from '../jobs/transferred-error';
import { webErrorText } from '../web-error-text';
import { listText, type WebTranslate } from '../web-strings';
import { KEEP_MASTER_VALUE, mergeChoices, proposedChoices, type SelectedChoices } from '../conflict-choice';
import { FileField } from './FileField';
import { WorkbookField } from './WorkbookField';
import { DownloadButton } from './DownloadButton';
import { AUTO_CATALOG, CatalogFileField, CatalogSelect, catalogRequest, type CatalogChoice } from './CatalogField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  files: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', gap: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  conflict: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  name: { fontWeight: tokens.fontWeightSemibold },
  selectRoot: { width: '100%', minWidth: 0, maxWidth: '100%' },
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface MergePanelProps {
  lang: Lang;
  tr: WebTranslate;
  jobs: PageJobs;
}

async function readAll(files: File[]): Promise<InputFile[]> {
  const read: InputFile[] = [];
  for (const file of files) read.push(await readInputFile(file));
  return read;
}

export function MergePanel({ lang, tr, jobs }: MergePanelProps) {
  const styles = useStyles();
  const [master, setMaster] = useState<File | null>(null);
  const [returns, setReturns] = useState<File[]>([]);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [choices, setChoices] = useState<SelectedChoices>({});
  const [feedback, setFeedback] = useState(true);
  const [catalog, setCatalog] = useState<CatalogChoice>(AUTO_CATALOG);
  // The merge done and whether it was asked for feedback files: a later change of a choice takes the download away.
  const [merged, setMerged] = useState<{ result: MergeResult; feedback: boolean } | null>(null);
  const running = jobs.step !== null;
  const previewRun = useRef(0);

  // What would be merged, planned again whenever the master or the returns change.
  useEffect(() => {
    setPreview(null);
    setMerged(null);
    if (!master || returns.length === 0) return;
    const run = ++previewRun.current;
    void jobs
      .run<MergePreview>(async () => ({ job: 'merge-plan', master: await readInputFile(master), returns: await readAll(returns), catalog: await catalogRequest(catalog, tr), lang }))
      .then((planned) => {
        if (!planned || run !== previewRun.current) return;
        setPreview(planned);
        setChoices(proposedChoices(planned.conflicts));
      });
    // Planned in the language chosen then; a later switch changes the page's words, not the plan's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [master, returns, catalog]);

  const merge = async () => {
    if (!master || !preview) return;
    setMerged(null);
    const used = feedback;
    const result = await jobs.run<MergeResult>(
      async () => ({ job: 'merge', master: await readInputFile(master), returns: await readAll(returns), catalog: await catalogRequest(catalog, tr), choices: mergeChoices(preview.conflicts, choices), feedback, lang }),
      (r) => r.indicators,
    );
    if (result) setMerged({ result, feedback: used });
  };

  const canMerge = preview !== null && preview.departments.length > 0 && !running;
  const missing = preview?.missing.map((m) => (m.blankFile ? tr('merge.missingBlank', { department: m.department, file: m.blankFile }) : m.department)) ?? [];
  return (
    <div className={styles.root}>
      <Text className={styles.muted}>{tr('merge.intro')}</Text>
      <div className={styles.files}>
        <WorkbookField testId="merge-master" label={tr('merge.master')} file={master} jobs={jobs} tr={tr} onFile={setMaster} />
        <FileField testId="merge-returns" label={tr('merge.returns')} accept=".xlsx,.xlsm" multiple disabled={running} files={returns} tr={tr} onFiles={(files) => {
          jobs.clearFailure();
          setReturns(files);
        }} />
      </div>
      <CatalogSelect testId="merge-catalog-select" choice={catalog} kinds={['workbook', 'file', 'none']} autoLabel="merge.catalog.auto" hint="merge.catalogHint" disabled={running} tr={tr} onChange={setCatalog} />
      <CatalogFileField testId="merge-catalog-select" choice={catalog} disabled={running} tr={tr} onChange={setCatalog} />
      {preview && (
        <div data-testid="merge-summary" className={styles.summary} role="status">
          {preview.departments.length > 0 ? (
            <>
              <Text>{tr('merge.preview', { departments: preview.departments.length, writes: preview.writes, unchanged: preview.unchanged })}</Text>
              {preview.catalog && <Text className={styles.muted}>{tr('merge.catalog', { title: preview.catalog })}</Text>}
              <Text>{missing.length > 0 ? tr('merge.missing', { list: listText(missing, lang) }) : tr('merge.noneMissing')}</Text>
              {preview.unchecked.length > 0 && (
                <Text className={styles.warning}>{tr('merge.unchecked', { list: listText(preview.unchecked.map((u) => tr('merge.uncheckedOne', { department: u.department, state: u.state })), lang) })}</Text>
              )}
              {preview.unplaced > 0 && <Text>{tr('merge.unplaced', { count: preview.unplaced })}</Text>}
            </>
          ) : (
            <Text>{tr('merge.noReturns')}</Text>
          )}
          {preview.skipped.map((s) => (
            <Text key={s.file} className={styles.muted}>
              {s.reason === 'not-return' ? tr('merge.skipped', { file: s.file }) : tr('merge.unreadable', { detail: s.error ? webErrorText(reviveError(s.error), lang) : s.file })}
            </Text>
          ))}
        </div>
      )}
      {preview && preview.conflicts.length > 0 && (
        <section aria-label={tr('merge.conflicts', { count: preview.conflicts.length })} className={styles.summary}>
          <h2 className={styles.heading}>{tr('merge.conflicts', { count: preview.conflicts.length })}</h2>
          <Text className={styles.muted}>{tr('merge.conflictsHint')}</Text>
          <ol data-testid="merge-conflicts" className={styles.list}>
            {preview.conflicts.map((c) => {
              const master = c.master || tr('merge.empty');
              const offers = c.offers;
              return (
                <li key={c.key}>
                  <div className={styles.conflict}>
                  <Text className={styles.name}>{tr('merge.conflict', { name: c.name, where: c.where })}</Text>
                  <Text size={200} className={styles.muted}>
                    {`${tr('merge.conflictMaster', { value: master })}${lang === 'en' ? '; ' : '；'}${tr('merge.conflictOffers', { offers: listText(c.offers.map((o) => `${o.department} ${o.value || tr('merge.empty')}`), lang) })}`}
                  </Text>
                  {c.locked && <Text size={200}>{tr(c.locked === 'merged' ? 'merge.locked.merged' : 'merge.locked.formula')}</Text>}
                  <Select
                    className={styles.selectRoot}
                    select={{ className: styles.select }}
                    data-testid="conflict-choice"
                    aria-label={tr('merge.conflict', { name: c.name, where: c.where })}
                    value={c.locked ? KEEP_MASTER_VALUE : (choices[c.key] ?? KEEP_MASTER_VALUE)}
                    disabled={running || c.locked !== null}
                    onChange={(_, data) => {
                      setMerged(null);
                      setChoices((was) => ({ ...was, [c.key]: data.value }));
                    }}
                  >
                    <option value={KEEP_MASTER_VALUE}>{tr('merge.keepMaster', { value: master })}</option>
                    {!c.locked &&
                      offers.map((o) => (
                        <option key={o.department} value={o.department}>
                          {tr('merge.takeOffer', { department: o.department, value: o.value || tr('merge.empty') })}
                        </option>
                      ))}
                  </Select>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      )}
      <Checkbox data-testid="merge-feedback" label={tr('merge.feedback')} checked={feedback} disabled={running} onChange={(_, data) => {
          setMerged(null);
          setFeedback(data.checked === true);
        }} />
      <div className={styles.actions}>
        <Button appearance="primary" data-testid="merge-run" disabled={!canMerge} onClick={() => void merge()}>
          {tr('merge.run')}
        </Button>
        {merged && <DownloadButton testId="merge-download" output={merged.result.output} label={tr('merge.download', { name: merged.result.output.name })} />}
      </div>
      {merged && (
        <Text data-testid="merge-result" role="status">
          {`${tr('merge.done', { written: merged.result.written, kept: merged.result.kept, indicators: merged.result.indicators })}${
            merged.feedback ? (merged.result.feedback.length > 0 ? tr('merge.doneFeedback', { list: listText(merged.result.feedback, lang) }) : tr('merge.doneNoFeedback')) : ''
          }`}
        </Text>
      )}
    </div>
  );
}
