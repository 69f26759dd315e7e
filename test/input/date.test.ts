import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../extract/input/date.js';

describe('normaliseDate', () => {
  it('keeps YYYY-MM-DD and cuts ISO datetimes to the day', () => {
    expect(normaliseDate('2024-03-18')).toBe('2024-03-18');
    expect(normaliseDate('2024-03-18T23:50:00+08:00')).toBe('2024-03-18');
  });

  it('turns written dates into YYYY-MM-DD without a time-zone shift', () => {
    expect(normaliseDate('March 18, 2024')).toBe('2024-03-18');
    expect(normaliseDate('18 March 2024')).toBe('2024-03-18');
  });

  it('is null for text that is not a date', () => {
    expect(normaliseDate('last Tuesday')).toBeNull();
  });

  it('is null for days that do not exist or years outside 1900-2100', () => {
    expect(normaliseDate('12345-01-01')).toBeNull();
    expect(normaliseDate('2024-13-45')).toBeNull();
    expect(normaliseDate('2023-02-29')).toBeNull();
    expect(normaliseDate('1899-12-31')).toBeNull();
    expect(normaliseDate('2101-01-01')).toBeNull();
    expect(normaliseDate('2024-02-29')).toBe('2024-02-29');
  });
});
