## Using Ebb on several computers: Settings → "Use Ebb on more than one computer"
## (ui/src/components/SyncSettings.svelte) and, on the first run of the second computer,
## bringing the journal from the sync folder (ui/src/components/JoinFromSync.svelte).

sync-title = Usar Ebb en más de un ordenador

## Not connected yet.

sync-intro = Ebb nunca envía tu diario a ningún sitio por su cuenta. Para tenerlo en un segundo ordenador, elige una carpeta que un programa de sincronización de tu confianza mantenga igual en los dos: Syncthing, una unidad compartida o una memoria USB. Ebb solo pone ahí archivos sellados: sin tu frase de contraseña, nadie puede leer nada de esa carpeta.
sync-guide-folder = Crea una carpeta vacía para Ebb, por ejemplo «Ebb» en tu carpeta personal, y elígela abajo.
sync-guide-syncthing = Con Syncthing: añade esa carpeta en este ordenador y compártela con tu otro ordenador; acéptala allí.
sync-guide-other = En el otro ordenador, abre Ebb y elige «{ $button }» y, después, la misma carpeta.
sync-choose = Elegir una carpeta…
sync-choose-dialog = Elige una carpeta para mantener tu diario sincronizado
sync-connected = Conectado. { $count ->
    [one] Se ha puesto { $count } registro en la carpeta, sellado.
   *[other] Se han puesto { $count } registros en la carpeta, sellados.
}

## Connected.

sync-through = Tu diario se mantiene sincronizado a través de { $folder }.
sync-by-itself = Ebb sincroniza por su cuenta al desbloquear, un momento después de guardar y cuando llega algo a la carpeta.
sync-devices = Ordenadores que usan este diario
sync-device = Ordenador
sync-latest-change = Último cambio
sync-this-computer = Este ordenador
sync-other-computer = Otro ordenador ({ $id })
sync-nothing-yet = nada todavía
sync-no-other = Todavía no hay ningún otro ordenador. En él, instala Ebb, deja que tu programa de sincronización lleve allí esta carpeta y elige «{ $button }».
sync-conflicts = { $count ->
    [one] { $count } registro se cambió en dos ordenadores a la vez. Se guardan las dos versiones; la pantalla «{ $journal }» las muestra una junto a otra para que elijas.
   *[other] { $count } registros se cambiaron en dos ordenadores a la vez. Se guardan las dos versiones; la pantalla «{ $journal }» las muestra una junto a otra para que elijas.
}
sync-now = Sincronizar ahora
sync-exchanging = Sincronizando…
sync-last-exchange = Última sincronización: { $when }
sync-in-step = Todo está al día.
sync-exchanged = { $sent ->
    [one] Se ha enviado { $sent } cambio
   *[other] Se han enviado { $sent } cambios
} y { $received ->
    [one] se ha recibido { $received }
   *[other] se han recibido { $received }
}.

## Bringing the journal to a second computer (first run).

sync-join-title = Trae tu diario a este ordenador
sync-join-intro = Elige la carpeta que tu programa de sincronización (Syncthing, por ejemplo) ha traído aquí desde tu otro ordenador. Ebb crea a partir de ella el diario propio de este ordenador y, desde entonces, mantiene los dos sincronizados.
sync-join-folder = La carpeta de sincronización
sync-join-choose = Elegir la carpeta…
sync-join-choose-dialog = Elige la carpeta en la que tu otro ordenador guarda Ebb
sync-join-none = Todavía no has elegido ninguna
sync-join-open-with = Abrirlo con
sync-join-with-passphrase = La frase de contraseña que uso en mi otro ordenador
sync-join-with-key = Mi clave de recuperación
sync-join-key = Tu clave de recuperación
sync-join-other-passphrase = Frase de contraseña de tu otro ordenador
sync-join-new-passphrase = Elige una frase de contraseña para este ordenador
sync-join-again = Escríbela otra vez
sync-join-key-stays = Tu clave de recuperación sigue siendo la misma que en tu otro ordenador.
sync-join-need-folder = Elige primero la carpeta, por favor.
sync-join-need-key = Escribe tu clave de recuperación, por favor.
sync-join-need-passphrase = Escribe la frase de contraseña que usas en tu otro ordenador, por favor.
sync-join-differ = Las dos frases de contraseña para este ordenador todavía no coinciden.
sync-join-bringing = Trayendo tu diario…
sync-join-button = Traer mi diario aquí
sync-join-new-instead = Empezar un diario nuevo
