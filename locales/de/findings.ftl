## The Insights screen's own sentences (src/insights.rs); the others are the report's
## (report.ftl). Quoted words ($trigger) are the person's own.

finding-no-intensity = In diesem Zeitraum wurden keine Intensitäten notiert.
finding-no-pauses = In diesem Zeitraum wurden keine Pausen mit angekündigter Rückkehrzeit eingetragen.
finding-no-repairs = Bisher ist nichts dazu notiert, was euch geholfen hat, wieder zueinanderzufinden.
finding-no-cycle-map = In diesem Zeitraum gibt es keinen Kreislauf zu zeichnen: Auf keinen Schritt hat die andere Person innerhalb eines Tages mit einem eigenen reagiert.
# Said while fewer than five episodes are logged in the range.
finding-encouragement = { $count ->
    [0] In diesem Zeitraum ist noch keine Episode eingetragen.
    [one] In diesem Zeitraum ist bisher eine Episode eingetragen.
   *[other] In diesem Zeitraum sind bisher { $count } Episoden eingetragen.
} Muster zeigen sich, wenn du ein paar Wochen lang einträgst, was passiert – jeder Eintrag, den du hinzufügst, macht diese Seite nützlicher, für dich und für deine Sitzungen.
# $trigger: what set a cycle off, lower-cased; $count: the cycles it started; $total: all cycles.
finding-trigger-most = Die meisten Kreisläufe begannen nach „{ $trigger }“ ({ $count } von { $total }).
finding-trigger-top = „{ $trigger }“ hat mehr Kreisläufe ausgelöst als alles andere ({ $count } von { $total }).
# $count is always 2 or more.
finding-trigger-often = „{ $trigger }“ hat am häufigsten etwas ausgelöst ({ $count }-mal).
finding-trigger-once = Bisher kam jeder aufgeschriebene Auslöser nur einmal vor.
# $behavior: the catalogue's words for it (lower-cased where report-lower-labels says so).
finding-behavior-top = Der am häufigsten notierte Schritt: { $behavior } ({ $count ->
    [one] einmal
   *[other] { $count }-mal
}).
finding-heatmap-empty = Noch nichts, was sich auf die Woche verteilen ließe.
# $day: monday … sunday; $in_day: the episodes on that weekday; $total: all episodes;
# $hour: the start of the hour ("20:00"); $in_hour: the episodes in that hour.
finding-heatmap = Episoden gab es am häufigsten { $day ->
    [monday] montags
    [tuesday] dienstags
    [wednesday] mittwochs
    [thursday] donnerstags
    [friday] freitags
    [saturday] samstags
   *[sunday] sonntags
} ({ $in_day } von { $total }) und in der Stunde ab { $hour } Uhr ({ $in_hour }).
