/**
 * The reader overlay: a modal dialog with the article alone, the summary beside it (wide
 * screens) or above it (narrow), settings, help, read aloud, print and share.
 * Focus moves in on open and is trapped while open; Escape closes a popover, then the reader.
 */
import type { ComponentChild } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, Mention, Summary } from '../../core/types.ts';
import { textLayout } from '../../core/article-text.ts';
import { FONT_SIZES, nextInCycle, THEMES, withHostAutoOpen, type Settings } from '../../core/settings.ts';
import { useT } from '../i18n.ts';
import { isUserEvent, userOnly } from '../trusted.ts';
import { longVietnameseDate } from '../format.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { HelpPanel } from './HelpPanel.tsx';
import { SummaryPanel } from './SummaryPanel.tsx';
import { PrintSummary } from '../print/PrintSummary.tsx';
import { elementIdFor, partOf, rangeForText } from './mention-target.ts';
import { RATES, ReadAloud, type SpeechState } from './read-aloud.ts';
import { IconPrint, IconShare, IconSpeaker, IconSummary, IconText } from './icons.tsx';

export type Panel = 'settings' | 'help' | 'share' | null;

/** A panel asked for from outside (popup, context menu); a new nonce opens it again. */
export interface PanelRequest {
  panel: Exclude<Panel, null>;
  nonce: number;
}

export interface ReaderAppProps {
  article: Article;
  /** null: no summary (the analysis failed); 'pending': computed after the article's first paint. */
  summary: Summary | null | 'pending';
  settings: Settings;
  request?: PanelRequest;
  /** The last settings write failed (said in the reader, through _locales). */
  saveFailed?: boolean;
  host: string;
  onSettings: (next: Settings) => void;
  onClose: () => void;
  onPrint: () => void;
  copy: (text: string) => Promise<void>;
  /** The share panel (rendered by the caller, which owns the QR code). */
  renderShare: () => ComponentChild;
  /** The print-only footer with the QR code back to the article. */
  renderPrintFooter: () => ComponentChild;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The layout breakpoint of reader-styles.ts: below it the summary goes above the article. */
export const WIDE_LAYOUT_PX = 1180;

function narrowScreen(): boolean {
  return typeof window !== 'undefined' && window.innerWidth < WIDE_LAYOUT_PX;
}

function typingInto(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable) return true;
  return (
    el.tagName === 'INPUT' &&
    !['checkbox', 'radio', 'range', 'button'].includes((el as HTMLInputElement).type)
  );
}

