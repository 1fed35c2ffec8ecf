import { Field, Int, ObjectType } from 'type-graphql';
import { Policy } from './policy.entity.js';
import { PolicyStatus } from './policy.enums.js';

@ObjectType()
export class PolicyPage {
  @Field(() => [Policy]) items!: Policy[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'A status and the statuses it may change to (the transitions as data).' })
export class PolicyStatusTransition {
  @Field(() => PolicyStatus) from!: PolicyStatus;
  @Field(() => [PolicyStatus]) to!: PolicyStatus[];
}
