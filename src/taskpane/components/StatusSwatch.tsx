// A small square in a status's colour (the colour of its mark in the workbook); decoration only.
import { makeStyles } from '@fluentui/react-components';
import type { Status } from '../../core/types';
import { STATUS_SWATCH } from '../status-style';

const useStyles = makeStyles({
  swatch: {
    display: 'inline-block',
    flexShrink: 0,
    width: '10px',
    height: '10px',
    borderRadius: '2px',
    boxSizing: 'border-box',
  },
});

export function StatusSwatch({ status }: { status: Status }) {
  const styles = useStyles();
  const { fill, font } = STATUS_SWATCH[status];
  return <span aria-hidden className={styles.swatch} style={{ backgroundColor: fill, border: `1px solid ${font}` }} />;
}
