import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ClaimStatus } from '../claims/claim.enums.js';
import { LineCode, PolicyStatus } from '../policies/policy.enums.js';
import { DecimalScalar } from '../policies/money.js';
import { ClientKind } from '../clients/client.enums.js';
import { ActivityInput, AddressInput, BankAccountInput, ClientRegistryInput, ContactInput, FamilyInput } from '../clients/client.inputs.js';

/**
 * The portal schema's own types: what a client may see, field by field — never a staff entity
 * (whose fields and field resolvers belong to the staff schema).
 */

export enum PortalSignInStatus {
  SIGNED_IN = 'SIGNED_IN',
  SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED',
  LINKED = 'LINKED',
}
registerEnumType(PortalSignInStatus, { name: 'PortalSignInStatus', description: 'LINKED: an existing account received the grant; sign in to use it.' });

@ObjectType()
export class PortalSignInResult {
  @Field(() => PortalSignInStatus)
  status!: PortalSignInStatus;

  @Field(() => String, { nullable: true, description: 'The session token, only when a bearer token was asked for.' })
  token!: string | null;
}

@InputType()
export class PortalSignInInput {
  @Field(() => String, { description: 'The agency\'s company code (the portal\'s address names it).' })
  company!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => Boolean, { nullable: true })
  bearer?: boolean | null;
}

@InputType()
export class PortalAcceptInvitationInput {
  @Field(() => String)
  token!: string;

  @Field(() => String, { nullable: true, description: 'For a new account (or one whose address was never verified): the name to greet you with.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'For a new account (or one whose address was never verified, whose password it replaces): the password to choose.' })
  password?: string | null;

  @Field(() => Boolean, { nullable: true })
  bearer?: boolean | null;
}

@ObjectType()
export class PortalAccount {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  locale!: string;

  @Field(() => Boolean)
  emailVerified!: boolean;

  @Field(() => Boolean)
  totpEnabled!: boolean;

  @Field(() => String)
  companyCode!: string;

  @Field(() => String)
  companyName!: string;

  @Field(() => String, { description: "The company's currency (ISO 4217): the portal shows money in it." })
  companyCurrency!: string;

  @Field(() => Boolean, { description: 'Staff looking at the portal as this user: nothing can be changed.' })
  readOnly!: boolean;
}

@ObjectType('PortalClient')
export class PortalClientView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Boolean, { description: 'A prospect: no policy requested yet.' })
  prospect!: boolean;
}

@ObjectType('PortalContract')
export class PortalContractView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  number!: string;

  @Field(() => PolicyStatus)
  status!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => String)
  clientName!: string;

  @Field(() => LineCode)
  lineCode!: string;

  @Field(() => String)
  lineName!: string;

  @Field(() => String)
  insurerName!: string;

  @Field(() => String, { description: 'ISO date.' })
  coverStart!: string;

  @Field(() => String, { description: 'ISO date.' })
  coverEnd!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Commercial view only.' })
  premiumGross!: string | null;

  @Field(() => String, { nullable: true, description: 'Commercial view only.' })
  paymentFrequency!: string | null;
}

@ObjectType('PortalClaim')
export class PortalClaimView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => String, { nullable: true })
  policyNumber!: string | null;

  @Field(() => ClaimStatus)
  status!: string;

  @Field(() => String, { description: 'ISO date.' })
  lossDate!: string;

  @Field(() => String)
  lossPlace!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Date)
  reportedAt!: Date;
}

@ObjectType()
export class PortalPendingForm {
  @Field(() => ID)
  clientId!: string;

  @Field(() => ID)
  formId!: string;

  @Field(() => String)
  formCode!: string;

  @Field(() => String, { description: "The form's current title in the language asked (portalHome's lang), else the account's, else the first it has." })
  formTitle!: string;

  @Field(() => String)
  formKind!: string;

  @Field(() => Int)
  answeredVersion!: number;

  @Field(() => Int)
  currentVersion!: number;
}

@ObjectType()
export class PortalHome {
  @Field(() => [PortalClientView])
  clients!: PortalClientView[];

  @Field(() => [PortalContractView])
  contracts!: PortalContractView[];

  @Field(() => [PortalClaimView])
  openClaims!: PortalClaimView[];

  @Field(() => [PortalPendingForm], { description: 'Consent forms changed since the client last answered them (CN-5).' })
  pendingForms!: PortalPendingForm[];
}

@InputType({ description: 'The new card: the kind first, the registry fields, then any area (validated as on the staff side). Always a prospect.' })
export class PortalNewClientInput extends ClientRegistryInput {
  @Field(() => ClientKind) kind!: ClientKind;
  @Field(() => [AddressInput], { nullable: true }) addresses?: AddressInput[] | null;
  @Field(() => [ContactInput], { nullable: true }) contacts?: ContactInput[] | null;
  @Field(() => [BankAccountInput], { nullable: true }) bankAccounts?: BankAccountInput[] | null;
  @Field(() => FamilyInput, { nullable: true }) family?: FamilyInput | null;
  @Field(() => ActivityInput, { nullable: true }) activity?: ActivityInput | null;
}

@InputType()
export class PortalRegisterInput {
  @Field(() => String, { description: 'The agency\'s company code.' })
  company!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String, { nullable: true, description: 'Default: the name on the card.' })
  displayName?: string | null;

  @Field(() => PortalNewClientInput)
  client!: PortalNewClientInput;
}

@InputType({ description: 'A claim reported by the client; the contract may be left out.' })
export class PortalClaimInput {
  @Field(() => ID) clientId!: string;
  @Field(() => ID, { nullable: true }) policyId?: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD, not in the future.' }) lossDate!: string;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) lossTime?: string | null;
  @Field(() => String) lossPlace!: string;
  @Field(() => String) description!: string;
}
