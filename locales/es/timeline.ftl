## The Timeline (ui/src/screens/Timeline.svelte): each episode as a mark on a time axis, the
## person's on the top line and the partner's below, with lines joining the cycles, daily
## closeness and safety beneath, and therapy sessions as dashed lines. Dates and times come
## from the language's own formats.

timeline-title = Cronología
# $partner is the partner's name, or partner-default.
timeline-intro = Cada marca es un episodio: los tuyos en la línea de arriba y los de { $partner } debajo. Las líneas que unen marcas son ciclos: un movimiento al que la otra persona responde con el suyo en menos de un día.
timeline-empty = Todavía no hay nada que mostrar. Los episodios que anotes irán apareciendo aquí, a lo largo del tiempo, para que se vea la forma del ciclo.
timeline-loading = Preparando tu diario…

# The buttons above the chart (read by screen readers as one group): how much time to show,
# then move and zoom. The arrows and + and − show; their names are read aloud.
timeline-view = Vista de la cronología
timeline-span-week = Semana
timeline-span-month = Mes
timeline-span-three-months = 3 meses
timeline-span-year = Año
timeline-earlier = Antes
timeline-later = Después
timeline-zoom-in = Acercar
timeline-zoom-out = Alejar
# The dates the view shows, from first to last (e.g. "25 Oct 2026 – 24 Nov 2026").
timeline-range = { $from } – { $to }

# The chart's name for screen readers, with its keys.
timeline-chart = Episodios a lo largo del tiempo. Con las flechas pasas de un episodio a otro; con Intro abres uno; con más y menos acercas o alejas; con Re Pág y Av Pág te mueves en el tiempo.
# Drawn on the chart: the name of the person's line (the partner's shows their name), and of
# the daily closeness and safety lines beneath. Keep them short.
timeline-lane-me = Yo
timeline-lane-days = Cercanía y seguridad

# The legend under the chart.
timeline-legend-pull-away = Alejarse
timeline-legend-pursuit = Insistir
# The soft bar after a mark: the time until the partners reconnected.
timeline-legend-reconnect = Hasta que volvimos a acercarnos
timeline-legend-closeness = Cercanía
timeline-legend-safety = Seguridad
timeline-legend-session = Sesión de terapia
timeline-legend-help = Marcas más grandes: episodios más intensos. Desplázate o usa + y − para acercar o alejar; arrastra o usa ← → para moverte.

# One episode described under the chart (and in the list), its parts shown one after
# another with " · " between them. First when and what: $day (e.g. "Mon, 23 Nov 2026"),
# $time (e.g. 21:15), then what happened (words-headline, with $kind, $actor and $partner).
timeline-summary-what = { $day }, { $time }: { words-headline }
timeline-summary-intensity = intensidad { $intensity } de 10
# $trigger is what set it off, in the person's own words.
timeline-summary-trigger = después de «{ $trigger }»
# $duration is short, e.g. "45 min", "3 h", "2 d".
timeline-summary-reconnected = volvimos a acercarnos al cabo de { $duration }
timeline-summary-no-reconnection = sin anotar cuándo volvimos a acercarnos
timeline-summary-hint = Pasa el puntero por una marca, o sitúate en la cronología y usa las flechas, para ver aquí un episodio.
# Opens a list of the episodes in view, one line each.
timeline-list = { $count ->
    [one] El episodio a la vista, en forma de lista
   *[other] Los { $count } episodios a la vista, en forma de lista
}
