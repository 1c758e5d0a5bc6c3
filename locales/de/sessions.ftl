## Therapy sessions (ui/src/screens/Sessions.svelte) and what the person is practising
## between sessions (ui/src/components/Practices.svelte). "Today" is the name of the
## Today screen, where Ebb asks each day how a practice went.

sessions-title = Therapiesitzungen
# The form's heading, for a session already saved and for a new one.
sessions-edit = Sitzung bearbeiten
sessions-log = Sitzung eintragen
sessions-date = Datum
sessions-notes = Worüber wir gesprochen haben
# The homework from the session, in the person's own words.
sessions-homework = Was ich üben werde
# A checkbox shown once the homework is filled in: it becomes a practice.
sessions-ask-daily = Frag mich jeden Tag unter „Heute“, wie es lief
sessions-save-changes = Änderungen speichern
sessions-save = Sitzung speichern
sessions-cancel = Abbrechen
sessions-saved = Sitzung gespeichert.
sessions-updated = Sitzung aktualisiert.
sessions-saved-practice = Sitzung gespeichert. „Heute“ fragt dich jeden Tag, wie die Übung lief.
# $problem: why it failed, a sentence from the core.
sessions-practice-failed = Die Sitzung ist gespeichert, aber die Übung ließ sich nicht beginnen ({ $problem }). Du kannst sie weiter unten beginnen.
sessions-past = Frühere Sitzungen
sessions-none = Noch keine Sitzungen eingetragen.
# Under a past session; $homework: the start of what the person wrote.
sessions-to-practise = Zum Üben: { $homework }
# The button on each past session; screen readers also hear sessions-edit-which after it.
sessions-edit-button = Bearbeiten
# Read by screen readers only, right after "Edit"; $date is the session's date (2026-11-23).
sessions-edit-which = (Sitzung vom { $date })

practices-title = Was du gerade übst
practices-none = Noch nichts. Hier kann etwas aus einer Sitzung stehen oder eine eigene Idee.
# $start and $end are dates ("Monday, 23 November 2026").
practices-since = Seit { $start }
practices-since-until = Seit { $start }, bis { $end }
# Button that ends a running practice.
practices-end = Beenden
# Read by screen readers only, right after "End it"; $practice: the practice's own words.
practices-end-which = : { $practice }
practices-ended-one = „{ $practice }“ beendet. Die Übung bleibt in deinem Tagebuch und in deiner Zusammenfassung.
# A folded list of the practices that have ended; $count: how many.
practices-ended = Beendete Übungen ({ $count })
# The dates a practice ran, after its words in the list of ended ones.
practices-range = ({ $start } – { $end })
# The form to start a practice that does not come from a session.
practices-form = Etwas anderes üben
practices-text = Etwas anderes zum Üben
practices-text-placeholder = Das Muster einmal benennen, statt hinterherzulaufen
practices-response = Die Reaktion dazu (optional)
practices-start = Übung beginnen
practices-started = Begonnen. „Heute“ fragt dich jeden Tag, wie es lief.
practices-text-missing = Schreib in ein paar Worten auf, was du üben möchtest.
