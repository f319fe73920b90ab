/** The reader's keyboard command: the key bound now, and a way to the browser's shortcut settings. */
import { useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { Section } from './controls.tsx';

/** The manifest's suggested key for the `toggle-reader` command. */
export const SUGGESTED_KEYS = 'Alt+Shift+D';

export function KeyboardSection(props: {
  /** The bound key; '' when none is bound; null when the browser does not tell (or not yet). */
  keys: string | null;
  onOpenSettings: () => Promise<void>;
}) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const open = async () => {
    setFailed(false);
    try {
      await props.onOpenSettings();
    } catch {
      setFailed(true);
    }
  };
  const line =
    props.keys === null
      ? t('optionsKeyboardSuggested', SUGGESTED_KEYS)
      : props.keys === ''
        ? t('optionsKeyboardUnset')
        : t('optionsKeyboardCurrent', props.keys);
  return (
    <Section id="hpo-keyboard" title={t('optionsKeyboardHeading')}>
      <p class="hpo-keys" data-keys={props.keys ?? ''}>
        {line}
      </p>
      <button type="button" class="hpo-btn" onClick={open}>
        {t('optionsKeyboardChange')}
      </button>
      {failed && (
        <p class="hpo-error" role="alert">
          {t('optionsKeyboardFailed')}
        </p>
      )}
    </Section>
  );
}
