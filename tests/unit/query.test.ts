import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { toPrefixTsQuery } from '../../server/src/common/query/search.js';
import { compileContext, compileFilter } from '../../server/src/common/query/compile.js';
import { cumulativeSeries, nextPeriod, share } from '../../server/src/pledges/time-series.js';
import { pledgeSpec } from '../../server/src/pledges/pledge.query.js';
import { ANONYMOUS } from '../../server/src/common/viewer.js';
import { toGlobalId } from '../../server/src/common/global-id.js';
import '../../server/src/access.js';

describe('search text to tsquery', () => {
  it('keeps words only, each as a prefix, all required', () => {
    expect(toPrefixTsQuery('Rural broadband')).toBe('rural:* & broadband:*');
    expect(toPrefixTsQuery("'; drop table pledge; --")).toBe('drop:* & table:* & pledge:*');
    expect(toPrefixTsQuery('a:* | !b & (c)')).toBe('a:* & b:* & c:*');
    expect(toPrefixTsQuery('Côte d’Ivoire 5G')).toBe('côte:* & d:* & ivoire:* & 5g:*');
    expect(toPrefixTsQuery('   ---   ')).toBeUndefined();
    expect(toPrefixTsQuery('w '.repeat(50))!.split('&')).toHaveLength(8);
  });
});

describe('filter compilation', () => {
  const compile = (filter: object) => compileFilter(pledgeSpec, 'a', filter as Record<string, unknown>, compileContext(ANONYMOUS));

  it('puts every value in a parameter, never in the SQL text', () => {
    const evil = "x'); drop table pledge; --";
    const sql = compile({ title: { contains: evil, in: [evil] }, leadMember: { name: { eq: evil } }, or: [{ description: { startsWithInsensitive: evil } }] });
    expect(sql.text).not.toContain('drop table');
    expect(sql.values.filter((v) => String(v).includes('drop table'))).toHaveLength(4);
    expect(sql.text.split('?').length - 1).toBe(sql.values.length);
  });

  it('escapes LIKE wildcards in patterns', () => {
    const sql = compile({ title: { contains: '100%_sure' } });
    expect(sql.values).toEqual(['%100\\%\\_sure%']);
  });

  it('compiles relation quantifiers to uncorrelated subqueries, and ID-only conditions without a join', () => {
    const some = compile({ focusAreas: { some: { code: { eq: 'ACCESS' } } } });
    expect(some.text).toMatch(/^a\.id IN \(SELECT t\d\.pledge_id FROM pledge_focus_area t\d JOIN focus_area t\d ON .* WHERE t\d\.code = \?\)$/);
    expect(some.text).not.toMatch(/= a\./);
    const every = compile({ focusAreas: { every: { code: { eq: 'ACCESS' } } } });
    expect(every.text).toMatch(/^a\.id NOT IN \(.* WHERE NOT COALESCE\(/);
    const byId = compile({ focusAreas: { none: { id: { eq: toGlobalId('FocusArea', 4) } } } });
    expect(byId.text).not.toContain('JOIN');
    // Members can be archived: the related rows are joined to apply who may see them.
    const partnerById = compile({ partners: { none: { id: { eq: toGlobalId('Member', 42) } } } });
    expect(partnerById.text).toContain('JOIN member');
    expect(partnerById.text).toContain('archived_at IS NULL');
    expect(byId.values).toEqual([4]);
    const currency = compile({ currency: { id: { in: [toGlobalId('Currency', 1), toGlobalId('Currency', 2)] } } });
    expect(currency.text).toBe('a.currency_id IN (?, ?)');
  });

  it('treats empty lists and empty filters sensibly', () => {
    expect(compile({}).text).toBe('TRUE');
    expect(compile({ type: { in: [] } }).text).toBe('FALSE');
    expect(compile({ type: { notIn: [] } }).text).toBe('TRUE');
    expect(compile({ and: [] }).text).toBe('TRUE');
    expect(compile({ or: [] }).text).toBe('FALSE');
  });

  it('names the path of a bad ID', () => {
    expect(() => compile({ and: [{ partners: { some: { id: { eq: toGlobalId('Pledge', 1) } } } }] })).toThrow(/filter\.and\.0\.partners\.some\.id\.eq/);
  });
});

describe('time series', () => {
  it('fills empty periods and runs totals exactly', () => {
    const points = cumulativeSeries(
      [
        { period: '2022-11-01', count: 2, sumUsd: '0.10' },
        { period: '2023-02-01', count: 1, sumUsd: '0.20' },
      ],
      'MONTH',
    );
    expect(points.map((p) => [p.period, p.count, p.cumulativeCount, p.cumulativeUsd])).toEqual([
      ['2022-11-01', 2, 2, '0.10'],
      ['2022-12-01', 0, 2, '0.10'],
      ['2023-01-01', 0, 2, '0.10'],
      ['2023-02-01', 1, 3, '0.30'],
    ]);
    expect(nextPeriod('2022-12-01', 'MONTH')).toBe('2023-01-01');
    expect(nextPeriod('2022-01-01', 'YEAR')).toBe('2023-01-01');
    expect(cumulativeSeries([], 'YEAR')).toEqual([]);
    expect(share(1, 0)).toBe(0);
  });
});
