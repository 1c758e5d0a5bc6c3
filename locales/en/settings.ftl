## The Settings screen (ui/src/screens/Settings.svelte). The part about several computers is
## in sync.ftl; what a change of passphrase or key did is said by lib/keychange.ts.

settings-title = Settings

# The language of the whole app and of the report (SPEC §11). The first choice follows the
# computer's own language; the others are each language's own name ("Deutsch").
settings-language = Language
settings-language-system = The system's language

settings-prefs-title = Preferences
settings-partner = Your partner's name, as you'd like it shown
settings-lock-minutes = Lock after this many idle minutes
settings-reminder = A daily reminder
settings-reminder-check = Remind me to write, once a day
# Before the time of the daily reminder (e.g. "At 21:00").
settings-reminder-at = At
# $notification is the reminder's own words (notify-reminder), quoted as the notification shows them.
settings-reminder-hint = The notification says only "{ $notification }", and stays quiet on days you have already written. While a reminder or a pause is set, closing the window keeps Ebb running, locked, in the tray.
settings-reminder-time-invalid = Choose a time for the reminder, like 21:00.
settings-prefs-save = Save preferences
settings-saved = Saved.

# An optional question shown under the day's entry on the Today screen.
settings-prompts-title = A question for the day
settings-prompts-check = Offer a gentle question under the day's entry
settings-prompts-hint = One a day, such as "When did I feel close to my partner today?". It is never put into what you write.
# $today is the name of the Today screen (shell-nav-today).
settings-prompts-on = { $today } will offer a question.
settings-prompts-off = { $today } will not offer a question.

settings-login-title = When you log in
settings-login-check = Start Ebb, locked, when I log in to this computer
settings-login-hint = So the daily reminder can find you. Ebb waits in the tray until you open it.
settings-login-on = Ebb will start, locked, when you log in.
settings-login-off = Ebb will not start by itself.

settings-pass-title = Change passphrase
settings-pass-current = Current passphrase
settings-pass-new = New passphrase
settings-pass-again = New passphrase, once more
settings-pass-differ = The two new passphrases are not the same yet.
settings-pass-button = Change passphrase

# Changing the key itself ("rekey") seals every record again; the passphrase stays the same.
settings-keys-title = If someone may know your passphrase or recovery key
settings-keys-hint = A new passphrase keeps out anyone who learns it later. If someone may already know your old passphrase and could have copied the journal, change the key itself as well: every record is sealed again and your passphrase stays. If your recovery key was seen, or its file copied, make a new one.
settings-keys-kept = I have kept my new recovery key somewhere safe
settings-keys-done = Done
settings-keys-passphrase = Your passphrase
settings-keys-need-passphrase = Please type your passphrase first.
settings-keys-confirm-rekey = This seals every record again under a new key and gives you a new recovery key. Your current recovery key will stop working. Go ahead?
settings-keys-confirm-recovery = This gives you a new recovery key. Your current recovery key will stop working. Go ahead?
settings-keys-yes-rekey = Yes, change the key
settings-keys-yes-recovery = Yes, make a new recovery key
settings-keys-not-now = Not now
settings-keys-new-recovery = Make a new recovery key…
settings-keys-rekey = Change the key itself…
settings-keys-sealing = Sealing your records again
# $done and $total count records.
settings-keys-sealing-progress = Sealing your records again: { $done } of { $total }
settings-keys-working = Working…

settings-files-title = Backups and files
settings-backup = Back up now…
settings-backup-hint = An encrypted copy, safe to keep anywhere.
# The title of the file dialog, and the name of the file type in it.
settings-backup-dialog = Back up your journal
settings-backup-file-type = Ebb journal
# $path is where the backup file was written.
settings-backup-saved = Backup saved to { $path }. It opens with your current passphrase.
settings-export-format = Export format
# The three export formats; JSON, Markdown and CSV are the formats' names.
settings-export-json = JSON (everything, can be imported again)
settings-export-markdown = Markdown (to read or print)
settings-export-csv = CSV (for a spreadsheet)
settings-export = Export…
settings-export-dialog = Export your journal
settings-exported = { $count ->
    [one] Exported { $count } record to { $path }.
   *[other] Exported { $count } records to { $path }.
}
settings-export-warning = An export is not encrypted: anyone who opens the file can read it. Keep it somewhere private.
settings-import = Import an Ebb export…
settings-import-dialog = Choose an Ebb export to import
settings-import-file-type = Ebb export (JSON)
settings-import-preview = Import preview
# $added, $updated and $unchanged count records in the chosen file.
settings-import-would = This file would add { $added } new { $added ->
    [one] record
   *[other] records
}, update { $updated }, and leave { $unchanged } as they are.
# The same, when importing would also change the settings.
settings-import-would-settings = This file would add { $added } new { $added ->
    [one] record
   *[other] records
}, update { $updated }, and leave { $unchanged } as they are, and change your settings.
settings-import-button = Import
settings-cancel = Cancel
settings-imported = Imported: { $added } new, { $updated } updated, { $unchanged } already here.

# Bringing entries in from another journaling app. $app is the app's name (jrnl, Day One,
# Mini Diarium), never translated.
settings-from-app = From another app
settings-from-choose = Choose its export…
settings-from-region = Import from another app
settings-from-dialog = Choose your { $app } export
# The file types in the file dialog.
settings-from-file-type-jrnl = jrnl export (jrnl --export json)
settings-from-file-type-dayone = Day One export (.zip)
settings-from-file-type-minidiarium = Mini Diarium export (JSON)
# $count counts the entries in the file.
settings-from-holds = This { $app } export holds { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}.
# The same with the first and last day of the entries ($first, $last), already written out.
settings-from-holds-days = This { $app } export holds { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}, from { $first } to { $last }.
# How many of the entries would be new.
settings-from-new = { $added } would be new.
settings-from-new-unchanged = { $added } would be new, { $unchanged ->
    [one] { $unchanged } is already here
   *[other] { $unchanged } are already here
}.
settings-from-each = Each becomes a daily entry with its day, words and tags.
# $list is what stays behind, e.g. "3 photos, 1 place" (made of the source-left-* messages in sources.ftl).
settings-from-left-out = Not carried over (Ebb keeps your words, not media or places): { $list }.
settings-from-bring = Bring them in
# After bringing entries in. $count counts the entries.
settings-from-brought = Brought { $count ->
    [one] { $count } entry
   *[other] { $count } entries
} from { $app }: { $added } new, { $unchanged } already here.
