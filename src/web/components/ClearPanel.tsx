// 清除标记: a checked file chosen; its copy without the tool's marks to download, or word that the
// file has none.
import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ClearResultShown } from '../jobs/protocol';
import type { PageJobs } from '../use-page-jobs';
import { readInputFile } from '../read-file';
import type { WebTranslate } from '../web-strings';
import { WorkbookField } from './WorkbookField';
import { DownloadButton } from './DownloadButton';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface ClearPanelProps {
  tr: WebTranslate;
  jobs: PageJobs;
  lang: 'zh-CN' | 'en';
}

export function ClearPanel({ tr, jobs, lang }: ClearPanelProps) {
  const styles = useStyles();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ClearResultShown | null>(null);
  const running = jobs.step !== null;

  const run = async () => {
    if (!file) return;
    setResult(null);
    const cleared = await jobs.run<ClearResultShown>(async () => ({ job: 'clear', file: await readInputFile(file), lang }), (r) => r.restored);
    if (cleared) setResult(cleared);
  };

  const text = result
    ? result.output
      ? [tr('clear.done', { restored: result.restored }), result.skipped > 0 ? tr('clear.skipped', { skipped: result.skipped }) : ''].join(lang === 'en' ? ' ' : '')
      : tr('clear.nothing')
    : '';
  return (
    <div className={styles.root}>
      <Text className={styles.muted}>{tr('clear.intro')}</Text>
      <WorkbookField
        testId="clear-file"
        label={tr('clear.file')}
        file={file}
        jobs={jobs}
        tr={tr}
        onFile={(chosen) => {
          setFile(chosen);
          setResult(null);
        }}
      />
      <div className={styles.actions}>
        <Button appearance="primary" data-testid="clear-run" disabled={!file || running} onClick={() => void run()}>
          {tr('clear.run')}
        </Button>
        {result?.output && <DownloadButton testId="clear-download" output={result.output} label={tr('clear.download', { name: result.output.name })} />}
      </div>
      {result && (
        <Text data-testid="clear-result" role="status">
          {text}
        </Text>
      )}
    </div>
  );
}
