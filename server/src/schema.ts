import 'reflect-metadata';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import type { Context } from './common/context.js';
import { RESOLVERS } from './resolvers.js';

/** Every root mutation field runs in one transaction: all of its writes, audit entries included, or none. */
const MutationTransaction: MiddlewareFn<Context> = async ({ context, info }, next) => {
  if (info.parentType.name !== 'Mutation' || info.path.prev !== undefined) return next();
  const outer = context.em;
  try {
    return await outer.transactional(async (em) => {
      context.em = em;
      return next();
    });
  } finally {
    context.em = outer;
  }
};

let built: Promise<GraphQLSchema> | undefined;

export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    globalMiddlewares: [MutationTransaction],
    scalarsMap: [],
    orphanedTypes: [],
    emitSchemaFile: false,
  });
  return built;
}

export const printSortedSchema = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));

