## Logging an episode (ui/src/screens/LogEpisode.svelte) and the pieces it shares with
## other screens: the 0–10 scale (components/Scale.svelte), the word list (components/TagInput.svelte),
## the response picker (components/ResponseSelect.svelte) and "what helped"
## (components/RepairChecks.svelte).

log-title = Episode eintragen
log-title-edit = Episode bearbeiten
log-what-happened = Was ist passiert?
# The two kinds of move in the pursue–withdraw cycle, each with a short description.
log-kind-pull-away = Rückzug
log-kind-pull-away-hint = Weggehen, verstummen, auf Abstand gehen
log-kind-pursuit = Nachgehen
log-kind-pursuit-hint = Hinterherlaufen, drängen, alles sofort klären wollen
log-who = Wer?
# The person themself; the other choice is the partner's name.
log-actor-me = Ich
log-save = Speichern
log-choose-hint = Wähle, was passiert ist und wer. Alles andere ist optional.
log-another = Weitere eintragen
log-add-details = Details ergänzen
log-hide-details = Details ausblenden
# Shown after the first save of a new episode.
log-logged = Eingetragen. Es zu bemerken ist der erste Schritt. Wenn du magst, ergänze unten Details.
log-saved = Gespeichert
log-when = Wann es angefangen hat
log-reconnected = Wann wir wieder zueinandergefunden haben
# Shown after "When we reconnected", in smaller type.
log-reconnected-later = (geht auch später)
# Button that fills in the current time.
log-now = Jetzt
log-return-at = Falls jemand von uns eine Pause gemacht hat: wann wir zurückkommen wollten
log-trigger = Was war der Auslöser?
log-behaviors = Wie es aussah
log-own-behavior-label = Beschreib es in deinen eigenen Worten
log-own-behavior-placeholder = Etwas anderes, in deinen eigenen Worten
log-add = Hinzufügen
log-intensity = Wie stark war es?
# The two ends of the intensity scale.
log-intensity-low = Kaum
log-intensity-high = Überwältigend
log-feelings = Was ich gefühlt habe
# Suggested feelings: the person picks or types their own; what they pick is saved as shown.
log-feeling-hurt = verletzt
log-feeling-anxious = unruhig
log-feeling-lonely = einsam
log-feeling-overwhelmed = überfordert
log-feeling-angry = wütend
log-feeling-sad = traurig
log-feeling-numb = wie betäubt
log-feeling-relieved = erleichtert
log-feeling-calm = ruhig
log-feeling-afraid = ängstlich
log-story = Die Geschichte, die ich mir erzählt habe
log-story-placeholder = Wie ich es mir erklärt habe
log-need = Was ich gebraucht habe
log-responses = Was ich getan habe
# After a response the person is practising at the moment (a homework from therapy).
log-practising = übe ich gerade
log-own-response = Etwas anderes, das ich getan habe
log-repairs = Was uns geholfen hat, wieder zueinanderzufinden
log-own-repair = Etwas anderes, das geholfen hat
log-next-time = Was ich nächstes Mal ausprobieren möchte
log-notes = Notizen
log-tags = Schlagwörter
log-for-therapy = In der Therapie ansprechen

## The 0–10 scale (components/Scale.svelte)

# Empties the scale; the visible text of the button.
log-scale-clear = Zurücksetzen
# The same button for screen readers; $label is the scale's question.
log-scale-clear-label = Zurücksetzen: { $label }
log-scale-not-set = nicht angegeben
# Read by screen readers, e.g. "7 of 10".
log-scale-value = { $value } von { $max }

## The word list (components/TagInput.svelte)

# Screen-reader name of the × after a word; $tag is the word.
log-tag-remove = { $tag } entfernen
log-tag-placeholder = Eingeben und Enter drücken

## The response a practice is about (components/ResponseSelect.svelte)

log-response-about = Um welche Reaktion es geht (optional)
log-response-none = Keine bestimmte
# Groups of secure responses: for someone who tends to pursue, and who tends to withdraw.
log-response-group-pursuer = Wenn ich eher Nähe suche
log-response-group-withdrawer = Wenn ich mich eher zurückziehe
log-response-own = In meinen eigenen Worten …
log-response-own-label = Die Reaktion, in meinen eigenen Worten
log-response-own-placeholder = Vor dem Antworten tief durchgeatmet
