/**
 * The four benchmark queries, as GraphQL documents for the API and as one
 * hand-written SQL statement each for the baseline. Both sides must return the
 * same rows in the same order: run.ts checks it before measuring.
 */

/** The page selection shared by Q1, Q2 and Q4. */
const NODE_SELECTION = `id reference title usdValue leadMember { id name } partners { id name } focusAreas { code name } countries { code name }`;

/** Q2's filter: implemented in a region, targeting an LDC (as of the announcement day), naming women and girls. */
const Q2_FILTER = `{
  implementedIn: { in: [$region] }
  countryGroups: { some: [LDC] }
  beneficiaryGroups: { some: { code: { eq: "WOMEN_AND_GIRLS" } } }
}`;

export const GRAPHQL = {
  Q1: `query Q1 { pledges(first: 50) { nodes { ${NODE_SELECTION} } } }`,
  Q2: `query Q2($region: ID!, $search: String!) { pledges(first: 50, search: $search, filter: ${Q2_FILTER}) { nodes { ${NODE_SELECTION} } } }`,
  /** How many pledges Q2 matches, and how many the search alone. */
  Q2_COUNT: `query Q2Count($region: ID!, $search: String!) {
  filtered: pledges(first: 1, search: $search, filter: ${Q2_FILTER}) { totalCount }
  searched: pledges(first: 1, search: $search) { totalCount }
  all: pledges(first: 1) { totalCount }
}`,
  Q3: `query Q3 {
  pledgeGroups(groupBy: [IMPLEMENTATION_REGION, FOCUS_AREA]) {
    totalCount
    groups { key { region { code } focusArea { code } } count sumUsd }
  }
}`,
  Q4: `query Q4($after: String!) { pledges(first: 50, after: $after) { nodes { ${NODE_SELECTION} } } }`,
  /** One page of the walk to the deep cursor. */
  WALK: `query Walk($after: String) { pledges(first: 100, after: $after) { nodes { reference } pageInfo { endCursor hasNextPage } } }`,
  REGIONS: `query Regions { regions(kind: ITU_D) { id code } }`,
} as const;

/** The API's global ID, `base64url("Type:id")`, in SQL. */
const gid = (type: string, column: string) => `translate(rtrim(encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64'), '='), '+/', '-_')`;

/**
 * One pledge of a page as JSON, over the page's rows `p` joined to their lead
 * member `m`. Decimals lose trailing zeros as the API's Decimal scalar does.
 */
const NODE_JSON = `json_build_object(
  'id', ${gid('Pledge', 'p.id')},
  'reference', p.reference,
  'title', p.title,
  'usdValue', trim_scale(p.usd_value)::text,
  'leadMember', json_build_object('id', ${gid('Member', 'm.id')}, 'name', m.name),
  'partners', coalesce((
    select json_agg(json_build_object('id', ${gid('Member', 'x.id')}, 'name', x.name) order by x.id)
      from pledge_partner pp join member x on x.id = pp.member_id
     where pp.pledge_id = p.id and x.archived_at is null), '[]'::json),
  'focusAreas', coalesce((
    select json_agg(json_build_object('code', fa.code, 'name', fa.name) order by fa.id)
      from pledge_focus_area pfa join focus_area fa on fa.id = pfa.focus_area_id
     where pfa.pledge_id = p.id), '[]'::json),
  'countries', coalesce((
    select json_agg(json_build_object('code', c.code, 'name', c.name) order by c.id)
      from pledge_country pc join country c on c.id = pc.country_id
     where pc.pledge_id = p.id), '[]'::json))`;

/** A page of nodes: `rows` is a subquery yielding the page's pledge rows, `order` their order over `p`. */
const page = (rows: string, order: string) => `
select coalesce(json_agg(${NODE_JSON} order by ${order}), '[]'::json)::text as nodes
  from (${rows}) p join member m on m.id = p.lead_member_id`;

/** What the public sees: published pledges not archived. */
const PUBLIC = `a.archived_at is null and a.status = 'PUBLISHED'`;
/** The columns a page shows. */
const COLUMNS = 'a.id, a.reference, a.title, a.usd_value, a.lead_member_id';

export const BASELINE_SQL = {
  /** Newest reference first (published pledges all have one: saying so lets the index scan skip the others'). */
  Q1: page(`select ${COLUMNS} from pledge a where ${PUBLIC} and a.reference is not null order by a.reference desc limit 50`, 'p.reference desc'),

  /**
   * $1 the ITU-D region id, $2 the tsquery (`digital:*`). Best match first,
   * then newest id, as the API orders a search. The link-table conditions
   * are uncorrelated `IN`s (hashed once) rather than per-row subqueries.
   */
  Q2: page(
    `select ${COLUMNS}, round(ts_rank_cd(a.search_vector, q)::numeric, 6) as rank
       from pledge a, to_tsquery('english', $2) q
      where ${PUBLIC}
        and a.search_vector @@ q
        and (a.id in (select pr.pledge_id from pledge_region pr where pr.region_id = $1)
             or a.id in (select pc.pledge_id from pledge_country pc join country c on c.id = pc.country_id where c.itu_region_id = $1))
        and a.id in (select pb.pledge_id from pledge_beneficiary_group pb
                      where pb.beneficiary_group_id = (select id from beneficiary_group where code = 'WOMEN_AND_GIRLS'))
        and exists (select 1 from pledge_country pc
                      join country_group_membership g on g.country_id = pc.country_id and g."group" = 'LDC'
                     where pc.pledge_id = a.id
                       and (g.since is null or g.since <= coalesce(a.announced_on, a.created_at::date))
                       and (g.until is null or g.until > coalesce(a.announced_on, a.created_at::date)))
      order by rank desc, a.id desc
      limit 50`,
    'p.rank desc, p.id desc',
  ),

  /**
   * Region (named on the pledge, or of one of its countries) x focus area,
   * each pledge once per pair; largest count first, then region and focus
   * area id, as the API orders groups.
   */
  Q3: `
with f as materialized (select a.id, a.usd_value from pledge a where ${PUBLIC}),
     r as (select pr.pledge_id, pr.region_id as k from pledge_region pr join region rg on rg.id = pr.region_id and rg.kind = 'ITU_D'
           union
           select pc.pledge_id, c.itu_region_id from pledge_country pc join country c on c.id = pc.country_id where c.itu_region_id is not null),
     fa as (select distinct pledge_id, focus_area_id as k from pledge_focus_area),
     g as (select r.k as rk, fa.k as fk, count(*)::int as n, coalesce(sum(f.usd_value), 0) as s
             from f join r on r.pledge_id = f.id join fa on fa.pledge_id = f.id
            group by r.k, fa.k order by n desc, rk, fk limit 100)
select json_build_object(
  'totalCount', (select count(*)::int from f),
  'groups', coalesce((select json_agg(json_build_object(
      'key', json_build_object('region', json_build_object('code', rg.code), 'focusArea', json_build_object('code', a.code)),
      'count', g.n,
      'sumUsd', trim_scale(g.s)::text) order by g.n desc, g.rk, g.fk)
    from g join region rg on rg.id = g.rk join focus_area a on a.id = g.fk), '[]'::json))::text as body`,

  /** $1 the reference of the last row of the previous page: keyset, as the API's cursor. */
  Q4: page(`select ${COLUMNS} from pledge a where ${PUBLIC} and a.reference < $1 order by a.reference desc limit 50`, 'p.reference desc'),
} as const;

export type QueryName = 'Q1' | 'Q2' | 'Q3' | 'Q4';
export const QUERY_NAMES: readonly QueryName[] = ['Q1', 'Q2', 'Q3', 'Q4'];
