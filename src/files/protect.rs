//! Passphrase protection of sessions and recovery copies: the published age v1 format with a passphrase (scrypt) recipient, so
//! a protected session opens with the standard `age`/`rage` tools too. Files are recognised by
//! their header, never by their extension.

use crate::msg;
use std::io::{Read, Write};
use std::sync::Arc;

use age::secrecy::SecretString;
use zeroize::Zeroizing;

/// A passphrase held in memory only while it is needed; wiped when the last copy is dropped.
pub type Passphrase = SecretString;

/// The scrypt work factor (log2 N) normcheck encrypts with: what the reference `age` tool uses,
/// about a second and 256 MiB on a laptop. Pinned, because the crate's own calibration can pick
/// factors that slower machines refuse.
pub const ENCRYPT_WORK_FACTOR: u8 = 18;
/// The highest work factor accepted when decrypting (the reference tool's limit): higher ones
/// would let a crafted file take minutes and gigabytes.
pub const MAX_DECRYPT_WORK_FACTOR: u8 = 22;
/// The file name ending suggested for protected sessions.
pub const PROTECTED_EXTENSION: &str = "normcheck.age";

const BINARY_HEADER: &[u8] = b"age-encryption.org/v1\n";
const ARMOR_HEADER: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// How a session file is stored.
#[derive(Clone, Default)]
pub enum Protection {
    /// Plain JSON.
    #[default]
    Plain,
    /// Encrypted with this passphrase (age, scrypt).
    Passphrase(Arc<Passphrase>),
}

impl Protection {
    /// Protection with `passphrase`.
    pub fn with_passphrase(passphrase: Passphrase) -> Self {
        Protection::Passphrase(Arc::new(passphrase))
    }

    /// Whether the file is encrypted.
    pub fn is_protected(&self) -> bool {
        matches!(self, Protection::Passphrase(_))
    }
}

impl std::fmt::Debug for Protection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the passphrase.
        f.write_str(match self {
            Protection::Plain => "Plain",
            Protection::Passphrase(_) => "Passphrase(..)",
        })
    }
}

pub use crate::format::io_errors::ProtectError;

/// Whether `bytes` are an age file (binary or armored), told by the header.
pub(super) fn has_age_header(bytes: &[u8]) -> bool {
    let trimmed = crate::format::strict_json::strip_bom(bytes);
    trimmed.starts_with(BINARY_HEADER) || trimmed.starts_with(ARMOR_HEADER)
}

/// Encrypts `plain` with `passphrase` as one age v1 file, at [`ENCRYPT_WORK_FACTOR`].
pub fn encrypt(plain: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>, ProtectError> {
    encrypt_with_work_factor(plain, passphrase, ENCRYPT_WORK_FACTOR)
}

/// [`encrypt`] at another work factor (tests and benchmarks use low ones; never above 22).
pub fn encrypt_with_work_factor(
    plain: &[u8],
    passphrase: &Passphrase,
    work_factor: u8,
) -> Result<Vec<u8>, ProtectError> {
    let fail = |e: &dyn std::fmt::Display| ProtectError::Encrypt(e.to_string());
    let work_factor = work_factor.clamp(1, MAX_DECRYPT_WORK_FACTOR);
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(work_factor);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|e| fail(&e))?;
    let mut out = Vec::with_capacity(plain.len() + 256);
    let mut writer = encryptor.wrap_output(&mut out).map_err(|e| fail(&e))?;
    writer.write_all(plain).map_err(|e| fail(&e))?;
    writer.finish().map_err(|e| fail(&e))?;
    Ok(out)
}

/// Decrypts an age file protected with a passphrase. The plaintext is wiped from memory when
/// dropped.
pub fn decrypt(bytes: &[u8], passphrase: &Passphrase) -> Result<Zeroizing<Vec<u8>>, ProtectError> {
    let reader = age::armor::ArmoredReader::new(crate::format::strict_json::strip_bom(bytes));
    let decryptor = age::Decryptor::new(reader).map_err(|e| match e {
        age::DecryptError::UnknownFormat => {
            ProtectError::Damaged(msg!("protect-damaged-unknown-format"))
        }
        _ => ProtectError::Damaged(msg!("protect-damaged-header")),
    })?;
    if !decryptor.is_scrypt() {
        return Err(ProtectError::NotPassphrase);
    }
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(MAX_DECRYPT_WORK_FACTOR);
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::ExcessiveWork { required, .. } => ProtectError::TooMuchWork {
                required,
                max: MAX_DECRYPT_WORK_FACTOR,
            },
            age::DecryptError::DecryptionFailed
            | age::DecryptError::KeyDecryptionFailed
            | age::DecryptError::NoMatchingKeys => ProtectError::WrongPassphrase,
            age::DecryptError::InvalidMac => ProtectError::Damaged(msg!("protect-damaged-altered")),
            _ => ProtectError::Damaged(msg!("protect-damaged-header")),
        })?;
    let mut plain = Zeroizing::new(Vec::with_capacity(bytes.len()));
    reader
        .read_to_end(&mut plain)
        .map_err(|_| ProtectError::Damaged(msg!("protect-damaged-content")))?;
    Ok(plain)
}

/// How hard a passphrase would be to guess, as a hint while it is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Fewer than [`MIN_PASSPHRASE_CHARS`] characters: refused.
    TooShort,
    /// Guessable with effort.
    Weak,
    /// Reasonable.
    Fair,
    /// Long and varied.
    Strong,
}

