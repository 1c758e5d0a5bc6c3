## Plain, blame-free words for records (ui/src/lib/words.ts): lists, "On this day", the
## journal, conflicts between computers.

# What happened, without blame. $kind is "pull_away" or "pursuit", $actor "me" or "partner",
# $partner the partner's name (or partner-default).
words-headline = { $actor ->
    [me] { $kind ->
        [pursuit] Ich bin { $partner } nachgegangen
       *[pull_away] Ich habe mich zurückgezogen
    }
   *[partner] { $kind ->
        [pursuit] { $partner } ist mir nachgegangen
       *[pull_away] { $partner } hat sich zurückgezogen
    }
}
# An episode with what set it off: the headline, a dash, then the start of $trigger (the
# person's own words).
words-gist-episode = { words-headline } – { $trigger }
# Fallbacks when a record has no words of its own.
words-gist-entry = Ein Tageseintrag ohne Text
words-gist-session = Eine Therapiesitzung
words-gist-practice = Eine Übung
words-gist-checkin = Ein Check-in zu einer Übung
