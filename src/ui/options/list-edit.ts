/**
 * Pure helpers of the options page: moving and removing list entries, and checking what the
 * user typed for a shortcut before anything is saved. No DOM, no extension APIs.
 */
import {
  isSocial,
  safeShortcutUrl,
  socialNetworkOf,
  type Shortcut,
  type ShortcutKind,
} from '../../core/shortcuts.ts';

/** Most shortcuts the stored list keeps (repairShortcuts drops the rest). */
export const MAX_SHORTCUTS = 50;
/** Longest label repairShortcuts accepts. */
export const MAX_LABEL = 120;

/** storage.sync's limit for one item (QUOTA_BYTES_PER_ITEM): its key plus the JSON of its value, in bytes. */
export const SYNC_ITEM_BYTES = 8192;

/** Whether `value` stored under a key of up to 16 characters stays within storage.sync's per-item limit. */
export function fitsSyncItem(value: unknown): boolean {
  return 16 + new TextEncoder().encode(JSON.stringify(value)).length <= SYNC_ITEM_BYTES;
}

/** A copy of `list` with the entry at `from` moved by `delta` places; the same list when it cannot move. */
export function moveItem<T>(list: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || delta === 0) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(to, 0, item);
  return next;
}

/** A copy of `list` without the entry at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/**
 * What a URL typed by the user becomes: the normalised http(s) or tel: URL, or null when it is
 * not one we accept. A bare host name ("dichvucong.haiphong.gov.vn/abc") gets `https://`; anything
 * that names another scheme (javascript:, ftp:, data:, …) is refused.
 */
export function normaliseShortcutUrl(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
  if (hasScheme) {
    // "localhost:8080"-style input has a "scheme" too; only http(s) and tel pass.
    if (!/^(https?|tel):/i.test(value)) return null;
    return safeShortcutUrl(value);
  }
  if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]\S*)?$/u.test(value))
    return safeShortcutUrl(`https://${value}`);
  return null;
}

export type FieldError = 'labelEmpty' | 'labelTooLong' | 'urlEmpty' | 'urlInvalid';

export interface ShortcutDraft {
  label: string;
  url: string;
  /** Social entries only: use the discovered link or a search instead of a fixed URL. */
  automatic: boolean;
}

export type DraftCheck =
  { ok: true; label: string; url: string | null } | { ok: false; label?: FieldError; url?: FieldError };

/** Checks a draft; `kind` is the entry's kind when editing (automatic is only for social ones). */
export function checkDraft(draft: ShortcutDraft, kind?: ShortcutKind): DraftCheck {
  const label = draft.label.trim();
  const errors: { label?: FieldError; url?: FieldError } = {};
  if (!label) errors.label = 'labelEmpty';
  else if (label.length > MAX_LABEL) errors.label = 'labelTooLong';
  let url: string | null = null;
  const automatic = draft.automatic && kind !== undefined && isSocial(kind);
  if (!automatic) {
    if (!draft.url.trim()) errors.url = 'urlEmpty';
    else {
      url = normaliseShortcutUrl(draft.url);
      if (!url) errors.url = 'urlInvalid';
    }
  }
  if (errors.label || errors.url) return { ok: false, ...errors };
  return { ok: true, label, url };
}

/** The kind of a shortcut after its URL is set: social entries stay what they are. */
export function kindFor(url: string | null, previous?: ShortcutKind): ShortcutKind {
  if (previous && isSocial(previous)) return previous;
  if (url?.startsWith('tel:')) return 'phone';
  if (previous === undefined && url) return socialNetworkOf(url) ?? 'web';
  return 'web';
}

/** An id not used in `list`, in the form repairShortcuts accepts (`[\w-]{1,40}`). */
export function newShortcutId(list: readonly Shortcut[], seed = Date.now()): string {
  const used = new Set(list.map((s) => s.id));
  let n = seed;
  let id = `user-${n.toString(36)}`;
  while (used.has(id)) id = `user-${(++n).toString(36)}`;
  return id;
}

/** The list with one entry changed (label, URL and so kind), the others as they were. */
export function withEdited(
  list: readonly Shortcut[],
  id: string,
  label: string,
  url: string | null,
): Shortcut[] {
  return list.map((s) => (s.id === id ? { ...s, label, url, kind: kindFor(url, s.kind) } : s));
}

/** The list with a new entry at the end. */
export function withAdded(list: readonly Shortcut[], label: string, url: string, seed?: number): Shortcut[] {
  return [...list, { id: newShortcutId(list, seed), label, url, kind: kindFor(url) }];
}
