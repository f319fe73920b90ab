/** The reader's settings popover: every change applies at once and is saved by the caller. */
import { FONT_SIZES, FONTS, LINE_HEIGHTS, LINE_WIDTHS, THEMES, type Settings } from '../../core/settings.ts';
import { useT } from '../i18n.ts';
import { userOnly } from '../trusted.ts';

export interface SettingsPanelProps {
  settings: Settings;
  host: string;
  onChange: (next: Settings) => void;
  onToggleSite: (autoOpen: boolean) => void;
}

function Choice<K extends keyof Settings>(props: {
  name: K;
  legend: string;
  values: readonly Settings[K][];
  label: (v: Settings[K]) => string;
  settings: Settings;
  onChange: (next: Settings) => void;
}) {
  const { name, legend, values, label, settings, onChange } = props;
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="hpr-seg">
        {values.map((value) => (
          <label key={String(value)}>
            <input
              type="radio"
              name={`hpr-${name}`}
              value={String(value)}
              checked={settings[name] === value}
              onChange={userOnly(() => onChange({ ...settings, [name]: value }))}
            />
            {label(value)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SettingsPanel({ settings, host, onChange, onToggleSite }: SettingsPanelProps) {
  const t = useT();
  // Every change saves: each handler acts on the user's own input only (userOnly).
  const onSize = userOnly((e: Event) =>
    onChange({ ...settings, fontSize: Number((e.currentTarget as HTMLInputElement).value) }),
  );
  const siteOff = settings.autoOpenDisabledHosts.includes(host.toLowerCase());
  return (
    <div class="hpr-popover" role="group" aria-labelledby="hpr-settings-title" id="hpr-settings">
      <h2 id="hpr-settings-title">{t('settingsTitle')}</h2>
      <Choice
        name="theme"
        legend={t('settingsTheme')}
        values={THEMES}
        label={(v) => t(`theme_${v}`)}
        settings={settings}
        onChange={onChange}
      />
      <Choice
        name="font"
        legend={t('settingsFont')}
        values={FONTS}
        label={(v) => t(`font_${v}`)}
        settings={settings}
        onChange={onChange}
      />
      <fieldset>
        <legend>{t('settingsSize')}</legend>
        <div class="hpr-row">
          <button
            type="button"
            class="hpr-btn"
            aria-label={t('sizeDown')}
            disabled={settings.fontSize === 0}
            onClick={userOnly(() => onChange({ ...settings, fontSize: settings.fontSize - 1 }))}
          >
            A−
          </button>
          <input
            type="range"
            min={0}
            max={FONT_SIZES.length - 1}
            step={1}
            value={settings.fontSize}
            onInput={onSize}
            aria-label={t('settingsSize')}
            aria-valuetext={`${FONT_SIZES[settings.fontSize]} px`}
          />
          <button
            type="button"
            class="hpr-btn"
            aria-label={t('sizeUp')}
            disabled={settings.fontSize === FONT_SIZES.length - 1}
            onClick={userOnly(() => onChange({ ...settings, fontSize: settings.fontSize + 1 }))}
          >
            A+
          </button>
          <span aria-hidden="true">{FONT_SIZES[settings.fontSize]} px</span>
        </div>
      </fieldset>
      <Choice
        name="lineWidth"
        legend={t('settingsWidth')}
        values={LINE_WIDTHS}
        label={(v) => t(`width_${v}`)}
        settings={settings}
        onChange={onChange}
      />
      <Choice
        name="lineHeight"
        legend={t('settingsLineHeight')}
        values={LINE_HEIGHTS}
        label={(v) => t(`leading_${v}`)}
        settings={settings}
        onChange={onChange}
      />
      <Choice
        name="align"
        legend={t('settingsAlign')}
        values={['left', 'justify'] as const}
        label={(v) => t(`align_${v}`)}
        settings={settings}
        onChange={onChange}
      />
      <label class="hpr-row">
        <input
          type="checkbox"
          checked={settings.showImages}
          onChange={userOnly((e: Event) =>
            onChange({ ...settings, showImages: (e.currentTarget as HTMLInputElement).checked }),
          )}
        />
        {t('settingsImages')}
      </label>
      <label class="hpr-row">
        <input
          type="checkbox"
          checked={siteOff}
          onChange={userOnly((e: Event) => onToggleSite(!(e.currentTarget as HTMLInputElement).checked))}
        />
        {t('settingsSiteOff', host)}
      </label>
    </div>
  );
}
