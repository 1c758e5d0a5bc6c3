## The Markdown export of the journal (src/formats.rs): a document the person makes, to
## read or print. Codes in brackets, days as YYYY-MM-DD and the person's words stay as they
## are. Labels are followed by a colon and the value ("- **Notes:** …").

formats-title = Diario de Ebb
# $at: when it was exported, as stored (2026-11-23T20:15:00+01:00).
formats-exported = Exportado el { $at }. Esta copia no está cifrada: guárdala en un lugar privado.
formats-empty = Todavía no hay nada en este periodo.
# The heading of each day: "Monday 23 November 2026" (chrono's % forms, as in language.ftl).
format-date-full = %A, %-d de %B de %Y
# A daily entry's figures, joined with " · ".
formats-mood = Ánimo: { $value } de 5
formats-closeness = Cercanía: { $value } de 10
formats-safety = Seguridad: { $value } de 10
# $tags: the person's tags, joined with commas.
formats-tags = Etiquetas: { $tags }
# A record marked to bring to the next session (also a label, followed by formats-yes).
formats-for-therapy = Para llevar a terapia
formats-yes = sí
# An episode's details (others are shared with the report: report-detail-…).
formats-label-felt = Lo que sentí
formats-label-story = Lo que me dije
formats-label-need = Lo que necesitaba
formats-label-did = Lo que hice
formats-label-next-time = La próxima vez me gustaría probar
# Followed by the day and time the one who paused said they would be back.
formats-label-pause = Pausa, vuelta prevista
formats-label-repairs = Lo que nos ayudó a volver a acercarnos
formats-label-tags = Etiquetas
# $at: the day and time they reconnected; $duration: how long after the episode (formats-minutes…).
formats-reconnected = { $at } ({ $duration } después)
formats-session = Sesión de terapia
formats-label-homework = Para practicar
formats-practice = Práctica
# Followed by the code of the secure response being practised.
formats-label-response = Respuesta que se practica
# When the practice runs; $from and $to: days as YYYY-MM-DD. The ** make the words bold.
formats-practice-from-to = **Del** { $from } **al** { $to }
formats-practice-since = **Desde el** { $from }
formats-checkin = Seguimiento de la práctica
# $done: yes, no or no_chance; $practice: the practice's id. The ** make the answer bold.
formats-checkin-done = **{ $done ->
    [yes] lo intenté
    [no] no lo intenté
   *[no_chance] ese día no hubo ocasión
}** (práctica { $practice })

## Lengths of time, short ("45 min", "3 h 10 min", "2 days 4 h"), also in the report.

formats-minutes = { $minutes } min
formats-hours = { $hours } h
formats-hours-minutes = { $hours } h { $minutes } min
formats-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
formats-days-hours = { $days ->
    [one] { $days } día
   *[other] { $days } días
} { $hours } h

## The CSV export's errors.

# $problem: what the CSV library said.
formats-csv-error = no se pudo escribir el CSV: { $problem }
formats-csv-not-utf8 = no se pudo escribir el CSV: el texto no es UTF-8 válido
