// A file chooser with a drop zone around it: the native <input type=file> (its test id the caller's),
// and the chosen file names under it. Dropping files on the zone chooses them as the input would.
import { useId, useRef, useState, type DragEvent } from 'react';
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import type { WebTranslate } from '../web-strings';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  label: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  input: { maxWidth: '100%', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300 },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export interface FileFieldProps {
  testId: string;
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  files: File[];
  tr: WebTranslate;
  onFiles(files: File[]): void;
}

/** Keeps the dropped files whose names end as `accept` says (.xlsx,.xlsm …). */
export function acceptedFiles(files: File[], accept: string): File[] {
  const endings = accept.split(',').map((a) => a.trim().toLowerCase()).filter((a) => a.startsWith('.'));
  return endings.length === 0 ? files : files.filter((f) => endings.some((e) => f.name.toLowerCase().endsWith(e)));
}

export function FileField({ testId, label, accept, multiple = false, disabled = false, files, tr, onFiles }: FileFieldProps) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const accepted = acceptedFiles(Array.from(event.dataTransfer.files), accept);
    const dropped = multiple ? accepted : accepted.slice(0, 1);
    if (dropped.length === 0) return;
    // The input shows the dropped files too (where the browser lets a page set them).
    try {
      const chosen = new DataTransfer();
      for (const file of dropped) chosen.items.add(file);
      if (input.current) input.current.files = chosen.files;
    } catch {
      // Only the input's own label stays behind.
    }
    onFiles(dropped);
  };
  const chosen = files.length === 0 ? tr('file.none') : tr('file.chosen', { name: files.map((f) => f.name).join(tr('list.separator')) });
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid={`${testId}-zone`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label className={styles.label} htmlFor={id}>
        <DocumentArrowUpRegular aria-hidden fontSize={20} />
        <span>{label}</span>
      </label>
      <input
        className={styles.input}
        id={id}
        ref={input}
        type="file"
        data-testid={testId}
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(event) => onFiles(Array.from(event.currentTarget.files ?? []))}
      />
      <Text size={200} className={styles.muted}>
        {tr('file.drop')}
      </Text>
      <Text size={200} className={styles.muted}>
        {chosen}
      </Text>
    </div>
  );
}
