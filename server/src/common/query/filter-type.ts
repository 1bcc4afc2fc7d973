import { Field, InputType, type ClassType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import type { QuerySpec, FieldSpec } from './spec.js';
import { BooleanFilter, DateFilter, DateTimeFilter, DecimalFilter, enumFilter, IDFilter, IntFilter, StringFilter } from './scalar-filters.js';

const filterTypes = new Map<QuerySpec, ClassType>();
const listFilterTypes = new Map<QuerySpec, ClassType>();

function scalarFilterType(field: Extract<FieldSpec, { kind: 'scalar' }>): ClassType {
  if (typeof field.type === 'object') return enumFilter(field.type.enum, field.type.name);
  const types: Record<string, ClassType> = {
    string: StringFilter,
    int: IntFilter,
    decimal: DecimalFilter,
    date: DateFilter,
    datetime: DateTimeFilter,
    boolean: BooleanFilter,
    id: IDFilter,
  };
  return types[field.type]!;
}

/** Related filters are created now, not in the thunk: type-graphql collects input types before it calls thunks. */
function inputTypeOf(field: FieldSpec): () => ClassType | ClassType[] | object {
  switch (field.kind) {
    case 'scalar': {
      const type = scalarFilterType(field);
      return () => type;
    }
    case 'one': {
      const type = filterInputOf(field.target());
      return () => type;
    }
    case 'many': {
      const type = listFilterInputOf(field.target());
      return () => type;
    }
    case 'custom':
      return field.input;
  }
}

const PRIMITIVES: unknown[] = [String, Boolean, Number];

function takesInputObject(field: FieldSpec): boolean {
  if (field.kind !== 'custom') return true;
  const input = field.input();
  return typeof input === 'function' && !PRIMITIVES.includes(input);
}

/**
 * The `XFilter` input of a type, generated from its query spec: one
 * condition per field, combined with `and`, `or` and `not`.
 */
export function filterInputOf(spec: QuerySpec): ClassType {
  const known = filterTypes.get(spec);
  if (known) return known;
  const Filter = { [`${spec.name}Filter`]: class {} }[`${spec.name}Filter`]!;
  filterTypes.set(spec, Filter);
  const prototype = Filter.prototype as object;
  Field(() => [Filter], { nullable: true, description: 'All of these conditions.' })(prototype, 'and');
  ValidateNested()(prototype, 'and');
  Field(() => [Filter], { nullable: true, description: 'Any of these conditions.' })(prototype, 'or');
  ValidateNested()(prototype, 'or');
  Field(() => Filter, { nullable: true, description: 'Not this condition.' })(prototype, 'not');
  ValidateNested()(prototype, 'not');
  for (const [name, field] of Object.entries(spec.fields)) {
    Field(inputTypeOf(field) as () => ClassType, { nullable: true, description: field.description, deprecationReason: field.deprecationReason })(prototype, name);
    if (takesInputObject(field)) ValidateNested()(prototype, name);
  }
  InputType(`${spec.name}Filter`, {
    description: `Conditions on ${spec.name} records: all given fields must hold. Relations to many take \`some\`, \`every\` or \`none\`.`,
  })(Filter);
  return Filter;
}

/** `some` / `every` / `none` over the related records of a type. */
export function listFilterInputOf(spec: QuerySpec): ClassType {
  const known = listFilterTypes.get(spec);
  if (known) return known;
  const ListFilter = { [`${spec.name}ListFilter`]: class {} }[`${spec.name}ListFilter`]!;
  listFilterTypes.set(spec, ListFilter);
  const prototype = ListFilter.prototype as object;
  const type = filterInputOf(spec);
  const filter = () => type;
  Field(filter, { nullable: true, description: 'At least one related record matches.' })(prototype, 'some');
  Field(filter, { nullable: true, description: 'Every related record matches (true when there are none).' })(prototype, 'every');
  Field(filter, { nullable: true, description: 'No related record matches.' })(prototype, 'none');
  for (const key of ['some', 'every', 'none']) ValidateNested()(prototype, key);
  InputType(`${spec.name}ListFilter`, { description: `Conditions on a list of related ${spec.name} records.` })(ListFilter);
  return ListFilter;
}
