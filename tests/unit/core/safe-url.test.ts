import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../src/core/safe-url.ts';

describe('safeHttpUrl', () => {
  it('keeps absolute and resolves relative http(s) URLs', () => {
    expect(safeHttpUrl('https://haiphong.gov.vn/a?b=1')).toBe('https://haiphong.gov.vn/a?b=1');
    expect(safeHttpUrl('/upload/a.jpg', 'https://haiphong.gov.vn/x/y')).toBe(
      'https://haiphong.gov.vn/upload/a.jpg',
    );
    expect(safeHttpUrl('//cdn.haiphong.gov.vn/a.jpg', 'http://haiphong.gov.vn/')).toBe(
      'http://cdn.haiphong.gov.vn/a.jpg',
    );
  });

  it('drops every other scheme, including disguised ones', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'vbscript:msgbox',
      'data:text/html,<script>alert(1)</script>',
      'data:image/png;base64,AAAA',
      'blob:https://haiphong.gov.vn/uuid',
      'file:///etc/passwd',
      'https://user:pass@haiphong.gov.vn/',
      '',
      null,
      undefined,
    ]) {
      expect(safeHttpUrl(bad, 'https://haiphong.gov.vn/')).toBeNull();
    }
  });
});
