import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../extract/input/header.js';

describe('parseHeader', () => {
  it('reads all four keys and puts bodyStart after the blank line', () => {
    const text =
      'title: Grid attack\nurl: https://example.org/a\ndate: 2024-03-18\npublisher: MFA\n\nBody starts here.';
    const header = parseHeader(text);
    expect(header?.fields).toEqual({
      title: 'Grid attack',
      url: 'https://example.org/a',
      date: '2024-03-18',
      publisher: 'MFA',
    });
    expect(text.slice(header!.bodyStart)).toBe('Body starts here.');
  });

  it('accepts any subset in any order with case-insensitive keys; an empty value is null', () => {
    const header = parseHeader('DATE: 2024-01-02\nUrl:   \nTitle:  Spaced title \n\nx');
    expect(header?.fields).toEqual({ date: '2024-01-02', url: null, title: 'Spaced title' });
  });

  it('handles CRLF line endings without shifting bodyStart', () => {
    const text = 'title: T\r\ndate: 2024-01-02\r\n\r\nBody';
    expect(text.slice(parseHeader(text)!.bodyStart)).toBe('Body');
  });

  it('sees the header behind a byte-order mark, with bodyStart counting the mark', () => {
    const text = '\uFEFFtitle: T\n\nBody';
    const header = parseHeader(text);
    expect(header?.fields.title).toBe('T');
    expect(header?.bodyStart).toBe('\uFEFFtitle: T\n\n'.length);
  });

  it('counts a whitespace-only line as the closing blank line', () => {
    const text = 'title: T\n  \t\nBody';
    expect(text.slice(parseHeader(text)!.bodyStart)).toBe('Body');
  });

  it('is not a header when a line in the block is not a known key', () => {
    expect(parseHeader('title: T\nauthor: Someone\n\nBody')).toBeNull();
    expect(parseHeader('Statement: the ministry condemns the attack.\n\nMore text.')).toBeNull();
  });

  it('is not a header without the closing blank line, or when the text starts with a blank line', () => {
    expect(parseHeader('title: T\ndate: 2024-01-02')).toBeNull();
    expect(parseHeader('title: T\nBody right after')).toBeNull();
    expect(parseHeader('\ntitle: T\n\nBody')).toBeNull();
  });

  it('keeps the first value of a repeated key', () => {
    expect(parseHeader('title: First\ntitle: Second\n\nBody')?.fields.title).toBe('First');
  });
});
