//! Passphrase-protected sessions from the command line: what normcheck encrypts opens with the
//! `age` crate used on its own (and with the Go `age` tool when installed), what another age
//! implementation encrypts opens in normcheck, and every way it can go wrong is one clear line.

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use age::secrecy::SecretString;
use common::{arg, fixture, run_normcheck, text};

const PASSPHRASE: &str = "hội nghị ASEAN 2026 — đúng";
const NOTE: &str = "The national CERT lacks a 24/7 duty officer";

/// A folder with the small checklist, a session holding a sensitive note, and a passphrase file.
struct Setup {
    dir: tempfile::TempDir,
}

impl Setup {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut session = common::small_session();
        session.answers.get_mut("p.1").unwrap().note = Some(NOTE.to_owned());
        normcheck::files::save_session(&dir.path().join("plain.json"), &session).unwrap();
        std::fs::write(dir.path().join("pass.txt"), format!("{PASSPHRASE}\n")).unwrap();
        std::fs::write(dir.path().join("wrong.txt"), "not the passphrase\n").unwrap();
        Setup { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs normcheck with `--passphrase-file pass_file` (or none) after `args`.
    fn run(&self, args: &[&str], pass_file: Option<&str>) -> std::process::Output {
        let mut all: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
        if let Some(name) = pass_file {
            all.push("--passphrase-file".into());
            all.push(arg(&self.path(name)).to_owned());
        }
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        run_normcheck(&refs, &[])
    }

    fn protect(&self) -> PathBuf {
        let out = self.path("s.normcheck.age");
        let result = self.run(
            &["protect", arg(&self.path("plain.json")), "-o", arg(&out)],
            Some("pass.txt"),
        );
        assert!(result.status.success(), "{}", text(&result.stderr));
        out
    }

    fn score(&self, file: &Path, pass_file: Option<&str>) -> std::process::Output {
        let checklist = fixture("small-checklist.json");
        self.run(
            &["score", "--json", "--checklist", arg(&checklist), arg(file)],
            pass_file,
        )
    }
}

/// Decrypts with the age crate directly, as any age tool would.
fn age_decrypt(bytes: &[u8], passphrase: &str) -> Vec<u8> {
    let decryptor = age::Decryptor::new(bytes).unwrap();
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap();
    let mut plain = Vec::new();
    reader.read_to_end(&mut plain).unwrap();
    plain
}

/// Encrypts with the age crate directly at work factor `log_n`.
fn age_encrypt(plain: &[u8], passphrase: &str, log_n: u8) -> Vec<u8> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(log_n);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).unwrap();
    writer.write_all(plain).unwrap();
    writer.finish().unwrap();
    out
}

#[test]
fn a_protected_session_is_an_age_file_any_age_tool_opens_and_holds_no_plain_text() {
    let setup = Setup::new();
    let protected = setup.protect();
    let bytes = std::fs::read(&protected).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n-> scrypt "));
    // Work factor 18, pinned.
    let header = String::from_utf8_lossy(&bytes[..200]).into_owned();
    assert!(header.lines().nth(1).unwrap().ends_with(" 18"), "{header}");
    assert!(
        !bytes.windows(12).any(|w| w == &NOTE.as_bytes()[..12]),
        "no note text in the ciphertext"
    );
    let plain = age_decrypt(&bytes, PASSPHRASE);
    let decrypted = setup.path("decrypted.json");
    std::fs::write(&decrypted, &*plain).unwrap();
    let session = normcheck::files::load_session(&decrypted).unwrap();
    assert_eq!(session.answer("p.1").unwrap().note.as_deref(), Some(NOTE));
}

