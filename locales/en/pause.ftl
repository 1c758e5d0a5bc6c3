## Taking a pause (ui/src/screens/Pause.svelte, ui/src/lib/pause.svelte.ts). The two
## proposed "pause lines" (what the person can say) come from the core, already translated.

pause-title = Take a pause
pause-intro = A pause helps when it is a real rest and it ends. Say when you will be back, and come back then.
pause-who = Who needs the pause?
pause-who-me = I do
# $partner is the partner's name, or partner-default.
pause-who-partner = { $partner } asked for one
pause-minutes = How long, in minutes
# Quick choices for the length of the pause.
pause-minutes-choice = { $minutes } min
# $time is the clock time the pause would end, e.g. 20:35.
pause-back-at = Back at { $time }.
pause-line = Something you can say
pause-line-hint-locked = Change it to your own words if you like.
pause-line-hint = Change it to your own words; Ebb remembers them for next time.
pause-minutes-invalid = Choose between { $min } and { $max } minutes. About twenty is what calming down takes.
pause-start = Start the pause
pause-back-to-unlock = Back to unlock

# While the pause runs.
pause-running-title = Pausing
# Follows the time left, shown large (e.g. "12:05"); $time is when the pause ends.
pause-time-left = left, back at { $time }
pause-another-idea = Another idea
pause-end-now = End the pause now

# One calming idea at a time. The screen shows a circle that slowly grows and shrinks.
pause-idea-breathe = Breathe with the circle: in as it grows, out as it shrinks.
pause-idea-rehearse = Try not to rehearse the argument. If it comes back, notice it and let it go.
pause-idea-hands = Do something ordinary with your hands: make tea, water a plant, fold something.
pause-idea-outside = Step outside or to a window for a few minutes and look at something far away.
pause-idea-senses = Name five things you can see, four you can hear, three you can touch.
pause-idea-body = Your body is calming down even when it does not feel like it yet.

# When the time has come.
pause-due-title = Did you come back to each other?
pause-due-intro = It is time you said you would be back. There is no wrong answer here.
# The pause was taken while Ebb was locked.
pause-due-locked = When you are ready, unlock Ebb and it will ask how it went.
pause-unlock = Unlock
pause-yes-now = Yes, now
pause-not-yet = { $minutes ->
    [one] Not yet, ask me in a minute
   *[other] Not yet, ask me in { $minutes } minutes
}
pause-later = Later

# After coming back.
pause-came-back-title = You came back
# $named is "yes" when the person gave the partner's name ($partner), "no" when not.
pause-came-back-intro = { $named ->
    [yes] That is what rebuilds trust. What helped you and { $partner } reconnect? (Optional.)
   *[no] That is what rebuilds trust. What helped you and my partner reconnect? (Optional.)
}
# Heading of the list of what helped (read by screen readers).
pause-what-helped = What helped
pause-done = Done
