## Gentle questions for the daily entry (ui/src/lib/prompts.ts): one a day, shown under the
## text box on Today, never written into the entry. Written in the first person, as the
## person would ask themself, for someone working on the pursue–withdraw cycle.

prompt-needed = What did I need today, and did I ask for it?
prompt-close = When did I feel close to my partner today?
prompt-differently = What did I do differently from how the cycle usually goes?
# "Set me off": what triggered a strong reaction.
prompt-set-off = What set me off today, and what did I feel underneath it?
prompt-calm-down = What helped me calm down today?
prompt-partner-know = What would I like my partner to know about today?
prompt-better = What went a little better than last time?
