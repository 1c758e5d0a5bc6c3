## The report's sentences (src/report/sentences.rs), shared with the Insights screen.
## Variables named $unit and $n say the length of the period: $unit is day, week, weeks
## or days, and $n the number of weeks or days.

# "23 October – 19 November 2026".
report-range = { $from } – { $to }
# The period's length alone, in the report's heading line ("compared with the 4 weeks before").
report-period = { $unit ->
    [day] Tag
    [week] Woche
    [weeks] { $n } Wochen
   *[days] { $n } Tage
}
# $kind: pull_away or pursuit. $who: both, partner or me (who made these moves).
report-kind-count = { $kind ->
    [pull_away] { $count ->
        [one] 1 mit Rückzug
       *[other] { $count } mit Rückzug
    }
   *[pursuit] { $count ->
        [one] 1 mit Nachgehen
       *[other] { $count } mit Nachgehen
    }
} ({ $who ->
    [both] { $by_partner } von { $partner }, { $by_me } von dir
    [partner] { $by_partner } von { $partner }
   *[me] { $by_me } von dir
})
# Two parts of a list: "3 pull-aways (…) and 2 pursuits (…)".
report-and = { $a } und { $b }
report-episodes = Du hast { $count ->
    [one] 1 Episode
   *[other] { $count } Episoden
} eingetragen: { $parts }.
report-no-episodes = Du hast { $unit ->
    [day] an diesem Tag
    [week] in dieser Woche
    [weeks] in diesen { $n } Wochen
   *[days] in diesen { $n } Tagen
} 0 Episoden eingetragen.
report-fewer-than-before = Das sind { $diff } weniger als { $unit ->
    [day] am Tag
    [week] in der Woche
    [weeks] in den { $n } Wochen
   *[days] in den { $n } Tagen
} davor ({ $before }).
report-more-than-before = Das sind { $diff } mehr als { $unit ->
    [day] am Tag
    [week] in der Woche
    [weeks] in den { $n } Wochen
   *[days] in den { $n } Tagen
} davor ({ $before }).
report-same-as-before = Genauso viele wie { $unit ->
    [day] am Tag
    [week] in der Woche
    [weeks] in den { $n } Wochen
   *[days] in den { $n } Tagen
} davor.
# $trend: easing, rising, steady or none; $slope: the change per week.
report-intensity = Die Intensität lag im Schnitt bei { $mean } von 10{ $trend ->
    [easing] {" "}und sank um { $slope } pro Woche
    [rising] {" "}und stieg um { $slope } pro Woche
    [steady] {" "}und blieb gleich
   *[none] {""}
}.
report-intensity-before = Die Intensität lag im Schnitt bei { $mean } von 10 (davor: { $before }){ $trend ->
    [easing] {" "}und sank um { $slope } pro Woche
    [rising] {" "}und stieg um { $slope } pro Woche
    [steady] {" "}und blieb gleich
   *[none] {""}
}.
# $dir: down, up, same or none (no figure before); $tail: p90 or none.
report-reconnection = Wieder zueinanderzufinden dauerte im Median { $median }{ $dir ->
    [down] , kürzer als davor ({ $before })
    [up] , länger als davor ({ $before })
    [same] , etwa so lange wie davor ({ $before })
   *[none] {""}
}{ $tail ->
    [p90] ; in 9 von 10 Fällen höchstens { $p90 }
   *[none] {""}
}.
report-no-reconnection = Es ist nicht eingetragen, wann ihr wieder zueinandergefunden habt.
report-pauses-no-return = { $count ->
    [one] 1 Pause wurde
   *[other] { $count } Pausen wurden
} mit angekündigter Rückkehrzeit gemacht; ein Zurückkommen ist noch nicht eingetragen.
report-pauses = { $count ->
    [one] 1 Pause wurde
   *[other] { $count } Pausen wurden
} mit angekündigter Rückkehrzeit gemacht; zurückgekommen: { $returned }, davon pünktlich: { $on_time } (höchstens 15 Minuten nach der angekündigten Zeit).
# $repair and $quickest: what helped, in the catalogue's words.
report-repairs = Am häufigsten half euch: { $repair } ({ $count ->
    [one] 1-mal
   *[other] { $count }-mal
}{ $has_median ->
    [yes] , im Median nach { $median }
   *[no] {""}
}){ $has_quickest ->
    [yes] ; am schnellsten: { $quickest } ({ $quickest_time })
   *[no] {""}
}.
report-rate-none = In diesem Zeitraum war keine Episode ein eigener Schritt von dir, daher gibt es keine Reaktionen zu zählen.
report-rate = Du hast in { $tried } von { $count ->
    [one] 1 eigenen Episode
   *[other] { $count } eigenen Episoden
} eine sichere Reaktion ausprobiert ({ $percent } %).
report-rate-before = Du hast in { $tried } von { $count ->
    [one] 1 eigenen Episode
   *[other] { $count } eigenen Episoden
} eine sichere Reaktion ausprobiert ({ $percent } %); davor: { $before } %.
# A move inside a sentence: $actor is me or partner, $kind pull_away or pursuit.
report-move = { $actor ->
    [me] { $kind ->
        [pull_away] du dich zurückgezogen hast
       *[pursuit] du { $partner } nachgegangen bist
    }
   *[partner] { $kind ->
        [pull_away] { $partner } sich zurückgezogen hat
       *[pursuit] { $partner } dir nachgegangen ist
    }
}
# The same move as a clause of its own, in the sentence about the most common cycle.
report-move-main = { $actor ->
    [me] { $kind ->
        [pull_away] du hast dich zurückgezogen
       *[pursuit] du bist { $partner } nachgegangen
    }
   *[partner] { $kind ->
        [pull_away] { $partner } hat sich zurückgezogen
       *[pursuit] { $partner } ist dir nachgegangen
    }
}
report-no-cycles = Diesmal keine Kreisläufe: Auf keinen Schritt hat die andere Person innerhalb eines Tages mit einem eigenen reagiert.
# $start: a report-move. $all: yes when every cycle started that way.
report-cycles = { $count ->
    [one] 1 Kreislauf
   *[other] { $count } Kreisläufe
} – ein Schritt, auf den die andere Person binnen eines Tages mit einem eigenen antwortete. { $all ->
    [yes] Alle begannen
   *[no] { $top } von { $count } begannen
}, als { $start }.
report-cycles-trigger = { $count ->
    [one] 1 davon begann
   *[other] { $count } davon begannen
} nach „{ $trigger }“.
# $first and $then: report-move; $moves: short words for what the first move looked like.
report-cycle-map = Am häufigsten{ $share ->
    [all] {""}
   *[some] {" "}({ $count } von { $total } Kreisläufen)
} – { $first }{ $has_moves ->
    [yes] {" "}({ $moves })
   *[no] {""}
} und { $then }, innerhalb eines Tages{ $has_trigger ->
    [yes] , nach „{ $trigger }“
   *[no] {""}
}.
# "all" when a catalogue label is lower-cased inside a sentence, "none" when it keeps its capitals.
report-lower-labels = none
report-quoted = „{ $text }“
report-a-practice = Eine Übung
# $answer: yes, no or no_chance; $n: how many days were answered so.
report-checkin-answer = { $answer ->
    [yes] ja: { $n }
    [no] nein: { $n }
   *[no_chance] ging nicht: { $n }
}
# $what: the practice; $used: used, not_yet or none (no response to look for).
report-practice = { $what }: an { $checked } von { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
} eingetragen{ $has_answers ->
    [yes] {" "}({ $answers })
   *[no] {""}
}{ $used ->
    [used] ; in { $episodes ->
        [one] 1 Episode
       *[other] { $episodes } Episoden
    } genutzt
    [not_yet] ; noch nicht genutzt
   *[none] {""}
}.

