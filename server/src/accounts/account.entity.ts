import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Curated, Node } from '../common/entities.base.js';
import { Role } from '../common/viewer.js';
import { Member } from '../members/member.entity.js';
import { Person } from '../people/person.entity.js';

@ObjectType({ implements: Curated, description: 'A login: an admin, curator, organizer or pledger.' })
@Entity()
export class Account extends Curated {
  @Field()
  @Property({ unique: true })
  email: string;

  @Field()
  @Property()
  displayName: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role: Role;

  @Property({ hidden: true, lazy: true })
  passwordHash: string;

  @ManyToMany({ entity: () => Member, pivotTable: 'account_member', joinColumn: 'account_id', inverseJoinColumn: 'member_id' })
  members = new Collection<Member>(this);

  @ManyToOne(() => Person, { nullable: true })
  person?: Rel<Person>;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date;

  constructor(email: string, displayName: string, role: Role, passwordHash: string) {
    super();
    this.email = email;
    this.displayName = displayName;
    this.role = role;
    this.passwordHash = passwordHash;
  }

  get isActive(): boolean {
    return !this.isArchived;
  }
}

@Entity()
export class Session {
  @Property({ primary: true, length: 64 })
  tokenHash: string;

  @ManyToOne(() => Account, { deleteRule: 'cascade', index: true })
  account: Rel<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  constructor(tokenHash: string, account: Account, expiresAt: Date) {
    this.tokenHash = tokenHash;
    this.account = account;
    this.expiresAt = expiresAt;
  }
}

@ObjectType({ implements: Node, description: 'A bearer token for frontends and scripts; the secret is shown once, at creation, and stored hashed.' })
@Entity()
export class ApiToken extends Node {
  @ManyToOne(() => Account, { index: true })
  account: Rel<Account>;

  @Field()
  @Property()
  name: string;

  @Property({ unique: true, length: 64 })
  tokenHash: string;

  @Field({ description: 'The first characters of the token, to recognise it.' })
  @Property()
  prefix: string;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;

  constructor(account: Account, name: string, tokenHash: string, prefix: string) {
    super();
    this.account = account;
    this.name = name;
    this.tokenHash = tokenHash;
    this.prefix = prefix;
  }
}

/** A secret sent to someone once, valid until used or expired; only its hash is stored. */
@Entity({ abstract: true })
export abstract class SingleUseToken {
  @Property({ primary: true, length: 64 })
  tokenHash: string;

  @ManyToOne(() => Account, { deleteRule: 'cascade', index: true })
  account: Rel<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date;

  constructor(tokenHash: string, account: Account, expiresAt: Date) {
    this.tokenHash = tokenHash;
    this.account = account;
    this.expiresAt = expiresAt;
  }

  isUsable(now = new Date()): boolean {
    return !this.usedAt && this.expiresAt > now;
  }

  use(now = new Date()): void {
    this.usedAt = now;
  }
}

/** A single-use, expiring invitation to set the password of an account created for someone (a new member's focal point). */
@Entity()
export class Invitation extends SingleUseToken {}

/** A single-use, expiring code to set a new password, sent to the account's address. */
@Entity()
export class PasswordReset extends SingleUseToken {}
