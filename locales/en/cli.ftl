## What the command line says to the person at the terminal (src/cli/mod.rs, edit.rs,
## secrets.rs, show.rs). Commands in backticks, option names (--new), placeholders in
## capitals (FOLDER, TEXT, ID), environment variables, field names (started_on) and codes
## (yes, no_chance) stay as they are, except that FOLDER, TEXT and FILE may be written as
## `ebb --help` writes them in your language. Dates are written YYYY-MM-DD, as typed.

## Prompts for a passphrase. The terminal adds a space after each.

cli-msg-prompt-passphrase = Passphrase:
cli-msg-prompt-choose = Choose a passphrase:
cli-msg-prompt-new = New passphrase:
# Asked a second time, to check a new passphrase was typed as meant.
cli-msg-prompt-again = The same again, to be sure:
cli-msg-prompt-other-passphrase = Passphrase of the journal on your other computer:
cli-msg-prompt-this-computer = Choose a passphrase for this computer:

## Passphrases from a file or the environment. These are error lines: they follow "ebb: ".

# $file: the path given with --passphrase-file. Followed by ": " and what the system said.
cli-msg-read-passphrase-failed = could not read the passphrase file { $file }
cli-msg-passphrase-file-not-utf8 = the passphrase file { $file } is not UTF-8 text
# $name: an environment variable, EBB_PASSPHRASE or EBB_NEW_PASSPHRASE.
cli-msg-env-not-utf8 = { $name } is not valid UTF-8
# $name: an environment variable, EBB_PASSPHRASE or EBB_NEW_PASSPHRASE.
cli-msg-passphrase-needed = Ebb needs a passphrase: run it in a terminal to be asked, or use --passphrase-file FILE or { $name }
cli-msg-passphrases-differ = the two passphrases differ; nothing was changed

## Creating and opening a journal.

# $error: why not, in the words of the error lines.
cli-msg-backup-failed = note: today's automatic backup could not be made: { $error }
# $path: where the new journal file is. A line about the recovery key follows.
cli-msg-created = Created your journal at { $path }.
# $file: a path. Followed by ": " and what the system said.
cli-msg-read-recovery-key-failed = could not read the recovery key file { $file }
# $file: a path. Followed by ": " and what the system said.
cli-msg-write-recovery-key-failed = could not write the recovery key to { $file }
# $file: where the recovery key was written.
cli-msg-recovery-key-in-file = Your recovery key is in { $file }. Keep it somewhere safe and private, away from this computer: it is the only way back in if you forget your passphrase.
# The recovery key itself is printed after this line.
cli-msg-recovery-key-below = Below is your recovery key. It is shown only this once. Write it down and keep it somewhere safe and private: it is the only way back in if you forget your passphrase.
cli-msg-new-recovery-key-ready = Your new recovery key is ready.
cli-msg-recovered = Welcome back. Your journal now opens with the new passphrase; the recovery key still works too.
# $path: this computer's new journal file; $folder: the sync folder it came from.
cli-msg-joined = Created this computer's journal at { $path } from { $folder }. It opens with the passphrase you chose here; your recovery key is the same as on your other computer.

## Changing the passphrase and the keys. The sentences of one change are printed one after
## another on a line.

cli-msg-passphrase-changed = Your passphrase is changed.
# $count: backups made before today (at least 1).
cli-msg-passwd-older-backups = { $count ->
    [one] 1 backup made before today still opens with the passphrase of its day.
   *[other] { $count } backups made before today still open with the passphrase of their day.
} If someone may know your old passphrase, also run `ebb rekey` to change the key itself.
cli-msg-rekeyed = Every record is sealed again under a new key. Your passphrase is the same; your old recovery key no longer opens this journal or its backups.
cli-msg-old-recovery-key-stops = Your old recovery key no longer opens this journal or its backups.
# $count: backups made before today (at least 1).
cli-msg-rekey-older-backups = { $count ->
    [one] 1 backup made before today holds only what was written up to its day, under the old key.
   *[other] { $count } backups made before today hold only what was written up to their day, under the old key.
}
# $folder: the sync folder this journal used.
cli-msg-rekey-left-sync = This journal no longer syncs through { $folder }: the files there are sealed under the old key. To use it on your other computers again, connect it to a new, empty folder with `ebb sync init FOLDER`, and on each of them make its journal anew with `ebb init --from-sync FOLDER`.
# $count: backups (at least 1).
cli-msg-backups-not-resealed = { $count ->
    [one] 1 backup from before an earlier key change still opens with the recovery key of its time.
   *[other] { $count } backups from before an earlier key change still open with the recovery key of their time.
}
# An error line: `ebb recovery-key` was run without --new.
cli-msg-recovery-key-needs-new = say --new to replace the recovery key (the old one then stops working)
# $done, $total: records sealed so far, of all. Redrawn on one line while it runs.
cli-msg-rekey-progress = Sealing your records again: { $done } of { $total }

## Writing and changing records. $date: the day, YYYY-MM-DD.

