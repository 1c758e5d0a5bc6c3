## The Insights screen's own sentences (src/insights.rs); the others are the report's
## (report.ftl). Quoted words ($trigger) are the person's own.

finding-no-intensity = No intensities were noted in this period.
finding-no-pauses = No pauses with a time to come back were logged in this period.
finding-no-repairs = Nothing was noted yet about what helped you reconnect.
finding-no-cycle-map = No cycle in this period to draw: no move was answered by the other's within a day.
# Said while fewer than five episodes are logged in the range.
finding-encouragement = { $count ->
    [0] No episodes are logged in this period yet.
    [one] One episode is logged in this period so far.
   *[other] { $count } episodes are logged in this period so far.
} Patterns start to show after a few weeks of logging — every entry you add makes this page more useful, for you and for your sessions.
# $trigger: what set a cycle off, lower-cased; $count: the cycles it started; $total: all cycles.
finding-trigger-most = Most cycles started after “{ $trigger }” ({ $count } of { $total }).
finding-trigger-top = “{ $trigger }” started more cycles than anything else ({ $count } of { $total }).
# $count is always 2 or more.
finding-trigger-often = “{ $trigger }” set things off most often ({ $count } times).
finding-trigger-once = Each trigger written down came up once so far.
# $behavior: the catalogue's words for it (lower-cased where report-lower-labels says so).
finding-behavior-top = The move logged most often: { $behavior } ({ $count ->
    [one] 1 time
   *[other] { $count } times
}).
finding-heatmap-empty = Nothing to place on the week yet.
# $day: monday … sunday; $in_day: the episodes on that weekday; $total: all episodes;
# $hour: the start of the hour ("20:00"); $in_hour: the episodes in that hour.
finding-heatmap = Episodes came most often on { $day ->
    [monday] Mondays
    [tuesday] Tuesdays
    [wednesday] Wednesdays
    [thursday] Thursdays
    [friday] Fridays
    [saturday] Saturdays
   *[sunday] Sundays
} ({ $in_day } of { $total }) and in the hour from { $hour } ({ $in_hour }).
