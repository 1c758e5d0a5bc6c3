## The report's sentences (src/report/sentences.rs), shared with the Insights screen.
## Variables named $unit and $n say the length of the period: $unit is day, week, weeks
## or days, and $n the number of weeks or days.

# "23 October – 19 November 2026".
report-range = { $from } – { $to }
# The period's length alone, in the report's heading line ("compared with the 4 weeks before").
report-period = { $unit ->
    [day] day
    [week] week
    [weeks] { $n } weeks
   *[days] { $n } days
}
# $kind: pull_away or pursuit. $who: both, partner or me (who made these moves).
report-kind-count = { $kind ->
    [pull_away] { $count ->
        [one] 1 pull-away
       *[other] { $count } pull-aways
    }
   *[pursuit] { $count ->
        [one] 1 pursuit
       *[other] { $count } pursuits
    }
} ({ $who ->
    [both] { $by_partner } by { $partner }, { $by_me } by you
    [partner] { $by_partner } by { $partner }
   *[me] { $by_me } by you
})
# Two parts of a list: "3 pull-aways (…) and 2 pursuits (…)".
report-and = { $a } and { $b }
report-episodes = You logged { $count ->
    [one] 1 episode
   *[other] { $count } episodes
}: { $parts }.
report-no-episodes = You logged 0 episodes in { $unit ->
    [day] this day
    [week] this week
    [weeks] these { $n } weeks
   *[days] these { $n } days
}.
report-fewer-than-before = That is { $diff } fewer than the { $unit ->
    [day] day
    [week] week
    [weeks] { $n } weeks
   *[days] { $n } days
} before ({ $before }).
report-more-than-before = That is { $diff } more than the { $unit ->
    [day] day
    [week] week
    [weeks] { $n } weeks
   *[days] { $n } days
} before ({ $before }).
report-same-as-before = The same number as the { $unit ->
    [day] day
    [week] week
    [weeks] { $n } weeks
   *[days] { $n } days
} before.
# $trend: easing, rising, steady or none; $slope: the change per week.
report-intensity = Intensity averaged { $mean } out of 10{ $trend ->
    [easing] , easing by { $slope } a week
    [rising] , rising by { $slope } a week
    [steady] , holding steady
   *[none] {""}
}.
report-intensity-before = Intensity averaged { $mean } out of 10 (before: { $before }){ $trend ->
    [easing] , easing by { $slope } a week
    [rising] , rising by { $slope } a week
    [steady] , holding steady
   *[none] {""}
}.
# $dir: down, up, same or none (no figure before); $tail: p90 or none.
report-reconnection = Reconnecting took a median of { $median }{ $dir ->
    [down] , down from { $before } before
    [up] , up from { $before } before
    [same] , about the same as { $before } before
   *[none] {""}
}{ $tail ->
    [p90] ; 9 times in 10 it took { $p90 } or less
   *[none] {""}
}.
report-no-reconnection = No times of reconnecting were recorded.
report-pauses-no-return = { $count ->
    [one] 1 pause was
   *[other] { $count } pauses were
} taken with a time to come back; no return has been noted yet.
report-pauses = { $count ->
    [one] 1 pause was
   *[other] { $count } pauses were
} taken with a time to come back; { $returned } ended with coming back, { $on_time } of them on time (within 15 minutes of the time said).
# $repair and $quickest: what helped, in the catalogue's words.
report-repairs = What helped you reconnect most often: { $repair } ({ $count ->
    [one] 1 time
   *[other] { $count } times
}{ $has_median ->
    [yes] , a median of { $median } to reconnect
   *[no] {""}
}){ $has_quickest ->
    [yes] ; quickest: { $quickest } ({ $quickest_time })
   *[no] {""}
}.
report-rate-none = None of the episodes in this period were your own moves, so there are no responses to count.
report-rate = You tried a secure response in { $tried } of your { $count ->
    [one] 1 episode
   *[other] { $count } episodes
} ({ $percent }%).
report-rate-before = You tried a secure response in { $tried } of your { $count ->
    [one] 1 episode
   *[other] { $count } episodes
} ({ $percent }%); before: { $before }%.
# A move inside a sentence: $actor is me or partner, $kind pull_away or pursuit.
report-move = { $actor ->
    [me] { $kind ->
        [pull_away] you pulled away
       *[pursuit] you pursued
    }
   *[partner] { $kind ->
        [pull_away] { $partner } pulled away
       *[pursuit] { $partner } pursued
    }
}
# The same move as a clause of its own, in the sentence about the most common cycle.
report-move-main = { $actor ->
    [me] { $kind ->
        [pull_away] you pulled away
       *[pursuit] you pursued
    }
   *[partner] { $kind ->
        [pull_away] { $partner } pulled away
       *[pursuit] { $partner } pursued
    }
}
report-no-cycles = No cycles this time: no move was answered by the other's within a day.
# $start: a report-move. $all: yes when every cycle started that way.
report-cycles = { $count ->
    [one] 1 cycle
   *[other] { $count } cycles
} — one partner's move answered by the other's within a day. { $all ->
    [yes] All
   *[no] { $top } of { $count }
} started when { $start }.
report-cycles-trigger = { $count } began after “{ $trigger }”.
# $first and $then: report-move; $moves: short words for what the first move looked like.
report-cycle-map = Most often{ $share ->
    [all] {""}
   *[some] {" "}({ $count } of { $total } cycles)
}, { $first }{ $has_moves ->
    [yes] {" "}— { $moves } —
   *[no] {""}
} and { $then } within a day{ $has_trigger ->
    [yes] , after ‘{ $trigger }’
   *[no] {""}
}.
# "all" when a catalogue label is lower-cased inside a sentence, "none" when it keeps its capitals.
report-lower-labels = all
report-quoted = “{ $text }”
report-a-practice = A practice
# $answer: yes, no or no_chance; $n: how many days were answered so.
report-checkin-answer = { $answer ->
    [yes] tried { $n }
    [no] not { $n }
   *[no_chance] no chance { $n }
}
# $what: the practice; $used: used, not_yet or none (no response to look for).
report-practice = { $what }: checked in on { $checked } of { $days ->
    [one] 1 day
   *[other] { $days } days
}{ $has_answers ->
    [yes] {" "}({ $answers })
   *[no] {""}
}{ $used ->
    [used] ; used in { $episodes ->
        [one] 1 episode
       *[other] { $episodes } episodes
    }
    [not_yet] ; not yet used in an episode
   *[none] {""}
}.

