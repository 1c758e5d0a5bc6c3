## The Journal (ui/src/screens/Journal.svelte): every record, newest first, grouped by day,
## with a search box and filters. Records changed on two computers are in conflicts.ftl.

journal-title = Tagebuch
journal-search = Alles durchsuchen, was du geschrieben hast

# The filters. Each label is followed by its choices.
journal-filter-type = Anzeigen
journal-filter-type-all = Alles
journal-filter-type-entries = Tageseinträge
journal-filter-type-episodes = Episoden
journal-filter-type-sessions = Sitzungen
# The kind of episode.
journal-filter-kind = Art
journal-filter-kind-any = Alle
journal-filter-kind-pull-away = Rückzug
journal-filter-kind-pursuit = Nachgehen
# Who pulled away or pursued: the person, or the partner (shown by name).
journal-filter-actor = Wer
journal-filter-actor-either = Beide
journal-filter-actor-me = Ich
journal-filter-tag = Schlagwort
journal-filter-tag-any = Alle
# A checkbox: show only the records marked to bring to therapy.
journal-filter-flagged = Nur für die Therapie

journal-empty = Hier ist noch nichts.
# How many records the filters find.
journal-count = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}

# A daily entry in the list.
journal-entry = Tageseintrag
# After a record's title, when it is marked to bring to therapy.
journal-for-therapy = für die Therapie
# The details under a record, shown one after another with " · " between them.
journal-mood = Stimmung { $mood } von 5
journal-closeness = Nähe { $closeness }
journal-safety = Sicherheit { $safety }
journal-intensity = Intensität { $intensity } von 10
# When the partners reconnected after an episode: $time (e.g. 22:40) on the same day,
# $day (e.g. "Tuesday, 24 November 2026") on a later one.
journal-reconnected-at = um { $time } wieder zueinandergefunden
journal-reconnected-on = am { $day } wieder zueinandergefunden
# $feelings is the person's own list of feelings, e.g. "hurt, anxious".
journal-felt = gefühlt: { $feelings }
journal-session = Therapiesitzung
# What the therapist suggested practising; $homework is the person's own words.
journal-homework = Zum Üben: { $homework }
# A practice the person started (something from therapy to try between sessions).
journal-practice = Übung begonnen
journal-practice-until = Übung begonnen, läuft bis { $day }
# A daily check on a practice. $done is "yes", "no" or "no_chance".
journal-checkin = { $done ->
    [yes] Check-in: ausprobiert
    [no] Check-in: nicht ausprobiert
   *[no_chance] Check-in: an dem Tag keine Gelegenheit
}

# Buttons on each record. A screen reader hears the longer name, chosen by $type
# (entry, episode, session, practice, checkin); the short word is what shows.
journal-edit = Bearbeiten
journal-edit-this = { $type ->
    [entry] Diesen Tageseintrag bearbeiten
    [episode] Diese Episode bearbeiten
   *[session] Diese Sitzung bearbeiten
}
journal-delete = Löschen
journal-delete-this = { $type ->
    [entry] Diesen Tageseintrag löschen
    [episode] Diese Episode löschen
    [session] Diese Sitzung löschen
    [practice] Diese Übung löschen
   *[checkin] Diesen Check-in löschen
}
journal-show-more = Mehr anzeigen

# Said after a delete, with an Undo button. Plainly true: the daily backups still hold the
# record, sealed, for up to ten days. $type is the kind of record deleted.
journal-deleted = { $type ->
    [entry] Tageseintrag gelöscht. Eine verschlüsselte Kopie bleibt noch bis zu zehn Tage in deinen täglichen Sicherungen.
    [episode] Episode gelöscht. Eine verschlüsselte Kopie bleibt noch bis zu zehn Tage in deinen täglichen Sicherungen.
    [practice] Übung gelöscht. Eine verschlüsselte Kopie bleibt noch bis zu zehn Tage in deinen täglichen Sicherungen.
    [checkin] Check-in gelöscht. Eine verschlüsselte Kopie bleibt noch bis zu zehn Tage in deinen täglichen Sicherungen.
   *[other] Sitzung gelöscht. Eine verschlüsselte Kopie bleibt noch bis zu zehn Tage in deinen täglichen Sicherungen.
}
journal-undo = Rückgängig
