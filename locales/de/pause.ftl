## Taking a pause (ui/src/screens/Pause.svelte, ui/src/lib/pause.svelte.ts). The two
## proposed "pause lines" (what the person can say) come from the core, already translated.

pause-title = Pause machen
pause-intro = Eine Pause hilft, wenn sie wirklich Ruhe bringt und ein Ende hat. Sag, wann du zurückkommst, und komm dann auch zurück.
pause-who = Wer braucht die Pause?
pause-who-me = Ich
# $partner is the partner's name, or partner-default.
pause-who-partner = { $partner } hat darum gebeten
pause-minutes = Wie lange, in Minuten
# Quick choices for the length of the pause.
pause-minutes-choice = { $minutes } min
# $time is the clock time the pause would end, e.g. 20:35.
pause-back-at = Zurück um { $time } Uhr.
pause-line = Etwas, das du sagen kannst
pause-line-hint-locked = Formuliere es gern in deinen eigenen Worten.
pause-line-hint = Formuliere es gern in deinen eigenen Worten; Ebb merkt sie sich fürs nächste Mal.
pause-minutes-invalid = Wähle zwischen { $min } und { $max } Minuten. Etwa zwanzig braucht es meist, um zur Ruhe zu kommen.
pause-start = Pause beginnen
pause-back-to-unlock = Zurück zum Entsperren

# While the pause runs.
pause-running-title = Pause läuft
# Follows the time left, shown large (e.g. "12:05"); $time is when the pause ends.
pause-time-left = übrig, zurück um { $time } Uhr
pause-another-idea = Andere Idee
pause-end-now = Pause jetzt beenden

# One calming idea at a time. The screen shows a circle that slowly grows and shrinks.
pause-idea-breathe = Atme mit dem Kreis: ein, während er wächst, aus, während er kleiner wird.
pause-idea-rehearse = Versuch, den Streit nicht im Kopf durchzuspielen. Wenn er wiederkommt, nimm ihn wahr und lass ihn ziehen.
pause-idea-hands = Mach etwas Alltägliches mit den Händen: Tee kochen, eine Pflanze gießen, etwas zusammenlegen.
pause-idea-outside = Geh ein paar Minuten nach draußen oder ans Fenster und schau auf etwas in der Ferne.
pause-idea-senses = Nenne fünf Dinge, die du siehst, vier, die du hörst, und drei, die du berühren kannst.
pause-idea-body = Dein Körper beruhigt sich, auch wenn es sich noch nicht so anfühlt.

# When the time has come.
pause-due-title = Habt ihr wieder zueinandergefunden?
pause-due-intro = Es ist die Zeit, zu der du zurück sein wolltest. Hier gibt es keine falsche Antwort.
# The pause was taken while Ebb was locked.
pause-due-locked = Wenn du so weit bist, entsperre Ebb. Dann fragt es dich, wie es gelaufen ist.
pause-unlock = Entsperren
pause-yes-now = Ja, jetzt
pause-not-yet = { $minutes ->
    [one] Noch nicht, frag mich in einer Minute
   *[other] Noch nicht, frag mich in { $minutes } Minuten
}
pause-later = Später

# After coming back.
pause-came-back-title = Du bist zurückgekommen
# $named is "yes" when the person gave the partner's name ($partner), "no" when not.
pause-came-back-intro = { $named ->
    [yes] Genau das baut wieder Vertrauen auf. Was hat dir und { $partner } geholfen, wieder zueinanderzufinden? (Optional.)
   *[no] Genau das baut wieder Vertrauen auf. Was hat euch geholfen, wieder zueinanderzufinden? (Optional.)
}
# Heading of the list of what helped (read by screen readers).
pause-what-helped = Was geholfen hat
pause-done = Fertig
