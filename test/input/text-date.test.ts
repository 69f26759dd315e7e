// The document date read from the text when the header has none: one fixture text per cue family
// of extract/input/date-cues.json, with invented places and outlets.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../extract/input/document.js';
import { dateFromText } from '../../extract/input/text-date.js';
import { validateExtraction } from '../../core/contract.js';

const found = (text: string, url: string | null = null) => {
  const result = dateFromText(text, 0, url);
  return result && { date: result.date, source: result.source, quoted: text.slice(result.start, result.end) };
};

describe('dateFromText', () => {
  it('reads a "Published:" or "Updated" line', () => {
    expect(found('Arvenia Daily\nPublished: Feb 07, 2024 08:09 PM\nThe ministry said ...')).toEqual({
      date: '2024-02-07',
      source: 'published-line',
      quoted: 'Published: Feb 07, 2024',
    });
    expect(found('Kestovia Times\nUpdated on 3 March 2021 10:00\nText.')?.date).toBe('2021-03-03');
  });

  it('reads a news dateline, taking a missing year from the URL path', () => {
    expect(
      found(
        'VELMORA, Sept. 6 (Arvenia News Agency) -- The ministry said ...',
        'https://news.example/2022/09/x',
      ),
    ).toEqual({
      date: '2022-09-06',
      source: 'dateline',
      quoted: 'VELMORA, Sept. 6 (Arvenia News Agency) --',
    });
    expect(found('PORT LYNX, March 18, 2024 — Officials said ...')?.date).toBe('2024-03-18');
    // Without a year anywhere the dateline gives no date rather than a guess.
    expect(
      found('VELMORA, Sept. 6 (Arvenia News Agency) -- The ministry said ...', 'https://news.example/x'),
    ).toBeNull();
  });

  it('reads "delivered 13 July 2018" in a speech transcript', () => {
    expect(found('Remarks on the indictment\ndelivered 13 July 2018, Velmora\nThank you.')).toEqual({
      date: '2018-07-13',
      source: 'delivered',
      quoted: 'delivered 13 July 2018',
    });
  });

  it('reads an ISO date near the top, and ignores one far down or one that is not a real day', () => {
    expect(found('Press release 2023-11-02 Velmora\nText.')?.date).toBe('2023-11-02');
    expect(found(`${'Words about other things. '.repeat(100)}\n2023-11-02`)).toBeNull();
    expect(found('Reference 2024-13-45 in the ledger.')).toBeNull();
  });

  it('finds nothing in text that only mentions the dates of events', () => {
    expect(found('The attack was carried out on 28 October 2019 by a unit of the army.')).toBeNull();
  });
});

describe('the document date and its source', () => {
  const build = (text: string) => buildDocument('doc.txt', new TextEncoder().encode(text), 'text');

  it('prefers the header and records the span of its value', () => {
    const doc = build('title: T\ndate: 2024-03-18\n\nPublished: Feb 07, 2020\nBody.\n');
    expect(doc.meta.date).toBe('2024-03-18');
    expect(doc.meta.dateSource).toMatchObject({ from: 'header' });
    expect(doc.text.slice(doc.meta.dateSource!.start, doc.meta.dateSource!.end)).toBe('2024-03-18');
  });

  it('falls back to the text when the header has no date or an impossible one', () => {
    for (const header of ['title: T\n\n', 'title: T\ndate: 2024-13-45\n\n', 'date: 12345-01-01\n\n']) {
      const doc = build(`${header}Published: Feb 07, 2020\nBody.\n`);
      expect(doc.meta.date).toBe('2020-02-07');
      expect(doc.meta.dateSource?.from).toBe('published-line');
      expect(doc.text.slice(doc.meta.dateSource!.start, doc.meta.dateSource!.end)).toBe(
        'Published: Feb 07, 2020',
      );
    }
  });

  it('leaves the date null (never a malformed one) and the contract valid for any header date', () => {
    for (const value of ['12345-01-01', '2024-13-45', '0000-00-00', '+012345-01-01', 'tomorrow']) {
      const doc = build(`date: ${value}\n\nBody without a date.\n`);
      expect(doc.meta.date).toBeNull();
      expect(doc.meta.dateSource).toBeNull();
      const extraction = { document: doc.meta, actors: [], claims: [] };
      expect(validateExtraction(extraction, doc.text)).toMatchObject({ ok: true });
    }
  });
});