## The report's page (src/report/templates/, src/report/render.rs, src/report/charts.rs).

report-title = For my therapy session
report-title-range = For my therapy session: { $range }
# $period: a report-period ("4 weeks"); $previous: the range of the period before.
report-subtitle = { $range } · compared with the { $period } before ({ $previous })
# $made: yes when the day it was made is known ($at).
report-made-with = Made with Ebb{ $made ->
    [yes] {" "}on { $at }
   *[no] {""}
}. Compared with the { $period } before ({ $previous }).
report-footer = Made with Ebb{ $made ->
    [yes] {" "}on { $at }
   *[no] {""}
}. A private record of what happened, for talking it through — not a diagnosis.
report-at-a-glance = At a glance
report-episode-count = { $count ->
    [one] 1 episode in this period
   *[other] { $count } episodes in this period
}
report-episode-count-sentence = { $count ->
    [one] 1 episode in this period.
   *[other] { $count } episodes in this period.
}
report-episodes-per-week = Episodes per week
# The chart's legend: $actor me or partner, $kind pull_away or pursuit.
report-legend = { $actor ->
    [me] { $kind ->
        [pull_away] I pulled away
       *[pursuit] I pursued
    }
   *[partner] { $kind ->
        [pull_away] { $partner } pulled away
       *[pursuit] { $partner } pursued
    }
}
report-intensity-per-week = Average intensity per week (0–10)
report-chart-weekly = Episodes per week by kind and by who
report-chart-intensity = Average intensity per week, 0 to 10
# A week on the charts' axis, by its ISO number.
report-week = W{ $week }
report-cycles-heading = Cycles
report-col-when = When
report-col-started = Started when
report-col-trigger = What set it off
report-col-moves = Moves
report-col-lasted = Lasted
# When a cycle began: $day (format-date-cycle) and $time.
report-cycle-when = { $day }, { $time }
report-and-more = And { $count } more.
report-triggers-heading = What set things off
report-left-out = Left out of this copy.
report-no-triggers = No triggers were written down.
report-no-triggers-period = No triggers were written down in this period.
report-behaviors-heading = What it looked like
report-no-behaviors = No behaviours were noted.
report-no-behaviors-period = No behaviours were noted in this period.
report-responses-heading = What I practised
report-no-responses = No secure responses were noted.
report-no-responses-period = No secure responses were noted in this period.
report-practice-heading = Practice between sessions
report-no-practice = No practice was running in this period.
report-sessions-heading = Sessions in this period
report-latest-sessions = The latest { $shown } of { $count }:
report-session-homework = { $date } — to practise: { $homework }
report-no-sessions = No sessions were logged in this period.
report-flagged-heading = I want to talk about
report-flagged-count = { $count ->
    [0] Nothing was marked to bring to this session.
    [one] I marked 1 thing to talk about; it follows this summary.
   *[other] I marked { $count } things to talk about; they follow this summary.
}
report-flagged-when = { $day }, { $time }
report-daily-entry = Daily entry
report-detail-wrote = Wrote
report-detail-trigger = What set it off
report-detail-behaviors = What it looked like
report-detail-intensity = Intensity
report-detail-felt = Felt
report-detail-story = Told myself
report-detail-need = Needed
report-detail-did = Did
report-detail-reconnected = Reconnected
report-detail-next-time = Next time
report-detail-notes = Notes
report-of-ten = { $value } of 10
report-after = after { $time }
# The legend's name for the partner when none was given.
report-partner-label = Partner
# The partner inside a sentence when no name was given.
report-your-partner = your partner
report-template-error = report template: { $problem }
report-render-error = could not render the report: { $problem }
