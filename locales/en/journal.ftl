## The Journal (ui/src/screens/Journal.svelte): every record, newest first, grouped by day,
## with a search box and filters. Records changed on two computers are in conflicts.ftl.

journal-title = Journal
journal-search = Search everything you wrote

# The filters. Each label is followed by its choices.
journal-filter-type = Show
journal-filter-type-all = Everything
journal-filter-type-entries = Daily entries
journal-filter-type-episodes = Episodes
journal-filter-type-sessions = Sessions
# The kind of episode.
journal-filter-kind = Kind
journal-filter-kind-any = Any
journal-filter-kind-pull-away = Pulling away
journal-filter-kind-pursuit = Pursuing
# Who pulled away or pursued: the person, or the partner (shown by name).
journal-filter-actor = Who
journal-filter-actor-either = Either
journal-filter-actor-me = Me
journal-filter-tag = Tag
journal-filter-tag-any = Any
# A checkbox: show only the records marked to bring to therapy.
journal-filter-flagged = For therapy only

journal-empty = Nothing here yet.
# How many records the filters find.
journal-count = { $count ->
    [one] { $count } record
   *[other] { $count } records
}

# A daily entry in the list.
journal-entry = Daily entry
# After a record's title, when it is marked to bring to therapy.
journal-for-therapy = for therapy
# The details under a record, shown one after another with " · " between them.
journal-mood = Mood { $mood } of 5
journal-closeness = Closeness { $closeness }
journal-safety = Safety { $safety }
journal-intensity = Intensity { $intensity } of 10
# When the partners reconnected after an episode: $time (e.g. 22:40) on the same day,
# $day (e.g. "Tuesday, 24 November 2026") on a later one.
journal-reconnected-at = reconnected { $time }
journal-reconnected-on = reconnected { $day }
# $feelings is the person's own list of feelings, e.g. "hurt, anxious".
journal-felt = felt { $feelings }
journal-session = Therapy session
# What the therapist suggested practising; $homework is the person's own words.
journal-homework = To practise: { $homework }
# A practice the person started (something from therapy to try between sessions).
journal-practice = Started practising
journal-practice-until = Started practising, until { $day }
# A daily check on a practice. $done is "yes", "no" or "no_chance".
journal-checkin = { $done ->
    [yes] Practice check-in: tried it
    [no] Practice check-in: did not try it
   *[no_chance] Practice check-in: no chance that day
}

# Buttons on each record. A screen reader hears the longer name, chosen by $type
# (entry, episode, session, practice, checkin); the short word is what shows.
journal-edit = Edit
journal-edit-this = { $type ->
    [entry] Edit this entry
    [episode] Edit this episode
   *[session] Edit this session
}
journal-delete = Delete
journal-delete-this = { $type ->
    [entry] Delete this entry
    [episode] Delete this episode
    [session] Delete this session
    [practice] Delete this practice
   *[checkin] Delete this check-in
}
journal-show-more = Show more

# Said after a delete, with an Undo button. Plainly true: the daily backups still hold the
# record, sealed, for up to ten days. $type is the kind of record deleted.
journal-deleted = { $type ->
    [entry] Entry deleted. A locked, encrypted copy stays in your daily backups for up to ten days.
    [episode] Episode deleted. A locked, encrypted copy stays in your daily backups for up to ten days.
    [practice] Practice deleted. A locked, encrypted copy stays in your daily backups for up to ten days.
    [checkin] Check-in deleted. A locked, encrypted copy stays in your daily backups for up to ten days.
   *[other] Session deleted. A locked, encrypted copy stays in your daily backups for up to ten days.
}
journal-undo = Undo
