import { Field, Float, ObjectType } from 'type-graphql';
import type { Context } from '../common/context.js';
import { readRows } from '../common/query/read.js';
import { list, sql } from '../common/query/sql.js';
import { Pledge } from './pledge.entity.js';

/**
 * How alike two texts must be (pg_trgm similarity, 0 to 1) for a pledge to be
 * flagged: a reworded title of the same commitment scores about 0.5, two
 * different projects of one member rarely above 0.3; descriptions share
 * more boilerplate, so they must be closer.
 */
const TITLE_SIMILARITY = 0.45;
const DESCRIPTION_SIMILARITY = 0.55;
const MAX_DUPLICATES = 5;

@ObjectType({ description: 'Another pledge of the same lead member that reads much like this one.' })
export class PledgeDuplicate {
  @Field(() => Pledge)
  pledge!: Pledge;

  @Field(() => Float, { description: 'Trigram similarity of the titles, 0 to 1.' })
  titleSimilarity!: number;

  @Field(() => Float, { description: 'Trigram similarity of the descriptions, 0 to 1.' })
  descriptionSimilarity!: number;
}

interface Match {
  source: number;
  id: number;
  title_similarity: number;
  description_similarity: number;
}

/** The likely duplicates of a pledge among its lead member's other pledges, most alike first; batched per request. */
export async function likelyDuplicates(ctx: Context, pledge: Pledge): Promise<PledgeDuplicate[]> {
  const matches = await ctx.loaders
    .batch<Match[]>('pledge-duplicates', async (ids) => {
      const l = list(ids);
      const rows = (await readRows(
        ctx,
        sql(
          `SELECT s.id AS source, d.id, d.title_similarity, d.description_similarity
             FROM pledge s
             JOIN LATERAL (
               SELECT d.id, similarity(d.title, s.title)::float8 AS title_similarity, similarity(d.description, s.description)::float8 AS description_similarity
                 FROM pledge d
                WHERE d.lead_member_id = s.lead_member_id AND d.id <> s.id AND d.archived_at IS NULL
                  AND (similarity(d.title, s.title) >= ? OR similarity(d.description, s.description) >= ?)
                ORDER BY greatest(similarity(d.title, s.title), similarity(d.description, s.description)) DESC, d.id
                LIMIT ?) d ON TRUE
            WHERE s.id IN (${l.text})`,
          [TITLE_SIMILARITY, DESCRIPTION_SIMILARITY, MAX_DUPLICATES, ...l.values],
        ),
      )) as unknown as Match[];
      return ids.map((id) => rows.filter((r) => Number(r.source) === id));
    })
    .load(pledge.id);
  const found = await Promise.all(matches.map((m) => ctx.loaders.byId(Pledge, Number(m.id))));
  return matches.flatMap((m, i) => {
    const duplicate = found[i];
    return duplicate ? [{ pledge: duplicate, titleSimilarity: round(m.title_similarity), descriptionSimilarity: round(m.description_similarity) }] : [];
  });
}

const round = (n: number) => Math.round(Number(n) * 1000) / 1000;
