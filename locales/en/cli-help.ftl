## The command line's help (src/cli/args.rs: the English here is the doc comments there,
## and a test keeps them equal). Ids follow the command tree: cli-about-<command>,
## cli-arg-<command>-<option>, cli-value-<placeholder>. Codes, option names and examples
## in backticks stay as they are.

cli-after-help = Start with `ebb init`, then write a line a day with `ebb write "..."` and log each pull-away or
    pursuit with `ebb episode --kind pull_away --actor partner`. A pause is an episode with the
    time you said you would be back (`--return-at "2026-11-23 20:20"`); when you have come back,
    `ebb edit ID --reconnected-at "2026-11-23 20:30" --repair talked_it_through`.
    
    Several computers: `ebb sync init FOLDER` on the first, share FOLDER with Syncthing (or any
    folder-syncing tool), then `ebb init --from-sync FOLDER` on the other; `ebb sync` exchanges.
    
    Something to practise between sessions: `ebb practice add "Name the pattern" --response
    named_the_pattern`, then each day `ebb checkin ID --done yes` (or no, or no_chance).
    
    If someone may know your passphrase, `ebb passwd` chooses a new one and `ebb rekey` changes the
    key itself (every record sealed again); `ebb recovery-key --new` replaces a recovery key that
    was seen or copied.
    
    The passphrase is asked for at a prompt that does not echo. Scripts can give it with
    --passphrase-file FILE, or with the EBB_PASSPHRASE environment variable (less safe: other
    programs of the same user may be able to read a process's environment).
    
    The journal lives in $XDG_DATA_HOME/ebb/journal.ebb (~/.local/share/ebb/journal.ebb) unless
    --journal PATH or EBB_JOURNAL says otherwise.
    
    Exit codes: 0 done, 2 bad usage or input, 3 wrong passphrase or recovery key,
    4 journal damaged or tampered with, 1 anything else.
cli-about = Ebb: a private, encrypted journal for the pursue-withdraw cycle
cli-arg-journal = The journal file [default: ~/.local/share/ebb/journal.ebb, or $EBB_JOURNAL]
cli-arg-passphrase_file = Read the passphrase from the first line of FILE instead of asking
cli-about-init = Create a new journal and show its recovery key once; or, with --from-sync, this computer's own journal from the one your other computer keeps in a sync folder
cli-arg-init-recovery_key_file = Write the recovery key to FILE (created with mode 0600) instead of printing it; with --from-sync, read the journal's recovery key from FILE instead of asking for its passphrase
cli-arg-init-from_sync = The sync folder your other computer set up with `ebb sync init`
cli-arg-init-new_passphrase_file = With --from-sync: read this computer's new passphrase from FILE (or set EBB_NEW_PASSPHRASE)
cli-about-write = Add a daily entry whose text is exactly TEXT
cli-arg-write-text = The entry's text, kept exactly as given
cli-arg-write-date = The day the entry is for, YYYY-MM-DD [default: today]
cli-arg-write-mood = Mood, 1 (low) to 5 (good)
cli-arg-write-closeness = How close you felt to your partner, 0 to 10
cli-arg-write-safety = How safe you felt with your partner, 0 to 10
cli-arg-write-tags = A tag (repeat for more; on `edit`, replaces the list)
cli-arg-write-for_therapy = Mark it to bring to therapy
cli-about-episode = Log a pull-away or pursuit episode
cli-arg-episode-kind = pull_away or pursuit
cli-arg-episode-actor = Who did it: me or partner
cli-arg-episode-occurred_at = When it started: RFC 3339, or local "YYYY-MM-DD HH:MM" [default: now]
cli-arg-episode-reconnected_at = When you reconnected, if you have
cli-arg-episode-return_at = A pause: when the one who paused promised to come back
cli-arg-episode-trigger = What set it off, in your words
cli-arg-episode-behaviors = A behaviour code such as shut_down or chased (repeat for more; your own codes are fine)
cli-arg-episode-intensity = How strong it was, 0 to 10
cli-arg-episode-feelings = A feeling (repeat for more)
cli-arg-episode-story = The story you told yourself about what it meant
cli-arg-episode-need = What you needed underneath
cli-arg-episode-responses = A response code such as named_the_pattern (repeat for more)
cli-arg-episode-repairs = What helped you reconnect, a repair code such as talked_it_through (repeat for more)
cli-arg-episode-next_time = What you would like to try next time
cli-arg-episode-notes = Anything else
cli-arg-episode-tags = A tag (repeat for more; on `edit`, replaces the list)
cli-arg-episode-for_therapy = Mark it to bring to therapy
cli-about-session = Log a therapy session
cli-arg-session-date = The day of the session, YYYY-MM-DD [default: today]
cli-arg-session-notes = What you talked about
cli-arg-session-homework = What you agreed to practise
cli-about-list = Show entries, episodes and sessions, newest first
cli-arg-list-from = Only records on or after this date, YYYY-MM-DD
cli-arg-list-to = Only records on or before this date, YYYY-MM-DD
cli-arg-list-last = Show only the newest N records
cli-arg-list-json = Print JSON instead of lines for people
cli-about-search = Find records whose text contains QUERY (case does not matter)
cli-arg-search-query = The words to look for
cli-arg-search-json = Print JSON instead of lines for people
cli-about-export = Write an unencrypted copy of the journal (JSON, Markdown or CSV)
cli-arg-export-format = The kind of file: json, markdown or csv
cli-arg-export-from = Only records on or after this date, YYYY-MM-DD
cli-arg-export-to = Only records on or before this date, YYYY-MM-DD
cli-arg-export-output = Write to FILE instead of standard output
cli-about-patterns = The patterns behind the timeline (cycles, triggers, reconnection…) as JSON
cli-arg-patterns-from = Only records on or after this date, YYYY-MM-DD
cli-arg-patterns-to = Only records on or before this date, YYYY-MM-DD
cli-about-report = A one-page summary to take to a therapy session [default: the last 28 days]
cli-arg-report-from = First day, YYYY-MM-DD [default: 27 days before --to]
cli-arg-report-to = Last day, YYYY-MM-DD [default: today]
cli-arg-report-since_last_session = From the day of your latest logged session up to today
cli-arg-report-format = The kind of document: markdown, html or json
cli-arg-report-language = Write it in this language (en, es, de) [default: the journal's]
cli-arg-report-output = Write to FILE instead of standard output
cli-about-import = Add the records of an Ebb JSON export, or with --from the entries of another app's export (all or nothing; safe to repeat)
cli-arg-import-file = An export made by `ebb export`, or by the app --from names
cli-arg-import-from = The app the file comes from: dayone (Day One's export .zip or the .json in it), jrnl (`jrnl --export json`) or minidiarium (Mini Diarium's or Mini Diary's JSON export)
cli-about-passwd = Change the passphrase
cli-arg-passwd-new_passphrase_file = Read the new passphrase from FILE (or set EBB_NEW_PASSPHRASE)
cli-about-rekey = Change the data key itself: every record sealed again under a new key, and a new recovery key (the old one stops working); the passphrase stays
cli-arg-rekey-recovery_key_file = Write the new recovery key to FILE (created with mode 0600) instead of printing it
cli-about-recovery-key = Replace the recovery key; the old one stops working
cli-arg-recovery-key-new = Make a new recovery key (the only action; required so it is never done by accident)
cli-arg-recovery-key-recovery_key_file = Write the new recovery key to FILE (created with mode 0600) instead of printing it
cli-about-recover = Set a new passphrase using the recovery key
cli-arg-recover-recovery_key_file = The file holding the recovery key shown by `ebb init`
cli-arg-recover-new_passphrase_file = Read the new passphrase from FILE (or set EBB_NEW_PASSPHRASE)
cli-about-backup = Write an encrypted copy of the journal to FILE (same passphrase)
cli-arg-backup-file = Where to write the copy (must not exist yet)
cli-about-verify = Check every record for damage or tampering
cli-about-show = Show one record, all of it, as JSON
cli-arg-show-id = The record's id (as `ebb list --json` shows it)
cli-about-edit = Change some fields of an entry, episode, session, practice or check-in; the rest stay as they are
cli-arg-edit-id = The record's id
cli-arg-edit-text = The entry's new text, kept exactly as given
cli-arg-edit-date = The day of the entry or session, YYYY-MM-DD
cli-arg-edit-kind = pull_away or pursuit
cli-arg-edit-actor = Who did it: me or partner
cli-arg-edit-mood = Mood, 1 (low) to 5 (good)
cli-arg-edit-closeness = How close you felt to your partner, 0 to 10
cli-arg-edit-safety = How safe you felt with your partner, 0 to 10
cli-arg-edit-occurred_at = When it started: RFC 3339, or local "YYYY-MM-DD HH:MM" [default: now]
cli-arg-edit-reconnected_at = When you reconnected, if you have
cli-arg-edit-return_at = A pause: when the one who paused promised to come back
cli-arg-edit-trigger = What set it off, in your words
cli-arg-edit-behaviors = A behaviour code such as shut_down or chased (repeat for more; your own codes are fine)
cli-arg-edit-intensity = How strong it was, 0 to 10
cli-arg-edit-feelings = A feeling (repeat for more)
cli-arg-edit-story = The story you told yourself about what it meant
cli-arg-edit-need = What you needed underneath
cli-arg-edit-responses = A response code such as named_the_pattern (repeat for more)
cli-arg-edit-repairs = What helped you reconnect, a repair code such as talked_it_through (repeat for more)
cli-arg-edit-next_time = What you would like to try next time
cli-arg-edit-notes = Notes of an episode or a session
cli-arg-edit-homework = A session's homework: what you agreed to practise
cli-arg-edit-started_on = A practice's first day, YYYY-MM-DD
cli-arg-edit-session_id = A practice's session (its id)
cli-arg-edit-done = A check-in's answer: yes, no or no_chance
cli-arg-edit-note = A check-in's line
cli-arg-edit-tags = A tag (repeat for more; on `edit`, replaces the list)
cli-arg-edit-for_therapy = Mark it to bring to therapy
cli-arg-edit-clear = Empty one field, e.g. `--clear reconnected_at` (repeat for more)
cli-about-delete = Delete one record
cli-arg-delete-id = The record's id
cli-about-practice = Something to practise between sessions: add, end, list
cli-about-practice-add = Start a practice (from today unless --from says otherwise)
cli-arg-practice-add-text = What you will practise, in your words
cli-arg-practice-add-response = The secure response it is about, a code such as named_the_pattern
cli-arg-practice-add-started_on = The first day, YYYY-MM-DD [default: today]
cli-arg-practice-add-session_id = The session it came from (its id)
cli-about-practice-end = End a practice (today unless --on says otherwise)
cli-arg-practice-end-id = The practice's id
cli-arg-practice-end-on = The last day of the practice, YYYY-MM-DD [default: today]
cli-about-practice-list = Every practice, the running ones first
cli-arg-practice-list-json = Print JSON instead of lines for people
cli-about-checkin = Record (or replace) a day's check-in on a practice
cli-arg-checkin-practice_id = The practice's id
cli-arg-checkin-done = yes, no or no_chance
cli-arg-checkin-date = The day, YYYY-MM-DD [default: today]
cli-arg-checkin-note = A line about how it went
cli-about-sync = Exchange changes with your other computers through the sync folder now; `sync init` connects this journal to a folder, `sync status` shows the devices
cli-about-sync-init = Connect this journal to FOLDER (created if missing; it must be empty) and send everything it holds; share FOLDER with your other computer through Syncthing or any folder-syncing tool
cli-arg-sync-init-folder = The folder to sync through
cli-about-sync-status = The folder, this computer's device id, and each device with the time of its latest change
cli-value-a = A
cli-value-answer = ANSWER
cli-value-app = APP
cli-value-c = C
cli-value-d = D
cli-value-f = F
cli-value-field = FIELD
cli-value-file = FILE
cli-value-folder = FOLDER
cli-value-format = FORMAT
cli-value-code = CODE
cli-value-for_therapy = FOR_THERAPY
cli-value-id = ID
cli-value-json = JSON
cli-value-k = K
cli-value-n = N
cli-value-new = NEW
cli-value-path = PATH
cli-value-practice_id = PRACTICE_ID
cli-value-query = QUERY
cli-value-since_last_session = SINCE_LAST_SESSION
cli-value-t = T
cli-value-text = TEXT
cli-value-time = TIME
# In the usage line: "ebb export [OPTIONS]".
cli-value-options = OPTIONS
cli-value-command = COMMAND

## The help's frame and clap's complaints (src/cli/help.rs).

cli-heading-usage = Usage:
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-arg-help = Print help
cli-arg-version = Print version
# An option's help with its default value after it.
cli-default = { $help } [default: { $value }]
# $problem is one of the cli-error-… lines below.
cli-usage-problem = { $problem } (see `ebb --help`)
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $command }'
cli-error-missing = the following required arguments were not provided: { $args }
cli-error-missing-command = a command is needed
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-value = invalid value '{ $value }' for '{ $arg }'
# $why: the reason, in Ebb's words.
cli-error-value-why = invalid value '{ $value }' for '{ $arg }': { $why }
# Why a score or an intensity was refused: $min and $max are the ends of its range.
cli-error-range = it must be a whole number from { $min } to { $max }
cli-error-too-many = unexpected value '{ $value }' for '{ $arg }'
cli-error-value-needed = '{ $arg }' needs a value
cli-error-other = these arguments cannot be read
cli-panic = something went wrong inside Ebb (a bug); your journal was not changed by this command
