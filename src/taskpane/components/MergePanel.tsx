// Merging departmental returns into the open workbook: choose the return files (read here, in the
// browser, never uploaded), see what would be merged and the conflicts, choose whether to overwrite,
// merge, and the summary sheet is made again; 撤销合并 takes every merge off.
import { useCallback, useMemo, useState } from 'react';
import { Button, Checkbox, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, RawValue } from '../../core/types';
import { cellAddress } from '../../core/address';
import type { MergePlan } from '../../core/returns/merge';
import { runJob, type JobSettings } from '../../addin/jobs';
import type { OfficeHost } from '../../hosts/office';
import { errorText } from '../error-text';
import type { Translate } from '../strings';
import { mergeStrings } from '../merge-strings';
import type { ReadReturns } from '../return-reader';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface MergePanelProps {
  host: OfficeHost;
  settings: JobSettings;
  lang: Lang;
  tr: Translate;
  /** Makes the summary sheet again after a merge or an undo; runJob(host, 'summary', settings) by default. */
  rebuildSummary?: () => Promise<void>;
  /** The clock, for the consolidation sheet. */
  now?: () => Date;
}

function whereOf(item: { sheet: string; row: number; col: number }): string {
  return `${item.sheet}!${cellAddress(item.row, item.col)}`;
}

type Busy = { kind: 'reading'; done: number; count: number } | { kind: 'merging' } | { kind: 'undoing' };

interface Chosen {
  read: ReadReturns;
  plan: MergePlan | null;
  /** How a cell value is shown in the conflict list; it comes with the lazily loaded reader. */
  display: (value: RawValue) => string;
}

