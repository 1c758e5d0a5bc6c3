// Plain, blame-free words for records.
import type { Actor, Item, Kind } from '../api';
import { t } from './i18n.svelte';

/** The partner as a sentence names them: their name, or the language's "My partner" when
 *  none was given (the screens pass Ebb's English placeholder, 'My partner'). */
function partnerName(partner: string): string {
  return partner === 'My partner' ? t('partner-default') : partner;
}

/** "I pulled away", "Sam pursued": one message, chosen by kind and actor. */
export function headline(kind: Kind, actor: Actor, partner: string): string {
  return t('words-headline', { kind, actor, partner: partnerName(partner) });
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
      return item.text ? excerpt(item.text, 240) : t('words-gist-entry');
    case 'episode':
      return item.trigger
        ? t('words-gist-episode', {
            kind: item.kind,
            actor: item.actor,
            partner: partnerName(partner),
            trigger: excerpt(item.trigger, 200),
          })
        : headline(item.kind, item.actor, partner);
    case 'session':
      return item.notes ? excerpt(item.notes, 240) : t('words-gist-session');
    case 'practice':
      return item.text ? excerpt(item.text, 240) : t('words-gist-practice');
    default:
      return item.note ? excerpt(item.note, 240) : t('words-gist-checkin');
  }
}
