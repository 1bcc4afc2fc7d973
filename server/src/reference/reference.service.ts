import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal } from 'decimal.js';
import { invalidInput } from '../common/errors.js';
import { idOf } from '../common/global-id.js';
import { Country } from './country.entity.js';
import { Currency, ExchangeRate } from './currency.entity.js';
import { Region } from './region.entity.js';
import { BeneficiaryGroup } from './beneficiary-group.entity.js';
import { Sdg } from './sdg.entity.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';

/** Resolves the codes and IDs of reference data found in inputs; unknown values are errors naming the field. */
export class ReferenceService {
  constructor(private readonly em: EntityManager) {}

  async country(code: string, field: string): Promise<Country> {
    const country = await this.em.findOne(Country, { code: code.toUpperCase() });
    if (!country) throw invalidInput(field, `unknown country code "${code}"`);
    return country;
  }

  async countries(codes: readonly string[], field: string): Promise<Country[]> {
    return this.all(Country, 'code', codes.map((c) => c.toUpperCase()), field, 'country code');
  }

  async focusAreas(codes: readonly string[], field: string): Promise<FocusArea[]> {
    return this.all(FocusArea, 'code', codes, field, 'focus area');
  }

  async beneficiaryGroups(codes: readonly string[], field: string): Promise<BeneficiaryGroup[]> {
    return this.all(BeneficiaryGroup, 'code', codes, field, 'beneficiary group');
  }

  async sdgs(numbers: readonly number[], field: string): Promise<Sdg[]> {
    return this.all(Sdg, 'number', numbers, field, 'SDG');
  }

  async regions(globalIds: readonly string[], field: string): Promise<Region[]> {
    return this.all(Region, 'id', globalIds.map((id) => idOf('Region', id, field)), field, 'region');
  }

  async currency(code: string, field: string): Promise<Currency> {
    const currency = await this.em.findOne(Currency, { code: code.toUpperCase() });
    if (!currency) throw invalidInput(field, `unknown currency "${code}"`);
    return currency;
  }

  /** USD value of an amount with the latest rate in force on the given day. */
  async toUsd(amount: string, currency: Currency, day: string, field: string): Promise<{ usdValue: string; rateDate: string }> {
    if (currency.code === 'USD') return { usdValue: new Decimal(amount).toFixed(2), rateDate: day };
    const rate = await this.em.findOne(ExchangeRate, { currency, validFrom: { $lte: day } }, { orderBy: { validFrom: 'desc' } });
    if (!rate) throw invalidInput(field, `no USD exchange rate for ${currency.code} on ${day}`);
    return { usdValue: new Decimal(amount).mul(rate.usdPerUnit).toDecimalPlaces(2).toFixed(2), rateDate: rate.validFrom };
  }

  private async all<T extends object, V extends string | number>(
    entity: new (...args: never[]) => T,
    key: keyof T & string,
    values: readonly V[],
    field: string,
    label: string,
  ): Promise<T[]> {
    const unique = [...new Set(values)];
    if (unique.length === 0) return [];
    const found = await this.em.find(entity, { [key]: { $in: unique } } as never);
    const byKey = new Map(found.map((f) => [(f as Record<string, unknown>)[key], f]));
    const missing = unique.filter((v) => !byKey.has(v));
    if (missing.length) throw invalidInput(field, `unknown ${label}: ${missing.join(', ')}`);
    return unique.map((v) => byKey.get(v)!);
  }
}
