import 'reflect-metadata';
import { buildSchema, getMetadataStorage, type PubSub } from 'type-graphql';
import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { RESOLVERS } from './resolvers.js';

let built: Promise<GraphQLSchema> | undefined;

const UNUSED_PUBSUB: PubSub = {
  publish: () => {
    throw new Error('Live events are raised with raiseLiveEvent');
  },
  subscribe: () => {
    throw new Error('Every subscription has its own subscribe function');
  },
};

export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    scalarsMap: [],
    orphanedTypes: [],
    emitSchemaFile: false,
    // Every subscription brings its own source (see live/live.resolver.ts); type-graphql insists on a PubSub all the same.
    pubSub: UNUSED_PUBSUB,
  }).then(withDirectResolvers);
  return built;
}

type Resolve = (root: Record<string, unknown>, args: unknown, context: unknown, info: unknown) => unknown;

/**
 * type-graphql wraps every field in a resolver that builds its middleware
 * chain and its parameter list on each call, allocating as it goes, even when
 * there is no middleware. Over the thousand fields of a page that is a good
 * part of a request's CPU. Fields without middleware get a direct resolver:
 * - a plain field named as its property: graphql's default resolver;
 * - a plain field named otherwise (`id` for `nodeId`): a property read;
 * - a field resolver whose parameters are only the root, the context and the
 *   info: a direct call of the method (when the root is an instance of its
 *   class, as the loaders make it; anything else takes type-graphql's path).
 * Fields with middleware (masked contact details, root fields with rules) keep theirs.
 */
function withDirectResolvers(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const resolved = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name}.${r.methodName}`));
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of storage.fields) {
      const inherited = field.target === objectType.target || objectType.target.prototype instanceof field.target;
      const schemaField = fields[field.schemaName];
      if (!inherited || !schemaField) continue;
      if (field.middlewares?.length || field.roles || resolved.has(`${field.target.name}.${field.name}`)) continue;
      const property = field.name;
      schemaField.resolve = property === field.schemaName ? undefined : (root: Record<string, unknown>) => root[property];
    }
  }
  const instances = new Map<Function, Record<string, (...params: unknown[]) => unknown>>();
  for (const resolver of storage.fieldResolvers) {
    const owner = resolver.getObjectType?.() as Function | undefined;
    const type = owner && schema.getType(storage.objectTypes.find((o) => o.target === owner)?.name ?? '');
    const schemaField = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    if (!schemaField?.resolve || resolver.kind !== 'external' || resolver.middlewares?.length || resolver.roles) continue;
    if (!params.every((p) => p.kind === 'info' || ((p.kind === 'root' || p.kind === 'context') && !p.propertyName))) continue;
    let instance = instances.get(resolver.target);
    if (!instance) instances.set(resolver.target, (instance = new (resolver.target as new () => Record<string, (...params: unknown[]) => unknown>)()));
    const method = instance[resolver.methodName]!;
    const fallback = schemaField.resolve as Resolve;
    const kinds = params.map((p) => p.kind);
    const ownerClass = owner!;
    schemaField.resolve = (root, args, context, info) => {
      if (!(root instanceof ownerClass)) return fallback(root, args, context, info);
      return method.apply(instance, kinds.map((kind) => (kind === 'root' ? root : kind === 'context' ? context : info)));
    };
  }
  return schema;
}

export const printSortedSchema = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));
