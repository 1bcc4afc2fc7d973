/** Who hears of a country need's or a match's change, and what they read: plain functions, tested on their own. */
export interface Message {
  readonly audience: 'staff' | 'submitters' | 'pledgers';
  readonly subject: string;
  readonly body: string;
}

export function needMessage(verb: string, title: string, reason?: string): Message | undefined {
  const quoted = `"${title}"`;
  const why = reason ? `\n\nReason given by the curator:\n${reason}` : '';
  switch (verb) {
    case 'submit':
      return { audience: 'staff', subject: `Country need submitted for review: ${title}`, body: `The country need ${quoted} was submitted for review.` };
    case 'approve':
      return { audience: 'submitters', subject: `Country need published: ${title}`, body: `The country need ${quoted} is published: roundtable organizers can now match it with pledges.` };
    case 'requestChanges':
      return { audience: 'submitters', subject: `Changes requested: ${title}`, body: `A curator asks for changes to the country need ${quoted} before it can be published.${why}` };
    case 'reject':
      return { audience: 'submitters', subject: `Country need not accepted: ${title}`, body: `The country need ${quoted} was not accepted.${why}` };
    default:
      return undefined;
  }
}

export function matchMessage(verb: string, needTitle: string, pledgeTitle: string, amount: string | null, reason?: string): Message | undefined {
  const pair = `the pledge "${pledgeTitle}" and the country need "${needTitle}"${amount ? ` (USD ${amount})` : ''}`;
  switch (verb) {
    case 'propose':
      return { audience: 'pledgers', subject: `A match is proposed for your pledge: ${pledgeTitle}`, body: `A roundtable organizer proposes to pair ${pair}. Please confirm it or decline it with a reason.` };
    case 'agree':
      return { audience: 'pledgers', subject: `Match agreed: ${pledgeTitle}`, body: `Both sides confirmed the match between ${pair}.` };
    case 'decline':
      return { audience: 'pledgers', subject: `Match declined: ${pledgeTitle}`, body: `The match between ${pair} was declined.${reason ? `\n\nReason:\n${reason}` : ''}` };
    default:
      return undefined;
  }
}
