// How a finding is marked in its cell (DESIGN §6): Excel's own styles Bad, Neutral and Good, and two
// more for missing and invalid values. A failing binding indicator is Bad, a failing guiding one
// Neutral. The task pane colours each finding with the same mark, so the pane and the cells agree.
import type { EditPlan, Finding, MarkStyle } from './types';

export const PALETTE: EditPlan['palette'] = {
  bad: { fill: '#FFC7CE', font: '#9C0006' },
  neutral: { fill: '#FFEB9C', font: '#9C5700' },
  good: { fill: '#C6EFCE', font: '#006100' },
  missing: { fill: '#DDEBF7', font: '#1F4E78' },
  invalid: { fill: '#E4DFEC', font: '#5B2C6F' },
};

export function markStyleOf(finding: Finding): MarkStyle | null {
  switch (finding.status) {
    case 'fail':
      return finding.severity === 'error' ? 'bad' : 'neutral';
    case 'review':
      return 'neutral';
    case 'missing':
      return 'missing';
    case 'invalid':
      return 'invalid';
    case 'pass':
      return 'good';
    default:
      return null;
  }
}
