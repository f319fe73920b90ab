/**
 * The user's settings: defaults, and repair of whatever storage hands back (an older version's
 * data, a hand-edited value, garbage). Pure: the platform layer reads and writes storage.
 */

export type AutoOpen = 'open' | 'offer' | 'off';
export type Theme = 'system' | 'light' | 'sepia' | 'dark' | 'contrast';
export type FontFamily = 'serif' | 'sans' | 'system';
export type LineWidth = 'narrow' | 'medium' | 'wide';
export type LineHeight = 'compact' | 'normal' | 'loose';
export type TextAlign = 'left' | 'justify';
export type Paper = 'A4' | 'Letter';
export type PrintFont = 'document' | 'reader';

export const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark', 'contrast'];
export const FONTS: readonly FontFamily[] = ['serif', 'sans', 'system'];
export const LINE_WIDTHS: readonly LineWidth[] = ['narrow', 'medium', 'wide'];
export const LINE_HEIGHTS: readonly LineHeight[] = ['compact', 'normal', 'loose'];
export const ALIGNS: readonly TextAlign[] = ['left', 'justify'];
/** Font sizes in CSS px, smallest to largest; settings store the index. */
export const FONT_SIZES: readonly number[] = [14, 16, 18, 20, 22, 24, 27, 30, 34];

export interface Settings {
  /** What happens on an article page: open the reader, offer a small button, or nothing. */
  autoOpen: AutoOpen;
  /** Hosts on which the reader never opens by itself (the "not on this site" toggle). */
  autoOpenDisabledHosts: string[];
  theme: Theme;
  font: FontFamily;
  /** Index into FONT_SIZES. */
  fontSize: number;
  lineWidth: LineWidth;
  lineHeight: LineHeight;
  align: TextAlign;
  showImages: boolean;
  /** Whether the officials-and-directives summary starts expanded. */
  summaryExpanded: boolean;
  paper: Paper;
  printFont: PrintFont;
  printSummary: boolean;
  /** Opt-in: learn the portal's social links also on the sub-portals (else only the two main portals). */
  discoverSubPortals: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  autoOpen: 'open',
  autoOpenDisabledHosts: [],
  theme: 'system',
  font: 'serif',
  fontSize: 3,
  lineWidth: 'medium',
  lineHeight: 'normal',
  align: 'left',
  showImages: true,
  summaryExpanded: true,
  paper: 'A4',
  printFont: 'document',
  printSummary: false,
  discoverSubPortals: false,
} satisfies Settings);

export interface Repaired {
  settings: Settings;
  /** Names of the fields that were invalid and reset to their defaults. */
  repaired: string[];
}

const HOST = /^[a-z0-9.-]{1,253}$/;

type Check = (value: unknown) => boolean;
const oneOf =
  <T>(values: readonly T[]): Check =>
  (v) =>
    values.includes(v as T);
const isBoolean: Check = (v) => typeof v === 'boolean';

const CHECKS: { [K in keyof Settings]: Check } = {
  autoOpen: oneOf<AutoOpen>(['open', 'offer', 'off']),
  autoOpenDisabledHosts: (v) =>
    Array.isArray(v) && v.length <= 500 && v.every((h) => typeof h === 'string' && HOST.test(h)),
  theme: oneOf(THEMES),
  font: oneOf(FONTS),
  fontSize: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < FONT_SIZES.length,
  lineWidth: oneOf(LINE_WIDTHS),
  lineHeight: oneOf(LINE_HEIGHTS),
  align: oneOf(ALIGNS),
  showImages: isBoolean,
  summaryExpanded: isBoolean,
  paper: oneOf<Paper>(['A4', 'Letter']),
  printFont: oneOf<PrintFont>(['document', 'reader']),
  printSummary: isBoolean,
  discoverSubPortals: isBoolean,
};

export function repairSettings(raw: unknown): Repaired {
  const input =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const repaired: string[] = [];
  const settings = { ...DEFAULT_SETTINGS, autoOpenDisabledHosts: [] } as Settings;
  for (const key of Object.keys(CHECKS) as (keyof Settings)[]) {
    if (!(key in input)) continue;
    if (CHECKS[key](input[key])) (settings as unknown as Record<string, unknown>)[key] = input[key];
    else {
      repaired.push(key);
      // A list keeps its valid entries: one bad host does not lose the others.
      if (key === 'autoOpenDisabledHosts' && Array.isArray(input[key])) {
        settings.autoOpenDisabledHosts = (input[key] as unknown[])
          .filter((h): h is string => typeof h === 'string' && HOST.test(h.toLowerCase()))
          .slice(0, 500);
      }
    }
  }
  settings.autoOpenDisabledHosts = [...new Set(settings.autoOpenDisabledHosts.map((h) => h.toLowerCase()))];
  if (raw !== undefined && raw !== null && input !== raw) repaired.push('*');
  return { settings, repaired };
}

/** Should the reader open by itself on this host? */
export function autoOpensOn(settings: Settings, host: string): boolean {
  return settings.autoOpen === 'open' && !settings.autoOpenDisabledHosts.includes(host.toLowerCase());
}

/** The settings with auto-open turned off (or back on) for one host. */
export function withHostAutoOpen(settings: Settings, host: string, enabled: boolean): Settings {
  const h = host.toLowerCase();
  const others = settings.autoOpenDisabledHosts.filter((x) => x !== h);
  return { ...settings, autoOpenDisabledHosts: enabled ? others : [...others, h] };
}

/** The next value in a cycle (the `t` key cycles themes). */
export function nextInCycle<T>(values: readonly T[], current: T): T {
  return values[(values.indexOf(current) + 1) % values.length] ?? current;
}
