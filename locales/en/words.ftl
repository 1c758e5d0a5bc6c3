## Plain, blame-free words for records (ui/src/lib/words.ts): lists, "On this day", the
## journal, conflicts between computers.

# What happened, without blame. $kind is "pull_away" or "pursuit", $actor "me" or "partner",
# $partner the partner's name (or partner-default).
words-headline = { $actor ->
    [me] { $kind ->
        [pursuit] I pursued
       *[pull_away] I pulled away
    }
   *[partner] { $kind ->
        [pursuit] { $partner } pursued
       *[pull_away] { $partner } pulled away
    }
}
# An episode with what set it off: the headline, a dash, then the start of $trigger (the
# person's own words).
words-gist-episode = { words-headline } — { $trigger }
# Fallbacks when a record has no words of its own.
words-gist-entry = A daily entry with no words
words-gist-session = A therapy session
words-gist-practice = A practice
words-gist-checkin = A practice check-in
