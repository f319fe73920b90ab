/** "Reset all", with its confirmation step inside the page (no window.confirm). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { Section } from './controls.tsx';

export function ResetSection({ onReset }: { onReset: () => Promise<void> }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Opening the question puts the keyboard on "Hủy" (the safe answer); closing it returns to the button.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const confirm = async () => {
    setBusy(true);
    try {
      await onReset();
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <Section id="hpo-reset" title={t('optionsResetHeading')}>
      {!confirming ? (
        <button ref={startRef} type="button" class="hpo-btn hpo-danger" onClick={() => setConfirming(true)}>
          {t('optionsResetAll')}
        </button>
      ) : (
        <div
          class="hpo-confirm"
          role="group"
          aria-labelledby="hpo-reset-question"
          onKeyDown={(e) => e.key === 'Escape' && !busy && setConfirming(false)}
        >
          <p id="hpo-reset-question">{t('optionsResetConfirmText')}</p>
          <div class="hpo-actions">
            <button type="button" class="hpo-btn hpo-danger" disabled={busy} onClick={confirm}>
              {t('optionsResetConfirm')}
            </button>
            <button
              ref={cancelRef}
              type="button"
              class="hpo-btn"
              disabled={busy}
              onClick={() => setConfirming(false)}
            >
              {t('optionsCancel')}
            </button>
          </div>
        </div>
      )}
    </Section>
  );
}
