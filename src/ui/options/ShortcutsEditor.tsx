/**
 * The popup's "Kết nối với Cổng thông tin" shortcuts: add, edit, reorder (Lên / Xuống buttons,
 * keyboard first), remove, back to defaults. Nothing reaches storage until it passes checkDraft.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isSocial, NETWORK_NAMES, type DiscoveredLink, type Shortcut } from '../../core/shortcuts.ts';
import { useT } from '../i18n.ts';
import { Checkbox, Section } from './controls.tsx';
import {
  checkDraft,
  fitsSyncItem,
  MAX_LABEL,
  MAX_SHORTCUTS,
  moveItem,
  removeAt,
  withAdded,
  withEdited,
  type FieldError,
  type ShortcutDraft,
} from './list-edit.ts';

export interface ShortcutsEditorProps {
  shortcuts: Shortcut[];
  /** Social links found on portal pages: shown for automatic entries. */
  discovered?: DiscoveredLink[];
  /** Applies and saves a new list; `announcement` goes to the page's live region once saved. */
  onChange: (next: Shortcut[], announcement: string) => void;
  /** Back to the default list. */
  onReset: () => void;
  /** The opt-in to learn social links on the sub-portals too (absent: not shown). */
  subPortals?: { checked: boolean; onChange: (checked: boolean) => void };
}

interface Errors {
  label?: FieldError;
  url?: FieldError;
  /** The list would not fit in the browser's synced storage. */
  tooBig?: boolean;
}

/** The error of a whole form (not of one field). */
function FormError({ show }: { show?: boolean }) {
  const t = useT();
  return show ? (
    <p class="hpo-error" role="alert">
      {t('optionsShortcutsTooBig')}
    </p>
  ) : null;
}

/** One labelled text field with its hint and error, wired with aria-describedby / aria-invalid. */
function Field(props: {
  id: string;
  label: string;
  value: string;
  error?: FieldError;
  hint?: string;
  /** An address field: URL keyboard on phones, no autocapitalisation. */
  url?: boolean;
  disabled?: boolean;
  maxLength?: number;
  focusKey: string;
  onInput: (value: string) => void;
}) {
  const t = useT();
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy =
    [props.error ? errorId : '', props.hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="hpo-field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode={props.url ? 'url' : undefined}
        autoCapitalize={props.url ? 'off' : undefined}
        value={props.value}
        disabled={props.disabled}
        maxLength={props.maxLength}
        autocomplete="off"
        spellcheck={false}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy}
        data-focus={props.focusKey}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {props.hint && (
        <span id={hintId} class="hpo-hint">
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={errorId} class="hpo-error">
          {t(`optionsErr_${props.error}`)}
        </span>
      )}
    </div>
  );
}

/** What an entry opens, as a line of text: its URL, or how the automatic address is found. */
function AddressLine({ shortcut, discovered }: { shortcut: Shortcut; discovered: DiscoveredLink[] }) {
  const t = useT();
  if (shortcut.url) return <span class="hpo-sc-url">{shortcut.url}</span>;
  if (!isSocial(shortcut.kind)) return null;
  // A link seen on a portal page is shown as such, never as the entry's address until confirmed.
  const seen = discovered.find((d) => d.network === shortcut.kind);
  return (
    <span class="hpo-sc-url">
      {t('optionsShortcutAutomatic', NETWORK_NAMES[shortcut.kind])}
      {seen && (
        <>
          <br />
          {t('optionsShortcutDiscovered', [seen.url, seen.host])}
        </>
      )}
    </span>
  );
}

