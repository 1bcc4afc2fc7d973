import { LockMode, type MikroORM } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import { logger } from '../common/logger.js';
import type { ChangeFeed } from '../db/change-feed.js';
import { Notification, NotificationStatus } from './notification.entity.js';

const BATCH = 20;
const MAX_ATTEMPTS = 5;
const POLL_MS = 10_000;

/**
 * Sends queued notifications by SMTP. Each batch is claimed with FOR UPDATE
 * SKIP LOCKED in a transaction, so several API processes never send the same
 * message twice; a message that fails is retried on later rounds, and given
 * up after five attempts. A round runs when a notification is queued (heard
 * through the change feed) and every ten seconds.
 */
export class NotificationSender {
  private readonly transport: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;
  private unsubscribe?: () => void;

  constructor(
    private readonly orm: MikroORM,
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  start(changes: ChangeFeed): void {
    this.unsubscribe = changes.subscribe((table) => {
      if (table === 'notification' || table === '*') this.kick();
    });
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  private kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runOnce()
      .catch((error: unknown) => {
        logger.error({ err: error }, 'sending notifications failed');
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** One round: sends what is queued, a batch at a time; returns how many were sent. */
  async runOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.orm.em.fork().transactional(async (em) => {
        const queued = await em.find(Notification, { status: NotificationStatus.QUEUED }, { orderBy: { id: 'asc' }, limit: BATCH, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
        for (const message of queued) {
          message.attempts += 1;
          try {
            await this.transport.sendMail({ from: this.from, to: message.recipientEmail, subject: message.subject, text: message.body });
            message.status = NotificationStatus.SENT;
            message.sentAt = new Date();
            message.lastError = undefined;
            sent += 1;
          } catch (error) {
            message.lastError = error instanceof Error ? error.message : String(error);
            if (message.attempts >= MAX_ATTEMPTS) message.status = NotificationStatus.FAILED;
            logger.warn({ err: error, notification: message.id, attempts: message.attempts }, 'could not send a notification');
          }
        }
        return queued;
      });
      if (batch.length < BATCH || batch.every((m) => m.status === NotificationStatus.QUEUED)) return sent;
    }
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    clearInterval(this.timer);
    await this.running;
    this.transport.close();
  }
}
