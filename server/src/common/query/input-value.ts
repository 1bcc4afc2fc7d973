import { coerceInputValue, isInputObjectType, isListType, isNonNullType, parseType, typeFromAST, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { ArgumentValidationError, getMetadataStorage } from 'type-graphql';
import { validate } from 'class-validator';
import { AppError, ErrorCode, toAppError, type FieldProblem } from '../errors.js';
import { SUGGESTION } from '../http-security.js';

/** The options type-graphql validates resolver arguments with (see buildApiSchema). */
const VALIDATION = { forbidUnknownValues: false, skipMissingProperties: true, validationError: { target: false, value: false } };

const badInput = (problems: FieldProblem[]) => new AppError(ErrorCode.BAD_USER_INPUT, problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);

/**
 * The coerced value as instances of the type-graphql input classes, as type-graphql hands it to resolvers:
 * the class-validator rules (list sizes, text lengths) are declared on those classes and reach nested inputs only through instances.
 */
function asInstances(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return asInstances(type.ofType, value);
  if (isListType(type)) return (value as unknown[]).map((item) => asInstances(type.ofType, item));
  if (!isInputObjectType(type)) return value;
  const target = getMetadataStorage().inputTypes.find((t) => t.name === type.name)?.target as (new () => object) | undefined;
  const fields = type.getFields();
  const converted = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, asInstances(fields[key]!.type, v)]));
  return target ? Object.assign(new target(), converted) : converted;
}

/**
 * An argument that arrives outside a GraphQL document (a query-string parameter, as JSON), accepted exactly when
 * `name: <type>` would be in a query: coerced by graphql-js against the built schema, then validated with the rules
 * type-graphql applies to resolver arguments. Problems come back as one BAD_USER_INPUT error naming each place.
 */
export async function argumentValueOf(schema: GraphQLSchema, name: string, typeName: string, raw: unknown, options: { suggestions: boolean }): Promise<unknown> {
  const type = typeFromAST(schema, parseType(typeName)) as GraphQLInputType | undefined;
  if (!type) throw new Error(`${typeName} is not a type of the schema`);
  const problems: FieldProblem[] = [];
  const coerced = coerceInputValue(raw, type, (path, _invalid, error) => {
    problems.push({ field: [name, ...path].join('.'), message: options.suggestions ? error.message : error.message.replace(SUGGESTION, '') });
  });
  if (problems.length) throw badInput(problems);
  const value = asInstances(type, coerced);
  const objects = (Array.isArray(value) ? value : [value]).filter((v): v is object => v !== null && typeof v === 'object');
  const errors = (await Promise.all(objects.map((o) => validate(o, VALIDATION)))).flat();
  if (errors.length) {
    const invalid = toAppError(new ArgumentValidationError(errors))!;
    throw badInput(invalid.problems.map((p) => ({ field: `${name}.${p.field}`, message: p.message })));
  }
  return value;
}
