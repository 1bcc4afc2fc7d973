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

  async toAccount(account: Account, message: Message): Promise<void> {
    this.queue([account], message);
  }

  /** Many messages, each to the pledgers of one member, with one lookup of the accounts for all of them. */
  async toRepresentativesOfEach(messages: readonly { memberId: number; message: Message }[]): Promise<void> {
    if (!messages.length) return;
    const memberIds = [...new Set(messages.map((m) => m.memberId))];
    const accounts = await this.em.find(Account, { members: { $in: memberIds }, archivedAt: null }, { populate: ['members'], orderBy: { id: 'asc' } });
    for (const { memberId, message } of messages) {
      this.queue(accounts.filter((a) => a.members.getItems().some((m) => m.id === memberId)), message);
    }
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
