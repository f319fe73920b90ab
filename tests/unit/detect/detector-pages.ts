/**
 * The pages the detector's check is tested on: every fixture page and every real saved page
 * (../shared/real/pages, when present), each also read under other portal addresses (a listing, a
 * home page, an article of another generation, a search, an era-A organisation page, a service
 * host), so that the URL and the page disagree as often as they agree.
 */
import { FIXTURES, fixtureHtml } from '../../fixtures/pages/index.ts';
import { loadRealPages, realHtml, servedUrl } from '../../fixtures/real/index.ts';

export const OTHER_URLS = [
  'https://haiphong.gov.vn/tin-tuc-su-kien',
  'https://haiphong.gov.vn/',
  'https://thanhphohaiphong.gov.vn/category/tin-tuc',
  'https://haiphong.gov.vn/Tin-tuc/Mot-bai-viet-12345.html',
  'https://haiphong.gov.vn/tim-kiem?q=cau',
  'https://haiphong.gov.vn/Portal/Default.aspx?Organization=TU',
  'https://cdn.haiphong.gov.vn/a.pdf',
];

export const DETECTOR_PAGES: { name: string; url: string; html: string }[] = [
  ...FIXTURES.map((f) => ({ name: f.file, url: f.url, html: fixtureHtml(f) })),
  ...(loadRealPages() ?? []).map((p) => ({ name: p.file, url: servedUrl(p), html: realHtml(p) })),
];
