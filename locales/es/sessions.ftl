## Therapy sessions (ui/src/screens/Sessions.svelte) and what the person is practising
## between sessions (ui/src/components/Practices.svelte). "Today" is the name of the
## Today screen, where Ebb asks each day how a practice went.

sessions-title = Sesiones de terapia
# The form's heading, for a session already saved and for a new one.
sessions-edit = Editar la sesión
sessions-log = Anotar una sesión
sessions-date = Fecha
sessions-notes = De qué hablamos
# The homework from the session, in the person's own words.
sessions-homework = Lo que voy a practicar
# A checkbox shown once the homework is filled in: it becomes a practice.
sessions-ask-daily = Pregúntame cada día, en «Hoy», cómo me va
sessions-save-changes = Guardar los cambios
sessions-save = Guardar la sesión
sessions-cancel = Cancelar
sessions-saved = Sesión guardada.
sessions-updated = Sesión actualizada.
sessions-saved-practice = Sesión guardada. Cada día, «Hoy» te preguntará cómo te va con la práctica.
# $problem: why it failed, a sentence from the core.
sessions-practice-failed = La sesión está guardada, pero no se pudo empezar la práctica ({ $problem }). Puedes empezarla más abajo.
sessions-past = Sesiones anteriores
sessions-none = Todavía no has anotado ninguna sesión.
# Under a past session; $homework: the start of what the person wrote.
sessions-to-practise = Para practicar: { $homework }
# The button on each past session; screen readers also hear sessions-edit-which after it.
sessions-edit-button = Editar
# Read by screen readers only, right after "Edit"; $date is the session's date (2026-11-23).
sessions-edit-which = la sesión del { $date }

practices-title = Lo que estás practicando
practices-none = Nada todavía. Aquí puede ir algo de una sesión o una idea tuya.
# $start and $end are dates ("Monday, 23 November 2026").
practices-since = Desde el { $start }
practices-since-until = Desde el { $start } hasta el { $end }
# Button that ends a running practice.
practices-end = Terminar
# Read by screen readers only, right after "End it"; $practice: the practice's own words.
practices-end-which = : { $practice }
practices-ended-one = Has terminado «{ $practice }». Sigue en tu diario y en tu resumen.
# A folded list of the practices that have ended; $count: how many.
practices-ended = Prácticas terminadas ({ $count })
# The dates a practice ran, after its words in the list of ended ones.
practices-range = ({ $start } – { $end })
# The form to start a practice that does not come from a session.
practices-form = Practicar otra cosa
practices-text = Otra cosa que practicar
practices-text-placeholder = Nombrar el patrón una vez en lugar de insistir
practices-response = Respuesta segura (opcional)
practices-start = Empezar a practicar
practices-started = Hecho. Cada día, «Hoy» te preguntará cómo te va.
practices-text-missing = Escribe en pocas palabras lo que vas a practicar.
