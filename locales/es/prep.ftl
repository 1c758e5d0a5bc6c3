## Preparing for a therapy session (ui/src/screens/Prep.svelte): the controls beside the
## summary page. The page itself (the report) comes from the core, already translated.

prep-title = Preparar la sesión
# $from and $to: the dates of the period ("Monday, 23 November 2026"); $since is "yes" when
# the period starts at the last therapy session.
prep-intro = { $since ->
    [yes] Desde tu última sesión: del { $from } al { $to }.
   *[no] Del { $from } al { $to }.
} Así se verá la página impresa. Elige qué incluir; no se guarda nada en ningún sitio hasta que tú digas dónde.
# Before the two date fields: "From [date] to [date]".
prep-from = Del
prep-to = al
prep-what-goes-in = Qué incluir
# "bring to therapy" is the checkbox on an entry or episode (log-for-therapy).
prep-nothing-marked = Nada de este periodo está marcado con «Llevar a terapia».
prep-hide-text = Dejar fuera lo que escribí con mis propias palabras (mantener los recuentos)
# How to name the partner in this copy of the summary; the placeholder is shown when empty.
prep-partner-name = Cómo llamar a mi pareja
prep-partner-placeholder = mi pareja
# Chooses the language this copy of the summary is written in (for a therapist who reads
# another language); each choice is the language's own name.
prep-language = Idioma del resumen
# $from and $to: the dates of the period before.
prep-compare = Este periodo junto al anterior (del { $from } al { $to })
# Column headings: this period and the one before.
prep-now = Ahora
prep-before = Antes
# Rows of the comparison table.
prep-row-episodes = Episodios
prep-row-pull-aways = Alejamientos
prep-row-pursuits = Insistencias
prep-row-cycles = Ciclos
prep-row-intensity = Intensidad media
prep-row-reconnect = Tiempo hasta volver a acercarnos (mediana)
prep-row-secure = Respuestas seguras
# A share, e.g. "40%"; $percent is the number.
prep-percent = { $percent } %
prep-print = Imprimir o guardar como PDF…
prep-save-html = Guardar como página web…
prep-save-markdown = Guardar como Markdown…
prep-log-session = Anotar la sesión de hoy
# The title of the system's save dialog.
prep-save-title = Guarda el resumen para tu sesión
# The file name offered in that dialog, before ".html" or ".md"; $date is 2026-11-23. Keep
# it lowercase, without spaces or accents.
prep-file-name = ebb-resumen-sesion-{ $date }
# The kinds of file in that dialog.
prep-file-html = Página web
prep-file-markdown = Markdown
# $path: where the file was saved.
prep-saved = Guardado en { $path }. No está cifrado: guárdalo en un lugar privado.
# Screen-reader name of the page preview.
prep-paper = El resumen tal como se imprimirá
