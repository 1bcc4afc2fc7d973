import type { GraphQLResolveInfo } from 'graphql';
import { CuratedService } from '../common/curated.service.js';
import { applyPatch } from '../common/persistence.js';
import type { PageArgs } from '../common/pagination.js';
import { listOf, type ListOptions } from '../common/query/list.js';
import { memberSpec } from './member.query.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Member } from './member.entity.js';
import type { CreateMemberInput, UpdateMemberInput } from './member.inputs.js';
import { Person } from '../people/person.entity.js';
import { columnsOf, hydrate } from '../common/read-model.js';
import { readRows } from '../common/query/read.js';
import { list, sql } from '../common/query/sql.js';

export class MemberService extends CuratedService<Member> {
  protected readonly entity = Member;
  protected readonly audited = ['name', 'acronym', 'sector', 'country', 'champion', 'website', 'description'] as const;

  /** A member's people (not archived), by name; batched over the members of a page. */
  async people(member: Member): Promise<Person[]> {
    const em = this.em;
    return this.ctx.loaders
      .batch<Person[]>('member-people', async (ids) => {
        const l = list(ids);
        const rows = await readRows(this.ctx, sql(`SELECT ${columnsOf(em, Person, 'p')} FROM person p WHERE p.member_id IN (${l.text}) AND p.archived_at IS NULL ORDER BY p.name, p.id`, l.values));
        return ids.map((id) => rows.filter((r) => Number(r.member_id) === id).map((r) => hydrate(em, Person, r)));
      })
      .load(member.id);
  }

  async create(input: CreateMemberInput): Promise<Member> {
    const country = await new ReferenceService(this.em).country(input.countryCode, 'countryCode');
    const member = new Member(input.name.trim(), input.sector, country);
    applyPatch(member, input, ['acronym', 'champion', 'website', 'description']);
    return this.insert(member);
  }

  update(id: string, input: UpdateMemberInput): Promise<Member> {
    return this.modify(id, input.expectedVersion, async (member) => {
      if (input.countryCode) member.country = await new ReferenceService(this.em).country(input.countryCode, 'countryCode');
      applyPatch(member, { ...input, name: input.name?.trim() }, ['name', 'acronym', 'sector', 'champion', 'website', 'description']);
    });
  }

  list(options: ListOptions, page: PageArgs, info?: GraphQLResolveInfo) {
    return listOf(this.ctx, Member, memberSpec, options, page, info);
  }
}
