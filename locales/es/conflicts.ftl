## Records changed on two computers at once (ui/src/components/Conflicts.svelte, shown at the
## top of the Journal): the version shown now beside the other version, both kept until the
## person chooses one.

conflicts-title = Cambiado en dos ordenadores
conflicts-intro = Estos registros se cambiaron en dos de tus ordenadores antes de que se sincronizaran entre sí. Se guardan las dos versiones hasta que elijas.
# Which record it is. $type is the kind of record (entry, episode, session, practice,
# checkin); $day is its date, written out (e.g. "Monday, 23 November 2026").
conflicts-record = { $type ->
    [entry] Una entrada del { $day }
    [episode] Un episodio del { $day }
    [session] Una sesión del { $day }
    [practice] Una práctica del { $day }
   *[checkin] Un seguimiento de práctica del { $day }
}
# Label above the version the app shows now.
conflicts-shown-now = La que se ve ahora
# Instead of the shown version, when the record was deleted on one computer.
conflicts-deleted = Se borró en uno de tus ordenadores
# Label above the other version. $device is the first characters of that computer's id (e.g. "b7c8d9").
conflicts-other-version = La otra versión, de otro ordenador ({ $device })
# Buttons: take the other version, or keep what is shown (or keep it deleted).
conflicts-keep-other = Quedarme con esta
conflicts-keep-shown = Quedarme con la que se ve
conflicts-keep-deleted = Dejarlo borrado
# Said once the choice is made.
conflicts-done-other = Listo: ahora se ve la otra versión, en todos tus ordenadores.
conflicts-done-shown = Listo: se queda la versión que se veía.
