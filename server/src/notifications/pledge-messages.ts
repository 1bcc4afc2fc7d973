/** Who hears of a pledge's status change, and what they read: a plain function, so that the wording is tested on its own. */
export interface PledgeMessage {
  readonly audience: 'staff' | 'representatives';
  readonly subject: string;
  readonly body: string;
}

export interface PledgeFacts {
  readonly title: string;
  readonly reference?: number | null;
  readonly memberName: string;
}

export function pledgeMessage(verb: string, pledge: PledgeFacts, reason?: string): PledgeMessage | undefined {
  const quoted = `"${pledge.title}"`;
  const why = reason ? `\n\nReason given by the curator:\n${reason}` : '';
  switch (verb) {
    case 'submit':
      return { audience: 'staff', subject: `Pledge submitted for review: ${pledge.title}`, body: `${pledge.memberName} submitted the pledge ${quoted} for review. It is waiting in the curation queue.` };
    case 'approve':
      return {
        audience: 'representatives',
        subject: `Your pledge is published: ${pledge.title}`,
        body: `The pledge ${quoted} by ${pledge.memberName} is now published${pledge.reference ? ` as pledge no. ${pledge.reference}` : ''}. Thank you for your commitment to the Partner2Connect Digital Coalition.`,
      };
    case 'requestChanges':
      return { audience: 'representatives', subject: `Changes requested: ${pledge.title}`, body: `A curator asks for changes to the pledge ${quoted} before it can be published.${why}` };
    case 'reject':
      return { audience: 'representatives', subject: `Pledge not accepted: ${pledge.title}`, body: `The pledge ${quoted} was not accepted.${why}` };
    case 'withdraw':
      return { audience: 'representatives', subject: `Pledge withdrawn: ${pledge.title}`, body: `The pledge ${quoted} has been withdrawn and is no longer public.${why}` };
    default:
      return undefined;
  }
}
