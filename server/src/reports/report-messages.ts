/** Who hears of a progress report or a reporting cycle, and what they read: plain functions, so that the wording is tested on its own. */
export interface ReportMessage {
  readonly audience: 'staff' | 'representatives';
  readonly subject: string;
  readonly body: string;
}

export interface ReportFacts {
  readonly pledgeTitle: string;
  readonly year: number;
  readonly memberName: string;
}

export function reportMessage(verb: string, report: ReportFacts, reason?: string): ReportMessage | undefined {
  const about = `the ${report.year} progress report on "${report.pledgeTitle}"`;
  switch (verb) {
    case 'submit':
      return { audience: 'staff', subject: `Progress report submitted: ${report.pledgeTitle} (${report.year})`, body: `${report.memberName} submitted ${about}. It is waiting for review.` };
    case 'accept':
      return { audience: 'representatives', subject: `Progress report accepted: ${report.pledgeTitle} (${report.year})`, body: `Thank you: ${about} is accepted and counts in the coalition's progress figures.` };
    case 'return':
      return {
        audience: 'representatives',
        subject: `Progress report returned: ${report.pledgeTitle} (${report.year})`,
        body: `A curator returned ${about} for changes; please correct it and submit it again.${reason ? `\n\nReason given by the curator:\n${reason}` : ''}`,
      };
    default:
      return undefined;
  }
}

/** The yearly call to report, sent when a cycle opens and again as a reminder to those who have not reported. */
export function reportReminder(pledgeTitle: string, reference: number | null | undefined, year: number, dueOn: string, first: boolean) {
  const pledge = `"${pledgeTitle}"${reference ? ` (pledge no. ${reference})` : ''}`;
  const what = 'its implementation status, amounts disbursed, people reached, and what was achieved';
  return first
    ? {
        subject: `Time to report on your pledge: ${year} progress report`,
        body: `The ${year} reporting cycle of the Partner2Connect Digital Coalition is open. Please report on the implementation of ${pledge} by ${dueOn}: ${what}.`,
      }
    : {
        subject: `Reminder: your ${year} progress report is due on ${dueOn}`,
        body: `We have not yet received the ${year} progress report on ${pledge}. It is due on ${dueOn}: ${what}.`,
      };
}
