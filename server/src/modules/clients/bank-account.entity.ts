import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { Client } from './client.entity.js';

/** Bank data (CL-2): IBAN, BIC, holder and the SEPA direct-debit mandate. */
@ObjectType('ClientBankAccount')
@Tenant()
@Entity({ tableName: 'client_bank_account' })
export class ClientBankAccount extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Client, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  client!: Ref<Client>;

  @Field(() => String)
  @Property({ type: 'string' })
  iban!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  bic?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  holder!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  bankName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  sepaMandateRef?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  sepaMandateDate?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  preferred: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position: number = 0;
}
