import { describe, expect, it } from 'vitest';
import { cleanShareUrl, isTrackingParam } from '../../../src/core/share/clean-url.ts';

describe('cleanShareUrl', () => {
  it('removes campaign tags and click ids', () => {
    expect(
      cleanShareUrl(
        'https://haiphong.gov.vn/tin-tuc/hoi-nghi-12345.html?utm_source=facebook&utm_medium=social&UTM_Campaign=x&fbclid=IwAR0abc&gclid=Cj0&_ga=2.1.2&_gl=1*abc&mc_cid=1&mc_eid=2&msclkid=3&igshid=4',
      ),
    ).toBe('https://haiphong.gov.vn/tin-tuc/hoi-nghi-12345.html');
  });

  it('removes what Zalo appends to links opened in its app', () => {
    expect(
      cleanShareUrl(
        'https://sotp.haiphong.gov.vn/bai-viet-1.html?zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo&gidzl=AbCdEf',
      ),
    ).toBe('https://sotp.haiphong.gov.vn/bai-viet-1.html');
  });

  it('keeps the parameters the portals need, byte for byte and in order', () => {
    expect(
      cleanShareUrl(
        'https://haiphong.gov.vn/Pages/chi-tiet.aspx?utm_source=zalo&ItemID=123&ContentID=45&Organization=SoTP&MenuID=7&fbclid=x',
      ),
    ).toBe('https://haiphong.gov.vn/Pages/chi-tiet.aspx?ItemID=123&ContentID=45&Organization=SoTP&MenuID=7');
    expect(cleanShareUrl('https://thanhphohaiphong.gov.vn/?pageid=473&p_steering=99&zarsrc=1303')).toBe(
      'https://thanhphohaiphong.gov.vn/?pageid=473&p_steering=99',
    );
    // Not re-serialised through URLSearchParams: %20 stays %20, "/" and ":" stay as written.
    expect(
      cleanShareUrl('https://haiphong.gov.vn/tim-kiem?q=h%E1%BA%A3i%20ph%C3%B2ng&path=/a/b:c&utm_term=x'),
    ).toBe('https://haiphong.gov.vn/tim-kiem?q=h%E1%BA%A3i%20ph%C3%B2ng&path=/a/b:c');
  });

  it('keeps ambiguous names that sites use for routing', () => {
    const url = 'https://haiphong.gov.vn/a?ref=123&share=1&source=vb&si=2';
    expect(cleanShareUrl(url)).toBe(url);
    for (const name of [
      'ref',
      'share',
      'source',
      'pageid',
      'p_steering',
      'ContentID',
      'Organization',
      'MenuID',
      'mc_id',
      'zalo_x',
    ]) {
      expect(isTrackingParam(name), name).toBe(false);
    }
  });

  it('drops the fragment and an emptied query, and empty pieces', () => {
    expect(cleanShareUrl('https://haiphong.gov.vn/a.html#binh-luan')).toBe('https://haiphong.gov.vn/a.html');
    expect(cleanShareUrl('https://haiphong.gov.vn/a.html?utm_source=x#top')).toBe(
      'https://haiphong.gov.vn/a.html',
    );
    expect(cleanShareUrl('https://haiphong.gov.vn/a.html?&&id=1&&')).toBe(
      'https://haiphong.gov.vn/a.html?id=1',
    );
    expect(cleanShareUrl('https://haiphong.gov.vn/a.html?')).toBe('https://haiphong.gov.vn/a.html');
  });

  it('percent-encodes Vietnamese paths and queries exactly as browsers do', () => {
    const raw = 'https://haiphong.gov.vn/tin-tức/Hải-Phòng-đẩy-mạnh-cải-cách.html';
    const expected =
      'https://haiphong.gov.vn/tin-t%E1%BB%A9c/H%E1%BA%A3i-Ph%C3%B2ng-%C4%91%E1%BA%A9y-m%E1%BA%A1nh-c%E1%BA%A3i-c%C3%A1ch.html';
    expect(cleanShareUrl(raw)).toBe(expected);
    expect(cleanShareUrl(raw)).toBe(new URL(raw).href);
    // Already-encoded input is left as it is (including lower-case hex), as the address bar does.
    expect(cleanShareUrl(expected)).toBe(expected);
    expect(cleanShareUrl('https://haiphong.gov.vn/h%e1%ba%a3i')).toBe('https://haiphong.gov.vn/h%e1%ba%a3i');
    expect(cleanShareUrl('https://haiphong.gov.vn/tim-kiem?q=Hải Phòng&utm_source=x')).toBe(
      'https://haiphong.gov.vn/tim-kiem?q=H%E1%BA%A3i%20Ph%C3%B2ng',
    );
  });

  it('normalises host, default port and dot segments like the URL parser', () => {
    expect(cleanShareUrl('HTTPS://HaiPhong.GOV.vn:443/a/b/../c.html')).toBe(
      'https://haiphong.gov.vn/a/c.html',
    );
    expect(cleanShareUrl('  https://haiphong.gov.vn/a\n ')).toBe('https://haiphong.gov.vn/a');
  });

  it('resolves relative URLs against a base', () => {
    expect(cleanShareUrl('/tin-tuc/a.html?utm_source=x', 'https://haiphong.gov.vn/x/y')).toBe(
      'https://haiphong.gov.vn/tin-tuc/a.html',
    );
  });

  it('rejects anything but http(s), and URLs with credentials', () => {
    for (const raw of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
      'chrome://extensions',
      'about:blank',
      'mailto:a@b.vn',
      'ftp://haiphong.gov.vn/a',
      'https://user:pass@haiphong.gov.vn/',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(cleanShareUrl(raw), String(raw)).toBeNull();
    }
    expect(cleanShareUrl('http://sotp.haiphong.gov.vn/a')).toBe('http://sotp.haiphong.gov.vn/a');
  });
});
