import { CuratedService } from '../common/curated.service.js';
import { applyPatch } from '../common/persistence.js';
import { conflict } from '../common/errors.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Pillar } from './pillar.entity.js';
import type { CreatePillarInput, UpdatePillarInput } from './pillar.inputs.js';

const slugify = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

export class PillarService extends CuratedService<Pillar> {
  protected readonly entity = Pillar;
  protected readonly audited = ['focusArea', 'slug', 'name', 'description', 'published'] as const;

  async create(input: CreatePillarInput): Promise<Pillar> {
    const [focusArea] = await new ReferenceService(this.em).focusAreas([input.focusAreaCode], 'focusAreaCode');
    const slug = input.slug ?? slugify(input.name);
    if (await this.em.count(Pillar, { focusArea, slug })) throw conflict(`${focusArea!.code} already has a pillar "${slug}"`, {}, 'slug');
    const pillar = new Pillar(focusArea!, slug, input.name.trim(), input.published ?? true);
    pillar.description = input.description;
    return this.insert(pillar);
  }

  update(id: string, input: UpdatePillarInput): Promise<Pillar> {
    return this.modify(id, input.expectedVersion, (pillar) => applyPatch(pillar, input, ['name', 'description', 'published']));
  }
}