cli-msg-saved-entry = Saved your entry for { $date }.
cli-msg-saved-session = Saved your session of { $date }.
cli-msg-logged-episode = Logged. Noticing it is the first step.
cli-msg-practice-started = Started that practice. `ebb checkin ID --done yes` notes each day how it went.
cli-msg-practice-ended = Ended that practice on { $date }.
# $done: the answer as typed, yes, no or no_chance.
cli-msg-checkin-noted = Noted { $done } for { $date }.
# $kind: entry, episode, session, practice or check-in.
cli-msg-edited = Saved your changes to that { $kind ->
    [entry] entry
    [episode] episode
    [session] session
    [practice] practice
   *[check-in] check-in
}.
# $kind: entry, episode, session, practice or check-in.
cli-msg-deleted = Deleted that { $kind ->
    [entry] entry
    [episode] episode
    [session] session
    [practice] practice
   *[check-in] check-in
}. Backups made before now still hold it.
# $option: an option such as --mood; $kind: entry, episode, session, practice or check-in.
cli-msg-edit-option-not-for = { $option } does not apply to { $kind ->
    [entry] an entry
    [episode] an episode
    [session] a session
    [practice] a practice
   *[check-in] a check-in
}
# $field: a field name such as homework; $kind as above.
cli-msg-edit-clear-not-for = --clear { $field } does not apply to { $kind ->
    [entry] an entry
    [episode] an episode
    [session] a session
    [practice] a practice
   *[check-in] a check-in
}
# $field: what was typed, in quotes; $fields: the field names that can be cleared, with
# commas; $kind as above.
cli-msg-edit-no-such-field = there is no field { $field } to clear; { $kind ->
    [entry] an entry
    [episode] an episode
    [session] a session
    [practice] a practice
   *[check-in] a check-in
} has { $fields }
cli-msg-edit-one-response = a practice has one response: give --response once
# Should never be seen: a record that cannot be edited.
cli-msg-record-not-object = a record is not an object
# Should never be seen: a record that cannot be edited.
cli-msg-draft-not-object = a draft is not an object
# $time: what was typed, in quotes.
cli-msg-time-not-understood = { $time } is not a time Ebb understands; use e.g. "2026-11-22 21:15" or 2026-11-22T21:15:00+01:00
# $time: what was typed, in quotes.
cli-msg-time-does-not-exist = { $time } does not exist in your time zone (a clock change)

## Lists (`ebb list`, `ebb search`, `ebb practice list`): one line per record.

cli-msg-list-empty = Nothing here yet. `ebb write "..."` adds your first entry.
# $query: what was searched for, in quotes.
cli-msg-search-empty = Nothing matches { $query }.
cli-msg-practice-list-empty = No practices yet. `ebb practice add TEXT` starts one.
# The column that names each record's type: one short word each.
cli-msg-list-type-entry = entry
cli-msg-list-type-episode = episode
cli-msg-list-type-session = session
cli-msg-list-type-practice = practice
cli-msg-list-type-checkin = checkin
# An entry's scores: $mood from 1 to 5, the others from 0 to 10.
cli-msg-list-mood = mood { $mood }/5
cli-msg-list-closeness = closeness { $closeness }/10
cli-msg-list-safety = safety { $safety }/10
cli-msg-list-intensity = intensity { $intensity }/10
# Marked to bring to therapy.
cli-msg-list-for-therapy = for therapy
# A practice that ended on $date (YYYY-MM-DD), or one still going on.
cli-msg-list-until = until { $date }
cli-msg-list-running = running

## Exports, imports, backups, reports.

# $count: records written; $file: the unencrypted file.
cli-msg-exported = Exported { $count ->
    [one] 1 record
   *[other] { $count } records
    } to { $file }. This file is not encrypted: keep it somewhere private.
# $count: entries in the file; $source: the other app (Day One, jrnl, Mini Diarium);
# $added, $updated, $unchanged: how many of them were new, changed, already in the journal.
cli-msg-brought = Brought { $count ->
    [one] 1 entry
   *[other] { $count } entries
} from { $source }: { $added } new, { $updated } updated, { $unchanged } already here.
# $list: what the other app's file held that Ebb leaves out, such as "2 photos, 1 place".
cli-msg-not-carried = Not carried over (Ebb keeps your words, not media or places): { $list }.
cli-msg-imported = Imported: { $added } new, { $updated } updated, { $unchanged } already here.
# $file: the encrypted copy.
cli-msg-backup-saved = Saved an encrypted copy to { $file }. It opens with your current passphrase.
cli-msg-report-no-session = You have not logged a therapy session yet, so this covers the last 28 days. `ebb session` logs one.
# $count: episodes in the summary; $from, $to: its first and last day (YYYY-MM-DD); $file:
# the file written.
cli-msg-report-written = Wrote your summary of { $count ->
    [one] 1 episode
   *[other] { $count } episodes
    } ({ $from } to { $to }) to { $file }. It is not encrypted: share it only with whom you choose.
# $count: every record in the journal.
cli-msg-verified = { $count ->
    [one] The 1 record is intact.
   *[other] All { $count } records are intact.
    }
# Followed by ": " and what the system said.
cli-msg-write-output-failed = could not write the output

## Syncing between computers.

# $folder: the sync folder.
cli-msg-sync-connected = This journal now syncs through { $folder }. Share that folder with your other computer (Syncthing: add it as a shared folder there), then on that computer run `ebb init --from-sync FOLDER`.
cli-msg-sync-not-connected = this journal does not sync: `ebb sync init FOLDER` connects it to a folder
# $count: versions kept aside (at least 1). "conflicts" is a name in the export: keep it.
cli-msg-sync-conflicts = { $count ->
    [one] 1 version is
   *[other] { $count } versions are
} kept side by side: the same record was changed on two computers. `ebb export` lists the other versions under "conflicts"; the app shows them beside each record.
