import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlTitle, htmlToVisibleText } from '../../extract/input/html.js';

const page = readFileSync(
  new URL('../../fixtures/input/kestovia-embassy-denial.html', import.meta.url),
  'utf8',
);

describe('htmlToVisibleText', () => {
  const text = htmlToVisibleText(page);

  it("keeps the article text and the article's own header, headings in their own case, entities decoded", () => {
    expect(text).toMatch(
      /^Response of the Embassy Spokesperson to Accusations by Arvenia\n\n19 March 2024\n/,
    );
    expect(text).toContain(
      'The Embassy of Kestovia firmly rejects the groundless accusations made by the Ministry of Foreign Affairs of Arvenia regarding the incident at the National Grid Operator.',
    );
    expect(text).toContain('stop smearing Kestovia & to return to dialogue.');
  });

  it('drops scripts, styles, title, header, language menus, nav (also by ARIA role), aside and footer', () => {
    for (const chrome of [
      'tracking-script-text',
      'injected-footer-script',
      'font-family',
      'Français',
      'Русский',
      'العربية',
      '中文',
      'Contacts',
      'Consular services',
      'Ambassador meets students',
      'All rights reserved',
      'Embassy of Kestovia in Arvenia',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('shows links and images by their text only: no URLs, no alt text, no brackets', () => {
    expect(text).not.toMatch(/https?:|\/img\/|Flag of Kestovia|\[|\]/);
    expect(text).toContain('other states. The so-called evidence');
  });

  it('never re-wraps a long sentence across lines', () => {
    const longSentence = `<p>${'word '.repeat(60)}end.</p>`;
    expect(htmlToVisibleText(longSentence)).not.toContain('\n');
  });
});

describe('htmlTitle', () => {
  it('returns the <title> text with entities decoded', () => {
    expect(htmlTitle(page)).toBe('Embassy of Kestovia & its Response to Accusations by Arvenia');
  });

  it('is null without a title', () => {
    expect(htmlTitle('<p>No title here</p>')).toBeNull();
  });
});
