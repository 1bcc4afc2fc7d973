import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { Decimal } from 'decimal.js';

const DECIMAL_PATTERN = /^-?\d{1,18}(\.\d{1,6})?$/;

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text)) {
    // A GraphQLError, so that it reaches the caller as bad input rather than as an unexpected failure.
    throw new GraphQLError('Decimal must be a string such as "1250000.50" (at most 18 integer and 6 fraction digits)');
  }
  return new Decimal(text).toFixed();
}

export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number, written as a string ("1250000.50") so that no precision is lost.',
  serialize: (value) => new Decimal(value as Decimal.Value).toFixed(),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT) throw new GraphQLError('Decimal must be a string');
    return parseDecimal(ast.value);
  },
});
