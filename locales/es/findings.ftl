## The Insights screen's own sentences (src/insights.rs); the others are the report's
## (report.ftl). Quoted words ($trigger) are the person's own.

finding-no-intensity = No se anotaron intensidades en este periodo.
finding-no-pauses = No se anotaron pausas con hora de vuelta en este periodo.
finding-no-repairs = Todavía no se ha anotado qué nos ayudó a volver a acercarnos.
finding-no-cycle-map = No hay ningún ciclo que dibujar en este periodo: ningún movimiento tuvo respuesta de la otra persona en menos de un día.
# Said while fewer than five episodes are logged in the range.
finding-encouragement = { $count ->
    [0] Todavía no hay episodios anotados en este periodo.
    [one] Por ahora hay un episodio anotado en este periodo.
   *[other] Por ahora hay { $count } episodios anotados en este periodo.
} Los patrones empiezan a verse después de unas semanas anotando: cada cosa que anotas hace esta página más útil, para ti y para tus sesiones.
# $trigger: what set a cycle off, lower-cased; $count: the cycles it started; $total: all cycles.
finding-trigger-most = La mayoría de los ciclos empezaron después de «{ $trigger }» ({ $count } de { $total }).
finding-trigger-top = «{ $trigger }» inició más ciclos que ninguna otra cosa ({ $count } de { $total }).
# $count is always 2 or more.
finding-trigger-often = «{ $trigger }» fue el detonante más frecuente ({ $count } veces).
finding-trigger-once = Por ahora, cada detonante anotado ha aparecido una sola vez.
# $behavior: the catalogue's words for it (lower-cased where report-lower-labels says so).
finding-behavior-top = El movimiento anotado más a menudo: { $behavior } ({ $count ->
    [one] 1 vez
   *[other] { $count } veces
}).
finding-heatmap-empty = Todavía no hay nada que situar en la semana.
# $day: monday … sunday; $in_day: the episodes on that weekday; $total: all episodes;
# $hour: the start of the hour ("20:00"); $in_hour: the episodes in that hour.
finding-heatmap = Los episodios fueron más frecuentes { $day ->
    [monday] los lunes
    [tuesday] los martes
    [wednesday] los miércoles
    [thursday] los jueves
    [friday] los viernes
    [saturday] los sábados
   *[sunday] los domingos
} ({ $in_day } de { $total }) y en la franja de las { $hour } ({ $in_hour }).
