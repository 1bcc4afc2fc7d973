import type { GraphQLResolveInfo } from 'graphql';
import { CuratedService } from '../common/curated.service.js';
import { applyPatch, findByGlobalIdOrThrow } from '../common/persistence.js';
import type { PageArgs } from '../common/pagination.js';
import { listOf, type ListOptions } from '../common/query/list.js';
import { eventSpec } from './event.query.js';
import { conflict, invalidInput } from '../common/errors.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Region } from '../reference/region.entity.js';
import { Event } from './event.entity.js';
import type { CreateEventInput, UpdateEventInput } from './event.inputs.js';

export class EventService extends CuratedService<Event> {
  protected readonly entity = Event;
  protected readonly audited = ['code', 'name', 'kind', 'startDate', 'endDate', 'city', 'country', 'region', 'description'] as const;

  async create(input: CreateEventInput): Promise<Event> {
    const event = new Event(input);
    await this.assign(event, input);
    return this.insert(event);
  }

  update(id: string, input: UpdateEventInput): Promise<Event> {
    return this.modify(id, input.expectedVersion, (event) => this.assign(event, input));
  }

  private async assign(event: Event, input: CreateEventInput | UpdateEventInput): Promise<void> {
    if (input.code && (input.code !== event.code || event.id === undefined) && (await this.em.count(Event, { code: input.code }))) {
      throw conflict(`An event with code ${input.code} already exists`, {}, 'code');
    }
    applyPatch(event, input, ['code', 'name', 'kind', 'startDate', 'endDate', 'city', 'description']);
    if (event.endDate < event.startDate) throw invalidInput('endDate', 'must not be before the start date');
    if (input.countryCode !== undefined) {
      event.country = input.countryCode === null ? undefined : await new ReferenceService(this.em).country(input.countryCode, 'countryCode');
      if (input.regionId === undefined) event.region = event.country?.ituRegion;
    }
    if (input.regionId !== undefined) {
      event.region = input.regionId === null ? undefined : await findByGlobalIdOrThrow(this.em, Region, input.regionId, 'regionId');
    }
  }

  list(options: ListOptions, page: PageArgs, info?: GraphQLResolveInfo) {
    return listOf(this.ctx, Event, eventSpec, options, page, info);
  }
}
