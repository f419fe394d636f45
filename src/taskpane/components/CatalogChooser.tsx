// The catalog to check against: automatic (with what it would choose), a built-in catalog, one
// loaded from a JSON file, or none.
import { useRef } from 'react';
import { Dropdown, Field, Option, makeStyles } from '@fluentui/react-components';
import type { Catalog } from '../../core/types';
import type { Translate } from '../strings';
import type { CatalogChoice } from '../catalog-choice';

const LOAD_FILE = 'load-file';

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: '100%' },
  // The list opens in a layer of its own; kept within the pane, long names wrap.
  listbox: { maxWidth: 'calc(100vw - 24px)' },
  option: { overflowWrap: 'anywhere' },
});

export interface CatalogChooserProps {
  choice: CatalogChoice;
  /** The automatic choice's text, with what it would choose when that is known. */
  autoLabel: string;
  builtIns: Catalog[];
  /** The catalog loaded from a file, when there is one. */
  fileCatalog: Catalog | null;
  tr: Translate;
  onChoose(choice: CatalogChoice): void;
  onFile(file: File): void;
}

export function CatalogChooser({ choice, autoLabel, builtIns, fileCatalog, tr, onChoose, onFile }: CatalogChooserProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  // Automatic first, then the built-in catalogs and a loaded file; the file action and "none" last.
  const choices: { value: CatalogChoice; text: string }[] = [
    { value: 'auto', text: autoLabel },
    ...builtIns.map((c) => ({ value: `builtin:${c.id}` as const, text: c.title })),
    ...(fileCatalog ? [{ value: 'file' as const, text: tr('catalog.file', { title: fileCatalog.title }) }] : []),
  ];
  const none = { value: 'none' as const, text: tr('catalog.none') };
  const current = [...choices, none].find((o) => o.value === choice) ?? choices[0];
  const option = (value: string, text: string) => (
    <Option key={value} value={value} className={styles.option}>
      {text}
    </Option>
  );
  return (
    <div>
      <Field label={tr('catalog.label')}>
        <Dropdown
          className={styles.dropdown}
          listbox={{ className: styles.listbox }}
          value={current.text}
          selectedOptions={[current.value]}
          onOptionSelect={(_, data) => {
            if (data.optionValue === LOAD_FILE) fileInput.current?.click();
            else if (data.optionValue) onChoose(data.optionValue as CatalogChoice);
          }}
        >
          {choices.map((c) => option(c.value, c.text))}
          {option(LOAD_FILE, tr('catalog.loadFile'))}
          {option(none.value, none.text)}
        </Dropdown>
      </Field>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={tr('catalog.fileInput')}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is a change too.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
