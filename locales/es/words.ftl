## Plain, blame-free words for records (ui/src/lib/words.ts): lists, "On this day", the
## journal, conflicts between computers.

# What happened, without blame. $kind is "pull_away" or "pursuit", $actor "me" or "partner",
# $partner the partner's name (or partner-default).
words-headline = { $actor ->
    [me] { $kind ->
        [pursuit] Insistí
       *[pull_away] Me alejé
    }
   *[partner] { $kind ->
        [pursuit] { $partner } insistió
       *[pull_away] { $partner } se alejó
    }
}
# An episode with what set it off: the headline, a dash, then the start of $trigger (the
# person's own words).
words-gist-episode = { words-headline } — { $trigger }
# Fallbacks when a record has no words of its own.
words-gist-entry = Una entrada del día sin texto
words-gist-session = Una sesión de terapia
words-gist-practice = Una práctica
words-gist-checkin = Un seguimiento de práctica
