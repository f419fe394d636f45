// The button that downloads a job's output file under its suggested name.
import { Button } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { OutputFile } from '../jobs/protocol';
import { downloadBytes } from '../download';

export interface DownloadButtonProps {
  testId: string;
  output: OutputFile;
  label: string;
}

export function DownloadButton({ testId, output, label }: DownloadButtonProps) {
  return (
    <Button appearance="primary" icon={<ArrowDownloadRegular />} data-testid={testId} onClick={() => downloadBytes(output.bytes, output.name, output.mime)}>
      {label}
    </Button>
  );
}
