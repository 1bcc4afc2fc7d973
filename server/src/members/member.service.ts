import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { CuratedService } from '../common/curated.service.js';
import { applyPatch } from '../common/persistence.js';
import { paginate, SortDirection, type PageArgs } from '../common/pagination.js';
import { escapeLike } from '../common/text.js';
import { isStaff } from '../common/viewer.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Member } from './member.entity.js';
import type { CreateMemberInput, MemberFilter, MemberOrder, UpdateMemberInput } from './member.inputs.js';

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

  list(filter: MemberFilter | undefined, orderBy: MemberOrder[] | undefined, page: PageArgs, info?: GraphQLResolveInfo) {
    const where: FilterQuery<Member>[] = [];
    if (!filter?.includeArchived || !isStaff(this.ctx.viewer)) where.push({ archivedAt: null });
    if (filter?.nameContains) {
      const pattern = `%${escapeLike(filter.nameContains)}%`;
      where.push({ $or: [{ name: { $ilike: pattern } }, { acronym: { $ilike: pattern } }] });
    }
    if (filter?.sectors?.length) where.push({ sector: { $in: filter.sectors } });
    if (filter?.countryCodes?.length) where.push({ country: { code: { $in: filter.countryCodes.map((c) => c.toUpperCase()) } } });
    if (filter?.champion !== undefined && filter.champion !== null) where.push({ champion: filter.champion });
    return paginate(this.em, Member, { $and: where }, page, orderBy?.length ? orderBy : [{ field: 'name', direction: SortDirection.ASC }], info);
  }
}
