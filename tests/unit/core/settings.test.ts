import { describe, expect, it } from 'vitest';
import { autoOpensOn, DEFAULT_SETTINGS, repairSettings } from '../../../src/core/settings.ts';

describe('settings', () => {
  it('gives the defaults for nothing stored, without reporting a repair', () => {
    expect(repairSettings(undefined)).toEqual({ settings: { ...DEFAULT_SETTINGS, autoOpenDisabledHosts: [] }, repaired: [] });
  });

  it('keeps valid values', () => {
    const { settings, repaired } = repairSettings({ autoOpen: 'offer', autoOpenDisabledHosts: ['sotp.haiphong.gov.vn'] });
    expect(settings).toEqual({ autoOpen: 'offer', autoOpenDisabledHosts: ['sotp.haiphong.gov.vn'] });
    expect(repaired).toEqual([]);
  });

  it('repairs invalid values field by field and says which', () => {
    const { settings, repaired } = repairSettings({ autoOpen: true, autoOpenDisabledHosts: ['ok.haiphong.gov.vn', { x: 1 }] });
    expect(settings).toEqual({ autoOpen: 'open', autoOpenDisabledHosts: [] });
    expect(repaired).toEqual(['autoOpen', 'autoOpenDisabledHosts']);
    expect(repairSettings('garbage').settings.autoOpen).toBe('open');
  });

  it('opens automatically only where the user allows it', () => {
    const settings = repairSettings({ autoOpenDisabledHosts: ['sotp.haiphong.gov.vn'] }).settings;
    expect(autoOpensOn(settings, 'haiphong.gov.vn')).toBe(true);
    expect(autoOpensOn(settings, 'SOTP.haiphong.gov.vn')).toBe(false);
    expect(autoOpensOn({ ...settings, autoOpen: 'offer' }, 'haiphong.gov.vn')).toBe(false);
  });
});
