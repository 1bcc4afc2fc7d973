import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { fromGlobalId, idOf, toGlobalId } from '../../server/src/common/global-id.js';
import { DecimalScalar } from '../../server/src/common/scalars.js';
import { AppError, ErrorCode, formatError, invalidInput } from '../../server/src/common/errors.js';
import { escapeLike } from '../../server/src/common/text.js';
import { Pledge, PledgeStatus, PledgeType } from '../../server/src/pledges/pledge.entity.js';
import { Member, Sector } from '../../server/src/members/member.entity.js';
import { Country, CountryGroup, CountryGroupMembership } from '../../server/src/reference/country.entity.js';

const country = () => new Country({ code: 'BD', iso3: 'BGD', m49: '050', name: 'Bangladesh', officialName: 'Bangladesh', independent: true });
const pledge = () => new Pledge({ title: 'Title', description: 'Description', type: PledgeType.POLICY, leadMember: new Member('M', Sector.GOVERNMENT, country()) });

describe('global IDs', () => {
  it('round-trip type and key, and refuse other types or garbage', () => {
    const id = toGlobalId('Pledge', 42);
    expect(fromGlobalId(id)).toEqual({ type: 'Pledge', id: 42 });
    expect(idOf('Pledge', id)).toBe(42);
    expect(() => idOf('Member', id, 'leadMemberId')).toThrow(AppError);
    expect(fromGlobalId('%%%')).toBeUndefined();
    expect(fromGlobalId(Buffer.from('Pledge:1; drop table').toString('base64url'))).toBeUndefined();
  });
});

describe('the Decimal scalar', () => {
  it('keeps exact values as strings and refuses floats in disguise', () => {
    expect(DecimalScalar.parseValue('1234567890123.45')).toBe('1234567890123.45');
    expect(DecimalScalar.parseValue('0.10')).toBe('0.1');
    expect(DecimalScalar.serialize('18550000000.00')).toBe('18550000000');
    expect(() => DecimalScalar.parseValue('1e9')).toThrow();
    expect(() => DecimalScalar.parseValue('12.3.4')).toThrow();
    expect(() => DecimalScalar.parseValue({})).toThrow();
  });
});

describe('pledge transitions', () => {
  it('follow the lifecycle and refuse shortcuts', () => {
    const p = pledge();
    expect(() => p.approve(1)).toThrow(/DRAFT pledge cannot become PUBLISHED/);
    p.submit();
    p.requestChanges('More detail');
    expect(p.statusReason).toBe('More detail');
    expect(p.isEditableByPledger).toBe(true);
    p.submit();
    p.approve(7);
    expect(p.status).toBe(PledgeStatus.PUBLISHED);
    expect(p.reference).toBe(7);
    p.withdraw('Cancelled');
    expect(p.status).toBe(PledgeStatus.WITHDRAWN);
    expect(() => p.submit()).toThrow(AppError);
  });
});

describe('country group memberships', () => {
  it('cover the days between their dates, graduation day excluded', () => {
    const m = new CountryGroupMembership(country(), CountryGroup.LDC, undefined, '2026-11-24');
    expect(m.coversDay('1990-01-01')).toBe(true);
    expect(m.coversDay('2026-11-23')).toBe(true);
    expect(m.coversDay('2026-11-24')).toBe(false);
    const joined = new CountryGroupMembership(country(), CountryGroup.SIDS, '2020-01-01');
    expect(joined.coversDay('2019-12-31')).toBe(false);
    expect(joined.coversDay('2030-01-01')).toBe(true);
  });
});

describe('error formatting', () => {
  it('keeps codes and fields of expected errors and masks the rest', () => {
    const expected = formatError({ message: 'x' }, new GraphQLError('x', { originalError: invalidInput('title', 'too short') }));
    expect(expected.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'title', problems: [{ field: 'title', message: 'too short' }] });
    const unexpected = formatError({ message: 'relation "secret" does not exist' }, new GraphQLError('x', { originalError: new Error('relation "secret" does not exist') }), 'req-1');
    expect(unexpected).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' } });
  });
});

describe('LIKE escaping', () => {
  it('makes wildcards literal', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
