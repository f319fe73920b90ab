/** Auto-open: open / offer a button / off, and the sites where the reader never opens by itself. */
import { useEffect, useRef } from 'preact/hooks';
import { withHostAutoOpen, type AutoOpen } from '../../core/settings.ts';
import { useT } from '../i18n.ts';
import { RadioGroup, Section } from './controls.tsx';
import type { SectionProps } from './ReaderSection.tsx';

const CHOICES: readonly AutoOpen[] = ['open', 'offer', 'off'];

export function AutoOpenSection({ settings, onChange }: SectionProps) {
  const t = useT();
  const listRef = useRef<HTMLDivElement>(null);
  const hosts = settings.autoOpenDisabledHosts;
  const focusIndex = useRef<number | null>(null);

  // After a removal keep the keyboard where it was: the next site's button, else the previous
  // one, else the (focusable) list container.
  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    const target =
      buttons && buttons.length > 0 ? buttons[Math.min(index, buttons.length - 1)] : listRef.current;
    target?.focus();
  }, [hosts]);

  const remove = (host: string, index: number) => {
    focusIndex.current = index;
    onChange(withHostAutoOpen(settings, host, true), t('optionsSiteRemoved', host));
  };

  return (
    <Section id="hpo-autoopen" title={t('optionsAutoOpenHeading')}>
      <RadioGroup
        name="autoOpen"
        legend={t('optionsAutoOpen')}
        values={CHOICES}
        value={settings.autoOpen}
        label={(v) => t(`optionsAutoOpen_${v}`)}
        onChange={(autoOpen) => onChange({ ...settings, autoOpen })}
        stacked
      />
      <h3 id="hpo-sites-title">{t('optionsSitesOffHeading')}</h3>
      <p class="hpo-hint">{t('optionsSitesOffHint')}</p>
      <div ref={listRef} tabIndex={-1} class="hpo-sites">
        {hosts.length === 0 ? (
          <p class="hpo-empty">{t('optionsSitesOffEmpty')}</p>
        ) : (
          <ul aria-labelledby="hpo-sites-title">
            {hosts.map((host, i) => (
              <li key={host} class="hpo-row">
                <span id={`hpo-site-${i}`} class="hpo-host">
                  {host}
                </span>
                <button
                  type="button"
                  class="hpo-btn"
                  aria-describedby={`hpo-site-${i}`}
                  onClick={() => remove(host, i)}
                >
                  {t('optionsRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}
