## What a change of passphrase or key did (ui/src/lib/keychange.ts, shown in Settings). The
## sentences that apply are shown one after another in a single paragraph.

keys-passphrase-changed = Your passphrase is changed.
# $count backups (at least 1) were made before today; each opens with the passphrase it was made under.
keys-passphrase-older-backups = { $count ->
    [one] { $count } backup made before today still opens with the passphrase of its day. If someone may know your old passphrase, also change the key itself below.
   *[other] { $count } backups made before today still open with the passphrase of their day. If someone may know your old passphrase, also change the key itself below.
}
keys-recovery-new = Here is your new recovery key. The old one no longer opens this journal or its backups.
# After a new data key ("the key itself"): every record is encrypted again.
keys-rekey-done = Every record is sealed again under a new key, and your passphrase is the same. Your old recovery key no longer opens anything; here is the new one.
keys-rekey-older-backups = { $count ->
    [one] { $count } backup made before today holds only what was written up to then, under the old key.
   *[other] { $count } backups made before today hold only what was written up to then, under the old key.
}
# $folder is the sync folder's path. "Use Ebb on more than one computer" is the heading of that part of Settings.
keys-left-sync = Your journal no longer syncs through { $folder }: the files there are sealed under the old key. To use it on your other computers again, choose a new, empty folder under "Use Ebb on more than one computer", and on each of them bring the journal from it anew.
keys-not-resealed = { $count ->
    [one] { $count } backup from before an earlier key change still opens with the recovery key of that time.
   *[other] { $count } backups from before an earlier key change still open with the recovery key of that time.
}
