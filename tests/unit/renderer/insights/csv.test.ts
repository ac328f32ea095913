import { describe, expect, it } from 'vitest';
import { csvBytes, csvCell, csvText } from '../../../../renderer/insights/csv';

describe('CSV cells', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('parang rusak')).toBe('parang rusak');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180), doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "kawung"')).toBe('"say ""kawung"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+62 812', "'+62 812"],
    ['-batik', "'-batik"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rreturn', `"'\rreturn"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('guards a text cell starting like a formula: %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('does not guard a formula character later in the text', () => {
    expect(csvCell('batik=art')).toBe('batik=art');
  });
});

describe('CSV files', () => {
  it('starts with a BOM and ends every line, the last too, with CRLF', () => {
    const text = csvText(
      ['text', 'count'],
      [
        ['mega mendung', 3],
        ['a,b', 1],
      ],
    );
    expect(text).toBe('\uFEFFtext,count\r\nmega mendung,3\r\n"a,b",1\r\n');
  });

  it('is UTF-8 bytes with the BOM as EF BB BF', () => {
    const bytes = csvBytes(['teks'], [['ꦧꦠꦶꦏ꧀']]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('teks\r\nꦧꦠꦶꦏ꧀\r\n');
  });

  it('writes only the header when there are no rows', () => {
    expect(csvText(['a', 'b'], [])).toBe('\uFEFFa,b\r\n');
  });
});
