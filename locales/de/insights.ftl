## Insights (ui/src/screens/Insights.svelte, components/CycleMap.svelte, components/Bars.svelte)
## and short durations (ui/src/lib/chart.ts). The sentences under the headings come from
## the core, already translated. The screen speaks in the first person ("my episodes").

insights-title = Muster
# Quick choices for the range shown; $count is a number.
insights-preset-weeks = { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
insights-preset-months = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
# Screen-reader name of the row of range choices.
insights-range = Zeitraum
# Before the two date fields: "From [date] to [date]".
insights-from = Von
insights-to = bis

insights-weekly = Episoden pro Woche
# Read by screen readers for the chart; $sentence: the core's sentence about the episodes.
insights-weekly-chart = Episoden pro Woche, nach Person und Art. { $sentence }
insights-intensity = Intensität
insights-intensity-chart = Durchschnittliche Intensität pro Woche, 0 bis 10, mit ihrem Trend. { $sentence }
insights-reconnect = Bis wir wieder zueinanderfinden
insights-reconnect-chart = Wie lange es pro Woche gedauert hat, bis wir wieder zueinandergefunden haben (Median). { $sentence }

insights-cycles = Kreisläufe
# The most common cycle is drawn as two boxes (one per move) joined by arrows.
insights-cycle-loop = Der häufigste Kreislauf, als Schleife gezeichnet
# Under the first move; $trigger: what set it off, in the person's own words.
insights-cycle-after = nach „{ $trigger }“
insights-cycle-count = { $count ->
    [one] Einmal
   *[other] { $count }-mal
} in diesem Zeitraum, jeweils innerhalb eines Tages beantwortet.
# Another way the cycle began, as one sentence: the first move, then the answer to it, how
# often, and (when $after is "yes") what set it off. $first_actor/$then_actor: "me" or
# "partner"; $first_kind/$then_kind: "pull_away" or "pursuit"; $partner: the partner's name,
# or partner-default when $named is "no".
insights-cycle-other = { $first_actor ->
    [me] { $first_kind ->
        [pursuit] Ich bin { $partner } nachgegangen
       *[pull_away] Ich habe mich zurückgezogen
    }
   *[partner] { $first_kind ->
        [pursuit] { $partner } ist mir nachgegangen
       *[pull_away] { $partner } hat sich zurückgezogen
    }
}, dann { $then_actor ->
    [me] { $then_kind ->
        [pursuit] bin ich { $partner } nachgegangen
       *[pull_away] habe ich mich zurückgezogen
    }
   *[partner] { $named ->
        [yes] { $then_kind ->
            [pursuit] ist { $partner } mir nachgegangen
           *[pull_away] hat { $partner } sich zurückgezogen
        }
       *[no] { $then_kind ->
            [pursuit] ist { partner-default } mir nachgegangen
           *[pull_away] hat { partner-default } sich zurückgezogen
        }
    }
}: { $count ->
    [one] einmal
   *[other] { $count }-mal
}{ $after ->
    [yes] , nach „{ $trigger }“
   *[no] {""}
}

insights-practice = Üben zwischen den Sitzungen
# Follows a practice's own words (in bold). $checked: days with a check-in (Today's "did you
# try it?"), of $days the practice ran; $tried: days it was tried. When $used is "yes",
# $episodes of my own episodes used the practised response.
insights-practice-figures = : Check-in an { $checked } von { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}, an { $tried } ausprobiert{ $used ->
    [yes] ; in { $episodes } meiner Episoden genutzt
   *[no] {""}
}.
insights-practice-caption = Jede Woche: Check-ins (ausprobiert / alle) und meine Episoden, in denen ich eine geübte Reaktion genutzt habe
# Column headings of that table.
insights-col-week = Woche ab
insights-col-tried = Ausprobiert
insights-col-checkins = Check-ins
insights-col-used = In Episoden

insights-repairs = Pausen und Zurückkommen
insights-triggers = Was es ausgelöst hat
insights-behaviors = Wie es aussah
insights-responses = Sichere Reaktionen, die ich geübt habe
insights-months-caption = Jeden Monat: meine eigenen Episoden mit einer sicheren Reaktion
# Column headings: the month, the share of episodes with a secure response, and of how many.
insights-col-month = Monat
insights-col-rate = Anteil
insights-col-of = Gesamt
# A share, e.g. "40%"; $percent is the number.
insights-percent = { $percent } %

insights-heatmap = Wann Episoden vorkommen
insights-heatmap-caption = Episoden nach Wochentag und Tageszeit
# A cell's tooltip: $day a short weekday ("Mon"), $time an hour ("21:00"), $count episodes.
insights-heatmap-cell = { $day } { $time } – { $count }
insights-loading = Deine Muster werden geladen …

# Short durations on axes and in tables; the number is already written as the language
# writes it ("1.5").
insights-duration-minutes = { $minutes } min
insights-duration-hours = { $hours } h
insights-duration-days = { $days } Tg.
