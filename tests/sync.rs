//! Several computers through a sync folder (SPEC §9), through the real `ebb` binary.
//!
//! Each "computer" has its own home, journal and copy of the folder. The same scenarios run
//! with three ways of carrying the folder between them: `rsync` and `cp` (the format's rules
//! apart from any engine's timing: a shared drive, a USB stick) and two or three real
//! Syncthing instances on 127.0.0.1 with discovery and relays off, started and stopped here.

mod common;

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Run;
use serde_json::Value;

/// One computer: its own home, journal, passphrase and copy of the sync folder.
struct Computer {
    home: tempfile::TempDir,
    pass: String,
}

impl Computer {
    fn new(pass: &str) -> Self {
        Computer { home: tempfile::tempdir().expect("home"), pass: pass.into() }
    }

    fn journal(&self) -> PathBuf {
        self.home.path().join("journal.ebb")
    }

    fn folder(&self) -> PathBuf {
        self.home.path().join("Sync").join("ebb")
    }

    fn ebb_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        common::ebb_at(&self.journal(), self.home.path(), args, env)
    }

    fn ebb(&self, args: &[&str]) -> Run {
        self.ebb_env(args, &[("EBB_PASSPHRASE", &self.pass)])
    }

    /// The first computer: a journal with the recovery key in a file, then connected.
    fn first(pass: &str) -> Self {
        let c = Computer::new(pass);
        let rk = c.home.path().join("recovery.txt");
        c.ebb(&["init", "--recovery-key-file", rk.to_str().unwrap()]).ok();
        c
    }

    fn connect(&self) -> Value {
        std::fs::create_dir_all(self.folder()).unwrap();
        let r = self.ebb(&["sync", "init", self.folder().to_str().unwrap()]);
        let v = r.json();
        r.ok();
        v
    }

    /// Joins from this computer's copy of the folder with another's passphrase.
    fn join(&self, other_pass: &str) -> Value {
        let r = self.ebb_env(
            &["init", "--from-sync", self.folder().to_str().unwrap()],
            &[("EBB_PASSPHRASE", other_pass), ("EBB_NEW_PASSPHRASE", &self.pass)],
        );
        let v = r.json();
        r.ok();
        v
    }

    fn recovery_file(&self) -> PathBuf {
        self.home.path().join("recovery.txt")
    }

    fn sync(&self) -> Value {
        let r = self.ebb(&["sync"]);
        let v = r.json();
        r.ok();
        v
    }

    fn device(&self) -> String {
        let r = self.ebb(&["sync", "status"]);
        let v = r.json();
        r.ok();
        v["device"].as_str().expect("a device id").to_owned()
    }

    fn write(&self, text: &str) -> String {
        self.ebb(&["write", text]).id()
    }

    fn export(&self) -> Value {
        let r = self.ebb(&["export"]);
        let mut v = r.json();
        assert_eq!(r.code, 0, "{}", r.stderr);
        v.as_object_mut().unwrap().remove("exported_at");
        v
    }

    fn texts(&self) -> Vec<String> {
        let mut t: Vec<String> = self.export()["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["text"].as_str().unwrap().to_owned())
            .collect();
        t.sort();
        t
    }

    fn files_of(&self, device: &str) -> PathBuf {
        self.folder().join("devices").join(device)
    }
}

/// A way of carrying the folder between computers.
trait Engine {
    /// Sets the computers up to share their folders (before any of them uses it).
    fn share(&mut self, computers: &[&Computer]);
    /// Carries every change until all the folders are alike.
    fn carry(&mut self, computers: &[&Computer]);
    /// Stops carrying (the computers are apart) until `together`.
    fn apart(&mut self);
    /// Carries again.
    fn together(&mut self);
}

/// rsync or cp: copies each folder into every other, new files only (nothing removed), as a
/// person with a USB stick would.
struct Copy {
    tool: &'static str,
}

impl Engine for Copy {
    fn share(&mut self, computers: &[&Computer]) {
        for c in computers {
            std::fs::create_dir_all(c.folder()).unwrap();
        }
    }

