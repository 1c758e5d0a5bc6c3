## The report's sentences (src/report/sentences.rs), shared with the Insights screen.
## Variables named $unit and $n say the length of the period: $unit is day, week, weeks
## or days, and $n the number of weeks or days.

# "23 October – 19 November 2026".
report-range = { $from } – { $to }
# The period's length alone, in the report's heading line ("compared with the 4 weeks before").
report-period = { $unit ->
    [day] día
    [week] semana
    [weeks] { $n } semanas
   *[days] { $n } días
}
# $kind: pull_away or pursuit. $who: both, partner or me (who made these moves).
report-kind-count = { $kind ->
    [pull_away] { $count ->
        [one] 1 alejamiento
       *[other] { $count } alejamientos
    }
   *[pursuit] { $count ->
        [one] 1 insistencia
       *[other] { $count } insistencias
    }
} ({ $who ->
    [both] { $by_partner } de { $partner }, { $by_me } por tu parte
    [partner] { $by_partner } de { $partner }
   *[me] { $by_me } por tu parte
})
# Two parts of a list: "3 pull-aways (…) and 2 pursuits (…)".
report-and = { $a } y { $b }
report-episodes = Anotaste { $count ->
    [one] 1 episodio
   *[other] { $count } episodios
}: { $parts }.
report-no-episodes = Anotaste 0 episodios { $unit ->
    [day] en este día
    [week] esta semana
    [weeks] en estas { $n } semanas
   *[days] en estos { $n } días
}.
report-fewer-than-before = { $diff ->
    [one] Es { $diff } menos
   *[other] Son { $diff } menos
} que { $unit ->
    [day] el día anterior
    [week] la semana anterior
    [weeks] en las { $n } semanas anteriores
   *[days] en los { $n } días anteriores
} ({ $before }).
report-more-than-before = { $diff ->
    [one] Es { $diff } más
   *[other] Son { $diff } más
} que { $unit ->
    [day] el día anterior
    [week] la semana anterior
    [weeks] en las { $n } semanas anteriores
   *[days] en los { $n } días anteriores
} ({ $before }).
report-same-as-before = El mismo número que { $unit ->
    [day] el día anterior
    [week] la semana anterior
    [weeks] en las { $n } semanas anteriores
   *[days] en los { $n } días anteriores
}.
# $trend: easing, rising, steady or none; $slope: the change per week.
report-intensity = La intensidad media fue de { $mean } sobre 10{ $trend ->
    [easing] , con un descenso de { $slope } por semana
    [rising] , con un aumento de { $slope } por semana
    [steady] , estable
   *[none] {""}
}.
report-intensity-before = La intensidad media fue de { $mean } sobre 10 (antes: { $before }){ $trend ->
    [easing] , con un descenso de { $slope } por semana
    [rising] , con un aumento de { $slope } por semana
    [steady] , estable
   *[none] {""}
}.
# $dir: down, up, same or none (no figure before); $tail: p90 or none.
report-reconnection = Volver a acercarse llevó una mediana de { $median }{ $dir ->
    [down] , menos que antes ({ $before })
    [up] , más que antes ({ $before })
    [same] , más o menos lo mismo que antes ({ $before })
   *[none] {""}
}{ $tail ->
    [p90] ; 9 de cada 10 veces llevó { $p90 } o menos
   *[none] {""}
}.
report-no-reconnection = No se anotó cuánto se tardó en volver a acercarse.
report-pauses-no-return = { $count ->
    [one] Se hizo 1 pausa
   *[other] Se hicieron { $count } pausas
} con hora de vuelta; todavía no se ha anotado ninguna vuelta.
report-pauses = { $count ->
    [one] Se hizo 1 pausa
   *[other] Se hicieron { $count } pausas
} con hora de vuelta; { $returned ->
    [one] { $returned } terminó con la vuelta
   *[other] { $returned } terminaron con la vuelta
}, y { $on_time ->
    [one] { $on_time } fue a tiempo
   *[other] { $on_time } fueron a tiempo
} (como mucho 15 minutos después de la hora indicada).
# $repair and $quickest: what helped, in the catalogue's words.
report-repairs = Lo que con más frecuencia ayudó a volver a acercarse: { $repair } ({ $count ->
    [one] 1 vez
   *[other] { $count } veces
}{ $has_median ->
    [yes] , con una mediana de { $median } hasta lograrlo
   *[no] {""}
}){ $has_quickest ->
    [yes] ; lo más rápido: { $quickest } ({ $quickest_time })
   *[no] {""}
}.
report-rate-none = Ninguno de los episodios de este periodo fue un movimiento tuyo, así que no hay respuestas que contar.
report-rate = Probaste una respuesta segura en { $tried } de tus { $count ->
    [one] 1 episodio
   *[other] { $count } episodios
} ({ $percent } %).
report-rate-before = Probaste una respuesta segura en { $tried } de tus { $count ->
    [one] 1 episodio
   *[other] { $count } episodios
} ({ $percent } %); antes: { $before } %.
# A move inside a sentence: $actor is me or partner, $kind pull_away or pursuit.
report-move = { $actor ->
    [me] { $kind ->
        [pull_away] te alejaste
       *[pursuit] insististe
    }
   *[partner] { $kind ->
        [pull_away] { $partner } se alejó
       *[pursuit] { $partner } insistió
    }
}
# The same move as a clause of its own, in the sentence about the most common cycle.
report-move-main = { $actor ->
    [me] { $kind ->
        [pull_away] te alejaste
       *[pursuit] insististe
    }
   *[partner] { $kind ->
        [pull_away] { $partner } se alejó
       *[pursuit] { $partner } insistió
    }
}
report-no-cycles = Esta vez no hubo ciclos: ningún movimiento tuvo respuesta de la otra persona en menos de un día.
# $start: a report-move. $all: yes when every cycle started that way.
report-cycles = { $count ->
    [one] 1 ciclo
   *[other] { $count } ciclos
}: un movimiento de una persona al que la otra responde con el suyo en menos de un día. { $all ->
    [yes] { $count ->
        [one] Empezó
       *[other] Todos empezaron
    }
   *[no] { $top } de { $count } empezaron
} cuando { $start }.
report-cycles-trigger = { $count ->
    [one] { $count } empezó después de «{ $trigger }».
   *[other] { $count } empezaron después de «{ $trigger }».
}
# $first and $then: report-move; $moves: short words for what the first move looked like.
report-cycle-map = Lo más frecuente{ $share ->
    [all] {""}
   *[some] {" "}({ $count } de { $total } ciclos)
}: { $first }{ $has_moves ->
    [yes] {" "}({ $moves })
   *[no] {""}
} y { $then } en menos de un día{ $has_trigger ->
    [yes] , después de «{ $trigger }»
   *[no] {""}
}.
# "all" when a catalogue label is lower-cased inside a sentence, "none" when it keeps its capitals.
report-lower-labels = all
report-quoted = «{ $text }»
report-a-practice = Una práctica
# $answer: yes, no or no_chance; $n: how many days were answered so.
report-checkin-answer = { $answer ->
    [yes] sí { $n }
    [no] no { $n }
   *[no_chance] sin ocasión { $n }
}
# $what: the practice; $used: used, not_yet or none (no response to look for).
report-practice = { $what }: seguimiento en { $checked } de { $days ->
    [one] 1 día
   *[other] { $days } días
}{ $has_answers ->
    [yes] {" "}({ $answers })
   *[no] {""}
}{ $used ->
    [used] ; usada en { $episodes ->
        [one] 1 episodio
       *[other] { $episodes } episodios
    }
    [not_yet] ; todavía sin usar en ningún episodio
   *[none] {""}
}.

