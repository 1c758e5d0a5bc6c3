## Taking a pause (ui/src/screens/Pause.svelte, ui/src/lib/pause.svelte.ts). The two
## proposed "pause lines" (what the person can say) come from the core, already translated.

pause-title = Hacer una pausa
pause-intro = Una pausa ayuda cuando es un descanso de verdad y tiene un final. Di cuándo vas a volver y vuelve a esa hora.
pause-who = ¿Quién necesita la pausa?
pause-who-me = Yo
# $partner is the partner's name, or partner-default.
pause-who-partner = { $partner } me la pidió
pause-minutes = Cuánto tiempo, en minutos
# Quick choices for the length of the pause.
pause-minutes-choice = { $minutes } min
# $time is the clock time the pause would end, e.g. 20:35.
pause-back-at = De vuelta a las { $time }.
pause-line = Algo que puedes decir
pause-line-hint-locked = Si quieres, cámbialo por tus propias palabras.
pause-line-hint = Si quieres, cámbialo por tus propias palabras; Ebb las recordará para la próxima vez.
pause-minutes-invalid = Elige entre { $min } y { $max } minutos. Calmarse suele llevar unos veinte.
pause-start = Empezar la pausa
pause-back-to-unlock = Volver a desbloquear

# While the pause runs.
pause-running-title = En pausa
# Follows the time left, shown large (e.g. "12:05"); $time is when the pause ends.
pause-time-left = restantes; vuelta a las { $time }
pause-another-idea = Otra idea
pause-end-now = Terminar la pausa ahora

# One calming idea at a time. The screen shows a circle that slowly grows and shrinks.
pause-idea-breathe = Respira con el círculo: toma aire mientras crece y suéltalo mientras se encoge.
pause-idea-rehearse = Intenta no repasar la discusión en tu cabeza. Si vuelve, date cuenta y déjala pasar.
pause-idea-hands = Haz algo sencillo con las manos: prepara un té, riega una planta, dobla algo de ropa.
pause-idea-outside = Sal fuera o asómate a una ventana unos minutos y mira algo que esté lejos.
pause-idea-senses = Nombra cinco cosas que ves, cuatro que oyes y tres que puedes tocar.
pause-idea-body = Tu cuerpo se está calmando, aunque todavía no lo notes.

# When the time has come.
pause-due-title = ¿Has podido volver a acercarte?
pause-due-intro = Es la hora a la que dijiste que volverías. Aquí no hay respuestas equivocadas.
# The pause was taken while Ebb was locked.
pause-due-locked = Cuando quieras, desbloquea Ebb y te preguntará cómo fue.
pause-unlock = Desbloquear
pause-yes-now = Sí, ahora
pause-not-yet = { $minutes ->
    [one] Todavía no, pregúntame en un minuto
   *[other] Todavía no, pregúntame en { $minutes } minutos
}
pause-later = Más tarde

# After coming back.
pause-came-back-title = Has vuelto
# $named is "yes" when the person gave the partner's name ($partner), "no" when not.
pause-came-back-intro = { $named ->
    [yes] Eso es lo que reconstruye la confianza. ¿Qué te ayudó a volver a acercarte a { $partner }? (Opcional).
   *[no] Eso es lo que reconstruye la confianza. ¿Qué te ayudó a volver a acercarte a tu pareja? (Opcional).
}
# Heading of the list of what helped (read by screen readers).
pause-what-helped = Lo que ayudó
pause-done = Hecho
