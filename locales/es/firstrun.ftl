## The first start: making a journal and seeing its recovery key once
## (ui/src/screens/FirstRun.svelte, components/RecoveryKeyCard.svelte), and the passphrase
## rule and strength hint shared with other screens (lib/passphrase.ts, lib/strength.ts).

firstrun-title = Te damos la bienvenida a Ebb
firstrun-intro = Un lugar privado para observar los momentos de alejamiento e insistencia entre tu pareja y tú, y para preparar tus sesiones de terapia. Todo lo que escribas se queda en este ordenador, cifrado.
firstrun-passphrase = Elige una frase de contraseña
# Label of the second field, where the passphrase is typed again.
firstrun-passphrase-again = Escríbela otra vez
firstrun-no-reset = Ebb no puede restablecer esta frase de contraseña por ti. A continuación verás una clave de recuperación: es la única otra forma de entrar, así que guárdala en un lugar seguro.
firstrun-passphrases-differ = Las dos frases de contraseña todavía no coinciden.
# The create button while the journal is being made.
firstrun-creating = Creando tu diario…
firstrun-create = Crear mi diario
# A link-like button: the journal comes from a sync folder instead.
firstrun-join = Ya uso Ebb en otro ordenador

# The recovery key, shown once after the journal is made.
firstrun-key-title = Tu clave de recuperación
firstrun-key-intro = Si alguna vez olvidas tu frase de contraseña, esta clave es la única forma de volver a entrar en tu diario. Solo se muestra ahora. Apúntala, imprímela o guárdala en un archivo, y tenla en un lugar privado.
# A checkbox; the Open button works only once it is ticked.
firstrun-key-kept = He guardado mi clave de recuperación en un lugar seguro
firstrun-open = Abrir mi diario
firstrun-key-save = Guardar en un archivo…
firstrun-key-print = Imprimir…
# Title of the system's save dialog.
firstrun-key-save-title = Guarda tu clave de recuperación
# The file type in the save dialog.
firstrun-key-save-filter = Archivo de texto
# $path is where the file was written.
firstrun-key-saved = Guardada en { $path }. Si puedes, guarda ese archivo fuera de este ordenador.

# Why a new passphrase cannot be used yet (here, in the unlock screen's recovery and in Settings).
firstrun-passphrase-empty = Elige una frase de contraseña, por favor.
# $min is the least number of characters (8).
firstrun-passphrase-short = { $min ->
    [one] Elige al menos { $min } carácter, por favor. Unas cuantas palabras juntas funcionan bien y son fáciles de recordar.
   *[other] Elige al menos { $min } caracteres, por favor. Unas cuantas palabras juntas funcionan bien y son fáciles de recordar.
}

# A gentle hint below a new passphrase as it is typed (nothing is stored).
firstrun-strength-weak = Corta y fácil de adivinar. Unas cuantas palabras juntas funcionan bien.
firstrun-strength-fair = Aceptable. Una frase más larga sería más segura.
firstrun-strength-strong = Segura. Asegúrate de que puedes recordarla.
