# The language's own name, shown in Settings → Language.
language-name = English
# The system locale whose month and weekday names and number forms the report and the
# command line use (glibc's name for it).
language-locale = en_GB
