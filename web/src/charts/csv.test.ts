// CSV of a chart's data: papaparse's quoting, labels as the header, raw values (not the table's text).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type Column, csvFileName, toCsv } from './csv';

const columns: Column[] = [
  { key: 'name', label: 'Funder' },
  { key: 'amount', label: 'Subsidy', format: (v) => `$${String(v)}` },
];

describe('toCsv', () => {
  it('writes the labels as the header and the raw values, not the formatted ones', () => {
    expect(toCsv(columns, [{ name: 'Platform', amount: 12.5 }])).toBe('Funder,Subsidy\r\nPlatform,12.5');
  });

  it('quotes commas, quotes and line breaks so the text reads back as the same cells', () => {
    const rows = [
      { name: 'Brand, "Acme"', amount: 1 },
      { name: 'two\nlines', amount: null },
    ];
    const csv = toCsv(columns, rows);
    expect(csv).toContain('"Brand, ""Acme"""');
    const back = Papa.parse<string[]>(csv).data;
    expect(back).toEqual([
      ['Funder', 'Subsidy'],
      ['Brand, "Acme"', '1'],
      ['two\nlines', ''],
    ]);
  });

  it('has only the header without rows', () => {
    expect(toCsv(columns, []).trim()).toBe('Funder,Subsidy');
  });
});

describe('csvFileName', () => {
  it('makes a file name of a title', () => {
    expect(csvFileName('Subsidy by funder')).toBe('subsidy-by-funder.csv');
    expect(csvFileName('Absolute lift: Net contribution per user')).toBe(
      'absolute-lift-net-contribution-per-user.csv',
    );
    expect(csvFileName('  ')).toBe('data.csv');
  });
});
