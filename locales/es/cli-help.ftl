## The command line's help (src/cli/args.rs: the English here is the doc comments there,
## and a test keeps them equal). Ids follow the command tree: cli-about-<command>,
## cli-arg-<command>-<option>, cli-value-<placeholder>. Codes, option names and examples
## in backticks stay as they are.

cli-after-help = Empieza con `ebb init`, luego escribe una línea al día con `ebb write "..."` y anota
    cada vez que alguien se aleja o insiste con `ebb episode --kind pull_away --actor partner`.
    Una pausa es un episodio con la hora a la que dijiste que volverías
    (`--return-at "2026-11-23 20:20"`); cuando hayas vuelto,
    `ebb edit ID --reconnected-at "2026-11-23 20:30" --repair talked_it_through`.
    
    Varios ordenadores: `ebb sync init CARPETA` en el primero, comparte CARPETA con Syncthing (o
    cualquier programa que sincronice carpetas) y luego `ebb init --from-sync CARPETA` en el otro;
    `ebb sync` intercambia los cambios.
    
    Algo que practicar entre sesiones: `ebb practice add "Nombrar el patrón" --response
    named_the_pattern`, y luego cada día `ebb checkin ID --done yes` (o no, o no_chance).
    
    Si alguien pudiera conocer tu frase de contraseña, `ebb passwd` elige una nueva y `ebb rekey`
    cambia la propia clave (cada registro se vuelve a sellar); `ebb recovery-key --new` sustituye
    una clave de recuperación que alguien haya visto o copiado.
    
    La frase de contraseña se pide en un campo que no muestra lo que escribes. Los scripts pueden
    darla con --passphrase-file ARCHIVO, o con la variable de entorno EBB_PASSPHRASE (menos
    seguro: otros programas del mismo usuario podrían leer el entorno de un proceso).
    
    El diario está en $XDG_DATA_HOME/ebb/journal.ebb (~/.local/share/ebb/journal.ebb), salvo que
    --journal RUTA o EBB_JOURNAL indiquen otra cosa.
    
    Códigos de salida: 0 hecho, 2 uso o datos incorrectos, 3 frase de contraseña o clave de
    recuperación incorrecta, 4 diario dañado o manipulado, 1 cualquier otra cosa.
