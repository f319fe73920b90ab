/**
 * The reader overlay: a modal dialog with the article alone.
 * Focus moves in on open, is trapped while open, and Escape or the close button closes it.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../core/types.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { longVietnameseDate } from './format.ts';

export interface ReaderLabels {
  dialog: string;
  close: string;
  openOriginal: string;
  readingMinutes: (n: number) => string;
}

export interface ReaderOverlayProps {
  article: Article;
  labels: ReaderLabels;
  onClose: () => void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ReaderOverlay({ article, labels, onClose }: ReaderOverlayProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    closeRef.current?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key === 'Tab' && dialogRef.current) {
      const items = Array.from(dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE));
      if (items.length === 0) return;
      const root = dialogRef.current.getRootNode() as ShadowRoot | Document;
      const active = root.activeElement;
      const first = items[0];
      const last = items[items.length - 1];
      if (event.shiftKey && (active === first || !dialogRef.current.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  const date = longVietnameseDate(article.published);
  return (
    <div class="hpr-backdrop">
      <div
        ref={dialogRef}
        class="hpr-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="hpr-title"
        onKeyDown={onKeyDown}
      >
        <div class="hpr-toolbar">
          <span class="hpr-brand">{labels.dialog}</span>
          <button ref={closeRef} type="button" class="hpr-close" onClick={onClose} aria-label={labels.close} title={labels.close}>
            ×
          </button>
        </div>
        <article class="hpr-article" lang="vi">
          <header>
            <p class="hpr-source">{article.source.portal}</p>
            <h1 id="hpr-title">{article.title}</h1>
            <p class="hpr-meta">
              {date && <time dateTime={article.published ?? undefined}>{date}</time>}
              {article.author && <span class="hpr-author">{article.author}</span>}
              {article.readingMinutes > 0 && <span>{labels.readingMinutes(article.readingMinutes)}</span>}
            </p>
            {article.sapo && <p class="hpr-sapo">{article.sapo}</p>}
          </header>
          <ArticleBody blocks={article.blocks} />
          <footer class="hpr-footer">
            <a href={article.source.url} target="_blank" rel="noopener noreferrer">
              {labels.openOriginal}
            </a>
          </footer>
        </article>
      </div>
    </div>
  );
}
