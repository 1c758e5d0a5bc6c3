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
