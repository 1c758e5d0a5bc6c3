## What the use cases say (src/app/): errors the desktop app and the command line show as
## one line. They start in lowercase, as the command line's lines do.

# $existing and $wanted: the kind of record, as a code: entry, episode, session, practice
# or checkin.
app-wrong-type = that id belongs to { $existing }, not to { $wanted }
app-undo-gone = that delete can no longer be undone
# $from and $to: days as YYYY-MM-DD.
app-range-backwards = the range starts ({ $from }) after it ends ({ $to })
app-range-backwards-plain = the range starts after it ends
app-range-too-long = choose a range of at most ten years
# The preparation screen's range.
app-prep-range = choose a range that starts before it ends, of at most ten years
# Before a new data key, the records changed on two computers must be settled. "Journal" is
# the app's screen of that name.
app-rekey-conflicts = { $count ->
    [one] 1 record was changed on two computers and has both versions kept
   *[other] { $count } records were changed on two computers and have both versions kept
}: choose between them first (the app's Journal shows them side by side), then change the key
# A record that is not one of the day's entries, episodes or sessions (an internal slip).
app-settings-apart = settings are saved on their own
# $min and $max: the shortest and longest pause; $minutes: the length asked for.
app-pause-minutes = a pause lasts between { $min } and { $max } minutes, not { $minutes }
# $id: a record's id.
app-not-an-episode = { $id } is not an episode
app-not-a-practice = { $id } is not a practice
app-no-session = there is no session { $id } in this journal
app-no-practice = there is no practice { $id } in this journal
# A check-in outside the days the practice runs. $start, $end and $date: days as YYYY-MM-DD.
app-checkin-before-start = that practice starts on { $start }, after { $date }; a check-in is for a day it runs
app-checkin-after-end = that practice ended on { $end }, before { $date }; a check-in is for a day it runs
# $practice and $checkin: ids; $date: a day as YYYY-MM-DD.
app-checkin-twice = practice { $practice } already has check-in { $checkin } on { $date }; there can be one a day
# $problem: what went wrong, as the JSON library says it.
app-report-json = could not write the report: { $problem }
# $codes: the codes of the languages Ebb speaks ("en, es, de"); $got: what was given, quoted.
app-language-unknown = language must be one of { $codes }, got { $got }
# --from and --to are the command line's options (not translated); $from and $to: days.
app-report-range = --from ({ $from }) is after --to ({ $to })
app-version-gone = that version is no longer kept; it may have been settled on another computer
# $values: the accepted values, as typed ("markdown, html, json"; not translated).
app-possible-values = possible values: { $values }