cli-about = Ebb: un diario privado y cifrado para el ciclo de insistir y alejarse
cli-arg-journal = El archivo del diario [por defecto: ~/.local/share/ebb/journal.ebb, o $EBB_JOURNAL]
cli-arg-passphrase_file = Leer la frase de contraseña de la primera línea de ARCHIVO en lugar de preguntarla
cli-about-init = Crear un diario nuevo y mostrar una vez su clave de recuperación; o, con --from-sync, el diario de este ordenador a partir del que tu otro ordenador guarda en una carpeta de sincronización
cli-arg-init-recovery_key_file = Escribir la clave de recuperación en ARCHIVO (creado con permisos 0600) en lugar de mostrarla; con --from-sync, leer la clave de recuperación del diario de ARCHIVO en lugar de pedir su frase de contraseña
cli-arg-init-from_sync = La carpeta de sincronización que tu otro ordenador preparó con `ebb sync init`
cli-arg-init-new_passphrase_file = Con --from-sync: leer la nueva frase de contraseña de este ordenador de ARCHIVO (o definir EBB_NEW_PASSPHRASE)
cli-about-write = Añadir una entrada del día cuyo texto es exactamente TEXTO
cli-arg-write-text = El texto de la entrada, guardado tal cual
cli-arg-write-date = El día de la entrada, AAAA-MM-DD [por defecto: hoy]
cli-arg-write-mood = Ánimo, de 1 (bajo) a 5 (bueno)
cli-arg-write-closeness = Hasta qué punto te sentiste cerca de tu pareja, de 0 a 10
cli-arg-write-safety = Hasta qué punto te sentiste a salvo con tu pareja, de 0 a 10
cli-arg-write-tags = Una etiqueta (repítela para añadir más; en `edit`, sustituye la lista)
cli-arg-write-for_therapy = Marcarla para llevarla a terapia
cli-about-episode = Anotar un episodio de alejarse o de insistir
cli-arg-episode-kind = pull_away (alejarse) o pursuit (insistir)
cli-arg-episode-actor = Quién lo hizo: me (yo) o partner (mi pareja)
cli-arg-episode-occurred_at = Cuándo empezó: RFC 3339, u hora local "AAAA-MM-DD HH:MM" [por defecto: ahora]
cli-arg-episode-reconnected_at = Cuándo volviste a acercarte a tu pareja, si ya ha ocurrido
cli-arg-episode-return_at = Una pausa: cuándo prometió volver quien hizo la pausa
cli-arg-episode-trigger = Qué lo desencadenó, con tus palabras
cli-arg-episode-behaviors = Un código de conducta como shut_down o chased (repítelo para añadir más; también valen tus propios códigos)
cli-arg-episode-intensity = Con qué intensidad, de 0 a 10
cli-arg-episode-feelings = Un sentimiento (repítelo para añadir más)
cli-arg-episode-story = La historia que te contaste sobre lo que significaba
cli-arg-episode-need = Lo que necesitabas en el fondo
cli-arg-episode-responses = Un código de respuesta como named_the_pattern (repítelo para añadir más)
cli-arg-episode-repairs = Lo que ayudó a volver a acercarse, un código como talked_it_through (repítelo para añadir más)
cli-arg-episode-next_time = Lo que te gustaría probar la próxima vez
cli-arg-episode-notes = Cualquier otra cosa
cli-arg-episode-tags = Una etiqueta (repítela para añadir más; en `edit`, sustituye la lista)
cli-arg-episode-for_therapy = Marcarlo para llevarlo a terapia
cli-about-session = Anotar una sesión de terapia
cli-arg-session-date = El día de la sesión, AAAA-MM-DD [por defecto: hoy]
cli-arg-session-notes = De qué hablaste
cli-arg-session-homework = Lo que acordaste practicar
cli-about-list = Mostrar entradas, episodios y sesiones, los más recientes primero
cli-arg-list-from = Solo registros de esta fecha en adelante, AAAA-MM-DD
cli-arg-list-to = Solo registros hasta esta fecha, AAAA-MM-DD
cli-arg-list-last = Mostrar solo los N registros más recientes
cli-arg-list-json = Mostrar JSON en lugar de texto legible
cli-about-search = Buscar registros cuyo texto contenga BÚSQUEDA (sin importar mayúsculas)
cli-arg-search-query = Las palabras que buscar
cli-arg-search-json = Mostrar JSON en lugar de texto legible
cli-about-export = Escribir una copia sin cifrar del diario (JSON, Markdown o CSV)
cli-arg-export-format = El tipo de archivo: json, markdown o csv
cli-arg-export-from = Solo registros de esta fecha en adelante, AAAA-MM-DD
cli-arg-export-to = Solo registros hasta esta fecha, AAAA-MM-DD
cli-arg-export-output = Escribir en ARCHIVO en lugar de la salida estándar
cli-about-patterns = Los patrones detrás de la cronología (ciclos, detonantes, tiempo hasta volver a acercarse…) en JSON
cli-arg-patterns-from = Solo registros de esta fecha en adelante, AAAA-MM-DD
cli-arg-patterns-to = Solo registros hasta esta fecha, AAAA-MM-DD
cli-about-report = Un resumen de una página para llevar a la sesión de terapia [por defecto: los últimos 28 días]
cli-arg-report-from = Primer día, AAAA-MM-DD [por defecto: 27 días antes de --to]
cli-arg-report-to = Último día, AAAA-MM-DD [por defecto: hoy]
cli-arg-report-since_last_session = Desde el día de tu última sesión anotada hasta hoy
cli-arg-report-format = El tipo de documento: markdown, html o json
cli-arg-report-language = Escribirlo en este idioma (en, es, de) [por defecto: el del diario]
cli-arg-report-output = Escribir en ARCHIVO en lugar de la salida estándar
cli-about-import = Añadir los registros de una exportación JSON de Ebb o, con --from, las entradas exportadas de otra app (todo o nada; se puede repetir sin riesgo)
cli-arg-import-file = Una exportación hecha con `ebb export`, o con la app que indica --from
cli-arg-import-from = La app de la que viene el archivo: dayone (el .zip exportado de Day One o el .json que contiene), jrnl (`jrnl --export json`) o minidiarium (la exportación JSON de Mini Diarium o de Mini Diary)
cli-about-passwd = Cambiar la frase de contraseña
cli-arg-passwd-new_passphrase_file = Leer la nueva frase de contraseña de ARCHIVO (o definir EBB_NEW_PASSPHRASE)
cli-about-rekey = Cambiar la propia clave de datos: cada registro se vuelve a sellar con una clave nueva, y hay una nueva clave de recuperación (la anterior deja de funcionar); la frase de contraseña no cambia
cli-arg-rekey-recovery_key_file = Escribir la nueva clave de recuperación en ARCHIVO (creado con permisos 0600) en lugar de mostrarla
cli-about-recovery-key = Sustituir la clave de recuperación; la anterior deja de funcionar
cli-arg-recovery-key-new = Crear una nueva clave de recuperación (la única acción; obligatoria para que nunca ocurra por accidente)
cli-arg-recovery-key-recovery_key_file = Escribir la nueva clave de recuperación en ARCHIVO (creado con permisos 0600) en lugar de mostrarla
cli-about-recover = Elegir una nueva frase de contraseña con la clave de recuperación
cli-arg-recover-recovery_key_file = El archivo con la clave de recuperación que mostró `ebb init`
cli-arg-recover-new_passphrase_file = Leer la nueva frase de contraseña de ARCHIVO (o definir EBB_NEW_PASSPHRASE)
cli-about-backup = Escribir una copia cifrada del diario en ARCHIVO (misma frase de contraseña)
cli-arg-backup-file = Dónde escribir la copia (no debe existir todavía)
cli-about-verify = Comprobar que ningún registro esté dañado ni manipulado
cli-about-show = Mostrar un registro completo en JSON
cli-arg-show-id = El id del registro (como lo muestra `ebb list --json`)
cli-about-edit = Cambiar algunos campos de una entrada, un episodio, una sesión, una práctica o un seguimiento; el resto queda igual
cli-arg-edit-id = El id del registro
cli-arg-edit-text = El nuevo texto de la entrada, guardado tal cual
cli-arg-edit-date = El día de la entrada o de la sesión, AAAA-MM-DD
cli-arg-edit-kind = pull_away (alejarse) o pursuit (insistir)
cli-arg-edit-actor = Quién lo hizo: me (yo) o partner (mi pareja)
cli-arg-edit-mood = Ánimo, de 1 (bajo) a 5 (bueno)
cli-arg-edit-closeness = Hasta qué punto te sentiste cerca de tu pareja, de 0 a 10
cli-arg-edit-safety = Hasta qué punto te sentiste a salvo con tu pareja, de 0 a 10
cli-arg-edit-occurred_at = Cuándo empezó: RFC 3339, u hora local "AAAA-MM-DD HH:MM" [por defecto: ahora]
cli-arg-edit-reconnected_at = Cuándo volviste a acercarte a tu pareja, si ya ha ocurrido
cli-arg-edit-return_at = Una pausa: cuándo prometió volver quien hizo la pausa
cli-arg-edit-trigger = Qué lo desencadenó, con tus palabras
cli-arg-edit-behaviors = Un código de conducta como shut_down o chased (repítelo para añadir más; también valen tus propios códigos)
cli-arg-edit-intensity = Con qué intensidad, de 0 a 10
cli-arg-edit-feelings = Un sentimiento (repítelo para añadir más)
cli-arg-edit-story = La historia que te contaste sobre lo que significaba
cli-arg-edit-need = Lo que necesitabas en el fondo
cli-arg-edit-responses = Un código de respuesta como named_the_pattern (repítelo para añadir más)
cli-arg-edit-repairs = Lo que ayudó a volver a acercarse, un código como talked_it_through (repítelo para añadir más)
cli-arg-edit-next_time = Lo que te gustaría probar la próxima vez
cli-arg-edit-notes = Notas de un episodio o de una sesión
cli-arg-edit-homework = La tarea de una sesión: lo que acordaste practicar
cli-arg-edit-started_on = El primer día de una práctica, AAAA-MM-DD
cli-arg-edit-session_id = La sesión de una práctica (su id)
cli-arg-edit-done = La respuesta de un seguimiento: yes, no o no_chance
cli-arg-edit-note = La línea de un seguimiento
cli-arg-edit-tags = Una etiqueta (repítela para añadir más; en `edit`, sustituye la lista)
cli-arg-edit-for_therapy = Marcarlo para llevarlo a terapia
cli-arg-edit-clear = Vaciar un campo, p. ej. `--clear reconnected_at` (repítelo para vaciar más)
cli-about-delete = Borrar un registro
cli-arg-delete-id = El id del registro
cli-about-practice = Algo que practicar entre sesiones: add (añadir), end (terminar), list (listar)
cli-about-practice-add = Empezar una práctica (desde hoy, salvo que --from diga otra cosa)
cli-arg-practice-add-text = Lo que vas a practicar, con tus palabras
cli-arg-practice-add-response = La respuesta segura de la que se trata, un código como named_the_pattern
cli-arg-practice-add-started_on = El primer día, AAAA-MM-DD [por defecto: hoy]
cli-arg-practice-add-session_id = La sesión de la que viene (su id)
cli-about-practice-end = Terminar una práctica (hoy, salvo que --on diga otra cosa)
cli-arg-practice-end-id = El id de la práctica
cli-arg-practice-end-on = El último día de la práctica, AAAA-MM-DD [por defecto: hoy]
cli-about-practice-list = Todas las prácticas, primero las que siguen en marcha
cli-arg-practice-list-json = Mostrar JSON en lugar de texto legible
cli-about-checkin = Anotar (o sustituir) el seguimiento de un día de una práctica
cli-arg-checkin-practice_id = El id de la práctica
cli-arg-checkin-done = yes (sí), no o no_chance (no hubo ocasión)
cli-arg-checkin-date = El día, AAAA-MM-DD [por defecto: hoy]
cli-arg-checkin-note = Una línea sobre cómo fue
cli-about-sync = Intercambiar ahora los cambios con tus otros ordenadores a través de la carpeta de sincronización; `sync init` conecta este diario a una carpeta y `sync status` muestra los dispositivos
cli-about-sync-init = Conectar este diario a CARPETA (se crea si no existe; debe estar vacía) y enviar todo lo que contiene; comparte CARPETA con tu otro ordenador mediante Syncthing o cualquier programa que sincronice carpetas
cli-arg-sync-init-folder = La carpeta a través de la que sincronizar
cli-about-sync-status = La carpeta, el id de dispositivo de este ordenador y cada dispositivo con la hora de su último cambio
cli-value-a = A
cli-value-answer = RESPUESTA
cli-value-app = APP
cli-value-c = C
cli-value-d = D
cli-value-f = F
cli-value-field = CAMPO
cli-value-file = ARCHIVO
cli-value-folder = CARPETA
cli-value-format = FORMATO
cli-value-code = CÓDIGO
cli-value-for_therapy = PARA_TERAPIA
cli-value-id = ID
cli-value-json = JSON
cli-value-k = K
cli-value-n = N
cli-value-new = NUEVA
cli-value-path = RUTA
cli-value-practice_id = ID_PRÁCTICA
cli-value-query = BÚSQUEDA
cli-value-since_last_session = DESDE_ÚLTIMA_SESIÓN
cli-value-t = T
cli-value-text = TEXTO
cli-value-time = HORA
# In the usage line: "ebb export [OPCIONES]".
cli-value-options = OPCIONES
cli-value-command = COMANDO

