// The offline web page: the title, the language switch and the privacy note, four tabs (检查工作簿,
// 部门自查, 合并填报表, 清除标记) kept as they are while another is shown, one progress line and one
// error line for whichever job runs.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LockClosedRegular, TranslateRegular } from '@fluentui/react-icons';
import type { Lang } from '../../core/types';
import type { LanguageStore } from '../../taskpane/language-store';
import { PaneTabs, panelId, tabId } from '../../taskpane/components/PaneTabs';
import type { JobClient } from '../job-client';
import { usePageJobs } from '../use-page-jobs';
import { webErrorText } from '../web-error-text';
import { webStrings } from '../web-strings';
import { CheckPanel } from './CheckPanel';
import { ReturnPanel } from './ReturnPanel';
import { MergePanel } from './MergePanel';
import { ClearPanel } from './ClearPanel';
import { ProgressLine } from './ProgressLine';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '1040px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    boxSizing: 'border-box',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  titles: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground3 },
  privacy: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  panel: {
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
});

type PageTab = 'check' | 'return' | 'merge' | 'clear';
const TABS: PageTab[] = ['check', 'return', 'merge', 'clear'];
const TABS_ID = 'page';

export interface WebAppProps {
  client: JobClient;
  initialLang: Lang;
  languageStore: LanguageStore;
}

export function WebApp({ client, initialLang, languageStore }: WebAppProps) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(initialLang);
  const tr = useMemo(() => webStrings(lang), [lang]);
  const [tab, setTab] = useState<PageTab>('check');
  const jobs = usePageJobs(client);
  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      languageStore.save(next);
    },
    [languageStore],
  );
  useEffect(() => {
    // A file dropped beside a drop zone would make the browser leave the page to open it.
    const keep = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = tr('title');
  }, [lang, tr]);

  const { clearFailure } = jobs;
  const panelProps = { lang, tr, jobs };
  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <h1 className={styles.title}>{tr('title')}</h1>
          <Text className={styles.subtitle}>{tr('subtitle')}</Text>
        </div>
        {/* Named by its visible text, in the language it names. */}
        <Button data-testid="lang-toggle" icon={<TranslateRegular />} title={tr('lang.toggleLabel')} onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
          <span lang={lang === 'en' ? 'zh-CN' : 'en'}>{tr('lang.toggle')}</span>
        </Button>
      </header>
      <Text data-testid="privacy-note" className={styles.privacy}>
        <LockClosedRegular aria-hidden fontSize={16} />
        {tr('privacy')}
      </Text>
      <PaneTabs<PageTab>
        idPrefix={TABS_ID}
        label={tr('tabs.label')}
        tabs={TABS.map((value) => ({ value, label: tr(`tab.${value}`), testId: `tab-${value}` }))}
        selected={tab}
        onSelect={(value) => {
          if (value !== tab) clearFailure();
          setTab(value);
        }}
      />
      <ProgressLine step={jobs.step} tr={tr} />
      {jobs.failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody data-testid="error">{webErrorText(jobs.failure.error, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {TABS.map((value) => (
        <div key={value} id={panelId(TABS_ID, value)} role="tabpanel" aria-labelledby={tabId(TABS_ID, value)} className={styles.panel} hidden={tab !== value} style={tab !== value ? { display: 'none' } : undefined}>
          {value === 'check' && <CheckPanel {...panelProps} />}
          {value === 'return' && <ReturnPanel {...panelProps} />}
          {value === 'merge' && <MergePanel {...panelProps} />}
          {value === 'clear' && <ClearPanel {...panelProps} />}
        </div>
      ))}
    </main>
  );
}