export function ShortcutsEditor({
  shortcuts,
  discovered = [],
  onChange,
  onReset,
  subPortals,
}: ShortcutsEditorProps) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  /** data-focus key of the element to focus after the next render, with a fallback. */
  const pendingFocus = useRef<string[] | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editDraft, setEditDraft] = useState<ShortcutDraft>({ label: '', url: '', automatic: false });
  const [editErrors, setEditErrors] = useState<Errors>({});
  const [addDraft, setAddDraft] = useState<ShortcutDraft>({ label: '', url: '', automatic: false });
  const [addErrors, setAddErrors] = useState<Errors>({});
  const [, setFocusTick] = useState(0);

  const focusLater = (...keys: string[]) => {
    pendingFocus.current = keys;
    setFocusTick((n) => n + 1);
  };

  useEffect(() => {
    const keys = pendingFocus.current;
    if (!keys) return;
    pendingFocus.current = null;
    for (const key of keys) {
      const el = root.current?.querySelector<HTMLElement>(`[data-focus="${key}"]`);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        return;
      }
    }
  });

  // An entry being edited that disappears (reset, change from elsewhere) closes its form.
  useEffect(() => {
    if (editingId && !shortcuts.some((s) => s.id === editingId)) setEditingId(null);
  }, [shortcuts, editingId]);

  const startEdit = (s: Shortcut) => {
    setEditingId(s.id);
    setEditDraft({ label: s.label, url: s.url ?? '', automatic: s.url === null });
    setEditErrors({});
    focusLater('edit-label');
  };

  const cancelEdit = () => {
    const id = editingId;
    setEditingId(null);
    setEditErrors({});
    if (id) focusLater(`${id}:edit`);
  };

  const saveEdit = (e: Event, s: Shortcut) => {
    e.preventDefault();
    const check = checkDraft(editDraft, s.kind);
    if (!check.ok) {
      setEditErrors({ label: check.label, url: check.url });
      focusLater(check.label ? 'edit-label' : 'edit-url');
      return;
    }
    const next = withEdited(shortcuts, s.id, check.label, check.url);
    if (!fitsSyncItem(next)) {
      setEditErrors({ tooBig: true });
      return;
    }
    setEditErrors({});
    setEditingId(null);
    onChange(next, t('optionsShortcutSaved', check.label));
    focusLater(`${s.id}:edit`);
  };

  const add = (e: Event) => {
    e.preventDefault();
    const check = checkDraft({ ...addDraft, automatic: false });
    if (!check.ok) {
      setAddErrors({ label: check.label, url: check.url });
      focusLater(check.label ? 'add-label' : 'add-url');
      return;
    }
    const next = withAdded(shortcuts, check.label, check.url!);
    if (!fitsSyncItem(next)) {
      setAddErrors({ tooBig: true });
      return;
    }
    setAddErrors({});
    setAddDraft({ label: '', url: '', automatic: false });
    onChange(next, t('optionsShortcutAdded', check.label));
    focusLater('add-label');
  };

  const move = (index: number, delta: number) => {
    const s = shortcuts[index];
    if (!s) return;
    const next = moveItem(shortcuts, index, delta);
    onChange(next, t('optionsShortcutMoved', [s.label, String(next.indexOf(s) + 1)]));
    const same = delta < 0 ? 'up' : 'down';
    const other = delta < 0 ? 'down' : 'up';
    focusLater(`${s.id}:${same}`, `${s.id}:${other}`);
  };

  const remove = (index: number) => {
    const s = shortcuts[index];
    if (!s) return;
    const next = removeAt(shortcuts, index);
    onChange(next, t('optionsShortcutRemoved', s.label));
    const after = next[index] ?? next[index - 1];
    focusLater(...(after ? [`${after.id}:remove`] : []), 'list');
  };

  const reset = () => {
    setEditingId(null);
    onReset();
    focusLater('reset');
  };

  const full = shortcuts.length >= MAX_SHORTCUTS;

  return (
    <Section id="hpo-shortcuts" title={t('optionsShortcutsHeading')}>
      <div ref={root}>
        <p class="hpo-hint" id="hpo-shortcuts-hint">
          {t('optionsShortcutsHint')}
        </p>
        <div tabIndex={-1} data-focus="list" class="hpo-sc-wrap">
          {shortcuts.length === 0 ? (
            <p class="hpo-empty">{t('optionsShortcutsEmpty')}</p>
          ) : (
            <ol class="hpo-sc-list" aria-labelledby="hpo-shortcuts-title">
              {shortcuts.map((s, i) => {
                const labelId = `hpo-sc-${s.id}-label`;
                const editing = editingId === s.id;
                return (
                  <li key={s.id} class="hpo-sc" data-id={s.id}>
                    <div class="hpo-sc-text">
                      <span id={labelId} class="hpo-sc-label">
                        {s.label}
                      </span>
                      <AddressLine shortcut={s} discovered={discovered} />
                    </div>
                    {editing ? (
                      <form
                        class="hpo-sc-form"
                        aria-label={t('optionsEditHeading', s.label)}
                        noValidate
                        onSubmit={(e) => saveEdit(e, s)}
                        onKeyDown={(e) => e.key === 'Escape' && cancelEdit()}
                      >
                        <Field
                          id="hpo-edit-label"
                          label={t('optionsShortcutLabel')}
                          value={editDraft.label}
                          error={editErrors.label}
                          maxLength={MAX_LABEL}
                          focusKey="edit-label"
                          onInput={(label) => setEditDraft({ ...editDraft, label })}
                        />
                        {isSocial(s.kind) && (
                          <label class="hpo-check">
                            <input
                              type="checkbox"
                              checked={editDraft.automatic}
                              onChange={(e) => {
                                setEditDraft({ ...editDraft, automatic: e.currentTarget.checked });
                                setEditErrors({ ...editErrors, url: undefined });
                              }}
                            />
                            <span>{t('optionsShortcutUseAutomatic')}</span>
                          </label>
                        )}
                        <Field
                          id="hpo-edit-url"
                          label={t('optionsShortcutUrl')}
                          url
                          value={editDraft.url}
                          error={editErrors.url}
                          hint={t('optionsShortcutUrlHint')}
                          disabled={isSocial(s.kind) && editDraft.automatic}
                          focusKey="edit-url"
                          onInput={(url) => setEditDraft({ ...editDraft, url })}
                        />
                        <FormError show={editErrors.tooBig} />
                        <div class="hpo-actions">
                          <button type="submit" class="hpo-btn hpo-primary">
                            {t('optionsSave')}
                          </button>
                          <button type="button" class="hpo-btn" onClick={cancelEdit}>
                            {t('optionsCancel')}
                          </button>
                        </div>
                      </form>
                    ) : (
                      <div class="hpo-actions">
                        <button
                          type="button"
                          class="hpo-btn"
                          aria-describedby={labelId}
                          data-focus={`${s.id}:edit`}
                          onClick={() => startEdit(s)}
                        >
                          {t('optionsEdit')}
                        </button>
                        <button
                          type="button"
                          class="hpo-btn"
                          aria-describedby={labelId}
                          data-focus={`${s.id}:up`}
                          disabled={i === 0}
                          onClick={() => move(i, -1)}
                        >
                          {t('optionsUp')}
                        </button>
                        <button
                          type="button"
                          class="hpo-btn"
                          aria-describedby={labelId}
                          data-focus={`${s.id}:down`}
                          disabled={i === shortcuts.length - 1}
                          onClick={() => move(i, 1)}
                        >
                          {t('optionsDown')}
                        </button>
                        <button
                          type="button"
                          class="hpo-btn hpo-danger"
                          aria-describedby={labelId}
                          data-focus={`${s.id}:remove`}
                          onClick={() => remove(i)}
                        >
                          {t('optionsRemove')}
                        </button>
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </div>
        <p class="hpo-actions">
          <button type="button" class="hpo-btn" data-focus="reset" onClick={reset}>
            {t('optionsResetShortcuts')}
          </button>
        </p>

        <form class="hpo-add" aria-labelledby="hpo-add-title" noValidate onSubmit={add}>
          <h3 id="hpo-add-title">{t('optionsAddHeading')}</h3>
          <Field
            id="hpo-add-label"
            label={t('optionsShortcutLabel')}
            value={addDraft.label}
            error={addErrors.label}
            maxLength={MAX_LABEL}
            focusKey="add-label"
            onInput={(label) => setAddDraft({ ...addDraft, label })}
          />
          <Field
            id="hpo-add-url"
            label={t('optionsShortcutUrl')}
            url
            value={addDraft.url}
            error={addErrors.url}
            hint={t('optionsShortcutUrlHint')}
            focusKey="add-url"
            onInput={(url) => setAddDraft({ ...addDraft, url })}
          />
          {full && <p class="hpo-hint">{t('optionsShortcutsFull')}</p>}
          <FormError show={addErrors.tooBig} />
          <div class="hpo-actions">
            <button type="submit" class="hpo-btn hpo-primary" disabled={full}>
              {t('optionsAdd')}
            </button>
          </div>
        </form>
        {subPortals && (
          <Checkbox checked={subPortals.checked} onChange={subPortals.onChange}>
            {t('optionsDiscoverSubPortals')}
          </Checkbox>
        )}
      </div>
    </Section>
  );
}
