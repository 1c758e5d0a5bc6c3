# The language's own name, shown in Settings → Language.
language-name = English
# The system locale whose month and weekday names and number forms the report and the
# command line use (glibc's name for it).
language-locale = en_GB

## How dates are written (chrono's % forms; month and weekday names come from the locale).

format-date-long = %-d %B %Y
format-date-short = %-d %B
format-date-weekday = %A %-d %B
# The day a cycle began, in the report's table: "Mon 23 Nov".
format-date-cycle = %a %-d %b
