import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from '../../src/dashboard/csv.js';
import { resultsQuery } from '../../src/dashboard/api.js';
import { NO_FILTERS } from '../../src/dashboard/types.js';

describe('the dashboard CSV', () => {
  it('quotes as RFC 4180 asks', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('')).to.equal('');
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell('cr\rlf')).to.equal('"cr\rlf"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).to.equal("'=1+1");
    expect(csvCell('+33 1 23')).to.equal("'+33 1 23");
    expect(csvCell('-2')).to.equal("'-2");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\tx')).to.equal("'\tx");
    expect(csvCell('=HYPERLINK("x","y")')).to.equal('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell('a=b')).to.equal('a=b');
  });

  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).to.equal('a,b\r\n1,2\r\n');
  });

  it('builds the list query, trimming values and leaving empty filters out', () => {
    expect(resultsQuery(NO_FILTERS)).to.equal('limit=50');
    expect(resultsQuery({ ...NO_FILTERS, language: ' fr ', since: '2026-01-31' }, 'r-9', 10)).to.equal(
      'language=fr&since=2026-01-31T00%3A00%3A00.000Z&limit=10&before=r-9',
    );
  });
});
