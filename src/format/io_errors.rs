//! Why reading a file or decrypting a protected one failed: the errors of the file door's
//! lowest steps, here so that the documents' errors can carry them.

use std::fmt;
use std::io;

use crate::i18n::{Message, Said, Tr};
use crate::t;

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The operating system refused or failed the read.
    Io(#[from] io::Error),
    /// The file is larger than `MAX_FILE_BYTES`.
    TooLarge {
        /// Size of the file in bytes.
        size: u64,
        /// The limit that was exceeded.
        limit: u64,
    },
}

/// Why protected bytes could not be encrypted or decrypted.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProtectError {
    /// The passphrase does not open the file.
    WrongPassphrase,
    /// The file is age-encrypted to a key, not to a passphrase.
    NotPassphrase,
    /// The file asks for more scrypt work than is safe to attempt.
    TooMuchWork {
        /// The file's work factor.
        required: u8,
        /// The highest work factor normcheck accepts.
        max: u8,
    },
    /// The encrypted file is truncated or was altered.
    Damaged(Message),
    /// Encryption failed.
    Encrypt(String),
}

impl Said for ReadError {
    fn said(&self, tr: &Tr) -> String {
        match self {
            // The operating system's own words (in its language on Windows).
            ReadError::Io(e) => t!(tr, "read-failed", reason = e.to_string()),
            ReadError::TooLarge { size, limit } => t!(
                tr,
                "read-too-large",
                size = size.to_string(),
                limit = limit.to_string()
            ),
        }
    }
}

impl Said for ProtectError {
    fn said(&self, tr: &Tr) -> String {
        match self {
            ProtectError::WrongPassphrase => t!(tr, "protect-wrong-passphrase"),
            ProtectError::NotPassphrase => t!(tr, "protect-not-passphrase"),
            ProtectError::TooMuchWork { required, max } => t!(
                tr,
                "protect-too-much-work",
                required = required.to_string(),
                max = max.to_string()
            ),
            ProtectError::Damaged(detail) => t!(tr, "protect-damaged", detail = detail.said(tr)),
            ProtectError::Encrypt(detail) => {
                t!(tr, "protect-encrypt-failed", detail = detail.clone())
            }
        }
    }
}

/// English, for logs and tests.
macro_rules! display_in_english {
    ($($kind:ty),+) => {
        $(impl fmt::Display for $kind {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.said(&Tr::english()))
            }
        })+
    };
}

display_in_english!(ReadError, ProtectError);
