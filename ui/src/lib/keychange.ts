// What a change of passphrase or key did, in plain words: which backups still open with what.
import type { KeyChange } from '../api';

function backups(n: number): string {
  return n === 1 ? '1 backup' : `${n} backups`;
}

export function describeKeyChange(c: KeyChange, what: 'passphrase' | 'recovery' | 'rekey'): string {
  const one = c.older_backups === 1;
  const parts: string[] = [];
  if (what === 'passphrase') {
    parts.push('Your passphrase is changed.');
    if (c.older_backups > 0)
      parts.push(
        `${backups(c.older_backups)} made before today still ${one ? 'opens' : 'open'} with the passphrase of ${one ? 'its' : 'their'} day. If someone may know your old passphrase, also change the key itself below.`,
      );
  } else if (what === 'recovery') {
    parts.push('Here is your new recovery key. The old one no longer opens this journal or its backups.');
  } else {
    parts.push('Every record is sealed again under a new key, and your passphrase is the same. Your old recovery key no longer opens anything; here is the new one.');
    if (c.older_backups > 0)
      parts.push(`${backups(c.older_backups)} made before today ${one ? 'holds' : 'hold'} only what was written up to then, under the old key.`);
  }
  if (c.left_sync)
    parts.push(
      `Your journal no longer syncs through ${c.left_sync}: the files there are sealed under the old key. To use it on your other computers again, choose a new, empty folder under "Use Ebb on more than one computer", and on each of them bring the journal from it anew.`,
    );
  if (c.backups_not_resealed > 0)
    parts.push(`${backups(c.backups_not_resealed)} from before an earlier key change still open with the recovery key of that time.`);
  return parts.join(' ');
}
