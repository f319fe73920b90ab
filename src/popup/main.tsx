import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { activeTab, sendToTab, t, tabById } from '../platform/browser.ts';
import { isPageStatus, type PageStatus } from '../platform/messages.ts';
import { longVietnameseDate } from '../ui/format.ts';
import { isPortalUrl, STATUS_KEYS } from './status-label.ts';
import './popup.css';

type View =
  | { state: 'loading' }
  | { state: 'not-portal' }
  | { state: 'unknown' }
  | { state: 'ready'; tabId: number; status: PageStatus };

function Popup() {
  const [view, setView] = useState<View>({ state: 'loading' });

  useEffect(() => {
    (async () => {
      // Opened as a page (not as the toolbar popup), `?tab=<id>` names the tab to report on.
      const param = Number(new URLSearchParams(location.search).get('tab'));
      const tab = Number.isInteger(param) && param > 0 ? await tabById(param) : await activeTab();
      if (!tab) return setView({ state: 'not-portal' });
      try {
        const reply = await sendToTab(tab.id, { type: 'get-status' });
        setView(isPageStatus(reply) ? { state: 'ready', tabId: tab.id, status: reply } : { state: 'unknown' });
      } catch {
        // No content script answered: off the portals (the URL is hidden from us there, as we
        // hold no `tabs` permission), or a portal tab opened before the extension was installed.
        setView({ state: isPortalUrl(tab.url) ? 'unknown' : 'not-portal' });
      }
    })();
  }, []);

  if (view.state === 'loading') return <main aria-busy="true" />;
  if (view.state !== 'ready') {
    return (
      <main>
        <h1>{t('extShortName')}</h1>
        <p class="status" role="status">
          {t(view.state === 'not-portal' ? 'statusNotPortal' : 'statusUnknown')}
        </p>
      </main>
    );
  }
  const { status, tabId } = view;
  const date = longVietnameseDate(status.published);
  return (
    <main>
      <h1>{t('extShortName')}</h1>
      <section class="status" role="status" data-kind={status.kind}>
        <strong>{t(STATUS_KEYS[status.kind])}</strong>
        {status.isArticle && status.title && <p class="title">{status.title}</p>}
        {date && <p class="date">{date}</p>}
        {!status.isArticle && status.reasons[0] && <p class="reason">{status.reasons[0]}</p>}
      </section>
      {status.isArticle && (
        <button
          type="button"
          onClick={async () => {
            await sendToTab(tabId, { type: 'reader', action: status.readerOpen ? 'close' : 'open' });
            window.close();
          }}
        >
          {t(status.readerOpen ? 'popupCloseReader' : 'popupOpenReader')}
        </button>
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
