// The line that shows while a job runs: a spinner and the step (reading, checking, writing). Always in
// the page, hidden when nothing runs.
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { JobStep } from '../jobs/protocol';
import type { WebTranslate } from '../web-strings';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', minHeight: '24px', padding: `${tokens.spacingVerticalXS} 0` },
});

export function stepText(step: JobStep, tr: WebTranslate): string {
  if (step.step === 'reading') return step.count && step.count > 1 ? tr('progress.readingFiles', { done: step.done ?? 0, count: step.count }) : tr('progress.reading');
  return tr(step.step === 'checking' ? 'progress.checking' : 'progress.writing');
}

export function ProgressLine({ step, tr }: { step: JobStep | null; tr: WebTranslate }) {
  const styles = useStyles();
  return (
    <div data-testid="progress" className={step ? styles.root : undefined} role="status" aria-label={tr('progress.label')} hidden={step === null}>
      {step && <Spinner size="tiny" labelPosition="after" label={stepText(step, tr)} />}
    </div>
  );
}
