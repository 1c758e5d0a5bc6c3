## The Timeline (ui/src/screens/Timeline.svelte): each episode as a mark on a time axis, the
## person's on the top line and the partner's below, with lines joining the cycles, daily
## closeness and safety beneath, and therapy sessions as dashed lines. Dates and times come
## from the language's own formats.

timeline-title = Timeline
# $partner is the partner's name, or partner-default.
timeline-intro = Each mark is an episode: yours on the top line, { $partner }'s below. Lines joining marks are cycles — one move answered by the other's within a day.
timeline-empty = Nothing to show yet. Episodes you log will appear here, in time, so the shape of the cycle can show.
timeline-loading = Laying out your journal…

# The buttons above the chart (read by screen readers as one group): how much time to show,
# then move and zoom. The arrows and + and − show; their names are read aloud.
timeline-view = Timeline view
timeline-span-week = Week
timeline-span-month = Month
timeline-span-three-months = 3 months
timeline-span-year = Year
timeline-earlier = Earlier
timeline-later = Later
timeline-zoom-in = Zoom in
timeline-zoom-out = Zoom out
# The dates the view shows, from first to last (e.g. "25 Oct 2026 – 24 Nov 2026").
timeline-range = { $from } – { $to }

# The chart's name for screen readers, with its keys.
timeline-chart = Episodes over time. Arrow keys move between episodes, Enter opens one, plus and minus zoom, Page Up and Page Down move in time.
# Drawn on the chart: the name of the person's line (the partner's shows their name), and of
# the daily closeness and safety lines beneath. Keep them short.
timeline-lane-me = Me
timeline-lane-days = Closeness and safety

# The legend under the chart.
timeline-legend-pull-away = Pulling away
timeline-legend-pursuit = Pursuing
# The soft bar after a mark: the time until the partners reconnected.
timeline-legend-reconnect = Until we reconnected
timeline-legend-closeness = Closeness
timeline-legend-safety = Safety
timeline-legend-session = Therapy session
timeline-legend-help = Bigger marks: stronger episodes. Scroll or use + and − to zoom; drag or use ← → to move.

# One episode described under the chart (and in the list), its parts shown one after
# another with " · " between them. First when and what: $day (e.g. "Mon, 23 Nov 2026"),
# $time (e.g. 21:15), then what happened (words-headline, with $kind, $actor and $partner).
timeline-summary-what = { $day }, { $time }: { words-headline }
timeline-summary-intensity = intensity { $intensity } of 10
# $trigger is what set it off, in the person's own words.
timeline-summary-trigger = after “{ $trigger }”
# $duration is short, e.g. "45 min", "3 h", "2 d".
timeline-summary-reconnected = reconnected after { $duration }
timeline-summary-no-reconnection = no reconnection noted
timeline-summary-hint = Point at a mark, or focus the timeline and use the arrow keys, to see an episode here.
# Opens a list of the episodes in view, one line each.
timeline-list = { $count ->
    [one] The { $count } episode in view, as a list
   *[other] The { $count } episodes in view, as a list
}
