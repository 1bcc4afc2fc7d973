import { Field, ID, InputType, Int, type ClassType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLScalarType } from 'graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { DecimalScalar } from '../scalars.js';

export const MAX_IN_VALUES = 500;
const MAX_TEXT = 200;

@InputType({ description: 'Conditions on a text field; all given conditions must hold. Patterns are literal text, never wildcards.' })
export class StringFilter {
  @Field(() => String, { nullable: true })
  @MaxLength(MAX_TEXT)
  eq?: string;

  @Field(() => String, { nullable: true, description: 'Not equal; rows where the field is empty are included.' })
  @MaxLength(MAX_TEXT)
  ne?: string;

  @Field(() => [String], { nullable: true })
  @ArrayMaxSize(MAX_IN_VALUES)
  @MaxLength(MAX_TEXT, { each: true })
  in?: string[];

  @Field(() => [String], { nullable: true, description: 'None of these; rows where the field is empty are included.' })
  @ArrayMaxSize(MAX_IN_VALUES)
  @MaxLength(MAX_TEXT, { each: true })
  notIn?: string[];

  @Field(() => String, { nullable: true })
  @MaxLength(MAX_TEXT)
  contains?: string;

  @Field(() => String, { nullable: true, description: 'Contains, ignoring case.' })
  @MaxLength(MAX_TEXT)
  containsInsensitive?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(MAX_TEXT)
  startsWith?: string;

  @Field(() => String, { nullable: true, description: 'Starts with, ignoring case.' })
  @MaxLength(MAX_TEXT)
  startsWithInsensitive?: string;

  @Field(() => Boolean, { nullable: true, description: 'True: the field is empty; false: it is not.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on a true/false field.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true })
  eq?: boolean;

  @Field(() => Boolean, { nullable: true })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on a reference by global ID.' })
export class IDFilter {
  @Field(() => ID, { nullable: true })
  eq?: string;

  @Field(() => ID, { nullable: true })
  ne?: string;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(MAX_IN_VALUES)
  in?: string[];

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(MAX_IN_VALUES)
  notIn?: string[];

  @Field(() => Boolean, { nullable: true })
  isNull?: boolean;
}

export interface ComparableFilterShape<V> {
  eq?: V;
  ne?: V;
  in?: V[];
  notIn?: V[];
  lt?: V;
  lte?: V;
  gt?: V;
  gte?: V;
  isNull?: boolean;
}

/** A filter for an ordered scalar: equality, lists and ranges (`gte` and `lt` together make a range). */
function comparableFilter<V>(name: string, scalar: GraphQLScalarType | typeof Int, what: string): ClassType<ComparableFilterShape<V>> {
  @InputType(name, { description: `Conditions on ${what}; all given conditions must hold.` })
  class ComparableFilter {
    @Field(() => scalar, { nullable: true })
    eq?: V;

    @Field(() => scalar, { nullable: true, description: 'Not equal; rows where the field is empty are included.' })
    ne?: V;

    @Field(() => [scalar], { nullable: true })
    @ArrayMaxSize(MAX_IN_VALUES)
    in?: V[];

    @Field(() => [scalar], { nullable: true })
    @ArrayMaxSize(MAX_IN_VALUES)
    notIn?: V[];

    @Field(() => scalar, { nullable: true })
    lt?: V;

    @Field(() => scalar, { nullable: true })
    lte?: V;

    @Field(() => scalar, { nullable: true })
    gt?: V;

    @Field(() => scalar, { nullable: true })
    gte?: V;

    @Field(() => Boolean, { nullable: true })
    isNull?: boolean;
  }
  return ComparableFilter;
}

export const IntFilter = comparableFilter<number>('IntFilter', Int, 'a whole number');
export const DecimalFilter = comparableFilter<string>('DecimalFilter', DecimalScalar, 'an exact decimal (money)');
export const DateFilter = comparableFilter<string>('DateFilter', GraphQLLocalDate, 'a day');
export const DateTimeFilter = comparableFilter<Date>('DateTimeFilter', GraphQLDateTimeISO, 'a moment');

export interface EnumFilterShape<E> {
  eq?: E;
  ne?: E;
  in?: E[];
  notIn?: E[];
  isNull?: boolean;
}

const enumFilters = new Map<object, ClassType<EnumFilterShape<unknown>>>();

/** The filter of a registered enum, such as `PledgeTypeFilter`. */
export function enumFilter<E extends Record<string, string>>(values: E, enumName: string): ClassType<EnumFilterShape<E[keyof E]>> {
  if (!values) throw new Error(`enumFilter(${enumName}): the enum is not defined yet (an import cycle)`);
  const known = enumFilters.get(values);
  if (known) return known as ClassType<EnumFilterShape<E[keyof E]>>;

  @InputType(`${enumName}Filter`, { description: `Conditions on a ${enumName}.` })
  class EnumFilter {
    @Field(() => values, { nullable: true })
    eq?: E[keyof E];

    @Field(() => values, { nullable: true })
    ne?: E[keyof E];

    @Field(() => [values], { nullable: true })
    in?: E[keyof E][];

    @Field(() => [values], { nullable: true })
    notIn?: E[keyof E][];

    @Field(() => Boolean, { nullable: true })
    isNull?: boolean;
  }
  enumFilters.set(values, EnumFilter as ClassType<EnumFilterShape<unknown>>);
  return EnumFilter;
}

