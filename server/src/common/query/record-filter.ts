import { ID } from 'type-graphql';
import { custom } from './spec.js';
import { sql } from './sql.js';
import { fromGlobalId } from '../global-id.js';
import { invalidInput } from '../errors.js';

/** A filter on the record a row is about, given by its global ID, over `entity_type` and `entity_id` columns. */
export const recordFilter = (description: string) =>
  custom<string>({
    input: () => ID,
    description,
    compile: (value, alias, ctx) => {
      const parsed = fromGlobalId(value);
      if (!parsed) throw invalidInput(ctx.path, 'is not a valid ID');
      return sql(`${alias}.entity_type = ? AND ${alias}.entity_id = ?`, [parsed.type, parsed.id]);
    },
  });
