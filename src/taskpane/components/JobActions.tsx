// The pane's four actions and, while one runs, what is running. Buttons stay focusable while
// disabled, so keyboard focus stays where it was during a job.
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Job } from '../../addin/jobs';
import type { Translate } from '../strings';

export type Running = Job | 'clear' | 'recheck';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  progress: { minHeight: '20px' },
});

export interface JobActionsProps {
  running: Running | null;
  tr: Translate;
  onRun(job: Job): void;
  onClear(): void;
}

export function JobActions({ running, tr, onRun, onClear }: JobActionsProps) {
  const styles = useStyles();
  const busy = running !== null;
  return (
    <section className={styles.root} aria-label={tr('actions.label')} aria-busy={busy}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => onRun('check')}>
          {tr('action.check')}
        </Button>
        <Button disabledFocusable={busy} onClick={() => onRun('fill')}>
          {tr('action.fill')}
        </Button>
        <Button disabledFocusable={busy} onClick={() => onRun('summary')}>
          {tr('action.summary')}
        </Button>
        <Button disabledFocusable={busy} onClick={onClear}>
          {tr('action.clear')}
        </Button>
      </div>
      <div className={styles.progress} role="status" aria-label={tr('progress.label')}>
        {running !== null && <Spinner size="extra-tiny" labelPosition="after" label={tr(`running.${running}`)} />}
      </div>
    </section>
  );
}
