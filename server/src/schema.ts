import 'reflect-metadata';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { RESOLVERS } from './resolvers.js';

let built: Promise<GraphQLSchema> | undefined;

export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    scalarsMap: [],
    orphanedTypes: [],
    emitSchemaFile: false,
  }).then(withDefaultResolvers);
  return built;
}

/**
 * type-graphql gives every plain field a resolver that builds its middleware
 * chain, allocating as it goes, even when the chain is empty. A field with no
 * middleware, no field resolver and the property's own name resolves exactly
 * as graphql's default resolver does: those (most scalar fields of an answer)
 * get the default one. Fields with middleware (masked contact details, say) keep theirs.
 */
function withDefaultResolvers(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const resolved = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name}.${r.methodName}`));
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of storage.fields) {
      const inherited = field.target === objectType.target || objectType.target.prototype instanceof field.target;
      const schemaField = fields[field.schemaName];
      if (!inherited || !schemaField || field.name !== field.schemaName) continue;
      if (field.middlewares?.length || field.roles || resolved.has(`${field.target.name}.${field.name}`)) continue;
      schemaField.resolve = undefined;
    }
  }
  return schema;
}

export const printSortedSchema = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));

