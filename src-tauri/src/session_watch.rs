//! Locks the journal when the computer goes to sleep or the desktop session locks.
//!
//! The idle timer alone cannot do it: a laptop closed while unlocked would wake up unlocked
//! (security review, issue 13). So Ebb listens, over D-Bus, for what the desktop says:
//! logind's `PrepareForSleep(true)` on the system bus just before a suspend or hibernate,
//! logind's `Lock` for a session (`loginctl lock-session`, a lid or screen-lock key), and a
//! screen saver turning on (`ActiveChanged(true)` of `org.freedesktop.ScreenSaver` or
//! `org.gnome.ScreenSaver`) on the session bus.
//!
//! The signals are matched by interface, member and path, not by sender: the one thing any
//! of them can do is lock, so a signal forged by another program of the same user only
//! locks Ebb sooner, which is safe. A bus that is not there (a container, a bare X server)
//! means no watch; the idle timer still runs.

use std::sync::Arc;

use zbus::MatchRule;
use zbus::blocking::{Connection, MessageIterator};
use zbus::message::Type;

/// What to call when the journal must lock; the reason is for tests, never shown or logged.
pub type OnLock = Arc<dyn Fn(Reason) + Send + Sync>;

/// Why the watch asked for a lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The computer is about to suspend or hibernate.
    Sleep,
    /// The desktop session was locked.
    SessionLock,
    /// The screen saver came on.
    ScreenSaver,
}

/// One signal that locks, and whether a given one does (`PrepareForSleep(false)`, the
/// wake-up, does not).
struct Watch {
    rule: MatchRule<'static>,
    reason: Reason,
    /// The signal carries a boolean, and only `true` locks.
    needs_true: bool,
}

fn signal(
    interface: &'static str,
    member: &'static str,
    path: Option<&'static str>,
) -> zbus::Result<MatchRule<'static>> {
    let b = MatchRule::builder().msg_type(Type::Signal).interface(interface)?.member(member)?;
    Ok(match path {
        Some(p) => b.path(p)?.build(),
        None => b.build(),
    })
}

fn system_watches() -> zbus::Result<Vec<Watch>> {
    Ok(vec![
        Watch {
            rule: signal(
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                Some("/org/freedesktop/login1"),
            )?,
            reason: Reason::Sleep,
            needs_true: true,
        },
        // Any session's lock: on a computer shared by several people, another session's
        // lock locks Ebb too, which is harmless.
        Watch {
            rule: signal("org.freedesktop.login1.Session", "Lock", None)?,
            reason: Reason::SessionLock,
            needs_true: false,
        },
    ])
}

fn session_watches() -> zbus::Result<Vec<Watch>> {
    ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"]
        .into_iter()
        .map(|i| {
            signal(i, "ActiveChanged", None).map(|rule| Watch {
                rule,
                reason: Reason::ScreenSaver,
                needs_true: true,
            })
        })
        .collect()
}

/// Watches both buses (found as usual: `DBUS_SYSTEM_BUS_ADDRESS`, `DBUS_SESSION_BUS_ADDRESS`)
/// on background threads for as long as the app runs.
pub fn spawn(on_lock: OnLock) {
    if let Ok(c) = Connection::system()
        && let Ok(w) = system_watches()
    {
        watch(c, w, on_lock.clone());
    }
    if let Ok(c) = Connection::session()
        && let Ok(w) = session_watches()
    {
        watch(c, w, on_lock);
    }
}

/// One thread per signal, each blocking on the bus; a subscription the bus refuses is
/// skipped.
fn watch(conn: Connection, watches: Vec<Watch>, on_lock: OnLock) {
    for w in watches {
        let Ok(messages) = MessageIterator::for_match_rule(w.rule.clone(), &conn, None) else { continue };
        let on_lock = on_lock.clone();
        std::thread::spawn(move || {
            for msg in messages.flatten() {
                let locks = !w.needs_true || msg.body().deserialize::<bool>().unwrap_or(false);
                if locks {
                    on_lock(w.reason);
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader};
    use std::process::{Child, Command, Stdio};
    use std::sync::mpsc;
    use std::time::Duration;

    /// A private bus of our own (`dbus-daemon`), standing in for the system bus.
    struct Bus {
        daemon: Child,
        address: String,
    }

    impl Bus {
        fn start() -> Bus {
            let mut daemon = Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--print-address"])
                .stdout(Stdio::piped())
                .spawn()
                .expect("dbus-daemon (Debian package dbus-daemon) is installed by scripts/install-deps.sh");
            let mut line = String::new();
            BufReader::new(daemon.stdout.as_mut().unwrap()).read_line(&mut line).unwrap();
            Bus { daemon, address: line.trim().to_owned() }
        }

        fn connect(&self) -> Connection {
            zbus::blocking::connection::Builder::address(self.address.as_str()).unwrap().build().unwrap()
        }
    }

    impl Drop for Bus {
        fn drop(&mut self) {
            let _ = self.daemon.kill();
            let _ = self.daemon.wait();
        }
    }

    fn watched(bus: &Bus, watches: Vec<Watch>) -> mpsc::Receiver<Reason> {
        let (tx, rx) = mpsc::channel();
        let tx = std::sync::Mutex::new(tx);
        watch(
            bus.connect(),
            watches,
            Arc::new(move |r| {
                let _ = tx.lock().unwrap().send(r);
            }),
        );
        rx
    }

    fn emit(c: &Connection, path: &str, interface: &str, member: &str, body: Option<bool>) {
        match body {
            Some(b) => c.emit_signal(None::<&str>, path, interface, member, &(b,)),
            None => c.emit_signal(None::<&str>, path, interface, member, &()),
        }
        .unwrap();
    }

    #[test]
    fn prepare_for_sleep_locks_and_waking_up_does_not() {
        let bus = Bus::start();
        let locks = watched(&bus, system_watches().unwrap());
        let logind = bus.connect();
        logind.request_name("org.freedesktop.login1").unwrap();
        // Waking up (false) is not a reason to lock, nor is a signal of another name.
        emit(
            &logind,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            Some(false),
        );
        emit(
            &logind,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareToSnooze",
            Some(true),
        );
        assert!(locks.recv_timeout(Duration::from_millis(500)).is_err());
        emit(
            &logind,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            Some(true),
        );
        assert_eq!(locks.recv_timeout(Duration::from_secs(5)), Ok(Reason::Sleep));
        emit(&logind, "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session", "Lock", None);
        assert_eq!(locks.recv_timeout(Duration::from_secs(5)), Ok(Reason::SessionLock));
    }

    #[test]
    fn a_screen_saver_coming_on_locks() {
        let bus = Bus::start();
        let locks = watched(&bus, session_watches().unwrap());
        let saver = bus.connect();
        emit(&saver, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", Some(false));
        assert!(locks.recv_timeout(Duration::from_millis(500)).is_err());
        emit(&saver, "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", Some(true));
        assert_eq!(locks.recv_timeout(Duration::from_secs(5)), Ok(Reason::ScreenSaver));
    }
}
