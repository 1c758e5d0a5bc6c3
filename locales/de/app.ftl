## What the use cases say (src/app/): errors the desktop app and the command line show as
## one line. They start in lowercase, as the command line's lines do.

# $existing and $wanted: the kind of record, as a code: entry, episode, session, practice
# or checkin.
app-wrong-type = diese ID gehört zu { $existing ->
    [entry] einem Tageseintrag
    [episode] einer Episode
    [session] einer Sitzung
    [practice] einer Übung
    [checkin] einem Check-in
   *[other] { $existing }
}, nicht zu { $wanted ->
    [entry] einem Tageseintrag
    [episode] einer Episode
    [session] einer Sitzung
    [practice] einer Übung
    [checkin] einem Check-in
   *[other] { $wanted }
}
app-undo-gone = dieses Löschen lässt sich nicht mehr rückgängig machen
# $from and $to: days as YYYY-MM-DD.
app-range-backwards = der Zeitraum beginnt ({ $from }) erst nach seinem Ende ({ $to })
app-range-backwards-plain = der Zeitraum beginnt erst nach seinem Ende
app-range-too-long = wähle einen Zeitraum von höchstens zehn Jahren
# The preparation screen's range.
app-prep-range = wähle einen Zeitraum, der vor seinem Ende beginnt und höchstens zehn Jahre lang ist
# Before a new data key, the records changed on two computers must be settled. "Journal" is
# the app's screen of that name.
app-rekey-conflicts = { $count ->
    [one] 1 Eintrag wurde auf zwei Computern geändert, beide Versionen sind aufbewahrt
   *[other] { $count } Einträge wurden auf zwei Computern geändert, beide Versionen sind aufbewahrt
}: Entscheide dich zuerst (unter „Tagebuch“ zeigt die App sie nebeneinander), dann ändere den Schlüssel
# A record that is not one of the day's entries, episodes or sessions (an internal slip).
app-settings-apart = die Einstellungen werden für sich gespeichert
# $min and $max: the shortest and longest pause; $minutes: the length asked for.
app-pause-minutes = eine Pause dauert zwischen { $min } und { $max } Minuten, nicht { $minutes }
# $id: a record's id.
app-not-an-episode = { $id } ist keine Episode
app-not-a-practice = { $id } ist keine Übung
app-no-session = in diesem Tagebuch gibt es keine Sitzung { $id }
app-no-practice = in diesem Tagebuch gibt es keine Übung { $id }
# A check-in outside the days the practice runs. $start, $end and $date: days as YYYY-MM-DD.
app-checkin-before-start = diese Übung beginnt am { $start }, also nach dem { $date }; ein Check-in ist nur an Tagen möglich, an denen sie läuft
app-checkin-after-end = diese Übung endete am { $end }, also vor dem { $date }; ein Check-in ist nur an Tagen möglich, an denen sie läuft
# $practice and $checkin: ids; $date: a day as YYYY-MM-DD.
app-checkin-twice = die Übung { $practice } hat am { $date } schon den Check-in { $checkin }; es gibt nur einen pro Tag
# $problem: what went wrong, as the JSON library says it.
app-report-json = die Zusammenfassung ließ sich nicht schreiben: { $problem }
# $codes: the codes of the languages Ebb speaks ("en, es, de"); $got: what was given, quoted.
app-language-unknown = die Sprache muss eine von { $codes } sein, angegeben war { $got }
# --from and --to are the command line's options (not translated); $from and $to: days.
app-report-range = --from ({ $from }) liegt nach --to ({ $to })
app-version-gone = diese Version wird nicht mehr aufbewahrt; vielleicht wurde auf einem anderen Computer schon entschieden
# $values: the accepted values, as typed ("markdown, html, json"; not translated).
app-possible-values = mögliche Werte: { $values }
