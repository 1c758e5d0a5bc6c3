## The Settings screen (ui/src/screens/Settings.svelte). The part about several computers is
## in sync.ftl; what a change of passphrase or key did is said by lib/keychange.ts.

settings-title = Ajustes

settings-language = Idioma
settings-language-system = El idioma del sistema

settings-prefs-title = Preferencias
settings-partner = El nombre de tu pareja, tal como quieres verlo
settings-lock-minutes = Bloquear tras estos minutos sin actividad
settings-reminder = Un recordatorio diario
settings-reminder-check = Recuérdame escribir, una vez al día
settings-reminder-at = A las
settings-reminder-hint = La notificación solo dice «{ $notification }» y no aparece los días en que ya has escrito. Mientras haya un recordatorio o una pausa, al cerrar la ventana Ebb sigue funcionando, bloqueado, en la bandeja.
settings-reminder-time-invalid = Elige una hora para el recordatorio, como 21:00.
settings-prefs-save = Guardar preferencias
settings-saved = Guardado.

settings-prompts-title = Una pregunta para el día
settings-prompts-check = Proponer una pregunta amable bajo la entrada del día
settings-prompts-hint = Una al día, como «¿En qué momento de hoy me sentí cerca de mi pareja?». Nunca se añade a lo que escribes.
settings-prompts-on = La pantalla «{ $today }» te propondrá una pregunta.
settings-prompts-off = La pantalla «{ $today }» no te propondrá preguntas.

settings-login-title = Al iniciar sesión
settings-login-check = Abrir Ebb, bloqueado, al iniciar sesión en este ordenador
settings-login-hint = Así el recordatorio diario puede encontrarte. Ebb espera en la bandeja hasta que lo abras.
settings-login-on = Ebb se abrirá, bloqueado, cuando inicies sesión.
settings-login-off = Ebb no se abrirá por su cuenta.

settings-pass-title = Cambiar la frase de contraseña
settings-pass-current = Frase de contraseña actual
settings-pass-new = Nueva frase de contraseña
settings-pass-again = Nueva frase de contraseña, otra vez
settings-pass-differ = Las dos frases de contraseña nuevas todavía no coinciden.
settings-pass-button = Cambiar la frase de contraseña

settings-keys-title = Si crees que alguien conoce tu frase de contraseña o tu clave de recuperación
settings-keys-hint = Una frase de contraseña nueva deja fuera a quien la descubra más adelante. Si alguien pudiera conocer ya tu frase anterior y haber copiado el diario, cambia también la propia clave: todos los registros se vuelven a sellar y tu frase de contraseña sigue igual. Si alguien vio tu clave de recuperación, o copió su archivo, crea una nueva.
settings-keys-kept = He guardado mi nueva clave de recuperación en un lugar seguro
settings-keys-done = Hecho
settings-keys-passphrase = Tu frase de contraseña
settings-keys-need-passphrase = Escribe primero tu frase de contraseña, por favor.
settings-keys-confirm-rekey = Esto vuelve a sellar cada registro con una clave nueva y te da una nueva clave de recuperación. Tu clave de recuperación actual dejará de funcionar. ¿Seguimos?
settings-keys-confirm-recovery = Esto te da una nueva clave de recuperación. Tu clave de recuperación actual dejará de funcionar. ¿Seguimos?
settings-keys-yes-rekey = Sí, cambiar la clave
settings-keys-yes-recovery = Sí, crear una nueva clave de recuperación
settings-keys-not-now = Ahora no
settings-keys-new-recovery = Crear una nueva clave de recuperación…
settings-keys-rekey = Cambiar la propia clave…
settings-keys-sealing = Volviendo a sellar tus registros
settings-keys-sealing-progress = Volviendo a sellar tus registros: { $done } de { $total }
settings-keys-working = Un momento…

settings-files-title = Copias de seguridad y archivos
settings-backup = Hacer una copia ahora…
settings-backup-hint = Una copia cifrada: puedes guardarla en cualquier sitio.
settings-backup-dialog = Haz una copia de seguridad de tu diario
settings-backup-file-type = Diario de Ebb
settings-backup-saved = Copia guardada en { $path }. Se abre con tu frase de contraseña actual.
settings-export-format = Formato de exportación
settings-export-json = JSON (todo, se puede volver a importar)
settings-export-markdown = Markdown (para leer o imprimir)
settings-export-csv = CSV (para una hoja de cálculo)
settings-export = Exportar…
settings-export-dialog = Exporta tu diario
settings-exported = { $count ->
    [one] Se ha exportado { $count } registro a { $path }.
   *[other] Se han exportado { $count } registros a { $path }.
}
settings-export-warning = Una exportación no está cifrada: cualquiera que abra el archivo puede leerla. Guárdala en un lugar privado.
settings-import = Importar una exportación de Ebb…
settings-import-dialog = Elige una exportación de Ebb para importar
settings-import-file-type = Exportación de Ebb (JSON)
settings-import-preview = Vista previa de la importación
settings-import-would = Este archivo añadiría { $added ->
    [one] { $added } registro nuevo
   *[other] { $added } registros nuevos
}, actualizaría { $updated } y dejaría { $unchanged } como están.
settings-import-would-settings = Este archivo añadiría { $added ->
    [one] { $added } registro nuevo
   *[other] { $added } registros nuevos
}, actualizaría { $updated }, dejaría { $unchanged } como están y cambiaría tus ajustes.
settings-import-button = Importar
settings-cancel = Cancelar
settings-imported = Importado: { $added ->
    [one] { $added } nuevo
   *[other] { $added } nuevos
}, { $updated ->
    [one] { $updated } actualizado
   *[other] { $updated } actualizados
} y { $unchanged ->
    [one] { $unchanged } que ya estaba
   *[other] { $unchanged } que ya estaban
}.

settings-from-app = Desde otra app
settings-from-choose = Elegir su exportación…
settings-from-region = Importar desde otra app
settings-from-dialog = Elige tu exportación de { $app }
settings-from-file-type-jrnl = Exportación de jrnl (jrnl --export json)
settings-from-file-type-dayone = Exportación de Day One (.zip)
settings-from-file-type-minidiarium = Exportación de Mini Diarium (JSON)
settings-from-holds = Esta exportación de { $app } contiene { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}.
settings-from-holds-days = Esta exportación de { $app } contiene { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}, del { $first } al { $last }.
settings-from-new = { $added ->
    [one] { $added } sería nueva.
   *[other] { $added } serían nuevas.
}
settings-from-new-unchanged = { $added ->
    [one] { $added } sería nueva
   *[other] { $added } serían nuevas
}, { $unchanged ->
    [one] { $unchanged } ya está aquí
   *[other] { $unchanged } ya están aquí
}.
settings-from-each = Cada una se convierte en una entrada diaria con su día, sus palabras y sus etiquetas.
settings-from-left-out = No se importa (Ebb guarda tus palabras, no archivos multimedia ni lugares): { $list }.
settings-from-bring = Importarlas
settings-from-brought = { $count ->
    [one] Se ha traído { $count } entrada
   *[other] Se han traído { $count } entradas
} de { $app }: { $added ->
    [one] { $added } nueva
   *[other] { $added } nuevas
} y { $unchanged ->
    [one] { $unchanged } que ya estaba
   *[other] { $unchanged } que ya estaban
}.
