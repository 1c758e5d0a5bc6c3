## Records changed on two computers at once (ui/src/components/Conflicts.svelte, shown at the
## top of the Journal): the version shown now beside the other version, both kept until the
## person chooses one.

conflicts-title = Changed on two computers
conflicts-intro = These were changed on two of your computers before they had caught up with each other. Both versions are kept until you choose.
# Which record it is. $type is the kind of record (entry, episode, session, practice,
# checkin); $day is its date, written out (e.g. "Monday, 23 November 2026").
conflicts-record = { $type ->
    [entry] A daily entry of { $day }
    [episode] An episode of { $day }
    [session] A session of { $day }
    [practice] A practice of { $day }
   *[checkin] A check-in of { $day }
}
# Label above the version the app shows now.
conflicts-shown-now = Shown now
# Instead of the shown version, when the record was deleted on one computer.
conflicts-deleted = Deleted on one of your computers
# Label above the other version. $device is the first characters of that computer's id (e.g. "b7c8d9").
conflicts-other-version = The other version, from another computer ({ $device })
# Buttons: take the other version, or keep what is shown (or keep it deleted).
conflicts-keep-other = Keep this one instead
conflicts-keep-shown = Keep the one shown
conflicts-keep-deleted = Let it stay deleted
# Said once the choice is made.
conflicts-done-other = Done: the other version is the one shown now, on every computer.
conflicts-done-shown = Done: the version shown stays.
