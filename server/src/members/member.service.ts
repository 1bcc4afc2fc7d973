import type { GraphQLResolveInfo } from 'graphql';
import { CuratedService } from '../common/curated.service.js';
import { applyPatch } from '../common/persistence.js';
import type { PageArgs } from '../common/pagination.js';
import { listOf, type ListOptions } from '../common/query/list.js';
import { memberSpec } from './member.query.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Member } from './member.entity.js';
import type { CreateMemberInput, UpdateMemberInput } from './member.inputs.js';
import { list, sql } from '../common/query/sql.js';

export class MemberService extends CuratedService<Member> {
  protected readonly entity = Member;
  protected readonly audited = ['name', 'acronym', 'sector', 'country', 'champion', 'website', 'description'] as const;

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
