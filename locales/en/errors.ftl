## The core's errors (src/error.rs). They reach the terminal and the desktop app as one
## line; they never hold a passphrase, a key or journal text.

error-wrong-passphrase = that passphrase does not open this journal; check it and try again
error-wrong-recovery-key = that recovery key does not open this journal; check that it is the one shown when this journal was created
# $ids: the damaged records' ids, joined with commas.
error-damaged-records = { $count ->
    [one] 1 record is
   *[other] { $count } records are
} damaged or tampered with: { $ids }
error-not-a-journal = { $path } is not an Ebb journal
error-newer-version = this journal says it was made by a newer version of Ebb (format { $found }); this version reads up to format { $supported }. Update Ebb to open it; if no newer Ebb made it, the file is damaged: restore a copy from the backups folder beside it
error-no-journal = there is no journal at { $path }; create one with `ebb init`
error-already-exists = { $path } already exists; Ebb will not overwrite it
error-locked = the journal is locked
error-not-found = no record with id { $id }
# $context: what Ebb was doing ("reading /home/…/journal.ebb"); $problem: what the system said.
error-io = { $context }: { $problem }
error-sqlite = the journal database reported an error: { $problem }
error-crypto = a cryptographic operation failed unexpectedly
error-internal = something went wrong inside Ebb ({ $what }); your journal was not changed
error-damaged-structure = the journal file is damaged: SQLite cannot read its structure. Restore a copy from the backups folder beside it

## What the system said about a file.

io-not-found = no such file or folder
io-permission-denied = permission denied
io-already-exists = it already exists
io-storage-full = the disk is full
io-read-only = the disk is read-only
io-is-a-folder = it is a folder, not a file
io-not-a-folder = it is a file, not a folder
io-invalid-data = its contents could not be read
