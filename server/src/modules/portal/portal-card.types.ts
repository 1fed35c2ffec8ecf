import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AddressInput, BankAccountInput, ContactInput } from '../clients/client.inputs.js';

/** The card as its client sees it on the portal (portal schema only). */

@ObjectType()
export class PortalAddress {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => String) line1!: string;
  @Field(() => String, { nullable: true }) line2!: string | null;
  @Field(() => String) postalCode!: string;
  @Field(() => String) city!: string;
  @Field(() => String, { nullable: true }) province!: string | null;
  @Field(() => String) country!: string;
}

@ObjectType()
export class PortalContact {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) value!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => Boolean) preferred!: boolean;
}

@ObjectType()
export class PortalBankAccount {
  @Field(() => ID) id!: string;
  @Field(() => String) iban!: string;
  @Field(() => String, { nullable: true }) bic!: string | null;
  @Field(() => String) holder!: string;
  @Field(() => String, { nullable: true }) bankName!: string | null;
  @Field(() => Boolean) preferred!: boolean;
}

@ObjectType()
export class PortalCard {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
  @Field(() => String, { nullable: true }) legalName!: string | null;
  @Field(() => String, { nullable: true }) taxCode!: string | null;
  @Field(() => String, { nullable: true }) birthDate!: string | null;
  @Field(() => Boolean) prospect!: boolean;
  @Field(() => [PortalAddress]) addresses!: PortalAddress[];
  @Field(() => [PortalContact]) contacts!: PortalContact[];
  @Field(() => [PortalBankAccount]) bankAccounts!: PortalBankAccount[];
  @Field(() => [String], { description: 'Areas with a change waiting for the agency\'s review.' }) pendingAreas!: string[];
}

@InputType({ description: 'The areas to change (each one whole, as on the card); rows with an id update that row.' })
export class PortalCardChangeInput {
  @Field(() => [AddressInput], { nullable: true }) addresses?: AddressInput[] | null;
  @Field(() => [ContactInput], { nullable: true }) contacts?: ContactInput[] | null;
  @Field(() => [BankAccountInput], { nullable: true }) bankAccounts?: BankAccountInput[] | null;
}

@ObjectType()
export class PortalChangeResult {
  @Field(() => ID) id!: string;
  @Field(() => String) area!: string;
  @Field(() => String, { description: 'applied, or pending (waiting for the agency).' }) status!: string;
}
