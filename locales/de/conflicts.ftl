## Records changed on two computers at once (ui/src/components/Conflicts.svelte, shown at the
## top of the Journal): the version shown now beside the other version, both kept until the
## person chooses one.

conflicts-title = Auf zwei Computern geändert
conflicts-intro = Diese Einträge wurden auf zwei deiner Computer geändert, bevor die beiden wieder auf demselben Stand waren. Beide Versionen bleiben erhalten, bis du dich entscheidest.
# Which record it is. $type is the kind of record (entry, episode, session, practice,
# checkin); $day is its date, written out (e.g. "Monday, 23 November 2026").
conflicts-record = { $type ->
    [entry] Ein Tageseintrag vom { $day }
    [episode] Eine Episode vom { $day }
    [session] Eine Sitzung vom { $day }
    [practice] Eine Übung vom { $day }
   *[checkin] Ein Check-in vom { $day }
}
# Label above the version the app shows now.
conflicts-shown-now = Jetzt angezeigt
# Instead of the shown version, when the record was deleted on one computer.
conflicts-deleted = Auf einem deiner Computer gelöscht
# Label above the other version. $device is the first characters of that computer's id (e.g. "b7c8d9").
conflicts-other-version = Die andere Version, von einem anderen Computer ({ $device })
# Buttons: take the other version, or keep what is shown (or keep it deleted).
conflicts-keep-other = Stattdessen diese behalten
conflicts-keep-shown = Angezeigte Version behalten
conflicts-keep-deleted = Gelöscht lassen
# Said once the choice is made.
conflicts-done-other = Erledigt: Die andere Version wird jetzt auf allen Computern angezeigt.
conflicts-done-shown = Erledigt: Die angezeigte Version bleibt.
