/**
 * The toolbar popup: what the current tab is, what can be done there (reader, print, QR share),
 * and the portals' services and social pages. Platform functions come in as props (tests pass
 * fakes); strings come from the I18n context.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageStatus, ReaderAction } from '../../core/page-status.ts';
import type { Settings } from '../../core/settings.ts';
import {
  confirmDiscovered,
  NETWORK_NAMES,
  resolveShortcut,
  unconfirmed,
  type DiscoveredLink,
  type ResolvedShortcut,
  type Shortcut,
} from '../../core/shortcuts.ts';
import { useT } from '../i18n.ts';
import { longVietnameseDate } from '../format.ts';
import { SharePanel } from '../share/SharePanel.tsx';
import { shareLabelsFrom } from '../share/labels.ts';
import { STATUS_KEYS } from './status-label.ts';

export type TabView =
  | { state: 'loading' }
  | { state: 'not-portal' }
  | { state: 'unknown' }
  | { state: 'ready'; tabId: number; status: PageStatus };

export interface PopupPlatform {
  tabView: () => Promise<TabView>;
  reader: (tabId: number, action: ReaderAction) => Promise<void>;
  settings: () => Promise<Settings>;
  shortcuts: () => Promise<Shortcut[]>;
  discovered: () => Promise<DiscoveredLink[]>;
  /** Saves the shortcut list (a discovered link the user confirmed becomes an entry's address). */
  saveShortcuts: (list: Shortcut[]) => Promise<void>;
  openOptions: () => Promise<void>;
  /** Closes the popup (after an action that happens in the tab). */
  close: () => void;
}