## The help's frame and clap's complaints (src/cli/help.rs).

cli-heading-usage = Uso:
cli-heading-options = Opciones
cli-heading-arguments = Argumentos
cli-heading-commands = Comandos
cli-arg-help = Mostrar la ayuda
cli-arg-version = Mostrar la versión
# An option's help with its default value after it.
cli-default = { $help } [por defecto: { $value }]
# $problem is one of the cli-error-… lines below.
cli-usage-problem = { $problem } (consulta `ebb --help`)
cli-error-unknown-argument = argumento inesperado «{ $arg }»
cli-error-unknown-command = comando desconocido «{ $command }»
cli-error-missing = faltan estos argumentos obligatorios: { $args }
cli-error-missing-command = falta un comando
cli-error-conflict = el argumento «{ $arg }» no se puede usar junto con «{ $other }»
cli-error-value = valor no válido «{ $value }» para «{ $arg }»
# $why: the reason, in Ebb's words.
cli-error-value-why = valor no válido «{ $value }» para «{ $arg }»: { $why }
# Why a score or an intensity was refused: $min and $max are the ends of its range.
cli-error-range = tiene que ser un número entero del { $min } al { $max }
cli-error-too-many = valor inesperado «{ $value }» para «{ $arg }»
cli-error-value-needed = «{ $arg }» necesita un valor
cli-error-other = no se pueden leer estos argumentos
cli-panic = algo falló dentro de Ebb (un error del programa); este comando no ha modificado tu diario