/// The fewest characters a new passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

impl Strength {
    /// A short hint for the user.
    pub fn hint(self) -> &'static str {
        match self {
            Strength::TooShort => "too short: use at least 8 characters",
            Strength::Weak => "weak: add words or characters",
            Strength::Fair => "fair: a few more words make it strong",
            Strength::Strong => "strong",
        }
    }
}

/// Estimates a passphrase's strength from its length and the kinds of characters it uses
/// (about log2(pool) bits per character); several words count as long passphrases do.
pub fn strength(passphrase: &str) -> Strength {
    let chars = passphrase.chars().count();
    if chars < MIN_PASSPHRASE_CHARS {
        return Strength::TooShort;
    }
    let has = |f: fn(&char) -> bool| passphrase.chars().any(|c| f(&c));
    let pool = [
        (has(char::is_ascii_lowercase), 26.0),
        (has(char::is_ascii_uppercase), 26.0),
        (has(char::is_ascii_digit), 10.0),
        (has(|c| c.is_ascii_punctuation() || *c == ' '), 33.0),
        (has(|c| !c.is_ascii()), 100.0),
    ]
    .iter()
    .filter(|(present, _)| *present)
    .map(|(_, size)| size)
    .sum::<f64>();
    let distinct = passphrase
        .chars()
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    // Repeats ("aaaaaaaa") add little: count distinct characters more than length.
    let effective = (distinct as f64 + chars as f64) / 2.0;
    let bits = effective * f64::max(pool, 2.0).log2();
    if bits < 50.0 {
        Strength::Weak
    } else if bits < 90.0 {
        Strength::Fair
    } else {
        Strength::Strong
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strength_grows_with_length_and_variety() {
        assert_eq!(strength("abc123"), Strength::TooShort);
        assert_eq!(strength("aaaaaaaa"), Strength::Weak);
        assert_eq!(strength("password"), Strength::Weak);
        assert_eq!(strength("Tr0ub4dor&3x"), Strength::Fair);
        assert_eq!(strength("correct horse battery staple"), Strength::Strong);
        assert_eq!(strength("ngựa đúng pin kẹp giấy"), Strength::Strong);
    }

    fn pass(text: &str) -> Passphrase {
        SecretString::from(text.to_owned())
    }

    #[test]
    fn what_is_encrypted_decrypts_with_the_same_passphrase_only() {
        let sealed = encrypt_with_work_factor(b"{\"note\":\"secret\"}", &pass("right"), 2).unwrap();
        assert!(has_age_header(&sealed));
        assert!(!sealed.windows(6).any(|w| w == b"secret"));
        assert_eq!(
            &decrypt(&sealed, &pass("right")).unwrap()[..],
            b"{\"note\":\"secret\"}"
        );
        assert_eq!(
            decrypt(&sealed, &pass("wrong")).unwrap_err(),
            ProtectError::WrongPassphrase
        );
    }

    #[test]
    fn truncated_and_altered_files_are_damaged_not_wrong_passphrases() {
        let sealed = encrypt_with_work_factor(&[b'x'; 100_000], &pass("p"), 2).unwrap();
        for cut in [10, sealed.len() / 2, sealed.len() - 1] {
            let err = decrypt(&sealed[..cut], &pass("p")).unwrap_err();
            assert!(
                matches!(err, ProtectError::Damaged(_)),
                "cut at {cut}: {err}"
            );
        }
        let mut altered = sealed.clone();
        let last = altered.len() - 20;
        altered[last] ^= 1;
        let err = decrypt(&altered, &pass("p")).unwrap_err();
        assert!(matches!(err, ProtectError::Damaged(_)), "{err}");
    }

    #[test]
    fn a_work_factor_above_22_is_refused_before_any_work() {
        // A header claiming log N = 30 (a billion rounds): refused without running scrypt.
        let sealed = encrypt_with_work_factor(b"x", &pass("p"), 2).unwrap();
        let text = String::from_utf8_lossy(&sealed).into_owned();
        let header_end = text.find("\n---").unwrap();
        let (header, rest) = text.split_at(header_end);
        let forged = header.replacen(" 2\n", " 30\n", 1) + rest;
        let err = decrypt(forged.as_bytes(), &pass("p")).unwrap_err();
        assert_eq!(
            err,
            ProtectError::TooMuchWork {
                required: 30,
                max: MAX_DECRYPT_WORK_FACTOR
            }
        );
    }

    #[test]
    fn a_file_for_a_key_is_not_taken_for_a_passphrase_file() {
        let key = age::x25519::Identity::generate();
        let recipient = key.to_public();
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .unwrap();
        let mut out = Vec::new();
        let mut w = encryptor.wrap_output(&mut out).unwrap();
        w.write_all(b"{}").unwrap();
        w.finish().unwrap();
        assert_eq!(
            decrypt(&out, &pass("p")).unwrap_err(),
            ProtectError::NotPassphrase
        );
    }

    #[test]
    fn plain_json_is_not_taken_for_a_protected_file() {
        assert!(!has_age_header(b"{\"format\":\"normcheck-session\"}"));
        assert!(!has_age_header(b""));
        assert!(has_age_header(b"age-encryption.org/v1\n-> scrypt"));
    }
}