## The report's page (src/report/templates/, src/report/render.rs, src/report/charts.rs).

report-title = Für meine Therapiesitzung
report-title-range = Für meine Therapiesitzung: { $range }
# $period: a report-period ("4 weeks"); $previous: the range of the period before.
report-subtitle = { $range } · im Vergleich zum Zeitraum davor ({ $period }, { $previous })
# $made: yes when the day it was made is known ($at).
report-made-with = Erstellt mit Ebb{ $made ->
    [yes] {" "}am { $at }
   *[no] {""}
}. Im Vergleich zum Zeitraum davor ({ $period }, { $previous }).
report-footer = Erstellt mit Ebb{ $made ->
    [yes] {" "}am { $at }
   *[no] {""}
}. Eine private Aufzeichnung fürs Gespräch – keine Diagnose.
report-at-a-glance = Auf einen Blick
report-episode-count = { $count ->
    [one] 1 Episode in diesem Zeitraum
   *[other] { $count } Episoden in diesem Zeitraum
}
report-episode-count-sentence = { $count ->
    [one] 1 Episode in diesem Zeitraum.
   *[other] { $count } Episoden in diesem Zeitraum.
}
report-episodes-per-week = Episoden pro Woche
# The chart's legend: $actor me or partner, $kind pull_away or pursuit.
report-legend = { $actor ->
    [me] { $kind ->
        [pull_away] Rückzug: ich
       *[pursuit] Nachgehen: ich
    }
   *[partner] { $kind ->
        [pull_away] Rückzug: { $partner }
       *[pursuit] Nachgehen: { $partner }
    }
}
report-intensity-per-week = Durchschnittliche Intensität pro Woche (0–10)
report-chart-weekly = Episoden pro Woche nach Art und Person
report-chart-intensity = Durchschnittliche Intensität pro Woche, 0 bis 10
# A week on the charts' axis, by its ISO number.
report-week = KW { $week }
report-cycles-heading = Kreisläufe
report-col-when = Wann
report-col-started = Begann, als
report-col-trigger = Auslöser
report-col-moves = Schritte
report-col-lasted = Dauer
# When a cycle began: $day (format-date-cycle) and $time.
report-cycle-when = { $day }, { $time }
report-and-more = Und { $count } weitere.
report-triggers-heading = Was es ausgelöst hat
report-left-out = In dieser Kopie weggelassen.
report-no-triggers = Es wurden keine Auslöser aufgeschrieben.
report-no-triggers-period = In diesem Zeitraum wurden keine Auslöser aufgeschrieben.
report-behaviors-heading = Wie es aussah
report-no-behaviors = Es wurde kein Verhalten notiert.
report-no-behaviors-period = In diesem Zeitraum wurde kein Verhalten notiert.
report-responses-heading = Was ich geübt habe
report-no-responses = Es wurden keine sicheren Reaktionen notiert.
report-no-responses-period = In diesem Zeitraum wurden keine sicheren Reaktionen notiert.
report-practice-heading = Üben zwischen den Sitzungen
report-no-practice = In diesem Zeitraum lief keine Übung.
report-sessions-heading = Sitzungen in diesem Zeitraum
report-latest-sessions = Die letzten { $shown } von { $count }:
report-session-homework = { $date } – zum Üben: { $homework }
report-no-sessions = In diesem Zeitraum wurden keine Sitzungen eingetragen.
report-flagged-heading = Worüber ich sprechen möchte
report-flagged-count = { $count ->
    [0] Für diese Sitzung wurde nichts vorgemerkt.
    [one] Ich habe 1 Sache zum Besprechen vorgemerkt; sie folgt im Anschluss an diese Zusammenfassung.
   *[other] Ich habe { $count } Dinge zum Besprechen vorgemerkt; sie folgen im Anschluss an diese Zusammenfassung.
}
report-flagged-when = { $day }, { $time }
report-daily-entry = Tageseintrag
report-detail-wrote = Geschrieben
report-detail-trigger = Auslöser
report-detail-behaviors = Wie es aussah
report-detail-intensity = Intensität
report-detail-felt = Gefühlt
report-detail-story = Gedacht
report-detail-need = Gebraucht
report-detail-did = Getan
report-detail-reconnected = Wieder zueinandergefunden
report-detail-next-time = Nächstes Mal
report-detail-notes = Notizen
report-of-ten = { $value } von 10
report-after = nach { $time }
# The legend's name for the partner when none was given.
report-partner-label = Partner:in
# The partner inside a sentence when no name was given.
report-your-partner = Partner:in
report-template-error = Vorlage der Zusammenfassung: { $problem }
report-render-error = die Zusammenfassung ließ sich nicht erstellen: { $problem }
