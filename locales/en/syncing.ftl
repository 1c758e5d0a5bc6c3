## Syncing through a folder (src/sync/): what the command line and Settings say about it.
## A "device" is a computer with its own copy of the journal. FOLDER is the command line's
## placeholder for the sync folder, as in its help; the commands themselves stay as they are.

# $device: a device's id; $problem: one of the syncing-file- messages below.
syncing-device-problem = device { $device }: { $problem }
# $problems: one or more syncing-device-problem, joined with "; ".
syncing-files-wrong = some files in the sync folder were altered, removed, replayed or moved, so nothing of them was applied (everything else was synced): { $problems }
syncing-not-yet = this journal does not sync yet: `ebb sync init FOLDER` connects it to a folder
syncing-state-unreadable = the journal's sync record cannot be read
syncing-versions-unreadable = the journal's record of versions on other computers cannot be read
syncing-version-lost = a version kept from another computer has lost its record
# $id: the record's id, as the change names it.
syncing-impossible-row = a change in the sync folder names an impossible row ({ $id })
# What Ebb was doing when the system refused; the system's words follow. $folder: a path.
syncing-cannot-find = could not find { $folder }
syncing-cannot-read = could not read { $folder }
syncing-cannot-write = could not write into the sync folder { $folder }
syncing-already-syncs = this journal already syncs through { $folder }; it syncs through one folder at a time
syncing-is-a-file = { $folder } is a file, not a folder
syncing-not-empty = { $folder } is not empty: choose an empty folder for Ebb. If it holds the journal of your other computer, make this computer's journal from it with `ebb init --from-sync { $folder }`
syncing-no-journal-yet = { $folder } holds no Ebb journal yet: on your other computer run `ebb sync init FOLDER` (or choose the folder in Settings), and let the folder reach this computer
syncing-folder-gone = the sync folder { $folder } is not there (is its drive connected?); nothing was exchanged

## What is wrong with one device's change files. "Its" is the device's; $file is the
## number of a change file.

syncing-file-missing = its file { $file } is missing while later ones are there (removed, or not arrived yet)
syncing-file-not-ebb = its file { $file } is not a change file Ebb wrote
syncing-file-altered = its file { $file } was altered, or was moved there from another place or another device's folder
syncing-file-unreadable = its file { $file } cannot be read
syncing-file-out-of-order = its file { $file } does not follow the one before it (a file replayed, reordered or from another copy of the folder)
syncing-file-bad-change = its file { $file } holds a change Ebb cannot take
# This computer's own files: $problem is one of the syncing-file- messages above.
syncing-own-files-wrong = { $problem }. This computer's own files are wrong, so nothing was exchanged. If this journal was copied from another computer, move it aside and make this computer's journal anew with `ebb init --from-sync FOLDER`
syncing-journal-older = this journal is older than what this computer wrote to the folder (file { $file }): it was put back from a backup. Nothing was exchanged; move it aside and make this computer's journal anew with `ebb init --from-sync FOLDER`
