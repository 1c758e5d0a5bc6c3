#!/usr/bin/python3
"""What a person does with a window's frame, for the end-to-end tests under Xvfb (no window
manager there): ask a window to close (WM_DELETE_WINDOW, as the title bar's close button
does), or fill in a GTK file chooser (focus it, type a path, press Enter).

    x11.py close TITLE
    x11.py choose TITLE PATH
    x11.py choose-folder TITLE PATH   (a folder chooser: open the folder, then its Open button)
    x11.py print-to-file TITLE     (GTK's print dialog: pick "Print to File", press Enter)
    x11.py visible TITLE           (prints yes or no: is such a window on screen?)
"""
import subprocess
import sys
import time

from Xlib import X, display, protocol


def viewable(d, title):
    """The viewable window with this title, or None."""
    stack = [d.screen().root]
    while stack:
        w = stack.pop()
        try:
            if w.get_wm_name() == title and w.get_attributes().map_state == X.IsViewable:
                return w
            stack.extend(w.query_tree().children)
        except Exception:
            pass
    return None


def find(d, title, timeout=20.0):
    until = time.time() + timeout
    while time.time() < until:
        w = viewable(d, title)
        if w is not None:
            return w
        time.sleep(0.2)
    sys.exit(f"no window titled {title!r}")


def close(title):
    d = display.Display()
    w = find(d, title)
    protocols = d.intern_atom("WM_PROTOCOLS")
    delete = d.intern_atom("WM_DELETE_WINDOW")
    event = protocol.event.ClientMessage(window=w, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0]))
    w.send_event(event, event_mask=X.NoEventMask)
    d.flush()


def gone(d, title, timeout):
    """Whether no viewable window has this title within `timeout` seconds."""
    until = time.time() + timeout
    while time.time() < until:
        if viewable(d, title) is None:
            return True
        time.sleep(0.2)
    return False


def type_in_chooser(title, path, finish, what):
    """Types `path` into a GTK file chooser's location field, then `finish(wid, attempt)`.

    The chooser fills in its own suggestion just after it maps; a path typed before that
    would be replaced. Nothing outside GTK can see that moment, so pause as a person would.
    A busy machine can drop or reorder keys while the chooser is still settling: if the
    dialog is still there afterwards, the path is typed again, as a person would."""
    d = display.Display()
    w = find(d, title)
    time.sleep(0.5)
    wid = str(w.id)
    for attempt in range(3):
        if attempt and gone(d, title, 2.0):
            return
        # The dialog may close between the check and here: no --sync, no check.
        subprocess.run(["xdotool", "windowfocus", wid], check=False)
        # Ctrl+L opens the location field in an Open dialog and selects the name in a Save
        # one; either way the typed path replaces what is there.
        subprocess.run(["xdotool", "key", "--window", wid, "ctrl+l"], check=True)
        time.sleep(0.3 + attempt)
        subprocess.run(["xdotool", "key", "--window", wid, "ctrl+a"], check=True)
        subprocess.run(["xdotool", "type", "--delay", str(5 + 20 * attempt), path], check=True)
        time.sleep(0.3 + attempt)
        finish(wid, attempt)
        if gone(d, title, 6.0):
            return
    sys.exit(f"the dialog {title!r} did not take the {what} {path}")


def choose(title, path):
    type_in_chooser(title, path, lambda wid, attempt: subprocess.run(["xdotool", "key", "Return"], check=True), "path")


def choose_folder(title, path):
    """A folder chooser: the folder is typed (GTK's inline completion, which would add a
    folder inside it, deleted), Enter opens it, then the dialog's Open button (Alt+O) chooses
    the folder it shows, as a person would."""

    def open_then_choose(wid, attempt):
        time.sleep(0.2)
        subprocess.run(["xdotool", "key", "Delete", "Return"], check=True)
        time.sleep(0.8 + attempt)
        subprocess.run(["xdotool", "windowfocus", wid], check=False)
        subprocess.run(["xdotool", "key", "alt+o"], check=True)

    type_in_chooser(title, path.rstrip("/"), open_then_choose, "folder")


def print_to_file(title):
    d = display.Display()
    w = find(d, title)
    wid = str(w.id)
    # The printer list fills in after the dialog maps, and a busy machine can drop a click:
    # until the dialog has closed (it prints then), choose the printer and press Enter again.
    for attempt in range(4):
        subprocess.run(["xdotool", "windowfocus", wid], check=False)
        # The first (and, without CUPS, only) printer row is "Print to File"; choosing it shows
        # the file name (output.pdf in the working folder) and enables Print.
        subprocess.run(["xdotool", "mousemove", "--window", wid, "80", "88", "click", "1"], check=False)
        time.sleep(0.3 + attempt)
        subprocess.run(["xdotool", "key", "--window", wid, "Return"], check=False)
        if gone(d, title, 4.0 + 2 * attempt):
            return
    sys.exit(f"the print dialog {title!r} did not print")


if __name__ == "__main__":
    if sys.argv[1] == "close":
        close(sys.argv[2])
    elif sys.argv[1] == "print-to-file":
        print_to_file(sys.argv[2])
    elif sys.argv[1] == "visible":
        print("yes" if viewable(display.Display(), sys.argv[2]) else "no")
    elif sys.argv[1] == "choose":
        choose(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "choose-folder":
        choose_folder(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
