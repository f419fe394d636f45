// The badge colour of each status, matched to the meaning and, where it can be, to the marks in the
// workbook (missing is blue there and here). The badge always carries the status word as well.
import type { BadgeProps } from '@fluentui/react-components';
import type { Status } from '../core/types';

export const STATUS_ORDER: Status[] = ['pass', 'fail', 'review', 'missing', 'invalid', 'na'];

export const STATUS_COLOR: Record<Status, NonNullable<BadgeProps['color']>> = {
  pass: 'success',
  fail: 'danger',
  review: 'warning',
  missing: 'brand',
  invalid: 'severe',
  na: 'subtle',
};
