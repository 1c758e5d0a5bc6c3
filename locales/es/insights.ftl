## Insights (ui/src/screens/Insights.svelte, components/CycleMap.svelte, components/Bars.svelte)
## and short durations (ui/src/lib/chart.ts). The sentences under the headings come from
## the core, already translated. The screen speaks in the first person ("my episodes").

insights-title = Patrones
# Quick choices for the range shown; $count is a number.
insights-preset-weeks = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
insights-preset-months = { $count ->
    [one] { $count } mes
   *[other] { $count } meses
}
# Screen-reader name of the row of range choices.
insights-range = Periodo
# Before the two date fields: "From [date] to [date]".
insights-from = Del
insights-to = al

insights-weekly = Episodios por semana
# Read by screen readers for the chart; $sentence: the core's sentence about the episodes.
insights-weekly-chart = Episodios por semana, según quién y de qué tipo. { $sentence }
insights-intensity = Intensidad
insights-intensity-chart = Intensidad media por semana, de 0 a 10, con su tendencia. { $sentence }
insights-reconnect = Tiempo hasta volver a acercarnos
insights-reconnect-chart = Mediana del tiempo hasta volver a acercarnos, por semana. { $sentence }

insights-cycles = Ciclos
# The most common cycle is drawn as two boxes (one per move) joined by arrows.
insights-cycle-loop = El ciclo más frecuente, dibujado como un bucle
# Under the first move; $trigger: what set it off, in the person's own words.
insights-cycle-after = después de «{ $trigger }»
insights-cycle-count = { $count ->
    [one] Una vez
   *[other] { $count } veces
} en este periodo, cada una con respuesta en menos de un día.
# Another way the cycle began, as one sentence: the first move, then the answer to it, how
# often, and (when $after is "yes") what set it off. $first_actor/$then_actor: "me" or
# "partner"; $first_kind/$then_kind: "pull_away" or "pursuit"; $partner: the partner's name,
# or partner-default when $named is "no".
insights-cycle-other = { $first_actor ->
    [me] { $first_kind ->
        [pursuit] Insistí
       *[pull_away] Me alejé
    }
   *[partner] { $first_kind ->
        [pursuit] { $partner } insistió
       *[pull_away] { $partner } se alejó
    }
} y luego { $then_actor ->
    [me] { $then_kind ->
        [pursuit] insistí
       *[pull_away] me alejé
    }
   *[partner] { $named ->
        [yes] { $then_kind ->
            [pursuit] { $partner } insistió
           *[pull_away] { $partner } se alejó
        }
       *[no] { $then_kind ->
            [pursuit] mi pareja insistió
           *[pull_away] mi pareja se alejó
        }
    }
}: { $count ->
    [one] una vez
   *[other] { $count } veces
}{ $after ->
    [yes] , después de «{ $trigger }»
   *[no] {""}
}

insights-practice = Práctica entre sesiones
# Follows a practice's own words (in bold). $checked: days with a check-in (Today's "did you
# try it?"), of $days the practice ran; $tried: days it was tried. When $used is "yes",
# $episodes of my own episodes used the practised response.
insights-practice-figures = : seguimiento en { $checked } de { $days ->
    [one] { $days } día
   *[other] { $days } días
}; la probé en { $tried }{ $used ->
    [yes] ; la usé en { $episodes } de mis episodios
   *[no] {""}
}.
insights-practice-caption = Cada semana: seguimientos (la probé / todos) y mis episodios en los que usé una respuesta que practico
# Column headings of that table.
insights-col-week = Semana del
insights-col-tried = La probé
insights-col-checkins = Seguimientos
insights-col-used = Usada en episodios

insights-repairs = Las pausas y la vuelta
insights-triggers = Qué lo desencadenó
insights-behaviors = Qué forma tomó
insights-responses = Respuestas seguras que practiqué
insights-months-caption = Cada mes: mis propios episodios con una respuesta segura
# Column headings: the month, the share of episodes with a secure response, and of how many.
insights-col-month = Mes
insights-col-rate = Proporción
insights-col-of = Total
# A share, e.g. "40%"; $percent is the number.
insights-percent = { $percent } %

insights-heatmap = Cuándo ocurren los episodios
insights-heatmap-caption = Episodios por día de la semana y hora del día
# A cell's tooltip: $day a short weekday ("Mon"), $time an hour ("21:00"), $count episodes.
insights-heatmap-cell = { $day } { $time } — { $count }
insights-loading = Leyendo tus patrones…

# Short durations on axes and in tables; the number is already written as the language
# writes it ("1.5").
insights-duration-minutes = { $minutes } min
insights-duration-hours = { $hours } h
insights-duration-days = { $days } d
