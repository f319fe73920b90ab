/**
 * The summary box on the printout ("include the summary" on): printed under the article's source,
 * title, date and byline and before its text, so the title always starts page 1 with the article.
 * Print media only; the on-screen panel (with its buttons) is never printed. The lines are the
 * text export's (officials with positions, documents with number, date and issuer, directives
 * with who gave them).
 */
import type { Summary } from '../../core/types.ts';
import { summaryLines } from '../../core/summary-export.ts';
import { useT } from '../i18n.ts';

export function PrintSummary({ summary }: { summary: Summary }) {
  const t = useT();
  const lines = summaryLines(summary);
  const blocks = [
    { label: t('summaryOfficials'), items: lines.officials, none: t('summaryNoOfficials') },
    { label: t('summaryDocuments'), items: lines.documents, none: t('summaryNoDocuments') },
    { label: t('summaryDirectives'), items: lines.directives, none: t('summaryNoDirectives') },
  ];
  return (
    <section class="hpr-print-only hpr-print-summary">
      <h2>{t('summaryTitle')}</h2>
      {blocks.map((b) => (
        <div key={b.label}>
          <h3>
            {b.label} ({b.items.length})
          </h3>
          {b.items.length === 0 ? (
            <p class="hpr-empty">{b.none}</p>
          ) : (
            <ul>
              {b.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
