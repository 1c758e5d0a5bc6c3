## The journal file, its keys and backups, and the files Ebb writes (src/files.rs,
## src/crypto.rs, src/store/). One line each, starting lowercase; they follow "error: " in
## the terminal. "The backups folder beside it" is the backups/ folder next to the journal
## file.

# What Ebb was doing when a file could not be read or written: the first half of
# error-io. $path: a file or folder.
store-could-not-read = could not read { $path }
store-could-not-write = could not write { $path }
store-could-not-create = could not create { $path }
store-could-not-finish = could not finish { $path }
# $name: a backup's file name.
store-could-not-remove-backup = could not remove old backup { $name }
# $folder: a folder.
store-could-not-make-file = could not make a file in { $folder }
# --journal PATH is the option as typed (PATH as in cli-help's cli-after-help).
store-no-home = cannot find your home folder; give the journal's place with --journal PATH
store-not-a-recovery-key = that is not a recovery key
store-not-a-dialog = that is not a file dialog Ebb opens
store-unusable-path = that is not a usable file path
store-use-the-dialog = please choose the file with the file dialog (an absolute path)
store-not-a-file-name = { $path } is not a file name
store-is-a-folder = { $path } is a folder; give a file name

## Passphrases and keys (src/crypto.rs).

store-passphrase-too-long = that passphrase is too long (more than 4096 bytes)
store-passphrase-empty = the passphrase cannot be empty
# $count: the fewest characters a new passphrase may have (8).
store-passphrase-too-short = that passphrase is too short: choose one of at least { $count } characters (a few words you remember work well)
# m, t and p are the names of Argon2id's settings: $memory in KiB, $passes, $lanes.
store-kdf-out-of-range = the journal's key settings (m={ $memory } KiB, t={ $passes }, p={ $lanes }) are outside what Ebb accepts, so the file is damaged or was tampered with

## A damaged or unusual journal file (src/store/).

store-backup-busy = the journal stayed busy; the backup could not be finished
store-header-damaged = the journal's header is damaged, so it cannot be unlocked. Restore a copy from the backups folder beside it
store-key-not-changed = the journal's records do not match its integrity summary, so the key was not changed: restore a copy from the backups folder beside it first
store-other-journals-backup = another journal's backup
# Listed after the ids of damaged records, in error-damaged-records' $ids.
store-summary-mismatch-too = (and the journal's record list does not match its integrity summary)
store-summary-mismatch = the journal's records do not match its integrity summary: a record was deleted, rolled back to an older version, or added from another file
store-read-only = the journal's integrity record is damaged, so Ebb opened it read-only: it cannot tell whether a record was removed or rolled back. Export your words now, then restore a copy from the backups folder beside it
store-foreign-header = the journal's header does not belong to its records: it was replaced, perhaps with one from an older copy, so Ebb will not open it with that passphrase. Restore a copy from the backups folder beside it
# save_settings is the name of a function: a mistake in a program calling Ebb.
store-settings-not-a-record = settings are saved with save_settings
store-id-exists = a record with id { $id } already exists
store-structure-damaged = the journal file's structure is damaged (SQLite's check failed). Restore a copy from the backups folder beside it
store-tables-damaged = the journal file's structure is damaged (its tables are not as Ebb made them). Restore a copy from the backups folder beside it
# WAL is SQLite's write-ahead log; $mode: what SQLite answered (delete, memory…).
store-no-wal = the journal could not be switched to WAL mode (got { $mode })
# Named in place of a damaged record whose id is damaged too; $count: the id's length.
store-row-of-bytes = row of { $count } bytes
store-summary-damaged = the journal's integrity summary is damaged or was tampered with; run `ebb verify` for details

## Sync (src/store/synced.rs).

store-key-file-damaged = a key file in the sync folder is damaged
store-sync-state-damaged = the journal's sync record is damaged or was tampered with; restore a copy from the backups folder beside it
store-sync-heads-damaged = the journal's record of versions on other computers is damaged or was tampered with; restore a copy from the backups folder beside it
