//! Runs `dbkit` on a pseudo-terminal and answers its prompts, the way a person at a terminal would.

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What a terminal session printed (ANSI escapes removed) and how it ended.
#[derive(Debug)]
pub struct Session {
    pub code: i32,
    pub screen: String,
}

fn strip_ansi(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    for n in chars.by_ref() {
                        if n.is_ascii_alphabetic() || n == '~' {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Runs the binary with `args` in `dir` on a fresh pty. Each step waits until `needle` appears in
/// the output seen since the previous step, then types `keys`.
pub fn drive(dir: &Path, args: &[&str], steps: &[(&str, &str)]) -> Session {
    let (mut master, slave) = open_pty();
    let fd = |f: &OwnedFd| Stdio::from(f.try_clone().expect("dup pty"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_dbkit"))
        .args(args)
        .current_dir(dir)
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR")
        .stdin(fd(&slave))
        .stdout(fd(&slave))
        .stderr(fd(&slave))
        .spawn()
        .expect("spawn dbkit on a pty");
    drop(slave);
    let (tx, rx) = mpsc::channel::<Vec<u8>>();
    let mut reader = master.try_clone().expect("dup master");
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        // EIO once the child closed its side: the session is over.
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let (mut all, mut since) = (Vec::new(), Vec::new());
    let mut pending = steps.iter();
    let mut step = pending.next();
    loop {
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(bytes) => {
                all.extend_from_slice(&bytes);
                since.extend_from_slice(&bytes);
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
        if let Some((needle, keys)) = step
            && strip_ansi(&since).contains(needle)
        {
            // Let the prompt finish drawing and switch the terminal to raw mode before typing.
            std::thread::sleep(Duration::from_millis(300));
            master.write_all(keys.as_bytes()).expect("type into the pty");
            since.clear();
            step = pending.next();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("pty session timed out; screen so far:\n{}", strip_ansi(&all));
        }
        if step.is_none() && child.try_wait().ok().flatten().is_some() && rx.try_recv().is_err() {
            // Drain what is left, then stop.
            while let Ok(bytes) = rx.recv_timeout(Duration::from_millis(200)) {
                all.extend_from_slice(&bytes);
            }
            break;
        }
    }
    let status = child.wait().expect("wait dbkit");
    let screen = strip_ansi(&all);
    assert!(step.is_none(), "the prompt `{}` never appeared; screen:\n{screen}", step.map_or("", |s| s.0));
    Session { code: status.code().unwrap_or(-1), screen }
}

fn open_pty() -> (std::fs::File, OwnedFd) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize { ws_row: 50, ws_col: 160, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: openpty writes two new file descriptors into the out-pointers; we own them from here.
    let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
    assert_eq!(rc, 0, "openpty failed: {}", std::io::Error::last_os_error());
    // SAFETY: both descriptors were just opened by openpty and are not owned by anything else.
    unsafe { (std::fs::File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}
