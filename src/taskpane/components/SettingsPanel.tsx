// The settings, in a section the user opens when needed: marking passing cells, overwriting
// responsibility cells, the region whose targets apply, and the pane's language.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Warning16Regular } from '@fluentui/react-icons';
import type { Lang } from '../../core/types';
import type { Translate } from '../strings';

export interface JobOptions {
  markPass: boolean;
  overwriteResponsibility: boolean;
  /** Free text; blank for none. */
  region: string;
}

export const DEFAULT_JOB_OPTIONS: JobOptions = { markPass: false, overwriteResponsibility: false, region: '' };

const LANGS: Lang[] = ['zh-CN', 'en'];

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  hint: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
    color: tokens.colorStatusWarningForeground1,
    paddingLeft: tokens.spacingHorizontalS,
  },
  icon: { flexShrink: 0, marginTop: '2px' },
});

export interface SettingsPanelProps {
  options: JobOptions;
  lang: Lang;
  tr: Translate;
  onOptions(options: JobOptions): void;
  onLang(lang: Lang): void;
}

export function SettingsPanel({ options, lang, tr, onOptions, onLang }: SettingsPanelProps) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader expandIconPosition="end">{tr('settings.title')}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Switch
            label={tr('settings.markPass')}
            checked={options.markPass}
            onChange={(_, data) => onOptions({ ...options, markPass: data.checked })}
          />
          <div>
            <Switch
              label={tr('settings.overwrite')}
              checked={options.overwriteResponsibility}
              onChange={(_, data) => onOptions({ ...options, overwriteResponsibility: data.checked })}
            />
            <Caption1 className={styles.hint}>
              <Warning16Regular className={styles.icon} aria-hidden />
              {tr('settings.overwriteHint')}
            </Caption1>
          </div>
          <Field label={tr('settings.region')} hint={tr('settings.regionHint')}>
            <Input value={options.region} onChange={(_, data) => onOptions({ ...options, region: data.value })} />
          </Field>
          <Field label={tr('settings.language')}>
            <RadioGroup layout="horizontal" value={lang} onChange={(_, data) => onLang(data.value as Lang)}>
              {LANGS.map((l) => (
                <Radio key={l} value={l} label={tr(`lang.${l}`)} />
              ))}
            </RadioGroup>
          </Field>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