#[test]
fn every_reading_command_accepts_a_protected_session() {
    let setup = Setup::new();
    let protected = setup.protect();
    let plain_score = setup.score(&setup.path("plain.json"), None);
    let protected_score = setup.score(&protected, Some("pass.txt"));
    assert!(
        protected_score.status.success(),
        "{}",
        text(&protected_score.stderr)
    );
    assert_eq!(protected_score.stdout, plain_score.stdout);

    let checklist = fixture("small-checklist.json");
    let validate = setup.run(
        &["validate", "--checklist", arg(&checklist), arg(&protected)],
        Some("pass.txt"),
    );
    assert!(validate.status.success(), "{}", text(&validate.stderr));
    assert!(text(&validate.stdout).contains("protected valid session"));

    let report = setup.path("r.md");
    let out = setup.run(
        &[
            "report",
            arg(&protected),
            "--checklist",
            arg(&checklist),
            "--format",
            "md",
            "-o",
            arg(&report),
        ],
        Some("pass.txt"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::read_to_string(&report).unwrap().contains(NOTE));
}

#[test]
fn a_file_encrypted_by_another_age_implementation_opens() {
    let setup = Setup::new();
    let plain = std::fs::read(setup.path("plain.json")).unwrap();
    let foreign = setup.path("foreign.age");
    std::fs::write(&foreign, age_encrypt(&plain, PASSPHRASE, 10)).unwrap();
    let out = setup.score(&foreign, Some("pass.txt"));
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn unprotect_gives_back_the_plain_session_and_never_touches_its_input() {
    let setup = Setup::new();
    let protected = setup.protect();
    let before = std::fs::read(&protected).unwrap();
    let back = setup.path("back.json");
    let out = setup.run(
        &["unprotect", arg(&protected), "-o", arg(&back)],
        Some("pass.txt"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(std::fs::read(&protected).unwrap(), before);
    assert_eq!(
        normcheck::files::load_session(&back).unwrap(),
        normcheck::files::load_session(&setup.path("plain.json")).unwrap()
    );
}

/// Asserts a one-line error naming `file` and containing `needle`, exit 1, nothing written.
fn assert_refused(out: &std::process::Output, file: &Path, needle: &str) {
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(arg(file)), "{stderr}");
    assert!(stderr.contains(needle), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_wrong_passphrase_truncation_and_tampering_each_get_one_clear_line() {
    let setup = Setup::new();
    let protected = setup.protect();
    assert_refused(
        &setup.score(&protected, Some("wrong.txt")),
        &protected,
        "the passphrase is wrong",
    );

    let bytes = std::fs::read(&protected).unwrap();
    let truncated = setup.path("truncated.age");
    std::fs::write(&truncated, &bytes[..bytes.len() - 40]).unwrap();
    assert_refused(
        &setup.score(&truncated, Some("pass.txt")),
        &truncated,
        "damaged",
    );

    let mut altered = bytes.clone();
    let i = altered.len() - 30;
    altered[i] ^= 0x20;
    let tampered = setup.path("tampered.age");
    std::fs::write(&tampered, &altered).unwrap();
    assert_refused(
        &setup.score(&tampered, Some("pass.txt")),
        &tampered,
        "damaged",
    );

    // unprotect writes nothing when it fails.
    let out_path = setup.path("never.json");
    let out = setup.run(
        &["unprotect", arg(&tampered), "-o", arg(&out_path)],
        Some("pass.txt"),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(!out_path.exists());
}

#[test]
fn excessive_work_and_key_recipients_are_refused() {
    let setup = Setup::new();
    let plain = std::fs::read(setup.path("plain.json")).unwrap();
    // A header claiming work factor 30 (hours of scrypt): refused before any work.
    let sealed = String::from_utf8_lossy(&age_encrypt(&plain, PASSPHRASE, 2)).into_owned();
    let (header, rest) = sealed.split_at(sealed.find("\n---").unwrap());
    let heavy = setup.path("heavy.age");
    std::fs::write(&heavy, header.replacen(" 2\n", " 30\n", 1) + rest).unwrap();
    assert_refused(
        &setup.score(&heavy, Some("pass.txt")),
        &heavy,
        "work factor 30",
    );

    let key = age::x25519::Identity::generate();
    let recipient = key.to_public();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut sealed = Vec::new();
    let mut writer = encryptor.wrap_output(&mut sealed).unwrap();
    writer.write_all(&plain).unwrap();
    writer.finish().unwrap();
    let keyed = setup.path("keyed.age");
    std::fs::write(&keyed, sealed).unwrap();
    assert_refused(
        &setup.score(&keyed, Some("pass.txt")),
        &keyed,
        "not protected with a passphrase",
    );
}

#[test]
fn without_a_passphrase_file_or_terminal_the_command_says_how_to_give_one() {
    let setup = Setup::new();
    let protected = setup.protect();
    // Standard input is not a terminal under the test runner's Command.
    let out = Command::new(env!("CARGO_BIN_EXE_normcheck"))
        .args([
            "score",
            "--checklist",
            arg(&fixture("small-checklist.json")),
            arg(&protected),
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_refused(
        &out,
        &protected,
        "is protected; give --passphrase-file or run in a terminal",
    );
}

/// Runs the Go `age` tool (Debian's package) through a pseudo-terminal, since it reads
/// passphrases only from a terminal. `None` when the tool or python3 is missing.
fn go_age(args: &[&str], passphrase: &str) -> Option<std::process::Output> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/age_peer.py");
    let found = Command::new("age").arg("--version").output().is_ok()
        && Command::new("python3").arg("--version").output().is_ok();
    if !found {
        eprintln!("note: the age tool or python3 is not installed; skipping the Go age checks");
        return None;
    }
    let out = Command::new("python3")
        .arg(script)
        .arg(passphrase)
        .args(args)
        .output()
        .unwrap();
    Some(out)
}

#[test]
fn the_go_age_tool_and_normcheck_open_each_others_files() {
    let setup = Setup::new();
    let protected = setup.protect();
    let decrypted = setup.path("by-go.json");
    let Some(out) = go_age(
        &["--decrypt", "-o", arg(&decrypted), arg(&protected)],
        PASSPHRASE,
    ) else {
        return;
    };
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        normcheck::files::load_session(&decrypted).unwrap(),
        normcheck::files::load_session(&setup.path("plain.json")).unwrap()
    );

    let by_go = setup.path("by-go.age");
    let out = go_age(
        &[
            "--passphrase",
            "-o",
            arg(&by_go),
            arg(&setup.path("plain.json")),
        ],
        PASSPHRASE,
    )
    .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let scored = setup.score(&by_go, Some("pass.txt"));
    assert!(scored.status.success(), "{}", text(&scored.stderr));
}
