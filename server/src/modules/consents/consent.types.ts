import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConsentChannel, ConsentFormKind } from './consent.enums.js';

@ObjectType('ConsentText', { description: 'A text of a consent form in one language.' })
export class LocalizedText {
  @Field(() => String) lang!: string;
  @Field(() => String) text!: string;
}

@ObjectType({ description: 'A clause of a form version: answered yes or no, never pre-ticked.' })
export class ConsentClause {
  @Field(() => String) key!: string;
  @Field(() => Boolean, { description: 'Required for an acceptance (else the record is a refusal).' }) required!: boolean;
  @Field(() => [LocalizedText]) text!: LocalizedText[];
}

@ObjectType({ description: 'A clause answer of a record.' })
export class ConsentAnswer {
  @Field(() => String) key!: string;
  @Field(() => Boolean) accepted!: boolean;
}

@ObjectType({ description: 'The first broken link of a client\'s chain.' })
export class ConsentChainBreak {
  @Field(() => ID) clientId!: string;
  @Field(() => Int, { description: 'The position (seq) of the first record that does not verify.' }) position!: number;
  @Field(() => String, { description: 'sequence_gap, broken_link (prev_hash is not the previous hash) or content_changed (the hash does not match the row).' }) problem!: string;
}

@ObjectType({ description: 'Verification of consent chains (one client, or all clients of the company).' })
export class ConsentChainReport {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Int, { description: 'Records checked.' }) checked!: number;
  @Field(() => Int, { description: 'Clients whose chains were checked.' }) clients!: number;
  @Field(() => [ConsentChainBreak], { description: 'First broken link per broken client (at most 100).' }) breaks!: ConsentChainBreak[];
}

@ObjectType({ description: 'A form a client must answer again: their last answer was to an older version.' })
export class ConsentPendingItem {
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => ID) formId!: string;
  @Field(() => String) formCode!: string;
  @Field(() => ConsentFormKind) formKind!: ConsentFormKind;
  @Field(() => Int) answeredVersion!: number;
  @Field(() => ID) answeredVersionId!: string;
  @Field(() => Int) currentVersion!: number;
  @Field(() => ID) currentVersionId!: string;
  @Field(() => Date) answeredAt!: Date;
}

@ObjectType()
export class ConsentPendingPage {
  @Field(() => [ConsentPendingItem]) items!: ConsentPendingItem[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'Clients pending re-consent for one form.' })
export class ConsentPendingPerForm {
  @Field(() => ID) formId!: string;
  @Field(() => String) formCode!: string;
  @Field(() => ConsentFormKind) formKind!: ConsentFormKind;
  @Field(() => Int) currentVersion!: number;
  @Field(() => Int) pending!: number;
}

@ObjectType({ description: 'A line of a text comparison.' })
export class ConsentDiffLine {
  @Field(() => String, { description: 'same, added or removed' }) op!: string;
  @Field(() => String) text!: string;
}

@ObjectType({ description: 'A clause compared between two versions.' })
export class ConsentClauseChange {
  @Field(() => String) key!: string;
  @Field(() => String, { description: 'added, removed, changed or same' }) change!: string;
  @Field(() => String, { nullable: true }) before?: string | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Boolean, { nullable: true }) requiredBefore?: boolean | null;
  @Field(() => Boolean, { nullable: true }) requiredAfter?: boolean | null;
}

@ObjectType({ description: '"Changes since your last acceptance": two versions of a form compared in one language.' })
export class ConsentVersionDiff {
  @Field(() => ID) formId!: string;
  @Field(() => Int) fromVersion!: number;
  @Field(() => Int) toVersion!: number;
  @Field(() => String) lang!: string;
  @Field(() => String, { nullable: true }) titleBefore?: string | null;
  @Field(() => String, { nullable: true }) titleAfter?: string | null;
  @Field(() => [ConsentDiffLine]) body!: ConsentDiffLine[];
  @Field(() => [ConsentClauseChange]) clauses!: ConsentClauseChange[];
}

