import { Field, ObjectType } from 'type-graphql';

/** The GraphQL type of a workflow's available actions, typed with its own action and status enums. */
export function WorkflowActionType(name: string, record: string, actionEnum: object, statusEnum: object) {
  @ObjectType(name, { description: `A transition the viewer may take on the ${record} now, as the mutations enforce it.` })
  class WorkflowAction {
    @Field(() => actionEnum, { description: 'Which transition; the enum\'s description says which mutation takes each.' })
    action!: string;

    @Field(() => statusEnum, { description: 'The status it leads to.' })
    to!: string;

    @Field({ description: 'What a button for it says.' })
    label!: string;

    @Field({ description: 'The mutation requires a reason, which the people concerned are shown.' })
    reasonRequired!: boolean;
  }
  return WorkflowAction;
}
