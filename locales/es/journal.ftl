## The Journal (ui/src/screens/Journal.svelte): every record, newest first, grouped by day,
## with a search box and filters. Records changed on two computers are in conflicts.ftl.

journal-title = Diario
journal-search = Busca en todo lo que has escrito

# The filters. Each label is followed by its choices.
journal-filter-type = Mostrar
journal-filter-type-all = Todo
journal-filter-type-entries = Entradas del día
journal-filter-type-episodes = Episodios
journal-filter-type-sessions = Sesiones
# The kind of episode.
journal-filter-kind = Tipo
journal-filter-kind-any = Cualquiera
journal-filter-kind-pull-away = Alejarse
journal-filter-kind-pursuit = Insistir
# Who pulled away or pursued: the person, or the partner (shown by name).
journal-filter-actor = Quién
journal-filter-actor-either = Cualquiera
journal-filter-actor-me = Yo
journal-filter-tag = Etiqueta
journal-filter-tag-any = Cualquiera
# A checkbox: show only the records marked to bring to therapy.
journal-filter-flagged = Solo lo que llevo a terapia

journal-empty = Aquí todavía no hay nada.
# How many records the filters find.
journal-count = { $count ->
    [one] { $count } registro
   *[other] { $count } registros
}

# A daily entry in the list.
journal-entry = Entrada del día
# After a record's title, when it is marked to bring to therapy.
journal-for-therapy = para terapia
# The details under a record, shown one after another with " · " between them.
journal-mood = Ánimo: { $mood } de 5
journal-closeness = Cercanía: { $closeness }
journal-safety = Seguridad: { $safety }
journal-intensity = Intensidad: { $intensity } de 10
# When the partners reconnected after an episode: $time (e.g. 22:40) on the same day,
# $day (e.g. "Tuesday, 24 November 2026") on a later one.
journal-reconnected-at = volvimos a acercarnos a las { $time }
journal-reconnected-on = volvimos a acercarnos el { $day }
# $feelings is the person's own list of feelings, e.g. "hurt, anxious".
journal-felt = sentí: { $feelings }
journal-session = Sesión de terapia
# What the therapist suggested practising; $homework is the person's own words.
journal-homework = Para practicar: { $homework }
# A practice the person started (something from therapy to try between sessions).
journal-practice = Empecé a practicar
journal-practice-until = Empecé a practicar, hasta el { $day }
# A daily check on a practice. $done is "yes", "no" or "no_chance".
journal-checkin = { $done ->
    [yes] Seguimiento de la práctica: lo intenté
    [no] Seguimiento de la práctica: no lo intenté
   *[no_chance] Seguimiento de la práctica: ese día no hubo ocasión
}

# Buttons on each record. A screen reader hears the longer name, chosen by $type
# (entry, episode, session, practice, checkin); the short word is what shows.
journal-edit = Editar
journal-edit-this = { $type ->
    [entry] Editar esta entrada
    [episode] Editar este episodio
   *[session] Editar esta sesión
}
journal-delete = Borrar
journal-delete-this = { $type ->
    [entry] Borrar esta entrada
    [episode] Borrar este episodio
    [session] Borrar esta sesión
    [practice] Borrar esta práctica
   *[checkin] Borrar este seguimiento
}
journal-show-more = Mostrar más

# Said after a delete, with an Undo button. Plainly true: the daily backups still hold the
# record, sealed, for up to ten days. $type is the kind of record deleted.
journal-deleted = { $type ->
    [entry] Entrada borrada. Se conserva una copia cifrada y bloqueada en tus copias de seguridad diarias durante diez días como máximo.
    [episode] Episodio borrado. Se conserva una copia cifrada y bloqueada en tus copias de seguridad diarias durante diez días como máximo.
    [practice] Práctica borrada. Se conserva una copia cifrada y bloqueada en tus copias de seguridad diarias durante diez días como máximo.
    [checkin] Seguimiento borrado. Se conserva una copia cifrada y bloqueada en tus copias de seguridad diarias durante diez días como máximo.
   *[other] Sesión borrada. Se conserva una copia cifrada y bloqueada en tus copias de seguridad diarias durante diez días como máximo.
}
journal-undo = Deshacer