## The report's page (src/report/templates/, src/report/render.rs, src/report/charts.rs).

report-title = Para mi sesión de terapia
report-title-range = Para mi sesión de terapia: { $range }
# $period: a report-period ("4 weeks"); $previous: the range of the period before.
report-subtitle = { $range } · en comparación con el periodo anterior ({ $period }, { $previous })
# $made: yes when the day it was made is known ($at).
report-made-with = Creado con Ebb{ $made ->
    [yes] {" "}el { $at }
   *[no] {""}
}. En comparación con el periodo anterior ({ $period }, { $previous }).
report-footer = Creado con Ebb{ $made ->
    [yes] {" "}el { $at }
   *[no] {""}
}. Un registro privado de lo que pasó, para poder hablarlo; no es un diagnóstico.
report-at-a-glance = De un vistazo
report-episode-count = { $count ->
    [one] 1 episodio en este periodo
   *[other] { $count } episodios en este periodo
}
report-episode-count-sentence = { $count ->
    [one] 1 episodio en este periodo.
   *[other] { $count } episodios en este periodo.
}
report-episodes-per-week = Episodios por semana
# The chart's legend: $actor me or partner, $kind pull_away or pursuit.
report-legend = { $actor ->
    [me] { $kind ->
        [pull_away] Me alejé
       *[pursuit] Insistí
    }
   *[partner] { $kind ->
        [pull_away] { $partner } se alejó
       *[pursuit] { $partner } insistió
    }
}
report-intensity-per-week = Intensidad media por semana (0–10)
report-chart-weekly = Episodios por semana, según el tipo y quién
report-chart-intensity = Intensidad media por semana, de 0 a 10
# A week on the charts' axis, by its ISO number.
report-week = S{ $week }
report-cycles-heading = Ciclos
report-col-when = Cuándo
report-col-started = Empezó cuando
report-col-trigger = Qué lo desencadenó
report-col-moves = Movimientos
report-col-lasted = Duró
# When a cycle began: $day (format-date-cycle) and $time.
report-cycle-when = { $day }, { $time }
report-and-more = Y { $count } más.
report-triggers-heading = Qué lo desencadenó
report-left-out = No se incluye en esta copia.
report-no-triggers = No se anotaron detonantes.
report-no-triggers-period = No se anotaron detonantes en este periodo.
report-behaviors-heading = Qué forma tomó
report-no-behaviors = No se anotaron conductas.
report-no-behaviors-period = No se anotaron conductas en este periodo.
report-responses-heading = Lo que practiqué
report-no-responses = No se anotaron respuestas seguras.
report-no-responses-period = No se anotaron respuestas seguras en este periodo.
report-practice-heading = Práctica entre sesiones
report-no-practice = No hubo ninguna práctica en marcha en este periodo.
report-sessions-heading = Sesiones en este periodo
report-latest-sessions = Las últimas { $shown } de { $count }:
report-session-homework = { $date } — para practicar: { $homework }
report-no-sessions = No se anotaron sesiones en este periodo.
report-flagged-heading = De lo que quiero hablar
report-flagged-count = { $count ->
    [0] No se marcó nada para llevar a esta sesión.
    [one] Marqué 1 cosa para hablar; va a continuación de este resumen.
   *[other] Marqué { $count } cosas para hablar; van a continuación de este resumen.
}
report-flagged-when = { $day }, { $time }
report-daily-entry = Entrada del día
report-detail-wrote = Escribí
report-detail-trigger = Qué lo desencadenó
report-detail-behaviors = Qué forma tomó
report-detail-intensity = Intensidad
report-detail-felt = Sentí
report-detail-story = Me dije
report-detail-need = Necesitaba
report-detail-did = Hice
report-detail-reconnected = Volvimos a acercarnos
report-detail-next-time = La próxima vez
report-detail-notes = Notas
report-of-ten = { $value } de 10
report-after = después de { $time }
# The legend's name for the partner when none was given.
report-partner-label = Pareja
# The partner inside a sentence when no name was given.
report-your-partner = tu pareja
report-template-error = plantilla del resumen: { $problem }
report-render-error = no se pudo generar el resumen: { $problem }