export function ReaderApp(props: ReaderAppProps) {
  const { article, summary, settings, host, onSettings, onClose, onPrint, copy } = props;
  const t = useT();
  const [panel, setPanel] = useState<Panel>(null);
  // On a narrow screen the summary sits above the article: it starts collapsed there, so the
  // article is what the reader sees first; one tap (or `s`) opens it.
  const [summaryExpanded, setSummaryExpanded] = useState(() => settings.summaryExpanded && !narrowScreen());
  const [progress, setProgress] = useState(0);
  const [showTop, setShowTop] = useState(false);
  const [speech, setSpeech] = useState<SpeechState | null>(null);
  const [speechNote, setSpeechNote] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const readerRef = useRef<ReadAloud | null>(null);
  const layout = useMemo(() => textLayout(article.sapo, article.blocks), [article]);
  const paragraphs = useMemo(
    () => layout.parts.map((p) => ({ id: elementIdFor(p), text: layout.text.slice(p.start, p.end) })),
    [layout],
  );

  // Focus moves in as the dialog appears (layout effect: before the first paint).
  useLayoutEffect(() => {
    closeRef.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => () => readerRef.current?.dispose(), []);
  useEffect(() => {
    if (props.request) setPanel(props.request.panel);
  }, [props.request?.nonce]);

  const shadow = () => dialogRef.current?.getRootNode() as ShadowRoot | undefined;

  // The paragraph being read aloud is outlined and kept in view.
  useEffect(() => {
    const root = shadow();
    root?.querySelectorAll('.hpr-speaking').forEach((el) => el.classList.remove('hpr-speaking'));
    if (!speech?.playing) return;
    const el = root?.getElementById(paragraphs[speech.index]?.id ?? '');
    el?.classList.add('hpr-speaking');
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [speech?.index, speech?.playing]);

  const update = (patch: Partial<Settings>) => onSettings({ ...settings, ...patch });
  const togglePanel = (p: Exclude<Panel, null>) => setPanel((cur) => (cur === p ? null : p));
  const toggleSummary = () => setSummaryExpanded((v) => !v);

  const toggleSpeech = () => {
    if (!readerRef.current)
      readerRef.current = new ReadAloud(
        paragraphs.map((p) => p.text),
        setSpeech,
      );
    const r = readerRef.current;
    if (!r.current.available) {
      setSpeech(r.current);
      setSpeechNote(t('speechNoVoice'));
      return;
    }
    setSpeechNote('');
    if (r.current.playing) r.pause();
    else r.play();
  };

  const jump = (mention: Mention) => {
    const part = partOf(layout.parts, mention);
    const root = shadow();
    const el = part && root?.getElementById(elementIdFor(part));
    if (!el) return;
    if (narrowScreen()) setSummaryExpanded(false);
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
    const range = rangeForText(el, mention.text);
    const highlights = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> })?.highlights;
    const HighlightCtor = (globalThis as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
    if (range && highlights && HighlightCtor) highlights.set('hpr-mention', new HighlightCtor(range));
    else {
      el.classList.add('hpr-flash');
      setTimeout(() => el.classList.remove('hpr-flash'), 2500);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys a script dispatched do nothing (real key presses only).
    if (!isUserEvent(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (panel) setPanel(null);
      else onClose();
      return;
    }
    if (event.key === 'Tab' && dialogRef.current) {
      const items = Array.from(dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
        (el) => !el.closest('[hidden]'),
      );

      const active = shadow()?.activeElement;
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && (active === first || !dialogRef.current.contains(active ?? null))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !dialogRef.current.contains(active ?? null))) {
        event.preventDefault();
        first.focus();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typingInto(event.target)) return;
    const actions: Record<string, () => void> = {
      '+': () => update({ fontSize: Math.min(settings.fontSize + 1, FONT_SIZES.length - 1) }),
      '=': () => update({ fontSize: Math.min(settings.fontSize + 1, FONT_SIZES.length - 1) }),
      '-': () => update({ fontSize: Math.max(settings.fontSize - 1, 0) }),
      t: () => update({ theme: nextInCycle(THEMES, settings.theme) }),
      s: toggleSummary,
      p: onPrint,
      q: () => togglePanel('share'),
      r: toggleSpeech,
      '?': () => togglePanel('help'),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      event.stopPropagation();
      action();
    }
  };

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    const max = el.scrollHeight - el.clientHeight;
    setProgress(max > 0 ? Math.min(1, el.scrollTop / max) : 1);
    setShowTop(el.scrollTop > 800);
  };

  const date = longVietnameseDate(article.published);
  const toolbarButton = (
    label: string,
    key: string,
    onClick: () => void,
    extra: Record<string, unknown> = {},
    icon: ComponentChild = null,
  ) => (
    <button
      type="button"
      class="hpr-btn"
      onClick={userOnly(onClick)}
      title={`${label} (${key})`}
      aria-keyshortcuts={key}
      {...extra}
    >
      {icon}
      <span class="hpr-btn-label">{label}</span>
    </button>
  );

  return (
    <div
      ref={scrollRef}
      class="hpr-backdrop"
      data-theme={settings.theme}
      data-font={settings.font}
      data-width={settings.lineWidth}
      data-leading={settings.lineHeight}
      data-print-font={settings.printFont}
      style={{ '--hpr-size': `${FONT_SIZES[settings.fontSize]}px` }}
      onScroll={onScroll}
    >
      <div class="hpr-progress" style={{ transform: `scaleX(${progress})` }} aria-hidden="true" />
      <div
        ref={dialogRef}
        class="hpr-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="hpr-title"
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div class="hpr-toolbar" role="toolbar" aria-label={t('toolbarLabel')}>
          <span class="hpr-brand">{t('readerLabel')}</span>
          {summary &&
            toolbarButton(
              t('summaryButton'),
              's',
              toggleSummary,
              { 'aria-expanded': summaryExpanded, 'aria-controls': 'hpr-summary-body' },
              <IconSummary />,
            )}
          {toolbarButton(
            t('settingsButton'),
            '',
            () => togglePanel('settings'),
            {
              'aria-expanded': panel === 'settings',
              'aria-controls': 'hpr-settings',
              'aria-keyshortcuts': undefined,
              title: t('settingsButton'),
            },
            <IconText />,
          )}
          {toolbarButton(
            t('readAloudButton'),
            'r',
            toggleSpeech,
            { 'aria-pressed': speech?.playing ?? false },
            <IconSpeaker />,
          )}
          {toolbarButton(t('printButton'), 'p', onPrint, {}, <IconPrint />)}
          {toolbarButton(
            t('shareButton'),
            'q',
            () => togglePanel('share'),
            { 'aria-expanded': panel === 'share', 'aria-controls': 'hpr-share' },
            <IconShare />,
          )}
          {toolbarButton(
            t('helpButton'),
            '?',
            () => togglePanel('help'),
            { 'aria-expanded': panel === 'help', 'aria-controls': 'hpr-help' },
            <span aria-hidden="true">?</span>,
          )}
          <button
            ref={closeRef}
            type="button"
            class="hpr-btn hpr-btn-close"
            onClick={userOnly(onClose)}
            aria-label={t('closeReader')}
            title={t('closeReader')}
            aria-keyshortcuts="Escape"
          >
            ×
          </button>
        </div>
        {props.saveFailed && (
          <p class="hpr-save-error" role="alert">
            {t('settingsSaveFailed')}
          </p>
        )}
        {panel === 'settings' && (
          <SettingsPanel
            settings={settings}
            host={host}
            onChange={onSettings}
            onToggleSite={(autoOpen) => onSettings(withHostAutoOpen(settings, host, autoOpen))}
          />
        )}
        {panel === 'help' && <HelpPanel />}
        {panel === 'share' && props.renderShare()}
        <div class={`hpr-layout${summary ? ' hpr-has-summary' : ''}`}>
          {summary && (
            <SummaryPanel
              article={article}
              summary={summary}
              expanded={summaryExpanded}
              onToggle={toggleSummary}
              onJump={jump}
              copy={copy}
            />
          )}
          <article class="hpr-article" data-align={settings.align} lang="vi">
            <header>
              <p class="hpr-source">{article.source.portal}</p>
              <h1 id="hpr-title">{article.title}</h1>
              <p class="hpr-meta">
                {date && <time dateTime={article.published ?? undefined}>{date}</time>}
                {article.author && <span class="hpr-author">{t('byAuthor', article.author)}</span>}
                {article.readingMinutes > 0 && (
                  <span>{t('readingMinutes', String(article.readingMinutes))}</span>
                )}
              </p>
              {summary && summary !== 'pending' && settings.printSummary && (
                <PrintSummary summary={summary} />
              )}
              {article.sapo && (
                <p class="hpr-sapo" id="hpr-sapo">
                  {article.sapo}
                </p>
              )}
            </header>
            <ArticleBody blocks={article.blocks} showImages={settings.showImages} />
            <footer class="hpr-footer">
              <a
                class="hpr-no-print"
                href={article.source.url}
                target="_blank"
                rel="noopener noreferrer"
                onClick={userOnly(() => undefined)}
              >
                {t('openOriginal')}
              </a>
              {props.renderPrintFooter()}
            </footer>
          </article>
        </div>
        {speech && (speech.playing || speechNote || speech.index > 0) && (
          <div class="hpr-speech" role="group" aria-label={t('readAloudButton')}>
            {speechNote ? (
              <span role="status">{speechNote}</span>
            ) : (
              <>
                <button
                  type="button"
                  class="hpr-btn"
                  onClick={() => readerRef.current?.previous()}
                  aria-label={t('speechPrevious')}
                >
                  «
                </button>
                <button
                  type="button"
                  class="hpr-btn"
                  onClick={toggleSpeech}
                  aria-label={t(speech.playing ? 'speechPause' : 'speechPlay')}
                >
                  {speech.playing ? '❚❚' : '▶'}
                </button>
                <button
                  type="button"
                  class="hpr-btn"
                  onClick={() => readerRef.current?.next()}
                  aria-label={t('speechNext')}
                >
                  »
                </button>
                <label class="hpr-row">
                  {t('speechRate')}
                  <select
                    value={String(speech.rate)}
                    onChange={(e) => readerRef.current?.setRate(Number(e.currentTarget.value))}
                  >
                    {RATES.map((r) => (
                      <option key={r} value={String(r)}>
                        {r}×
                      </option>
                    ))}
                  </select>
                </label>
              </>
            )}
            <button
              type="button"
              class="hpr-btn"
              onClick={() => {
                readerRef.current?.stop();
                setSpeech(null);
                setSpeechNote('');
              }}
              aria-label={t('speechStop')}
            >
              ■
            </button>
          </div>
        )}
        {showTop && (
          <button
            type="button"
            class="hpr-btn hpr-totop"
            onClick={() => scrollRef.current?.scrollTo({ top: 0, behavior: 'smooth' })}
          >
            ↑ {t('backToTop')}
          </button>
        )}
      </div>
    </div>
  );
}
