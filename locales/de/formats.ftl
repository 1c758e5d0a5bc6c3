## The Markdown export of the journal (src/formats.rs): a document the person makes, to
## read or print. Codes in brackets, days as YYYY-MM-DD and the person's words stay as they
## are. Labels are followed by a colon and the value ("- **Notes:** …").

formats-title = Ebb-Tagebuch
# $at: when it was exported, as stored (2026-11-23T20:15:00+01:00).
formats-exported = Exportiert am { $at }. Diese Kopie ist nicht verschlüsselt: Bewahre sie an einem privaten Ort auf.
formats-empty = In diesem Zeitraum gibt es noch nichts.
# The heading of each day: "Monday 23 November 2026" (chrono's % forms, as in language.ftl).
format-date-full = %A, %-d. %B %Y
# A daily entry's figures, joined with " · ".
formats-mood = Stimmung { $value } von 5
formats-closeness = Nähe { $value } von 10
formats-safety = Sicherheit { $value } von 10
# $tags: the person's tags, joined with commas.
formats-tags = Schlagwörter: { $tags }
# A record marked to bring to the next session (also a label, followed by formats-yes).
formats-for-therapy = Für die Therapie vorgemerkt
formats-yes = ja
# An episode's details (others are shared with the report: report-detail-…).
formats-label-felt = Was ich gefühlt habe
formats-label-story = Was ich mir erzählt habe
formats-label-need = Was ich gebraucht habe
formats-label-did = Was ich getan habe
formats-label-next-time = Nächstes Mal möchte ich versuchen
# Followed by the day and time the one who paused said they would be back.
formats-label-pause = Pause gemacht, Rückkehr angekündigt für
formats-label-repairs = Was uns geholfen hat, wieder zueinanderzufinden
formats-label-tags = Schlagwörter
# $at: the day and time they reconnected; $duration: how long after the episode (formats-minutes…).
formats-reconnected = { $at } ({ $duration } später)
formats-session = Therapiesitzung
formats-label-homework = Zum Üben
formats-practice = Übung
# Followed by the code of the secure response being practised.
formats-label-response = Geübte Reaktion
# When the practice runs; $from and $to: days as YYYY-MM-DD. The ** make the words bold.
formats-practice-from-to = **Vom** { $from } **bis** { $to }
formats-practice-since = **Seit** { $from }
formats-checkin = Check-in zur Übung
# $done: yes, no or no_chance; $practice: the practice's id. The ** make the answer bold.
formats-checkin-done = **{ $done ->
    [yes] ausprobiert
    [no] nicht ausprobiert
   *[no_chance] keine Gelegenheit
}** (Übung { $practice })

## Lengths of time, short ("45 min", "3 h 10 min", "2 days 4 h"), also in the report.

formats-minutes = { $minutes } min
formats-hours = { $hours } h
formats-hours-minutes = { $hours } h { $minutes } min
formats-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
formats-days-hours = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} { $hours } h

## The CSV export's errors.

# $problem: what the CSV library said.
formats-csv-error = die CSV-Datei ließ sich nicht schreiben: { $problem }
formats-csv-not-utf8 = die CSV-Datei ließ sich nicht schreiben: der Text ist kein gültiges UTF-8
