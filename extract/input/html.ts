// HTML -> the text a reader sees. Page chrome (navigation, header, footer, sidebars, forms) is
// dropped, links and images contribute only their visible text, headings keep their case, and
// lines are never re-wrapped, so a sentence stays on one line for the extraction stage.
import { compile } from 'html-to-text';
import { InputError } from './input-error.js';

const SKIP = { format: 'skip' } as const;

const visibleText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'nav', ...SKIP },
    { selector: 'header', ...SKIP },
    // ... but an article's own header holds its headline and date.
    { selector: 'article > header', format: 'block' },
    { selector: 'footer', ...SKIP },
    { selector: 'aside', ...SKIP },
    { selector: 'noscript', ...SKIP },
    { selector: 'template', ...SKIP },
    { selector: 'form', ...SKIP },
    { selector: 'button', ...SKIP },
    { selector: 'select', ...SKIP },
    { selector: 'svg', ...SKIP },
    { selector: 'iframe', ...SKIP },
    { selector: 'img', ...SKIP },
    // The same chrome marked up by ARIA role instead of element.
    { selector: '[role="navigation"]', ...SKIP },
    { selector: '[role="banner"]', ...SKIP },
    { selector: '[role="contentinfo"]', ...SKIP },
    // Language menus: links to other-language versions, and the usual switcher containers.
    { selector: 'a[hreflang]', ...SKIP },
    { selector: '[class*="language"]', ...SKIP },
    { selector: '[hidden]', ...SKIP },
    { selector: '[aria-hidden="true"]', ...SKIP },
    { selector: 'a', options: { ignoreHref: true, linkBrackets: false } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'block' },
  ],
});

const titleText = compile({
  wordwrap: false,
  baseElements: { selectors: ['title'], returnDomByDefault: false },
  limits: { maxBaseElements: 1 },
});

export function htmlToVisibleText(html: string): string {
  return withinDepth(() => visibleText(html));
}

/** The page's <title> as plain text (entities decoded, whitespace collapsed), or null. */
export function htmlTitle(html: string): string | null {
  const title = withinDepth(() => titleText(html)).trim();
  return title === '' ? null : title;
}

/** html-to-text walks the element tree recursively: elements nested thousands deep (no real page
 * is) exhaust the stack, which is reported as what it is rather than as an unreadable file. */
function withinDepth(convert: () => string): string {
  try {
    return convert();
  } catch (err) {
    if (err instanceof RangeError)
      throw new InputError('HTML nested too deeply to convert (thousands of levels)');
    throw err;
  }
}
