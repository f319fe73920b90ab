/**
 * The officials-and-directives summary: three sections with counts (empty ones say so), each
 * item a button that jumps to its first mention in the article; copy as text or Markdown.
 */
import { useState } from 'preact/hooks';
import type { Article, Mention, Summary } from '../../core/types.ts';
import { summaryAsMarkdown, summaryAsText, type ExportLabels } from '../../core/summary-export.ts';
import { useT } from '../i18n.ts';
import { userOnly } from '../trusted.ts';

export interface SummaryPanelProps {
  article: Article;
  /** 'pending': the analysis runs after the article's first paint; the panel says it is busy meanwhile. */
  summary: Summary | 'pending';
  expanded: boolean;
  onToggle: () => void;
  onJump: (mention: Mention) => void;
  copy: (text: string) => Promise<void>;
}

function formatDate(iso: string | null): string | null {
  return iso ? iso.split('-').reverse().join('/') : null;
}

export function SummaryPanel({ article, summary, expanded, onToggle, onJump, copy }: SummaryPanelProps) {
  const t = useT();
  const [copied, setCopied] = useState('');
  const labels: ExportLabels = {
    officials: t('summaryOfficials'),
    documents: t('summaryDocuments'),
    directives: t('summaryDirectives'),
    none: t('summaryNone'),
    source: t('summarySource'),
    published: t('summaryPublished'),
  };
  const busy = summary === 'pending';
  const doCopy = async (ready: Summary, kind: 'text' | 'markdown') => {
    try {
      await copy(
        kind === 'text' ? summaryAsText(article, ready, labels) : summaryAsMarkdown(article, ready, labels),
      );
      setCopied(t(kind === 'text' ? 'summaryCopiedText' : 'summaryCopiedMarkdown'));
    } catch {
      setCopied(t('copyFailed'));
    }
  };
  return (
    <aside class="hpr-summary" aria-labelledby="hpr-summary-title" aria-busy={busy} id="hpr-summary">
      <div class="hpr-summary-head">
        <h2 id="hpr-summary-title">
          {t('summaryTitle')}
          {!busy && (
            <span class="hpr-item-sub" style="display:inline">
              {' '}
              ({summary.officials.length + summary.documents.length + summary.directives.length})
            </span>
          )}
        </h2>
        <button
          type="button"
          class="hpr-btn"
          aria-expanded={expanded}
          aria-controls="hpr-summary-body"
          onClick={onToggle}
        >
          {t(expanded ? 'summaryCollapse' : 'summaryExpand')}
        </button>
      </div>
      <div id="hpr-summary-body" hidden={!expanded}>
        {busy ? (
          <p class="hpr-empty" role="status">
            {t('summaryAnalysing')}
          </p>
        ) : (
          <SummaryLists summary={summary} labels={labels} onJump={onJump} />
        )}
        {!busy && (
          <div class="hpr-row hpr-no-print">
            <button type="button" class="hpr-btn" onClick={userOnly(() => doCopy(summary, 'text'))}>
              {t('summaryCopyText')}
            </button>
            <button type="button" class="hpr-btn" onClick={userOnly(() => doCopy(summary, 'markdown'))}>
              {t('summaryCopyMarkdown')}
            </button>
          </div>
        )}
        <p class="hpr-status hpr-no-print" role="status">
          {copied}
        </p>
      </div>
    </aside>
  );
}

/** The three sections: officials, documents, directives, each item a jump to its first mention. */
function SummaryLists({
  summary,
  labels,
  onJump,
}: {
  summary: Summary;
  labels: ExportLabels;
  onJump: (mention: Mention) => void;
}) {
  const t = useT();
  return (
    <>
      <section aria-labelledby="hpr-sum-officials">
        <h3 id="hpr-sum-officials">
          {labels.officials} ({summary.officials.length})
        </h3>
        {summary.officials.length === 0 ? (
          <p class="hpr-empty">{t('summaryNoOfficials')}</p>
        ) : (
          <ul>
            {summary.officials.map((o) => (
              <li key={o.name}>
                <button type="button" class="hpr-item" onClick={() => o.mentions[0] && onJump(o.mentions[0])}>
                  <strong>{o.name}</strong>
                  {o.positions.length > 0 && <span class="hpr-item-sub">{o.positions.join('; ')}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="hpr-sum-documents">
        <h3 id="hpr-sum-documents">
          {labels.documents} ({summary.documents.length})
        </h3>
        {summary.documents.length === 0 ? (
          <p class="hpr-empty">{t('summaryNoDocuments')}</p>
        ) : (
          <ul>
            {summary.documents.map((d, i) => (
              <li key={i}>
                <button type="button" class="hpr-item" onClick={() => onJump(d.mention)}>
                  <strong>
                    {[d.type, d.number ? `${t('documentNumber')} ${d.number}` : null]
                      .filter(Boolean)
                      .join(' ')}
                  </strong>
                  {(d.date || d.issuer) && (
                    <span class="hpr-item-sub">
                      {[formatDate(d.date), d.issuer].filter(Boolean).join(' · ')}
                    </span>
                  )}
                  {!d.number && <span class="hpr-item-sub">{d.mention.text}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="hpr-sum-directives">
        <h3 id="hpr-sum-directives">
          {labels.directives} ({summary.directives.length})
        </h3>
        {summary.directives.length === 0 ? (
          <p class="hpr-empty">{t('summaryNoDirectives')}</p>
        ) : (
          <ul>
            {summary.directives.map((d, i) => (
              <li key={i}>
                <button type="button" class="hpr-item" onClick={() => onJump(d.mention)}>
                  <strong>{d.by}</strong>
                  <span class="hpr-item-sub">{d.mention.text}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