/** A discovered link as shown: host and path, without the scheme. */
function shortAddress(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.pathname === '/' ? '' : u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

function ShortcutItem({ item }: { item: ResolvedShortcut }) {
  const t = useT();
  const [qr, setQr] = useState(false);
  const note = item.source === 'search' ? t('popupSearchNote') : null;
  const qrId = `hpr-qr-${item.id}`;
  return (
    <li>
      <div class="row">
        <a
          href={item.href}
          target={item.kind === 'phone' ? undefined : '_blank'}
          rel="noopener noreferrer"
          data-source={item.source}
        >
          {item.source === 'search' ? t('popupSearchOn', item.label) : item.label}
        </a>
        {item.kind !== 'phone' && (
          <button
            type="button"
            class="small"
            aria-expanded={qr}
            aria-controls={qrId}
            onClick={() => setQr(!qr)}
          >
            {t('popupShowQr')}
            <span class="visually-hidden"> {item.label}</span>
          </button>
        )}
      </div>
      {note && <p class="note">{note}</p>}
      {qr && (
        <div id={qrId} class="qr">
          <SharePanel url={item.href} title={item.label} labels={shareLabelsFrom((k) => t(k))} />
        </div>
      )}
    </li>
  );
}

/**
 * A link seen on a portal page: shown with where it was seen, apart from the portal's shortcuts,
 * never under the portal's name; the user may confirm it (a trusted click only).
 */
function SeenItem({ link, onConfirm }: { link: DiscoveredLink; onConfirm: (link: DiscoveredLink) => void }) {
  const t = useT();
  return (
    <li>
      <div class="row">
        <a href={link.url} target="_blank" rel="noopener noreferrer" data-source="seen">
          {NETWORK_NAMES[link.network]}: {shortAddress(link.url)}
        </a>
        <button type="button" class="small" onClick={(e) => e.isTrusted && onConfirm(link)}>
          {t('popupConfirm')}
          <span class="visually-hidden"> {NETWORK_NAMES[link.network]}</span>
        </button>
      </div>
      <p class="note">{t('popupSeenOn', link.host)}</p>
    </li>
  );
}

export function PopupApp({
  platform,
  initialShare = false,
}: {
  platform: PopupPlatform;
  initialShare?: boolean;
}) {
  const t = useT();
  const [view, setView] = useState<TabView>({ state: 'loading' });
  const [theme, setTheme] = useState<Settings['theme']>('system');
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [seen, setSeen] = useState<DiscoveredLink[]>([]);
  const [confirmError, setConfirmError] = useState(false);
  const [share, setShare] = useState(initialShare);

  useEffect(() => {
    platform.tabView().then(setView, () => setView({ state: 'unknown' }));
    platform.settings().then(
      (s) => setTheme(s.theme),
      () => undefined,
    );
    Promise.all([platform.shortcuts(), platform.discovered()]).then(
      ([list, found]) => {
        setShortcuts(list);
        setSeen(found);
      },
      () => undefined,
    );
  }, []);

  const items = shortcuts.map((s) => resolveShortcut(s)).filter((s): s is ResolvedShortcut => s !== null);
  const toConfirm = unconfirmed(seen, shortcuts);
  const confirm = (link: DiscoveredLink) => {
    const next = confirmDiscovered(shortcuts, link);
    platform.saveShortcuts(next).then(
      () => {
        setShortcuts(next);
        setConfirmError(false);
      },
      () => setConfirmError(true),
    );
  };

  const act = async (action: ReaderAction) => {
    if (view.state !== 'ready') return;
    await platform.reader(view.tabId, action);
    platform.close();
  };

  let statusBlock;
  if (view.state === 'loading') statusBlock = <p class="status" aria-busy="true" />;
  else if (view.state !== 'ready')
    statusBlock = (
      <p class="status" role="status">
        {t(view.state === 'not-portal' ? 'statusNotPortal' : 'statusUnknown')}
      </p>
    );
  else {
    const { status } = view;
    const date = longVietnameseDate(status.published);
    statusBlock = (
      <section class="status" role="status" data-kind={status.kind}>
        <strong>{t(STATUS_KEYS[status.kind])}</strong>
        {status.isArticle && status.title && <p class="title">{status.title}</p>}
        {date && <p class="date">{date}</p>}
        {!status.isArticle && status.reasons[0] && (
          <p class="reason">{t('popupReason', status.reasons[0].replace(/^[+-]\s*/, ''))}</p>
        )}
      </section>
    );
  }

  return (
    <main data-theme={theme}>
      <header>
        <h1>{t('extShortName')}</h1>
        <button type="button" class="small" onClick={() => platform.openOptions()}>
          {t('popupOptions')}
        </button>
      </header>
      {statusBlock}
      {view.state === 'ready' && (
        <div class="actions" role="group" aria-label={t('popupActions')}>
          {view.status.isArticle && (
            <>
              <button
                type="button"
                class="primary"
                onClick={() => act(view.status.readerOpen ? 'close' : 'open')}
              >
                {t(view.status.readerOpen ? 'popupCloseReader' : 'popupOpenReader')}
              </button>
              <button type="button" onClick={() => act('print')}>
                {t('printButton')}
              </button>
            </>
          )}
          <button
            type="button"
            aria-expanded={share}
            aria-controls="hpr-popup-share"
            onClick={() => setShare(!share)}
          >
            {t('shareButton')}
          </button>
        </div>
      )}
      {view.state === 'ready' && share && (
        <div id="hpr-popup-share" class="share">
          <SharePanel
            url={view.status.canonical ?? view.status.url}
            title={view.status.title ?? ''}
            labels={shareLabelsFrom((k) => t(k))}
          />
        </div>
      )}
      <section aria-labelledby="hpr-connect">
        <h2 id="hpr-connect">{t('popupConnect')}</h2>
        <ul class="shortcuts">
          {items.map((item) => (
            <ShortcutItem key={item.id} item={item} />
          ))}
        </ul>
      </section>
      {toConfirm.length > 0 && (
        <section aria-labelledby="hpr-seen" class="seen">
          <h2 id="hpr-seen">{t('popupSeenTitle')}</h2>
          {confirmError && (
            <p class="note" role="alert">
              {t('popupConfirmFailed')}
            </p>
          )}
          <ul class="shortcuts">
            {toConfirm.map((link) => (
              <SeenItem key={link.url} link={link} onConfirm={confirm} />
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
