// Plain, blame-free words for records.
import type { Actor, Item, Kind } from '../api';

export function headline(kind: Kind, actor: Actor, partner: string): string {
  const who = actor === 'me' ? 'I' : partner;
  return `${who} ${kind === 'pull_away' ? 'pulled away' : 'pursued'}`;
}

export function itemDate(item: Item): string {
  if (item.type === 'episode') return item.occurred_at.slice(0, 10);
  if (item.type === 'practice') return item.started_on;
  return item.date;
}

export function excerpt(text: string, max = 180): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

/** One line that tells a record apart from another of the same day, for lists where two
 *  versions sit side by side (a conflict between computers). */
export function gist(item: Item, partner: string): string {
  switch (item.type) {
    case 'entry':
      return item.text ? excerpt(item.text, 240) : 'A daily entry with no words';
    case 'episode':
      return `${headline(item.kind, item.actor, partner)}${item.trigger ? ` — ${excerpt(item.trigger, 200)}` : ''}`;
    case 'session':
      return item.notes ? excerpt(item.notes, 240) : 'A therapy session';
    case 'practice':
      return item.text ? excerpt(item.text, 240) : 'A practice';
    default:
      return item.note ? excerpt(item.note, 240) : 'A practice check-in';
  }
}
