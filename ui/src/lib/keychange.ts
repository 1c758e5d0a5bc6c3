// What a change of passphrase or key did, in plain words: which backups still open with what.
// Each part is a whole sentence of its own (locales/*/keys.ftl); they are only set side by side.
import type { KeyChange } from '../api';
import { t } from './i18n.svelte';

export function describeKeyChange(c: KeyChange, what: 'passphrase' | 'recovery' | 'rekey'): string {
  const parts: string[] = [];
  if (what === 'passphrase') {
    parts.push(t('keys-passphrase-changed'));
    if (c.older_backups > 0) parts.push(t('keys-passphrase-older-backups', { count: c.older_backups }));
  } else if (what === 'recovery') {
    parts.push(t('keys-recovery-new'));
  } else {
    parts.push(t('keys-rekey-done'));
    if (c.older_backups > 0) parts.push(t('keys-rekey-older-backups', { count: c.older_backups }));
  }
  if (c.left_sync) parts.push(t('keys-left-sync', { folder: c.left_sync }));
  if (c.backups_not_resealed > 0) parts.push(t('keys-not-resealed', { count: c.backups_not_resealed }));
  return parts.join(' ');
}