@ObjectType()
export class ConsentDayCount {
  @Field(() => String, { description: 'YYYY-MM-DD' }) day!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'The consents module\'s key figures.' })
export class ConsentsDashboard {
  @Field(() => Int) clients!: number;
  @Field(() => Int, { description: 'Clients with an accepted current version of every required-clause form in use (privacy notice, e-consent).' }) covered!: number;
  @Field(() => String, { description: 'covered / clients as a percentage with one decimal, "0.0" without clients.' }) coveragePercent!: string;
  @Field(() => [ConsentPendingPerForm]) pendingPerForm!: ConsentPendingPerForm[];
  @Field(() => Int, { description: 'Clients whose last marketing answer accepts every clause.' }) marketingOptIn!: number;
  @Field(() => Int, { description: 'Clients who answered a marketing form.' }) marketingAnswered!: number;
  @Field(() => String, { description: 'Opt-in rate in percent, one decimal.' }) marketingOptInPercent!: string;
  @Field(() => [ConsentDayCount], { description: 'Records per day, last 30 days.' }) recordsPerDay!: ConsentDayCount[];
}

// ---- inputs ------------------------------------------------------------------------------------

@InputType('ConsentTextInput', { description: 'A text of a consent form in one language (en, it, de, nl, pl).' })
export class LocalizedTextInput {
  @Field(() => String) lang!: string;
  @Field(() => String) text!: string;
}

@InputType({ description: 'A clause: a key (lowercase, digits, _), required or optional, its text per language.' })
export class ConsentClauseInput {
  @Field(() => String) key!: string;
  @Field(() => Boolean, { defaultValue: false }) required!: boolean;
  @Field(() => [LocalizedTextInput]) text!: LocalizedTextInput[];
}

@InputType({ description: "A draft's content: title and text per language (at least the company's language), clauses." })
export class ConsentDraftInput {
  @Field(() => [LocalizedTextInput]) title!: LocalizedTextInput[];
  @Field(() => [LocalizedTextInput]) body!: LocalizedTextInput[];
  @Field(() => [ConsentClauseInput], { defaultValue: [] }) clauses!: ConsentClauseInput[];
}

@InputType({ description: 'A new form with its first draft.' })
export class CreateConsentFormInput {
  @Field(() => String) code!: string;
  @Field(() => ConsentFormKind) kind!: ConsentFormKind;
  @Field(() => ConsentDraftInput) draft!: ConsentDraftInput;
}

@InputType({ description: 'A clause answered yes or no.' })
export class ConsentAnswerInput {
  @Field(() => String) key!: string;
  @Field(() => Boolean) accepted!: boolean;
}

@InputType({ description: "The client's answers to one form version (its current published version)." })
export class ConsentFormAnswerInput {
  @Field(() => ID) formVersionId!: string;
  @Field(() => [ConsentAnswerInput]) answers!: ConsentAnswerInput[];
}

@InputType({ description: 'How the client answered; PAPER with the signed scan (a document of the client).' })
export class ConsentEvidenceInput {
  @Field(() => ID) clientId!: string;
  @Field(() => ConsentChannel) channel!: ConsentChannel;
  @Field(() => ID, { nullable: true }) paperDocumentId?: string | null;
}

@InputType({ description: "Staff-assisted acceptance: one client's answers to one or more forms." })
export class RecordConsentsInput extends ConsentEvidenceInput {
  @Field(() => [ConsentFormAnswerInput]) forms!: ConsentFormAnswerInput[];
}

@InputType({ description: 'The date agreed with a client from which the consent timeline is shown (CN-6); agreedFrom null removes it.' })
export class ConsentTimelineStartInput {
  @Field(() => ID) clientId!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future; null: the timeline starts with the relationship again.' }) agreedFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'How or why the date was agreed (at most 500 characters).' }) note?: string | null;
}
