import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../accounts/account.entity.js';
import { Role } from '../common/viewer.js';
import { Notification } from './notification.entity.js';

export interface Message {
  readonly topic: string;
  readonly subject: string;
  readonly body: string;
  readonly record: { readonly id: number; readonly constructor: { readonly name: string } };
}

/** Queues messages through the caller's entity manager: they commit, or roll back, with the change they tell of. */
export class NotificationService {
  constructor(private readonly em: EntityManager) {}

  async toStaff(message: Message): Promise<void> {
    this.queue(await this.em.find(Account, { role: { $in: [Role.ADMIN, Role.CURATOR] }, archivedAt: null }, { orderBy: { id: 'asc' } }), message);
  }

  async toRepresentativesOf(memberId: number, message: Message): Promise<void> {
    this.queue(await this.em.find(Account, { members: memberId, archivedAt: null }, { orderBy: { id: 'asc' } }), message);
  }

  private queue(recipients: readonly Account[], message: Message): void {
    for (const recipient of recipients) {
      this.em.persist(
        new Notification({
          topic: message.topic,
          recipient,
          recipientEmail: recipient.email,
          subject: message.subject,
          body: message.body,
          entityType: message.record.constructor.name,
          entityId: message.record.id,
        }),
      );
    }
  }
}