    fn carry(&mut self, computers: &[&Computer]) {
        for from in computers {
            for to in computers {
                if from.home.path() == to.home.path() {
                    continue;
                }
                let (src, dst) =
                    (format!("{}/", from.folder().display()), format!("{}/", to.folder().display()));
                let ok = match self.tool {
                    "rsync" => Command::new("rsync")
                        .args(["-a", "--update", "--exclude", ".partial-*", &src, &dst])
                        .status(),
                    _ => Command::new("cp").args(["-a", "-u", "-T", &src, &dst]).status(),
                }
                .expect("run the copy tool")
                .success();
                assert!(ok, "{} failed", self.tool);
            }
        }
    }

    fn apart(&mut self) {}
    fn together(&mut self) {}
}

/// Real Syncthing instances, one per computer, each with its own home, on 127.0.0.1 only.
struct Syncthing {
    homes: Vec<tempfile::TempDir>,
    running: Vec<Child>,
    config: Vec<String>,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn device_id(home: &Path) -> String {
    let out = Command::new("syncthing")
        .args(["serve", "--device-id", &format!("--home={}", home.display())])
        .output()
        .expect("syncthing is installed (scripts/install-deps.sh)");
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

impl Syncthing {
    fn new() -> Self {
        Syncthing { homes: vec![], running: vec![], config: vec![] }
    }

    fn start(&mut self) {
        for home in &self.homes {
            let log = home.path().join("syncthing.log");
            let child = Command::new("syncthing")
                .args([
                    "serve",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                    &format!("--home={}", home.path().display()),
                    &format!("--logfile={}", log.display()),
                ])
                .env("STNODEFAULTFOLDER", "1")
                .env("STNOUPGRADE", "1")
                .env("HOME", home.path())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start syncthing");
            self.running.push(child);
        }
    }

    fn stop(&mut self) {
        for mut c in self.running.drain(..) {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for Syncthing {
    fn drop(&mut self) {
        self.stop();
    }
}

impl Engine for Syncthing {
    fn share(&mut self, computers: &[&Computer]) {
        let mut ids = vec![];
        let mut ports = vec![];
        for c in computers {
            let home = tempfile::tempdir().unwrap();
            let ok = Command::new("syncthing")
                .args([
                    "generate",
                    "--no-default-folder",
                    "--skip-port-probing",
                    &format!("--home={}", home.path().display()),
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .unwrap()
                .success();
            assert!(ok, "syncthing generate");
            ids.push(device_id(home.path()));
            ports.push((free_port(), free_port()));
            // The folder with Syncthing's own marker in it, as Syncthing leaves a shared folder.
            std::fs::create_dir_all(c.folder().join(".stfolder")).unwrap();
            self.homes.push(home);
        }
        for (i, c) in computers.iter().enumerate() {
            let devices: String = ids
                .iter()
                .zip(&ports)
                .map(|(id, (listen, _))| {
                    format!(
                        r#"<device id="{id}" name="{id}" compression="metadata" introducer="false"><address>tcp://127.0.0.1:{listen}</address><paused>false</paused><autoAcceptFolders>false</autoAcceptFolders></device>"#
                    )
                })
                .collect();
            let folder_devices: String =
                ids.iter().map(|id| format!(r#"<device id="{id}" introducedBy=""></device>"#)).collect();
            let (listen, gui) = ports[i];
            let xml = format!(
                r#"<configuration version="36">
  <folder id="ebb-sync" label="ebb" path="{path}" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
    {folder_devices}
    <minDiskFree unit="%">0</minDiskFree>
    <order>alphabetic</order>
  </folder>
  {devices}
  <gui enabled="true" tls="false"><address>127.0.0.1:{gui}</address><apikey>ebb-test-key</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:{listen}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <startBrowser>false</startBrowser>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <crashReportingEnabled>false</crashReportingEnabled>
    <reconnectionIntervalS>1</reconnectionIntervalS>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
    <stunServer></stunServer>
  </options>
</configuration>
"#,
                path = c.folder().display(),
            );
            std::fs::write(self.homes[i].path().join("config.xml"), &xml).unwrap();
            self.config.push(xml);
        }
        self.start();
    }

    fn carry(&mut self, computers: &[&Computer]) {
        let start = Instant::now();
        loop {
            let views: Vec<BTreeMap<String, Vec<u8>>> =
                computers.iter().map(|c| ebb_files(&c.folder())).collect();
            if views.windows(2).all(|w| w[0] == w[1]) && !views[0].is_empty() {
                // Alike now; give Syncthing a moment to finish renaming what it just wrote.
                std::thread::sleep(Duration::from_millis(300));
                let again: Vec<_> = computers.iter().map(|c| ebb_files(&c.folder())).collect();
                if again == views {
                    return;
                }
            }
            let logs: Vec<String> = self
                .homes
                .iter()
                .map(|h| std::fs::read_to_string(h.path().join("syncthing.log")).unwrap_or_default())
                .collect();
            assert!(
                start.elapsed() < Duration::from_secs(120),
                "Syncthing did not carry the folder in 2 minutes; logs: {logs:#?}"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn apart(&mut self) {
        self.stop();
    }

    fn together(&mut self) {
        self.start();
    }
}

/// The files Ebb wrote in a folder, by path, with their bytes (the sync tool's own left out).
fn ebb_files(folder: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        // Lenient: the sync tool may be making or renaming things as this looks.
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() { walk(&p, out) } else { out.push(p) }
        }
    }
    let mut found = vec![];
    walk(&folder.join("devices"), &mut found);
    found
        .into_iter()
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        // A file the sync tool is just renaming may be gone by the time it is read.
        .filter_map(|p| {
            Some((p.strip_prefix(folder).unwrap().display().to_string(), std::fs::read(&p).ok()?))
        })
        .collect()
}

/// Two computers in step: A made the journal and the folder, B joined from its copy.
fn pair(engine: &mut dyn Engine) -> (Computer, Computer) {
    let a = Computer::first("first computer's words");
    let b = Computer::new("second computer's words");
    engine.share(&[&a, &b]);
    a.write("Written on the first computer");
    assert_eq!(a.connect()["sent"], 1);
    engine.carry(&[&a, &b]);
    let joined = b.join(&a.pass);
    assert_eq!(joined["received"], 1, "{joined}");
    engine.carry(&[&a, &b]);
    (a, b)
}

/// Every computer exchanges twice; then their exports must be the same.
fn settle(engine: &mut dyn Engine, computers: &[&Computer]) {
    for _ in 0..2 {
        for c in computers {
            c.sync();
            engine.carry(computers);
        }
    }
    let first = computers[0].export();
    for c in &computers[1..] {
        assert_eq!(c.export(), first, "the computers did not converge");
    }
}

fn write_appears_and_deletion_travels(engine: &mut dyn Engine) {
    let (a, b) = pair(engine);
    assert_eq!(b.texts(), vec!["Written on the first computer"]);
    // B opens with its own passphrase, not A's.
    b.ebb_env(&["list"], &[("EBB_PASSPHRASE", &a.pass)]).fails(3);

    let from_b = b.write("Written on the second computer");
    assert_eq!(b.sync()["sent"], 1);
    engine.carry(&[&a, &b]);
    let got = a.sync();
    assert_eq!(got["received"], 1, "{got}");
    assert_eq!(a.texts(), vec!["Written on the first computer", "Written on the second computer"]);

    // Deleted on B: gone on A, and it stays gone however often they exchange.
    b.ebb(&["delete", &from_b]).ok();
    b.sync();
    engine.carry(&[&a, &b]);
    a.sync();
    assert_eq!(a.texts(), vec!["Written on the first computer"]);
    settle(engine, &[&a, &b]);
    assert_eq!(a.texts(), vec!["Written on the first computer"]);
    assert_eq!(b.texts(), vec!["Written on the first computer"]);
    a.ebb(&["verify"]).ok();
    b.ebb(&["verify"]).ok();

    // A third computer can join with the second one's passphrase (each device's own key
    // file is in the folder), from a copy of the folder carried by hand.
    let c = Computer::new("third computer's words");
    std::fs::create_dir_all(c.folder()).unwrap();
    Copy { tool: "cp" }.carry(&[&b, &c]);
    let joined = c.join(&b.pass);
    assert!(joined["received"].as_u64().unwrap() >= 1, "{joined}");
    assert_eq!(c.texts(), vec!["Written on the first computer"]);

    // Status: the folder, this device, and both devices with their latest change.
    let r = a.ebb(&["sync", "status"]);
    let st = r.json();
    r.ok();
    assert_eq!(st["folder"], a.folder().display().to_string());
    let devices = st["devices"].as_array().unwrap();
    assert!(devices.len() >= 2, "{st}");
    let b_id = b.device();
    let b_row = devices.iter().find(|d| d["id"] == b_id.as_str()).expect("B is listed");
    assert_eq!(b_row["this_device"], false);
    assert!(b_row["last_change_at"].is_string(), "{st}");
}

fn concurrent_edits_converge_and_keep_the_other_version(engine: &mut dyn Engine) {
    let (a, b) = pair(engine);
    let id = a.export()["entries"][0]["id"].as_str().unwrap().to_owned();
    engine.apart();
    a.ebb(&["edit", &id, "--text", "The first computer's version"]).ok();
    // Times are kept to the second: B's edit is the later one.
    std::thread::sleep(Duration::from_millis(1100));
    b.ebb(&["edit", &id, "--text", "The second computer's version"]).ok();
    a.sync();
    b.sync();
    engine.together();
    engine.carry(&[&a, &b]);
    let seen = a.sync();
    assert_eq!(seen["conflicts"], 1, "{seen}");
    settle(engine, &[&a, &b]);

    let (exp, a_id) = (a.export(), a.device());
    assert_eq!(exp["entries"].as_array().unwrap().len(), 1);
    assert_eq!(exp["entries"][0]["text"], "The second computer's version", "the later edit wins");
    let conflicts = exp["conflicts"].as_array().expect("the other version is kept");
    assert_eq!(conflicts.len(), 1, "{exp}");
    assert_eq!(conflicts[0]["id"], id.as_str());
    assert_eq!(conflicts[0]["device"], a_id.as_str());
    assert_eq!(conflicts[0]["record"]["text"], "The first computer's version");
    assert_eq!(conflicts[0]["record"]["type"], "entry");
    a.ebb(&["verify"]).ok();

    // A deletion made apart from an edit wins on both, and the edit is still kept.
    engine.apart();
    a.ebb(&["delete", &id]).ok();
    std::thread::sleep(Duration::from_millis(1100));
    b.ebb(&["edit", &id, "--text", "Edited while the other deleted it"]).ok();
    a.sync();
    b.sync();
    engine.together();
    engine.carry(&[&a, &b]);
    settle(engine, &[&a, &b]);
    let exp = b.export();
    assert_eq!(exp["entries"].as_array().unwrap().len(), 0, "the deletion stands: {exp}");
    let kept: Vec<&str> =
        exp["conflicts"].as_array().unwrap().iter().map(|c| c["record"]["text"].as_str().unwrap()).collect();
    assert_eq!(kept, vec!["Edited while the other deleted it"], "nothing written is dropped");
}

fn a_third_device_joins_with_the_recovery_key(engine: &mut dyn Engine) {
    let a = Computer::first("first computer's words");
    let b = Computer::new("second computer's words");
    let c = Computer::new("third computer's words");
    engine.share(&[&a, &b, &c]);
    let all = [&a, &b, &c];
    a.write("One");
    a.connect();
    engine.carry(&all);
    b.join(&a.pass);
    b.write("Two");
    b.sync();
    engine.carry(&all);

    // A wrong recovery key opens nothing and leaves no journal behind.
    let wrong = c.home.path().join("wrong.txt");
    std::fs::write(&wrong, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-IIII-JJJJ-KKKK-LLLL-MMMM\n").unwrap();
    c.ebb_env(
        &[
            "init",
            "--from-sync",
            c.folder().to_str().unwrap(),
            "--recovery-key-file",
            wrong.to_str().unwrap(),
        ],
        &[("EBB_NEW_PASSPHRASE", &c.pass)],
    )
    .fails(3);
    assert!(!c.journal().exists());

    std::fs::copy(a.recovery_file(), c.home.path().join("rk.txt")).unwrap();
    let r = c.ebb_env(
        &[
            "init",
            "--from-sync",
            c.folder().to_str().unwrap(),
            "--recovery-key-file",
            c.home.path().join("rk.txt").to_str().unwrap(),
        ],
        &[("EBB_NEW_PASSPHRASE", &c.pass)],
    );
    let v = r.json();
    r.ok();
    assert_eq!(v["received"], 2, "{v}");
    assert_eq!(c.texts(), vec!["One", "Two"]);
    // The one recovery key opens the new computer's journal too.
    let rk = std::fs::read_to_string(a.recovery_file()).unwrap();
    assert!(!rk.trim().is_empty());
    c.write("Three");
    c.sync();
    engine.carry(&all);
    settle(engine, &all);
    assert_eq!(a.texts(), vec!["One", "Three", "Two"]);
}

fn tampered_replayed_moved_or_removed_files_are_reported(engine: &mut dyn Engine) {
    let (a, b) = pair(engine);
    let c = Computer::new("third computer's words");
    engine.apart();
    // C joins from a copy of A's folder (carried by hand while the engine is stopped).
    let mut copy = Copy { tool: "cp" };
    std::fs::create_dir_all(c.folder()).unwrap();
    copy.carry(&[&a, &c]);
    c.join(&a.pass);
    a.write("A second line from the first computer");
    a.sync();
    a.write("A third line from the first computer");
    a.sync();
    c.write("From the third computer");
    c.sync();
    copy.carry(&[&a, &b]);
    copy.carry(&[&c, &b]);
    let (a_id, c_id) = (a.device(), c.device());
    let a_dir = b.files_of(&a_id);
    let file = |n: u64| a_dir.join(format!("{n:012}"));
    let genuine: Vec<Vec<u8>> = (1..=3).map(|n| std::fs::read(file(n)).unwrap()).collect();

    type Spoil<'a> = Box<dyn Fn() + 'a>;
    let cases: Vec<(&str, Spoil)> = vec![
        (
            "altered",
            Box::new(|| {
                let mut bytes = genuine[1].clone();
                let mid = bytes.len() / 2;
                bytes[mid] ^= 0x20;
                std::fs::write(file(2), bytes).unwrap();
            }),
        ),
        ("replayed", Box::new(|| std::fs::write(file(2), &genuine[0]).unwrap())),
        (
            "reordered",
            Box::new(|| {
                std::fs::write(file(2), &genuine[2]).unwrap();
                std::fs::write(file(3), &genuine[1]).unwrap();
            }),
        ),
        ("removed", Box::new(|| std::fs::remove_file(file(2)).unwrap())),
    ];
    for (what, spoil) in &cases {
        spoil();
        let r = b.ebb(&["sync"]);
        let counts = r.json();
        let err = r.fails(4);
        assert!(err.contains(&a_id), "{what}: the device is named: {err}");
        assert!(!err.contains(&c_id), "{what}: C's files are fine: {err}");
        assert_eq!(
            b.texts(),
            vec!["From the third computer", "Written on the first computer"],
            "{what}: nothing of A's new files applied, C's did"
        );
        assert!(counts["received"].as_u64().unwrap() <= 1, "{what}: {counts}");
        for (n, bytes) in genuine.iter().enumerate() {
            std::fs::write(file(n as u64 + 1), bytes).unwrap();
        }
    }

    // A file of A's moved into C's folder as C's next one.
    let c_dir = b.files_of(&c_id);
    let next_of_c = c_dir.join(format!("{:012}", 2));
    std::fs::write(&next_of_c, &genuine[1]).unwrap();
    let err = b.ebb(&["sync"]).fails(4);
    assert!(err.contains(&c_id), "the moved file is reported as C's: {err}");
    std::fs::remove_file(&next_of_c).unwrap();

    // With the genuine files back, everything applies and the three converge.
    b.sync();
    assert_eq!(b.texts().len(), 4, "A's two new lines arrived once its files were whole");
    copy.carry(&[&a, &b, &c]);
    settle(&mut copy, &[&a, &b, &c]);
    assert_eq!(b.texts().len(), 4);
}

fn refusals_and_bad_input(engine: &mut dyn Engine) {
    let a = Computer::first("first computer's words");
    engine.share(&[&a]);
    // Not syncing yet.
    let err = a.ebb(&["sync"]).fails(2);
    assert!(err.contains("ebb sync init"), "{err}");
    a.ebb(&["sync", "status"]).fails(2);
    // A folder with someone else's files in it is refused, and left as it was.
    let busy = a.home.path().join("busy");
    std::fs::create_dir_all(&busy).unwrap();
    std::fs::write(busy.join("photo.jpg"), b"not Ebb's").unwrap();
    let err = a.ebb(&["sync", "init", busy.to_str().unwrap()]).fails(2);
    assert!(err.contains("not empty"), "{err}");
    assert_eq!(common::files_below(&busy).len(), 1);
    // A folder left with only an empty device folder (a crash while connecting) counts as empty.
    let left = a.home.path().join("left");
    std::fs::create_dir_all(left.join("devices").join("ab".repeat(16))).unwrap();
    std::fs::create_dir_all(left.join(".stfolder")).unwrap();
    let other = Computer::first("another computer's words");
    let r = other.ebb(&["sync", "init", left.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // A missing folder is made; a second folder is refused once connected.
    let fresh = a.home.path().join("new").join("place");
    let r = a.ebb(&["sync", "init", fresh.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(fresh.join("devices").is_dir());
    let err = a.ebb(&["sync", "init", a.folder().to_str().unwrap()]).fails(2);
    assert!(err.contains("already syncs"), "{err}");
    // The same folder again is just an exchange.
    a.ebb(&["sync", "init", fresh.to_str().unwrap()]).ok();
    // Joining: a folder with no journal in it, a journal already here, a wrong passphrase.
    let b = Computer::new("second computer's words");
    let empty = b.home.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let err = b
        .ebb_env(
            &["init", "--from-sync", empty.to_str().unwrap()],
            &[("EBB_PASSPHRASE", &a.pass), ("EBB_NEW_PASSPHRASE", &b.pass)],
        )
        .fails(2);
    assert!(err.contains("holds no Ebb journal"), "{err}");
    b.ebb_env(
        &["init", "--from-sync", fresh.to_str().unwrap()],
        &[("EBB_PASSPHRASE", "not the passphrase"), ("EBB_NEW_PASSPHRASE", &b.pass)],
    )
    .fails(3);
    assert!(!b.journal().exists());
    b.ebb_env(
        &["init", "--from-sync", fresh.to_str().unwrap()],
        &[("EBB_PASSPHRASE", &a.pass), ("EBB_NEW_PASSPHRASE", "short")],
    )
    .fails(2);
    assert!(!b.journal().exists());
    let err = a
        .ebb_env(
            &["init", "--from-sync", fresh.to_str().unwrap()],
            &[("EBB_PASSPHRASE", &a.pass), ("EBB_NEW_PASSPHRASE", &b.pass)],
        )
        .fails(1);
    assert!(err.contains("already exists"), "{err}");
    // The folder gone (a drive not plugged in): a clear error, nothing changed.
    std::fs::rename(&fresh, a.home.path().join("unplugged")).unwrap();
    let err = a.ebb(&["sync"]).fails(2);
    assert!(err.contains("is not there"), "{err}");
    a.ebb(&["verify"]).ok();
}

macro_rules! suite {
    ($name:ident, $engine:expr) => {
        mod $name {
            use super::*;

            #[test]
            fn a_write_appears_on_the_other_computer_and_a_deletion_travels() {
                write_appears_and_deletion_travels(&mut $engine);
            }

            #[test]
            fn edits_made_apart_converge_and_the_other_version_is_kept() {
                concurrent_edits_converge_and_keep_the_other_version(&mut $engine);
            }

            #[test]
            fn a_third_computer_joins_with_the_recovery_key() {
                a_third_device_joins_with_the_recovery_key(&mut $engine);
            }

            #[test]
            fn altered_replayed_reordered_moved_and_removed_files_are_reported_and_not_applied() {
                tampered_replayed_moved_or_removed_files_are_reported(&mut $engine);
            }
        }
    };
}

suite!(with_rsync, Copy { tool: "rsync" });
suite!(with_cp, Copy { tool: "cp" });
suite!(with_syncthing, Syncthing::new());

#[test]
fn sync_refuses_what_it_should_and_says_why() {
    refusals_and_bad_input(&mut Copy { tool: "cp" });
}

#[test]
fn a_new_data_key_leaves_the_folder_and_says_how_to_come_back() {
    let a = Computer::first("first computer's words");
    a.write("Before the new key");
    a.connect();
    let r = a.ebb(&["rekey"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("no longer syncs through") && r.stderr.contains("ebb sync init"),
        "{}",
        r.stderr
    );
    let err = a.ebb(&["sync"]).fails(2);
    assert!(err.contains("does not sync yet"), "{err}");
    // A new folder takes everything again, under the new key.
    let fresh = a.home.path().join("fresh");
    let v = a.ebb(&["sync", "init", fresh.to_str().unwrap()]).json();
    assert_eq!(v["sent"], 1, "{v}");
    let b = Computer::new("second computer's words");
    let r = b.ebb_env(
        &["init", "--from-sync", fresh.to_str().unwrap()],
        &[("EBB_PASSPHRASE", &a.pass), ("EBB_NEW_PASSPHRASE", &b.pass)],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(b.texts(), vec!["Before the new key"]);
}

/// The journal file and its `-wal`/`-shm` as they are now, to put back later (as a crash
/// that lost a commit, or a backup, would).
fn keep_journal(c: &Computer) -> Vec<(PathBuf, Option<Vec<u8>>)> {
    ["", "-wal", "-shm"]
        .iter()
        .map(|s| {
            let p = PathBuf::from(format!("{}{s}", c.journal().display()));
            let bytes = std::fs::read(&p).ok();
            (p, bytes)
        })
        .collect()
}

fn put_back(kept: &[(PathBuf, Option<Vec<u8>>)]) {
    for (p, bytes) in kept {
        match bytes {
            Some(b) => std::fs::write(p, b).unwrap(),
            None => drop(std::fs::remove_file(p)),
        }
    }
}

/// Two computers in step, the folder carried by hand (cp); A wrote `first` before it synced.
fn pair_by_hand(first: &str) -> (Computer, Computer, Copy) {
    let a = Computer::first("first computer's words");
    let b = Computer::new("second computer's words");
    let mut copy = Copy { tool: "cp" };
    copy.share(&[&a, &b]);
    a.write(first);
    a.connect();
    copy.carry(&[&a, &b]);
    b.join(&a.pass);
    (a, b, copy)
}

#[test]
fn a_file_written_just_before_a_crash_never_brings_back_an_older_version() {
    let (a, b, mut copy) = pair_by_hand("First words");
    let id = a.export()["entries"][0]["id"].as_str().unwrap().to_owned();
    a.ebb(&["edit", &id, "--text", "Second words"]).ok();
    // The exchange writes its file, then its commit is lost (the journal as it was before).
    let before = keep_journal(&a);
    assert_eq!(a.sync()["sent"], 1);
    put_back(&before);
    // Written again before the next exchange: that one takes the file in and keeps this.
    a.ebb(&["edit", &id, "--text", "Third words"]).ok();
    a.sync();
    assert_eq!(a.texts(), vec!["Third words"]);
    copy.carry(&[&a, &b]);
    settle(&mut copy, &[&a, &b]);
    assert_eq!(b.texts(), vec!["Third words"]);
    assert!(b.export().get("conflicts").is_none(), "its own earlier version is no conflict");
    a.ebb(&["verify"]).ok();
}

#[test]
fn a_journal_put_back_from_an_older_backup_is_told_and_exchanges_nothing() {
    let (a, b, mut copy) = pair_by_hand("One");
    b.write("Two, from the second");
    b.sync();
    copy.carry(&[&a, &b]);
    let old = keep_journal(&a);
    a.sync();
    a.write("Three, written after reading Two");
    a.sync();
    copy.carry(&[&a, &b]);
    put_back(&old);
    let r = a.ebb(&["sync"]);
    let err = r.fails(4);
    assert!(err.contains("put back from a backup") && err.contains("ebb init --from-sync"), "{err}");
    // Nothing was taken in or sent.
    assert_eq!(a.texts(), vec!["One"]);
}
