import { expect } from '@open-wc/testing';
import { checkUrl, resolveUrl } from '../../src/core/url.js';

/** Hostile or tricky link URLs that must be refused: the scheme is not allowed once the browser reads it. */
const refusedLinks = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u0002javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'jav\u0009ascript:alert(1)',
  'javascript :alert(1)'.replace(' ', '\t'),
  'javascript:void(0)',
  'javascript://%0aalert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/uuid',
  'ftp://example.com/file',
  'about:blank',
  'chrome://settings',
  'view-source:https://example.com',
  'intent://scan/#Intent;scheme=zxing;end',
  'ms-settings:',
  'ws://example.com/socket',
  'jar:http://example.com!/',
  'livescript:alert(1)',
  'mocha:alert(1)',
  'javascript:alert(1)\u0000',
  '   \u000bjavascript:alert(1)',
];

/** Links that are fine: allowed schemes in any case, relative forms, and text that only looks like a scheme. */
const allowedLinks: Array<[string, string]> = [
  ['https://www.tech.gov.sg/', 'https://www.tech.gov.sg/'],
  ['HTTPS://www.tech.gov.sg/', 'HTTPS://www.tech.gov.sg/'],
  ['http://example.com', 'http://example.com'],
  ['  https://example.com/a  ', 'https://example.com/a'],
  ['mailto:info@tech.gov.sg', 'mailto:info@tech.gov.sg'],
  ['MAILTO:info@tech.gov.sg', 'MAILTO:info@tech.gov.sg'],
  ['tel:+6561234567', 'tel:+6561234567'],
  ['/about-smart-nation/pillars-of-smart-nation', '/about-smart-nation/pillars-of-smart-nation'],
  ['about-us/what-we-do', 'about-us/what-we-do'],
  ['../images/About Us/01_Tech_for_Public_Good.png', '../images/About Us/01_Tech_for_Public_Good.png'],
  ['?page=2', '?page=2'],
  ['#section', '#section'],
  ['//cdn.example.com/x', '//cdn.example.com/x'],
  ['javascript&colon;alert(1)', 'javascript&colon;alert(1)'],
  ['&#106;avascript:alert(1)', '&#106;avascript:alert(1)'],
  ['./javascript:alert(1)', './javascript:alert(1)'],
];

describe('core/url: link URLs', () => {
  it(`refuses ${refusedLinks.length} hostile URLs, naming the scheme`, () => {
    for (const raw of refusedLinks) {
      const check = checkUrl(raw, 'link');
      expect(check.url, JSON.stringify(raw)).to.equal(undefined);
      expect(check.problem, JSON.stringify(raw)).to.match(/scheme "[a-z-]+:"/);
    }
  });

  it(`accepts ${allowedLinks.length} safe and relative URLs`, () => {
    for (const [raw, cleaned] of allowedLinks) {
      const check = checkUrl(raw, 'link');
      expect(check.problem, JSON.stringify(raw)).to.equal(undefined);
      expect(check.url).to.equal(cleaned);
    }
  });

  it('treats empty, blank and absent values as no URL, without a problem', () => {
    for (const raw of [undefined, null, '', '   ', '\u0000\t']) {
      expect(checkUrl(raw, 'link')).to.deep.equal({});
    }
  });

  it('refuses values that are not strings', () => {
    for (const raw of [42, {}, [], true]) {
      expect(checkUrl(raw, 'link').problem).to.equal('must be a URL string');
    }
  });

  it('never resolves a relative URL into a refused scheme', () => {
    for (const [raw] of allowedLinks) {
      const url = checkUrl(raw, 'link').url!;
      const resolved = resolveUrl(url, '', 'link');
      expect(resolved, raw).not.to.equal(null);
      expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(resolved!.protocol);
    }
  });
});

describe('core/url: image URLs', () => {
  it('allows only http, https and relative images', () => {
    expect(checkUrl('https://www.tech.gov.sg/images/a.png', 'image').url).to.equal(
      'https://www.tech.gov.sg/images/a.png',
    );
    expect(checkUrl('/images/About Us/01_Tech_for_Public_Good.png', 'image').url).to.equal(
      '/images/About Us/01_Tech_for_Public_Good.png',
    );
    for (const raw of [
      'mailto:a@b.c',
      'tel:123',
      'data:image/png;base64,AAAA',
      'javascript:alert(1)',
      ' DATA:image/svg+xml,<svg/>',
      'blob:x',
    ]) {
      expect(checkUrl(raw, 'image').url, raw).to.equal(undefined);
      expect(checkUrl(raw, 'image').problem, raw).to.include('not allowed');
    }
  });

  it('resolves relative URLs against a base URL, itself relative to the document', () => {
    expect(resolveUrl('images/a b.png', 'https://www.smartnation.gov.sg/', 'image')!.href).to.equal(
      'https://www.smartnation.gov.sg/images/a%20b.png',
    );
    expect(resolveUrl('a.png', '/site/', 'image')!.href).to.equal(`${location.origin}/site/a.png`);
    expect(resolveUrl('//cdn.example.com/x.png', 'https://www.smartnation.gov.sg/', 'image')!.href).to.equal(
      'https://cdn.example.com/x.png',
    );
  });
});
