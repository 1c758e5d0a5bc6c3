## The day's entry (ui/src/screens/Today.svelte) and the cards shown on it: the daily
## reminder offer (components/ReminderOffer.svelte), "On this day" (components/OnThisDay.svelte),
## the questions about recent episodes (components/FollowUps.svelte) and today's practice
## check-ins (components/PracticeCheckins.svelte).

# Heading when the day shown is today; another day shows its date instead.
today-title = Heute
# Screen-reader names of the ← and → buttons beside the heading.
today-previous-day = Vorheriger Tag
today-next-day = Nächster Tag
# Button that jumps back to today from another day.
today-go-today = Heute
today-take-pause = Pause machen
today-text-label = Wie war dein Tag?
today-text-placeholder = Ein paar Zeilen reichen.
# The day's gentle question under the text box; $prompt is the question itself
# (see prompts.ftl). It is never written into the entry.
today-prompt = Falls es hilft: { $prompt }
# Hides the day's question for now.
today-prompt-dismiss = Heute nicht
today-mood = Stimmung
# The five moods, from lowest to highest.
today-mood-very-low = Sehr gedrückt
today-mood-low = Gedrückt
today-mood-in-between = Durchwachsen
today-mood-good = Gut
today-mood-very-good = Sehr gut
# Two 0–10 scales, each with the words at its two ends.
today-closeness = Wie viel Nähe hast du zwischen euch gespürt?
today-closeness-low = Weit weg
today-closeness-high = Ganz nah
today-safety = Wie sicher hast du dich in eurer Beziehung gefühlt?
today-safety-low = Gar nicht sicher
today-safety-high = Völlig sicher
today-tags = Schlagwörter
today-for-therapy = In der Therapie ansprechen
# The entry saves itself while the person types.
today-saving = Wird gespeichert …
today-saved = Gespeichert
# $error is the reason, a sentence from the core.
today-not-saved = Nicht gespeichert: { $error }
# $count other entries were written on the same day.
today-others = { $count ->
    [one] { $count } weiterer Eintrag zu diesem Tag im Tagebuch.
   *[other] { $count } weitere Einträge zu diesem Tag im Tagebuch.
}
today-another-entry = Weiteren Eintrag für diesen Tag beginnen

## Offered once, after the first week of journaling (components/ReminderOffer.svelte).

today-reminder-title = Wäre eine tägliche Erinnerung hilfreich?
today-reminder-intro = Du führst dieses Tagebuch jetzt seit einer Woche. Manche mögen eine sanfte Erinnerung, jeden Tag zur selben Zeit.
# Label of the time field, read as "At 21:00".
today-reminder-at = Um
today-reminder-yes = Erinnere mich
today-reminder-no = Nein, danke
today-reminder-invalid-time = Wähle eine Uhrzeit, zum Beispiel 21:00.
# $time is the chosen clock time, e.g. 21:00. "Settings" is the name of the Settings screen.
today-reminder-set = Du bekommst jeden Tag um { $time } Uhr eine Erinnerung, außer an Tagen, an denen du schon geschrieben hast. Ändern kannst du das in den Einstellungen.
today-reminder-none = Keine Erinnerung. Falls du es dir anders überlegst: Du findest sie in den Einstellungen.

## "On this day": what was written on this date in earlier years (components/OnThisDay.svelte).

today-past-title = An diesem Tag
# A daily entry with no words, in the list of earlier years.
today-past-entry = Ein Tageseintrag
# How many episodes there were in the weeks around this date a year ago ($last_year) and
# in the last 30 days ($this_year).
today-past-compare = In den Wochen um diesen Tag vor einem Jahr: { $last_year ->
        [one] { $last_year } Episode
       *[other] { $last_year } Episoden
    }. In den letzten 30 Tagen: { $this_year ->
        [one] { $this_year } Episode
       *[other] { $this_year } Episoden
    }.

## Questions about recent episodes with no reconnection time (components/FollowUps.svelte).

today-follow-title = Kurz nachgefragt
# $named is "yes" when the person gave the partner's name ($partner), "no" when not.
# $day is "today", "yesterday" or "other"; then $weekday is the day's name ("Monday").
# $what is "pause" (someone took a pause), "pull_away" or "pursuit".
today-follow-question = Habt { $named ->
        [yes] { $partner } und du
       *[no] ihr
    } nach { $what ->
        [pause] der Pause
        [pull_away] dem Rückzug
       *[pursuit] dem Nachgehen
    } { $day ->
        [today] von heute
        [yesterday] von gestern
       *[other] vom { $weekday }
    } wieder zueinandergefunden?
today-follow-when = Wann habt ihr wieder zueinandergefunden?
today-follow-helped = Was hat geholfen? (optional)
today-follow-save = Speichern
today-follow-cancel = Abbrechen
# Opens the time field, to say when the partners reconnected.
today-follow-yes = Ja, um …
today-follow-not-yet = Noch nicht
today-follow-dont-ask = Frag dazu nicht mehr
today-follow-invalid-time = Bitte gib Datum und Uhrzeit an.

## Today's check-in on each running practice (components/PracticeCheckins.svelte). A practice
## is something from therapy to try between sessions.

# Screen-reader name of each check-in card.
today-checkin-label = Check-in zur Übung
# $practice is the practice in the person's own words.
today-checkin-question = Hast du heute „{ $practice }“ ausprobiert?
today-checkin-yes = Ja
today-checkin-no = Nein
# There was no occasion to try it today.
today-checkin-no-chance = Heute keine Gelegenheit
today-checkin-note = Ein Satz dazu (optional)
