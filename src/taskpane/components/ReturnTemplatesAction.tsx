// 生成部门填报表: adds one protected return sheet per lead department of the chosen catalog to the
// open workbook, through the Office host, and says what it did or what went wrong.
import { useCallback, useMemo, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Catalog, Lang } from '../../core/types';
import { CoreError, isCoreError } from '../../core/errors';
import { MAX_YEAR, MIN_YEAR } from '../../core/headers';
// The template builder is loaded on first use, outside the pane's first load.
import type { CatalogRequest } from '../../addin/jobs';
import type { AddReturnSheetsResult, OfficeHost } from '../../hosts/office';
import { findBuiltInCatalog } from '../../catalogs';
import { returnTemplatesStrings } from './return-templates-strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  year: { width: '7em' },
  progress: { minHeight: '20px' },
});

export interface ReturnTemplatesActionProps {
  host: OfficeHost;
  /** The catalog chosen in the pane. */
  catalog: CatalogRequest;
  lang: Lang;
  /** Another job is running: the action waits. */
  busy?: boolean;
  /** The year offered first; this year by default. */
  initialYear?: number;
}

type Outcome =
  | { kind: 'done'; result: AddReturnSheetsResult; indicators: number; year: number }
  | { kind: 'error'; error: unknown }
  | { kind: 'bad-year'; year: string };

/** A built-in catalog or one loaded from a JSON file; automatic and none cannot make returns. */
function catalogOf(request: CatalogRequest): Catalog {
  if (request.kind === 'given') return request.catalog;
  if (request.kind === 'builtin') {
    const catalog = findBuiltInCatalog(request.id);
    if (!catalog) throw new CoreError('unknown-catalog', { id: request.id });
    return catalog;
  }
  throw new CoreError('bad-input', { file: '', kind: 'template-no-catalog' });
}

function parseYear(text: string): number | null {
  const year = /^\s*\d{4}\s*$/.test(text) ? Number(text) : NaN;
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

export function ReturnTemplatesAction({ host, catalog, lang, busy = false, initialYear = new Date().getFullYear() }: ReturnTemplatesActionProps) {
  const styles = useStyles();
  const tr = useMemo(() => returnTemplatesStrings(lang), [lang]);
  const [yearText, setYearText] = useState(String(initialYear));
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const make = useCallback(async () => {
    if (running || busy) return;
    setOutcome(null);
    const year = parseYear(yearText);
    if (year === null) {
      setOutcome({ kind: 'bad-year', year: yearText });
      return;
    }
    setRunning(true);
    try {
      const { returnTemplates } = await import('../../core/returns/template');
      const templates = returnTemplates(catalogOf(catalog), { year, lang });
      if (templates.length === 0) throw new CoreError('bad-input', { file: '', kind: 'template-no-lead', catalog: catalogOf(catalog).id });
      const result = await host.addReturnSheets(templates);
      const indicators = new Set(templates.flatMap((t) => t.indicators.map((i) => i.id))).size;
      setOutcome({ kind: 'done', result, indicators, year });
    } catch (error) {
      setOutcome({ kind: 'error', error });
    } finally {
      setRunning(false);
    }
  }, [running, busy, yearText, catalog, lang, host]);

  const message = (() => {
    if (!outcome) return null;
    if (outcome.kind === 'bad-year') return { intent: 'error' as const, text: tr('badYear', { year: outcome.year, min: MIN_YEAR, max: MAX_YEAR }) };
    if (outcome.kind === 'error') {
      const { error } = outcome;
      const text = isCoreError(error)
        ? error.localized(lang)
        : tr('generic', { message: (error instanceof Error ? error.message : String(error)).replace(/[。.]\s*$/, '') });
      return { intent: 'error' as const, text };
    }
    const { result, indicators, year } = outcome;
    const done = tr('done', { count: result.sheets.length, indicators, year, sheets: result.sheets.join(lang === 'en' ? ', ' : '、') });
    return result.validationSkipped
      ? { intent: 'warning' as const, text: `${done} ${tr('validationSkipped')}` }
      : { intent: 'success' as const, text: done };
  })();

  return (
    <section className={styles.root} aria-label={tr('label')} aria-busy={running}>
      <div className={styles.row}>
        <Field label={tr('year')}>
          <Input className={styles.year} value={yearText} inputMode="numeric" onChange={(_, data) => setYearText(data.value)} />
        </Field>
        <Button disabledFocusable={running || busy} onClick={() => void make()}>
          {tr('action')}
        </Button>
      </div>
      <div className={styles.progress} role="status" aria-label={tr('action')}>
        {running && <Spinner size="extra-tiny" labelPosition="after" label={tr('running')} />}
      </div>
      {message && (
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody>{message.text}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={tr('dismiss')} icon={<DismissRegular />} onClick={() => setOutcome(null)} />}
          />
        </MessageBar>
      )}
    </section>
  );
}
