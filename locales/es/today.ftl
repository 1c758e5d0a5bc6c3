## The day's entry (ui/src/screens/Today.svelte) and the cards shown on it: the daily
## reminder offer (components/ReminderOffer.svelte), "On this day" (components/OnThisDay.svelte),
## the questions about recent episodes (components/FollowUps.svelte) and today's practice
## check-ins (components/PracticeCheckins.svelte).

# Heading when the day shown is today; another day shows its date instead.
today-title = Hoy
# Screen-reader names of the ← and → buttons beside the heading.
today-previous-day = Día anterior
today-next-day = Día siguiente
# Button that jumps back to today from another day.
today-go-today = Hoy
today-take-pause = Hacer una pausa
today-text-label = ¿Qué tal ha ido hoy?
today-text-placeholder = Con unas pocas líneas basta.
# The day's gentle question under the text box; $prompt is the question itself
# (see prompts.ftl). It is never written into the entry.
today-prompt = Por si te ayuda: { $prompt }
# Hides the day's question for now.
today-prompt-dismiss = Hoy no
today-mood = Estado de ánimo
# The five moods, from lowest to highest.
today-mood-very-low = Muy bajo
today-mood-low = Bajo
today-mood-in-between = Regular
today-mood-good = Bueno
today-mood-very-good = Muy bueno
# Two 0–10 scales, each with the words at its two ends.
today-closeness = ¿Hasta qué punto te sentiste cerca de tu pareja?
today-closeness-low = Muy lejos
today-closeness-high = Muy cerca
today-safety = ¿Hasta qué punto te sentiste a salvo con tu pareja?
today-safety-low = Nada a salvo
today-safety-high = Del todo a salvo
today-tags = Etiquetas
today-for-therapy = Llevar a terapia
# The entry saves itself while the person types.
today-saving = Guardando…
today-saved = Guardado
# $error is the reason, a sentence from the core.
today-not-saved = No se ha guardado: { $error }
# $count other entries were written on the same day.
today-others = { $count ->
    [one] Hay { $count } entrada más de este día en el diario.
   *[other] Hay { $count } entradas más de este día en el diario.
}
today-another-entry = Empezar otra entrada para este día

## Offered once, after the first week of journaling (components/ReminderOffer.svelte).

today-reminder-title = ¿Te vendría bien un recordatorio diario?
today-reminder-intro = Llevas una semana escribiendo este diario. A algunas personas les ayuda un pequeño aviso a la misma hora cada día.
# Label of the time field, read as "At 21:00".
today-reminder-at = A las
today-reminder-yes = Recuérdamelo
today-reminder-no = No, gracias
today-reminder-invalid-time = Elige una hora, por ejemplo 21:00.
# $time is the chosen clock time, e.g. 21:00. "Settings" is the name of the Settings screen.
today-reminder-set = Te lo recordaremos cada día a las { $time }, salvo los días en que ya hayas escrito. Puedes cambiarlo en Ajustes.
today-reminder-none = Sin recordatorio. Si cambias de idea, lo tienes en Ajustes.

## "On this day": what was written on this date in earlier years (components/OnThisDay.svelte).

today-past-title = Tal día como hoy
# A daily entry with no words, in the list of earlier years.
today-past-entry = Una entrada del día
# How many episodes there were in the weeks around this date a year ago ($last_year) and
# in the last 30 days ($this_year).
today-past-compare = Hace un año, en las semanas en torno a este día: { $last_year ->
        [one] { $last_year } episodio
       *[other] { $last_year } episodios
    }. En los últimos 30 días: { $this_year ->
        [one] { $this_year } episodio
       *[other] { $this_year } episodios
    }.

## Questions about recent episodes with no reconnection time (components/FollowUps.svelte).

today-follow-title = Volver sobre ello
# $named is "yes" when the person gave the partner's name ($partner), "no" when not.
# $day is "today", "yesterday" or "other"; then $weekday is the day's name ("Monday").
# $what is "pause" (someone took a pause), "pull_away" or "pursuit".
today-follow-question = ¿Volviste a acercarte a { $named ->
        [yes] { $partner }
       *[no] tu pareja
    } después { $what ->
        [pause] de la pausa
        [pull_away] del alejamiento
       *[pursuit] de la insistencia
    } { $day ->
        [today] de hoy
        [yesterday] de ayer
       *[other] del { $weekday }
    }?
today-follow-when = ¿Cuándo volviste a acercarte?
today-follow-helped = ¿Qué ayudó? (opcional)
today-follow-save = Guardar
today-follow-cancel = Cancelar
# Opens the time field, to say when the partners reconnected.
today-follow-yes = Sí, a las…
today-follow-not-yet = Todavía no
today-follow-dont-ask = No preguntar más por este
today-follow-invalid-time = Indica una fecha y una hora.

## Today's check-in on each running practice (components/PracticeCheckins.svelte). A practice
## is something from therapy to try between sessions.

# Screen-reader name of each check-in card.
today-checkin-label = Seguimiento de la práctica
# $practice is the practice in the person's own words.
today-checkin-question = ¿Has probado hoy «{ $practice }»?
today-checkin-yes = Sí
today-checkin-no = No
# There was no occasion to try it today.
today-checkin-no-chance = Hoy no hubo ocasión
today-checkin-note = Una línea sobre ello (opcional)
