## Gentle questions for the daily entry (ui/src/lib/prompts.ts): one a day, shown under the
## text box on Today, never written into the entry. Written in the first person, as the
## person would ask themself, for someone working on the pursue–withdraw cycle.

prompt-needed = ¿Qué necesité hoy y lo pedí?
prompt-close = ¿En qué momento de hoy me sentí cerca de mi pareja?
prompt-differently = ¿Qué hice distinto de lo que suele pasar en el ciclo?
# "Set me off": what triggered a strong reaction.
prompt-set-off = ¿Qué me hizo saltar hoy y qué sentía en el fondo?
prompt-calm-down = ¿Qué me ayudó hoy a calmarme?
prompt-partner-know = ¿Qué me gustaría que mi pareja supiera de hoy?
prompt-better = ¿Qué salió un poco mejor que la última vez?
