## The lines Ebb proposes to say when a pause starts (src/pause.rs); the pause screen shows
## them and the person can change them. Warm, no blame. $minutes: the pause's length;
## $back: the clock time it ends ("20:35").

# When I need the pause: I name the overwhelm and when I will be back.
pauseline-me = I'm feeling overwhelmed and I need a break. I'll take { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
    } and come back at { $back }, so we can talk then.
# When my partner asked for one: I give the space and say when I will check in.
pauseline-partner = Okay, take the time you need. I'll give you space and check in with you at { $back }.
