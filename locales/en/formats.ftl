## The Markdown export of the journal (src/formats.rs): a document the person makes, to
## read or print. Codes in brackets, days as YYYY-MM-DD and the person's words stay as they
## are. Labels are followed by a colon and the value ("- **Notes:** …").

formats-title = Ebb journal
# $at: when it was exported, as stored (2026-11-23T20:15:00+01:00).
formats-exported = Exported { $at }. This copy is not encrypted: keep it somewhere private.
formats-empty = There is nothing in this range yet.
# The heading of each day: "Monday 23 November 2026" (chrono's % forms, as in language.ftl).
format-date-full = %A %-d %B %Y
# A daily entry's figures, joined with " · ".
formats-mood = Mood { $value } of 5
formats-closeness = Closeness { $value } of 10
formats-safety = Safety { $value } of 10
# $tags: the person's tags, joined with commas.
formats-tags = Tags: { $tags }
# A record marked to bring to the next session (also a label, followed by formats-yes).
formats-for-therapy = To bring to therapy
formats-yes = yes
# An episode's details (others are shared with the report: report-detail-…).
formats-label-felt = What I felt
formats-label-story = What I told myself
formats-label-need = What I needed
formats-label-did = What I did
formats-label-next-time = Next time I'd like to try
# Followed by the day and time the one who paused said they would be back.
formats-label-pause = Took a pause, to come back at
formats-label-repairs = What helped us reconnect
formats-label-tags = Tags
# $at: the day and time they reconnected; $duration: how long after the episode (formats-minutes…).
formats-reconnected = { $at } ({ $duration } later)
formats-session = Therapy session
formats-label-homework = To practise
formats-practice = Practice
# Followed by the code of the secure response being practised.
formats-label-response = Response practised
# When the practice runs; $from and $to: days as YYYY-MM-DD. The ** make the words bold.
formats-practice-from-to = **From** { $from } **to** { $to }
formats-practice-since = **Since** { $from }
formats-checkin = Practice check-in
# $done: yes, no or no_chance; $practice: the practice's id. The ** make the answer bold.
formats-checkin-done = **{ $done ->
    [yes] tried it
    [no] did not try it
   *[no_chance] no chance today
}** (practice { $practice })

## Lengths of time, short ("45 min", "3 h 10 min", "2 days 4 h"), also in the report.

formats-minutes = { $minutes } min
formats-hours = { $hours } h
formats-hours-minutes = { $hours } h { $minutes } min
formats-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
formats-days-hours = { $days ->
    [one] { $days } day
   *[other] { $days } days
} { $hours } h

## The CSV export's errors.

# $problem: what the CSV library said.
formats-csv-error = could not write CSV: { $problem }
formats-csv-not-utf8 = could not write CSV: invalid UTF-8
