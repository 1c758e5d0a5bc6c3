## The Timeline (ui/src/screens/Timeline.svelte): each episode as a mark on a time axis, the
## person's on the top line and the partner's below, with lines joining the cycles, daily
## closeness and safety beneath, and therapy sessions as dashed lines. Dates and times come
## from the language's own formats.

timeline-title = Zeitleiste
# $partner is the partner's name, or partner-default.
timeline-intro = Jede Markierung ist eine Episode: deine auf der oberen Linie, die von { $partner } darunter. Linien zwischen Markierungen sind Kreisläufe: ein Schritt, auf den die andere Person innerhalb eines Tages mit einem eigenen reagiert.
timeline-empty = Noch nichts zu sehen. Episoden, die du einträgst, erscheinen hier in zeitlicher Folge, so wird die Form des Kreislaufs sichtbar.
timeline-loading = Dein Tagebuch wird aufbereitet …

# The buttons above the chart (read by screen readers as one group): how much time to show,
# then move and zoom. The arrows and + and − show; their names are read aloud.
timeline-view = Ansicht der Zeitleiste
timeline-span-week = Woche
timeline-span-month = Monat
timeline-span-three-months = 3 Monate
timeline-span-year = Jahr
timeline-earlier = Früher
timeline-later = Später
timeline-zoom-in = Vergrößern
timeline-zoom-out = Verkleinern
# The dates the view shows, from first to last (e.g. "25 Oct 2026 – 24 Nov 2026").
timeline-range = { $from } – { $to }

# The chart's name for screen readers, with its keys.
timeline-chart = Episoden im Lauf der Zeit. Pfeiltasten wechseln zwischen Episoden, die Eingabetaste öffnet eine, Plus und Minus zoomen, Bild auf und Bild ab springen in der Zeit.
# Drawn on the chart: the name of the person's line (the partner's shows their name), and of
# the daily closeness and safety lines beneath. Keep them short.
timeline-lane-me = Ich
timeline-lane-days = Nähe und Sicherheit

# The legend under the chart.
timeline-legend-pull-away = Rückzug
timeline-legend-pursuit = Nachgehen
# The soft bar after a mark: the time until the partners reconnected.
timeline-legend-reconnect = Bis wir wieder zueinanderfinden
timeline-legend-closeness = Nähe
timeline-legend-safety = Sicherheit
timeline-legend-session = Therapiesitzung
timeline-legend-help = Größere Markierungen: stärkere Episoden. Scrolle oder nutze + und −, um zu zoomen; zieh oder nutze ← →, um dich in der Zeit zu bewegen.

# One episode described under the chart (and in the list), its parts shown one after
# another with " · " between them. First when and what: $day (e.g. "Mon, 23 Nov 2026"),
# $time (e.g. 21:15), then what happened (words-headline, with $kind, $actor and $partner).
timeline-summary-what = { $day }, { $time }: { words-headline }
timeline-summary-intensity = Intensität { $intensity } von 10
# $trigger is what set it off, in the person's own words.
timeline-summary-trigger = nach „{ $trigger }“
# $duration is short, e.g. "45 min", "3 h", "2 d".
timeline-summary-reconnected = nach { $duration } wieder zueinandergefunden
timeline-summary-no-reconnection = nicht eingetragen, wann ihr wieder zueinandergefunden habt
timeline-summary-hint = Zeig auf eine Markierung oder wähle die Zeitleiste aus und nutze die Pfeiltasten, dann siehst du hier die Episode.
# Opens a list of the episodes in view, one line each.
timeline-list = { $count ->
    [one] Die Episode in dieser Ansicht als Liste
   *[other] Die { $count } Episoden in dieser Ansicht als Liste
}
