import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { Country, CountryGroup, CountryGroupMembership } from './country.entity.js';
import { Currency, ExchangeRate } from './currency.entity.js';
import { Region, RegionKind } from './region.entity.js';
import { Sdg } from './sdg.entity.js';
import { BeneficiaryGroup } from './beneficiary-group.entity.js';
import { COUNTRY_REGION_FIELD } from './reference.queries.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { listOf, orderInputOf, type OrderInput } from '../common/query/list.js';
import { countrySpec, currencySpec } from './reference.query.js';

const CountryFilter = filterInputOf(countrySpec);
const CountryOrder = orderInputOf(countrySpec);

const CountryConnection = ConnectionType(Country);
const CurrencyConnection = ConnectionType(Currency);
const CurrencyFilter = filterInputOf(currencySpec);

@Resolver()
export class ReferenceResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => CountryConnection, { description: 'Countries and territories, by name.' })
  countries(
    @Args() page: PageArgs,
    @Arg('filter', () => CountryFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Arg('orderBy', () => [CountryOrder], { nullable: true }) orderBy: OrderInput[] | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listOf(ctx, Country, countrySpec, { filter, orderBy }, page, info);
  }

  @Allow(Rules.PUBLIC)
  @Query(() => Country, { nullable: true, description: 'A country by ISO 3166-1 alpha-2 code.' })
  country(@Arg('code') code: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Country, { code: code.toUpperCase() });
  }

  @Allow(Rules.PUBLIC)
  @Query(() => [Region], { description: 'Regions, optionally of one kind.' })
  regions(@Arg('kind', () => RegionKind, { nullable: true }) kind: RegionKind | undefined, @Ctx() ctx: Context) {
    return ctx.em.find(Region, kind ? { kind } : {}, { orderBy: { kind: 'asc', name: 'asc' } });
  }

  @Allow(Rules.PUBLIC)
  @Query(() => CurrencyConnection, { description: 'ISO 4217 currencies, by code.' })
  currencies(
    @Args() page: PageArgs,
    @Arg('filter', () => CurrencyFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listOf(ctx, Currency, currencySpec, { filter }, page, info);
  }

  @Allow(Rules.PUBLIC)
  @Query(() => Currency, { nullable: true })
  currency(@Arg('code') code: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Currency, { code: code.toUpperCase() });
  }

  @Allow(Rules.PUBLIC)
  @Query(() => [Sdg], { description: 'The 17 Sustainable Development Goals.' })
  sdgs(@Ctx() ctx: Context) {
    return ctx.em.find(Sdg, {}, { orderBy: { number: 'asc' } });
  }

  @Allow(Rules.PUBLIC)
  @Query(() => [BeneficiaryGroup])
  beneficiaryGroups(@Ctx() ctx: Context) {
    return ctx.em.find(BeneficiaryGroup, {}, { orderBy: { name: 'asc' } });
  }
}

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => Region, { nullable: true })
  m49Region(@Root() country: Country, @Ctx() ctx: Context) {
    return ctx.loaders.relation(country, 'm49Region');
  }

  @FieldResolver(() => Region, { nullable: true })
  m49SubRegion(@Root() country: Country, @Ctx() ctx: Context) {
    return ctx.loaders.relation(country, 'm49SubRegion');
  }

  @FieldResolver(() => Region, { nullable: true })
  m49IntermediateRegion(@Root() country: Country, @Ctx() ctx: Context) {
    return ctx.loaders.relation(country, 'm49IntermediateRegion');
  }

  @FieldResolver(() => Region, { nullable: true, description: 'ITU-D region (null for Antarctica only).' })
  ituRegion(@Root() country: Country, @Ctx() ctx: Context) {
    return ctx.loaders.relation(country, 'ituRegion');
  }

  @FieldResolver(() => Currency, { nullable: true })
  currency(@Root() country: Country, @Ctx() ctx: Context) {
    return ctx.loaders.relation(country, 'currency');
  }

  @FieldResolver(() => [CountryGroupMembership], { description: 'Memberships of LDC, LLDC and SIDS, past and present.' })
  groupMemberships(@Root() country: Country, @Ctx() ctx: Context) {
    return ctx.loaders.relation(country, 'groupMemberships');
  }

  @FieldResolver(() => [CountryGroup], { description: 'The groups the country belonged to on the given day (today by default).' })
  async groups(
    @Root() country: Country,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ) {
    const day = asOf ?? new Date().toISOString().slice(0, 10);
    const memberships = await ctx.loaders.relation(country, 'groupMemberships');
    return [...new Set(memberships.filter((m) => m.coversDay(day)).map((m) => m.group))].sort();
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @FieldResolver(() => Region, { nullable: true, description: 'The enclosing M49 region of a sub-region.' })
  parent(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.relation(region, 'parent');
  }

  @FieldResolver(() => [Country], { description: 'Countries and territories in the region.' })
  countries(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.referencing(Country, COUNTRY_REGION_FIELD[region.kind], region.id, 'name');
  }
}

@Resolver(() => Currency)
export class CurrencyResolver {
  @FieldResolver(() => [ExchangeRate], { description: 'USD rates, newest first.' })
  async rates(@Root() currency: Currency, @Ctx() ctx: Context) {
    const rates = await ctx.loaders.relation(currency, 'rates');
    return [...rates].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  }
}
