// The reasons for choosing a meeting in English, as the report format gives them (`reasons`):
// one line per structured reason (report.ts MeetingReasonSchema). Interfaces word the
// structured reasons in their own language instead.
import type { MeetingReason, ReasonName } from './report';

const names = (list: readonly ReasonName[]) => list.map((n) => n.name).join(', ');

export function reasonText(r: MeetingReason): string {
  switch (r.code) {
    case 'date-fits':
      return `${r.weekday ? 'weekday' : 'date'} "${r.stated}" fits ${r.date}${r.zone ? ' across time zones' : ''}`;
    case 'dates-differ':
      return `dates stated do not fit ${r.date}`;
    case 'date-days-off':
      return `date "${r.stated}" is days off ${r.date}, with the same people and place`;
    case 'participants':
      return `participants ${names(r.names)}`;
    case 'place-fits':
      return `place ${r.place.name} ~ ${r.venue}`;
    case 'place-differs':
      return `place ${r.place.name} is not ${r.venue}`;
    case 'preview':
      return `a preview published ${r.days} days before`;
    case 'published':
      return `published ${r.days === 0 ? 'the same day' : `${r.days} day${r.days > 1 ? 's' : ''} after`}`;
    case 'another-meeting':
      return 'another meeting: a different day and place';
    case 'topics':
      return `topics ${names(r.names)}`;
  }
}
