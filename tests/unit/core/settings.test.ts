import { describe, expect, it } from 'vitest';
import {
  autoOpensOn,
  DEFAULT_SETTINGS,
  nextInCycle,
  repairSettings,
  THEMES,
  withHostAutoOpen,
} from '../../../src/core/settings.ts';

describe('settings', () => {
  it('gives the defaults for nothing stored, without reporting a repair', () => {
    expect(repairSettings(undefined)).toEqual({
      settings: { ...DEFAULT_SETTINGS, autoOpenDisabledHosts: [] },
      repaired: [],
    });
  });

  it('keeps valid values', () => {
    const { settings, repaired } = repairSettings({
      autoOpen: 'offer',
      autoOpenDisabledHosts: ['sotp.haiphong.gov.vn'],
      theme: 'sepia',
      fontSize: 8,
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      autoOpen: 'offer',
      autoOpenDisabledHosts: ['sotp.haiphong.gov.vn'],
      theme: 'sepia',
      fontSize: 8,
    });
    expect(repaired).toEqual([]);
  });

  it('repairs invalid values field by field and says which', () => {
    const { settings, repaired } = repairSettings({
      autoOpen: true,
      autoOpenDisabledHosts: ['ok.haiphong.gov.vn', { x: 1 }],
      theme: 'neon',
      fontSize: 99,
      showImages: 'yes',
      lineWidth: 'wide',
    });
    // Repaired data keeps every valid entry (issue 14): the good host stays, the bad item goes.
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      lineWidth: 'wide',
      autoOpenDisabledHosts: ['ok.haiphong.gov.vn'],
    });
    expect(repaired).toEqual(['autoOpen', 'autoOpenDisabledHosts', 'theme', 'fontSize', 'showImages']);
    expect(repairSettings('garbage')).toEqual({ settings: { ...DEFAULT_SETTINGS }, repaired: ['*'] });
    expect(repairSettings([1, 2]).repaired).toEqual(['*']);
  });

  it('opens automatically only where the user allows it', () => {
    const settings = repairSettings({ autoOpenDisabledHosts: ['sotp.haiphong.gov.vn'] }).settings;
    expect(autoOpensOn(settings, 'haiphong.gov.vn')).toBe(true);
    expect(autoOpensOn(settings, 'SOTP.haiphong.gov.vn')).toBe(false);
    expect(autoOpensOn({ ...settings, autoOpen: 'offer' }, 'haiphong.gov.vn')).toBe(false);
  });

  it('turns auto-open off and on again for one host', () => {
    const off = withHostAutoOpen(DEFAULT_SETTINGS, 'SOTP.haiphong.gov.vn', false);
    expect(off.autoOpenDisabledHosts).toEqual(['sotp.haiphong.gov.vn']);
    expect(autoOpensOn(off, 'sotp.haiphong.gov.vn')).toBe(false);
    expect(autoOpensOn(off, 'haiphong.gov.vn')).toBe(true);
    expect(withHostAutoOpen(off, 'sotp.haiphong.gov.vn', true).autoOpenDisabledHosts).toEqual([]);
  });

  it('cycles themes', () => {
    expect(nextInCycle(THEMES, 'system')).toBe('light');
    expect(nextInCycle(THEMES, 'contrast')).toBe('system');
  });
});
