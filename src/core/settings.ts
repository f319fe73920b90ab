/**
 * The user's settings: defaults, and repair of whatever storage hands back (an older version's
 * data, a hand-edited value, garbage). Pure: the platform layer reads and writes storage.
 */

export type AutoOpen = 'open' | 'offer' | 'off';

export interface Settings {
  /** What happens on an article page: open the reader, offer a small button, or nothing. */
  autoOpen: AutoOpen;
  /** Hosts on which the reader never opens by itself (the "not on this site" toggle). */
  autoOpenDisabledHosts: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  autoOpen: 'open',
  autoOpenDisabledHosts: [],
});

export interface Repaired {
  settings: Settings;
  /** Names of the fields that were invalid and reset to their defaults. */
  repaired: string[];
}

const HOST = /^[a-z0-9.-]{1,253}$/;

export function repairSettings(raw: unknown): Repaired {
  const input = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const repaired: string[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, autoOpenDisabledHosts: [] };

  if ('autoOpen' in input) {
    if (input.autoOpen === 'open' || input.autoOpen === 'offer' || input.autoOpen === 'off') settings.autoOpen = input.autoOpen;
    else repaired.push('autoOpen');
  }
  if ('autoOpenDisabledHosts' in input) {
    const hosts = input.autoOpenDisabledHosts;
    if (Array.isArray(hosts) && hosts.every((h) => typeof h === 'string' && HOST.test(h))) {
      settings.autoOpenDisabledHosts = [...new Set(hosts as string[])];
    } else repaired.push('autoOpenDisabledHosts');
  }
  return { settings, repaired };
}

/** Should the reader open by itself on this host? */
export function autoOpensOn(settings: Settings, host: string): boolean {
  return settings.autoOpen === 'open' && !settings.autoOpenDisabledHosts.includes(host.toLowerCase());
}
