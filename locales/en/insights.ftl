## Insights (ui/src/screens/Insights.svelte, components/CycleMap.svelte, components/Bars.svelte)
## and short durations (ui/src/lib/chart.ts). The sentences under the headings come from
## the core, already translated. The screen speaks in the first person ("my episodes").

insights-title = Insights
# Quick choices for the range shown; $count is a number.
insights-preset-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
insights-preset-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
# Screen-reader name of the row of range choices.
insights-range = Range
# Before the two date fields: "From [date] to [date]".
insights-from = From
insights-to = to

insights-weekly = Episodes per week
# Read by screen readers for the chart; $sentence: the core's sentence about the episodes.
insights-weekly-chart = Episodes per week, by who and what kind. { $sentence }
insights-intensity = Intensity
insights-intensity-chart = Average intensity per week, 0 to 10, with its trend. { $sentence }
insights-reconnect = Time to reconnect
insights-reconnect-chart = Median time to reconnect per week. { $sentence }

insights-cycles = Cycles
# The most common cycle is drawn as two boxes (one per move) joined by arrows.
insights-cycle-loop = The most common cycle, drawn as a loop
# Under the first move; $trigger: what set it off, in the person's own words.
insights-cycle-after = after ‘{ $trigger }’
insights-cycle-count = { $count ->
    [one] Once
   *[other] { $count } times
} in this period, each answered within a day.
# Another way the cycle began, as one sentence: the first move, then the answer to it, how
# often, and (when $after is "yes") what set it off. $first_actor/$then_actor: "me" or
# "partner"; $first_kind/$then_kind: "pull_away" or "pursuit"; $partner: the partner's name,
# or partner-default when $named is "no".
insights-cycle-other = { $first_actor ->
    [me] { $first_kind ->
        [pursuit] I pursued
       *[pull_away] I pulled away
    }
   *[partner] { $first_kind ->
        [pursuit] { $partner } pursued
       *[pull_away] { $partner } pulled away
    }
}, then { $then_actor ->
    [me] { $then_kind ->
        [pursuit] I pursued
       *[pull_away] I pulled away
    }
   *[partner] { $named ->
        [yes] { $then_kind ->
            [pursuit] { $partner } pursued
           *[pull_away] { $partner } pulled away
        }
       *[no] { $then_kind ->
            [pursuit] My partner pursued
           *[pull_away] My partner pulled away
        }
    }
}: { $count ->
    [one] once
   *[other] { $count } times
}{ $after ->
    [yes] , after ‘{ $trigger }’
   *[no] {""}
}

insights-practice = Practice between sessions
# Follows a practice's own words (in bold). $checked: days with a check-in (Today's "did you
# try it?"), of $days the practice ran; $tried: days it was tried. When $used is "yes",
# $episodes of my own episodes used the practised response.
insights-practice-figures = : checked in on { $checked } of { $days ->
    [one] { $days } day
   *[other] { $days } days
}, tried on { $tried }{ $used ->
    [yes] ; used in { $episodes } of my episodes
   *[no] {""}
}.
insights-practice-caption = Each week: check-ins (tried / all), and my episodes that used a practised response
# Column headings of that table.
insights-col-week = Week of
insights-col-tried = Tried
insights-col-checkins = Check-ins
insights-col-used = Used in episodes

insights-repairs = Pauses, and coming back
insights-triggers = What set things off
insights-behaviors = What it looked like
insights-responses = Secure responses I practised
insights-months-caption = Each month: my own episodes with a secure response
# Column headings: the month, the share of episodes with a secure response, and of how many.
insights-col-month = Month
insights-col-rate = Rate
insights-col-of = Of
# A share, e.g. "40%"; $percent is the number.
insights-percent = { $percent }%

insights-heatmap = When episodes happen
insights-heatmap-caption = Episodes by weekday and hour of the day
# A cell's tooltip: $day a short weekday ("Mon"), $time an hour ("21:00"), $count episodes.
insights-heatmap-cell = { $day } { $time } — { $count }
insights-loading = Reading your patterns…

# Short durations on axes and in tables; the number is already written as the language
# writes it ("1.5").
insights-duration-minutes = { $minutes } min
insights-duration-hours = { $hours } h
insights-duration-days = { $days } d