export function MergePanel({ host, settings, lang, tr, rebuildSummary, now = () => new Date() }: MergePanelProps) {
  const styles = useStyles();
  const mt = useMemo(() => mergeStrings(lang), [lang]);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const rebuild = useCallback(async () => {
    if (rebuildSummary) await rebuildSummary();
    else await runJob(host, 'summary', settings, now());
  }, [host, settings, rebuildSummary, now]);

  /** Plans against the workbook as it is now; the planner comes with the lazily loaded reader. */
  const plan = useCallback(
    async (read: ReadReturns, withOverwrite: boolean) => {
      const { planReturnsMerge } = await import('../return-reader');
      const planned = await planReturnsMerge(host, read.returns, settings, withOverwrite, now());
      return { gridRead: planned.read, merge: planned.plan };
    },
    [host, settings, now],
  );

  const choose = useCallback(
    async (files: File[]) => {
      setFailure(null);
      setMessage(null);
      setChosen(null);
      if (files.length === 0) return;
      setBusy({ kind: 'reading', done: 0, count: files.length });
      try {
        // The package reader and the merge planner load only now, in a chunk of their own.
        const { readReturnFiles, displayText } = await import('../return-reader');
        const read = await readReturnFiles(files, (done) => setBusy({ kind: 'reading', done, count: files.length }));
        const planned = read.returns.length > 0 ? (await plan(read, false)).merge : null;
        setChosen({ read, plan: planned, display: displayText });
      } catch (error) {
        setFailure(errorText(error, lang, tr));
      } finally {
        setBusy(null);
      }
    },
    [plan, lang, tr],
  );

  const merge = useCallback(async () => {
    if (!chosen?.plan) return;
    setFailure(null);
    setMessage(null);
    setBusy({ kind: 'merging' });
    try {
      // Planned again from a fresh read: the workbook may have changed since the files were chosen.
      const { gridRead, merge: mergePlan } = await plan(chosen.read, overwrite);
      const result = await host.merge(mergePlan, gridRead, { createdAt: now().toISOString() });
      await rebuild();
      const open = mergePlan.conflicts.filter((c) => c.chosen === null).length;
      const params = { written: result.written, open, sheet: result.consolidationSheet };
      setMessage([mt(open > 0 ? 'merge.doneOpen' : 'merge.done', params), result.notesSkipped ? mt('merge.notesSkipped') : ''].filter(Boolean).join(' '));
      setChosen(null);
    } catch (error) {
      setFailure(errorText(error, lang, tr));
    } finally {
      setBusy(null);
    }
  }, [chosen, overwrite, plan, host, rebuild, mt, lang, tr, now]);

  const undo = useCallback(async () => {
    setFailure(null);
    setMessage(null);
    setBusy({ kind: 'undoing' });
    try {
      const result = await host.undoMerge();
      if (!result) {
        setMessage(mt('merge.nothingToUndo'));
        return;
      }
      await rebuild();
      setMessage(mt('merge.undone', { restored: result.restored, kept: result.kept > 0 ? mt('merge.undoneKept', { kept: result.kept }) : '' }));
    } catch (error) {
      setFailure(errorText(error, lang, tr));
    } finally {
      setBusy(null);
    }
  }, [host, rebuild, mt, lang, tr]);

  const mergePlan = chosen?.plan ?? null;
  const conflicts = mergePlan?.conflicts ?? [];
  const departments = mergePlan ? new Set(mergePlan.returned.map((r) => r.department)).size : 0;
  const running = busy !== null;

  return (
    <section className={styles.root} aria-label={mt('merge.title')} aria-busy={running}>
      <Text weight="semibold">{mt('merge.title')}</Text>
      <label>
        <Text>{mt('merge.choose')}</Text>
        <input
          type="file"
          multiple
          accept=".xlsx"
          aria-label={mt('merge.choose')}
          disabled={running}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = '';
            void choose(files);
          }}
        />
      </label>
      <Text size={200} className={styles.note}>
        {mt('merge.chooseHint')}
      </Text>
      {chosen && (
        <ul className={styles.list} aria-label={mt('merge.title')}>
          {chosen.read.skipped.map((s) => (
            <li key={s.file}>{mt(s.reason === 'not-return' ? 'merge.skipped' : 'merge.unreadable', { file: s.file, detail: s.detail })}</li>
          ))}
          {chosen.read.returns.length === 0 && <li>{mt('merge.noReturns')}</li>}
        </ul>
      )}
      {mergePlan && (
        <>
          <Text>{mt('merge.preview', { returned: departments, values: mergePlan.writes.length, unchanged: mergePlan.unchanged, missing: mergePlan.missing.length })}</Text>
          {conflicts.length > 0 && (
            <>
              <Text weight="semibold">{mt('merge.conflicts', { count: conflicts.length })}</Text>
              <ul className={styles.list} aria-label={mt('merge.conflicts', { count: conflicts.length })}>
                {conflicts.map((c) => (
                  <li key={whereOf(c)}>
                    {mt('merge.conflict', {
                      name: c.name,
                      where: whereOf(c),
                      master: chosen!.display(c.master) || '—',
                      offers: c.offers.map((o) => `${o.department} ${chosen!.display(o.value)}`).join(';'),
                    })}
                  </li>
                ))}
              </ul>
              <Checkbox checked={overwrite} disabled={running} label={mt('merge.overwrite')} onChange={(_, data) => setOverwrite(data.checked === true)} />
            </>
          )}
        </>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={running || !mergePlan} onClick={() => void merge()}>
          {mt('merge.run')}
        </Button>
        <Button disabledFocusable={running} onClick={() => void undo()}>
          {mt('merge.undo')}
        </Button>
      </div>
      <div role="status" aria-label={mt('merge.title')}>
        {busy?.kind === 'reading' && <Spinner size="extra-tiny" labelPosition="after" label={mt('merge.reading', { done: busy.done, count: busy.count })} />}
        {busy?.kind === 'merging' && <Spinner size="extra-tiny" labelPosition="after" label={mt('merge.merging')} />}
        {busy?.kind === 'undoing' && <Spinner size="extra-tiny" labelPosition="after" label={mt('merge.undoing')} />}
        {!busy && message && <Text>{message}</Text>}
        {!busy && failure && <Text className={styles.error}>{failure}</Text>}
      </div>
    </section>
  );
}
