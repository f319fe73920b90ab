/** The reader's display settings, with the same labels as the reader's own settings popover. */
import {
  ALIGNS,
  FONT_SIZES,
  FONTS,
  LINE_HEIGHTS,
  LINE_WIDTHS,
  THEMES,
  type Settings,
} from '../../core/settings.ts';
import { useT } from '../i18n.ts';
import { Checkbox, RadioGroup, Section } from './controls.tsx';

export interface SectionProps {
  settings: Settings;
  /** Applies and saves; `announcement` replaces the plain "Đã lưu" once saved. */
  onChange: (next: Settings, announcement?: string) => void;
}

export function ReaderSection({ settings, onChange }: SectionProps) {
  const t = useT();
  const set =
    <K extends keyof Settings>(key: K) =>
    (value: Settings[K]) =>
      onChange({ ...settings, [key]: value });
  const px = FONT_SIZES[settings.fontSize];
  const last = FONT_SIZES.length - 1;
  // The new size is said with the confirmation: the A− / A+ buttons give no other feedback.
  const setSize = (index: number) =>
    onChange({ ...settings, fontSize: index }, `${t('optionsSaved')} (${FONT_SIZES[index]} px)`);
  return (
    <Section id="hpo-reader" title={t('optionsReaderHeading')}>
      <RadioGroup
        name="theme"
        legend={t('settingsTheme')}
        values={THEMES}
        value={settings.theme}
        label={(v) => t(`theme_${v}`)}
        onChange={set('theme')}
      />
      <RadioGroup
        name="font"
        legend={t('settingsFont')}
        values={FONTS}
        value={settings.font}
        label={(v) => t(`font_${v}`)}
        onChange={set('font')}
      />
      <fieldset class="hpo-group">
        <legend id="hpo-size-legend">{t('settingsSize')}</legend>
        <div class="hpo-size">
          <button
            type="button"
            class="hpo-btn"
            data-size="down"
            disabled={settings.fontSize <= 0}
            onClick={() => setSize(settings.fontSize - 1)}
          >
            <span aria-hidden="true">A−</span>
            <span class="hpo-sr">{t('sizeDown')}</span>
          </button>
          <input
            type="range"
            id="hpo-size"
            min={0}
            max={last}
            step={1}
            value={settings.fontSize}
            aria-labelledby="hpo-size-legend"
            aria-valuetext={`${px} px`}
            onInput={(e) => setSize(Number(e.currentTarget.value))}
          />
          <button
            type="button"
            class="hpo-btn"
            data-size="up"
            disabled={settings.fontSize >= last}
            onClick={() => setSize(settings.fontSize + 1)}
          >
            <span aria-hidden="true">A+</span>
            <span class="hpo-sr">{t('sizeUp')}</span>
          </button>
          <span class="hpo-px" aria-hidden="true">
            {px} px
          </span>
        </div>
      </fieldset>
      <RadioGroup
        name="lineWidth"
        legend={t('settingsWidth')}
        values={LINE_WIDTHS}
        value={settings.lineWidth}
        label={(v) => t(`width_${v}`)}
        onChange={set('lineWidth')}
      />
      <RadioGroup
        name="lineHeight"
        legend={t('settingsLineHeight')}
        values={LINE_HEIGHTS}
        value={settings.lineHeight}
        label={(v) => t(`leading_${v}`)}
        onChange={set('lineHeight')}
      />
      <RadioGroup
        name="align"
        legend={t('settingsAlign')}
        values={ALIGNS}
        value={settings.align}
        label={(v) => t(`align_${v}`)}
        onChange={set('align')}
      />
      <Checkbox checked={settings.showImages} onChange={set('showImages')}>
        {t('settingsImages')}
      </Checkbox>
      <Checkbox checked={settings.summaryExpanded} onChange={set('summaryExpanded')}>
        {t('optionsSummaryExpanded')}
      </Checkbox>
      <figure
        class="hpo-preview"
        data-font={settings.font}
        data-width={settings.lineWidth}
        data-leading={settings.lineHeight}
        data-align={settings.align}
      >
        <figcaption>{t('optionsPreview')}</figcaption>
        <p lang="vi" style={{ fontSize: `${px}px` }}>
          {t('optionsPreviewText')}
        </p>
      </figure>
    </Section>
  );
}
