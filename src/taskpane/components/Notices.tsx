// Messages above the pane's controls: an error that says what to do, the one-time warning about
// notes, and the one-line result of the last action.
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Translate } from '../strings';

const useStyles = makeStyles({
  result: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

interface DismissableProps {
  text: string;
  tr: Translate;
  onDismiss(): void;
}

function DismissableBar({ text, tr, onDismiss, intent }: DismissableProps & { intent: 'error' | 'warning' }) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={tr('notice.dismiss')} icon={<DismissRegular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}

export function ErrorBar(props: DismissableProps) {
  return <DismissableBar {...props} intent="error" />;
}

export function NotesWarningBar({ tr, onDismiss }: Omit<DismissableProps, 'text'>) {
  return <DismissableBar text={tr('notice.notes')} tr={tr} onDismiss={onDismiss} intent="warning" />;
}

/** Always rendered, so that screen readers announce each new result line. */
export function ResultLine({ text, tr }: { text: string | null; tr: Translate }) {
  const styles = useStyles();
  return (
    <div role="status" aria-label={tr('result.label')}>
      {text && (
        <Text size={200} className={styles.result}>
          {text}
        </Text>
      )}
    </div>
  );
}
