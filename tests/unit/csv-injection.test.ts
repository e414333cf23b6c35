/** Open data as CSV: a cell a spreadsheet would run as a formula is neutralised (OWASP), everything else is as it was. */
import { describe, it, expect } from 'vitest';
import { csvField, toCsv } from '../../src/lib/knowledge/export.ts';

describe('CSV cells', () => {
  it('prefixes text starting with =, +, -, @, tab or carriage return with an apostrophe, quoted', () => {
    expect(csvField('=HYPERLINK("https://evil.example/", "click")')).toBe(`"'=HYPERLINK(""https://evil.example/"", ""click"")"`);
    expect(csvField("+cmd|' /C calc'!A0")).toBe(`"'+cmd|' /C calc'!A0"`);
    expect(csvField('-2+3')).toBe(`"'-2+3"`);
    expect(csvField('@SUM(1+1)')).toBe(`"'@SUM(1+1)"`);
    expect(csvField('\t=1')).toBe(`"'\t=1"`);
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves numbers (negative ones too) and ordinary text alone', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField('Pakistan = partner')).toBe('Pakistan = partner');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(toCsv([{ title: '=1+1', n: -1 }], ['title', 'n'])).toBe(`title,n\r\n"'=1+1",-1\r\n`);
  });
});
