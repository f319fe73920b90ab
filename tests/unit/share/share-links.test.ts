import { describe, expect, it } from 'vitest';
import {
  emailShareUrl,
  facebookShareUrl,
  shareLinks,
  shareText,
  webShareData,
  zaloShareUrl,
} from '../../../src/core/share/share-links.ts';
import { qrFileName } from '../../../src/core/share/file-name.ts';
import { defined } from '../defined.ts';

const URL_ = 'https://haiphong.gov.vn/Pages/chi-tiet.aspx?ItemID=123&pageid=45';
const TITLE = 'Hải Phòng: Hội nghị  triển khai\nNghị quyết 57 & kế hoạch năm 2025';

describe('share links', () => {
  it('Facebook sharer takes the encoded URL in u', () => {
    expect(facebookShareUrl(URL_)).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fhaiphong.gov.vn%2FPages%2Fchi-tiet.aspx%3FItemID%3D123%26pageid%3D45',
    );
    expect(new URL(facebookShareUrl(URL_)).searchParams.get('u')).toBe(URL_);
  });

  it('Zalo link carries the encoded URL', () => {
    const link = new URL(zaloShareUrl(URL_));
    expect(link.origin + link.pathname).toBe('https://sp.zalo.me/share_inline');
    expect(link.searchParams.get('url')).toBe(URL_);
    expect([...link.searchParams.keys()]).toEqual(['url']);
  });

  it('mailto: has the title as subject and title + line break + URL as body (RFC 6068)', () => {
    const mail = emailShareUrl(TITLE, URL_);
    const title = 'Hải Phòng: Hội nghị triển khai Nghị quyết 57 & kế hoạch năm 2025';
    expect(mail).toBe(
      `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(title)}%0D%0A${encodeURIComponent(URL_)}`,
    );
    // The & in the title and in the URL are escaped: the query has exactly subject and body.
    const query = mail.slice('mailto:?'.length).split('&');
    expect(query).toHaveLength(2);
    expect(decodeURIComponent(defined(query[0]).slice('subject='.length))).toBe(title);
    expect(decodeURIComponent(defined(query[1]).slice('body='.length))).toBe(`${title}\r\n${URL_}`);
    expect(mail).not.toMatch(/[ \n]/);
  });

  it('without a title the subject is the URL and the body the URL alone', () => {
    expect(emailShareUrl('  ', URL_)).toBe(
      `mailto:?subject=${encodeURIComponent(URL_)}&body=${encodeURIComponent(URL_)}`,
    );
  });

  it('share text and Web Share data carry the title with the link', () => {
    expect(shareText(TITLE, URL_)).toBe(
      `Hải Phòng: Hội nghị triển khai Nghị quyết 57 & kế hoạch năm 2025\n${URL_}`,
    );
    expect(webShareData(URL_, TITLE)).toEqual({
      title: 'Hải Phòng: Hội nghị triển khai Nghị quyết 57 & kế hoạch năm 2025',
      text: 'Hải Phòng: Hội nghị triển khai Nghị quyết 57 & kế hoạch năm 2025',
      url: URL_,
    });
    expect(webShareData(URL_, '')).toEqual({ url: URL_ });
  });

  it('shareLinks bundles the three', () => {
    expect(shareLinks(URL_, TITLE)).toEqual({
      facebook: facebookShareUrl(URL_),
      zalo: zaloShareUrl(URL_),
      email: emailShareUrl(TITLE, URL_),
    });
  });
});

describe('qrFileName', () => {
  it('slugs the last path segment, folding Vietnamese diacritics', () => {
    expect(
      qrFileName(
        'https://haiphong.gov.vn/tin-t%E1%BB%A9c/%C4%90%E1%BA%A9y-m%E1%BA%A1nh-c%E1%BA%A3i-c%C3%A1ch.html',
        'png',
      ),
    ).toBe('qr-day-manh-cai-cach.png');
    expect(qrFileName('https://haiphong.gov.vn/Pages/chi-tiet.aspx?ItemID=1', 'svg')).toBe('qr-chi-tiet.svg');
    expect(qrFileName('https://sotp.haiphong.gov.vn/', 'png')).toBe('qr-sotp-haiphong-gov-vn.png');
    expect(qrFileName('nonsense', 'png')).toBe('qr-code.png');
    expect(qrFileName(`https://haiphong.gov.vn/${'a-'.repeat(100)}`, 'png').length).toBeLessThanOrEqual(
      'qr-.png'.length + 60,
    );
  });
});
