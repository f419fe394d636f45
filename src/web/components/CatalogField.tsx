// The catalog a job uses, chosen on the page: a native select (自动, the built-in catalogs, and the
// kinds a job allows: this workbook's 指标库, a catalog .json file, none) and, for a file, its chooser.
import { Field, Select, makeStyles } from '@fluentui/react-components';
import { builtInCatalogTitles } from '../../catalogs/titles';
import type { CatalogRequest } from '../jobs/protocol';
import { readText } from '../read-file';
import { PageMessage } from '../web-error-text';
import type { WebStringKey, WebTranslate } from '../web-strings';
import { FileField } from './FileField';

const useStyles = makeStyles({
  field: { minWidth: 0 },
  // A long catalog title must not push the select out of its column: the select shrinks, the text is cut.
  selectRoot: { width: '100%', minWidth: 0, maxWidth: '100%' },
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

export type CatalogKind = 'workbook' | 'file' | 'none';

export interface CatalogChoice {
  /** 'auto', 'workbook', 'file', 'none' or a built-in catalog's id. */
  value: string;
  file: File | null;
}

export const AUTO_CATALOG: CatalogChoice = { value: 'auto', file: null };

/** The choice as the job's catalog request (the JSON file read by then). */
export async function catalogRequest(choice: CatalogChoice, tr: WebTranslate): Promise<CatalogRequest> {
  const { value, file } = choice;
  if (value === 'auto' || value === 'workbook' || value === 'none') return { kind: value };
  if (value === 'file') {
    if (!file) throw new PageMessage(tr('check.catalogFileMissing'));
    return { kind: 'file', name: file.name, text: await readText(file) };
  }
  return { kind: 'builtin', id: value };
}

export interface CatalogSelectProps {
  /** data-testid of the select; the file chooser's is `<testId without -select>-file`. */
  testId: string;
  choice: CatalogChoice;
  kinds: CatalogKind[];
  /** The words for 自动 and the hint under the select, which differ by job. */
  autoLabel: WebStringKey;
  hint: WebStringKey;
  disabled: boolean;
  tr: WebTranslate;
  onChange(choice: CatalogChoice): void;
}

const KIND_LABELS: Record<CatalogKind, WebStringKey> = {
  workbook: 'check.catalog.workbook',
  file: 'check.catalog.file',
  none: 'check.catalog.none',
};

export function CatalogSelect({ testId, choice, kinds, autoLabel, hint, disabled, tr, onChange }: CatalogSelectProps) {
  const styles = useStyles();
  return (
    <Field className={styles.field} label={tr('check.catalog')} hint={tr(hint)}>
      <Select className={styles.selectRoot} select={{ className: styles.select }} data-testid={testId} value={choice.value} disabled={disabled} onChange={(_, data) => onChange({ ...choice, value: data.value })}>
        <option value="auto">{tr(autoLabel)}</option>
        {builtInCatalogTitles.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {tr(KIND_LABELS[kind])}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The chooser of the catalog file, shown when the choice is `file`. */
export function CatalogFileField({ testId, choice, disabled, tr, onChange }: Pick<CatalogSelectProps, 'testId' | 'choice' | 'disabled' | 'tr' | 'onChange'>) {
  if (choice.value !== 'file') return null;
  return (
    <FileField
      testId={testId.replace(/-select$/, '-file')}
      label={tr('check.catalogFile')}
      accept=".json"
      disabled={disabled}
      files={choice.file ? [choice.file] : []}
      tr={tr}
      onFiles={(files) => onChange({ ...choice, file: files[0] ?? null })}
    />
  );
}
