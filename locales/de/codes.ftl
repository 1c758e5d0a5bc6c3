## The catalogues' labels (src/catalog.rs; shared DOMAIN.md). The codes after "code-" never
## change: they are stored in records. Only the words after "=" are translated.

# What pulling away can look like.
code-left_room = Den Raum oder das Haus verlassen
code-shut_down = Mitten im Streit verstummt oder dichtgemacht
code-refused_relationship_talk = Gespräche über die Beziehung abgelehnt
code-withheld_acknowledgement = Beziehung oder ihre Bedeutung nicht anerkannt
code-downplayed_needs = Die Gefühle oder Bedürfnisse der anderen Person kleingeredet
code-avoided_emotions = Gefühle für sich behalten
code-mocked_bid = Einen Wunsch nach Nähe belächelt oder abgewertet
code-hot_cold = Erst warm, dann still
code-less_time_together = Weniger Zeit miteinander verbracht
# What pursuing can look like.
code-chased = Immer wieder hinterhergelaufen, angerufen oder geschrieben
code-demanded = Antwort, Reaktion oder Zusage verlangt
code-overwhelmed_partner = Mit Worten, Fragen oder Gefühlen überflutet
code-pushed_for_closeness = Auf mehr Nähe gedrängt, als der Moment zuließ
code-insisted_on_resolving_now = Darauf bestanden, es sofort zu klären
code-over_functioned = Die Gefühlsarbeit für beide übernommen
code-rigid = Streng daran festgehalten, wie es laufen muss
code-perfectionism = Perfektion von der Beziehung oder von mir erwartet
# Secure responses of the partner who tends to withdraw.
code-named_overwhelm = Gesagt, dass es mir zu viel wird und ich langsamer machen muss
code-asked_for_pause_with_return = Um eine Pause gebeten und gesagt, wann ich zurückkomme
code-stretched_toward_closeness = Ein wenig mehr Nähe gewagt, als mir leichtfällt
code-shared_feeling = Mitgeteilt, was ich fühle
# Secure responses of the partner who tends to pursue.
code-named_the_pattern = Das Muster benannt, ohne Vorwurf
code-asked_for_time_to_connect = Um eine Zeit zum Reden gebeten, die uns beiden passt
code-stated_need_simply = Einmal und einfach gesagt, was ich brauche
code-set_boundary = Eine Grenze gesetzt, um mich zu schützen
code-self_soothed = Mich selbst beruhigt, statt hinterherzulaufen
# What helped the partners reconnect.
code-talked_it_through = Wir haben ruhig über das Geschehene gesprochen
code-apologised = Jemand von uns hat sich entschuldigt oder Verantwortung für den eigenen Teil übernommen
code-came_back_as_promised = Wer die Pause gebraucht hat, kam wie versprochen zurück
code-reassurance = Worte, die uns Sicherheit gaben
code-affection = Eine Umarmung, eine Berührung, nah beieinandersitzen
code-humour = Gemeinsames Lachen hat es leichter gemacht
code-shared_activity = Etwas Alltägliches zusammen, ein Spaziergang oder ein Essen
code-time_passed = Nichts Bestimmtes; es ist einfach Zeit vergangen
code-outside_help = Ein Gespräch mit Vertrauten, in Therapie oder Beratung
