//! Why reading a file or decrypting a protected one failed: the errors of the file door's
//! lowest steps, here so that the documents' errors can carry them.

use std::io;

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The operating system refused or failed the read.
    #[error("cannot read the file: {0}")]
    Io(#[from] io::Error),
    /// The file is larger than `MAX_FILE_BYTES`.
    #[error(
        "the file is {size} bytes, larger than the {limit} byte limit; it is not a normcheck file"
    )]
    TooLarge {
        /// Size of the file in bytes.
        size: u64,
        /// The limit that was exceeded.
        limit: u64,
    },
}

/// Why protected bytes could not be encrypted or decrypted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtectError {
    /// The passphrase does not open the file.
    #[error("the passphrase is wrong")]
    WrongPassphrase,
    /// The file is age-encrypted to a key, not to a passphrase.
    #[error(
        "it is encrypted to a key, not protected with a passphrase; normcheck opens only passphrase-protected files"
    )]
    NotPassphrase,
    /// The file asks for more scrypt work than is safe to attempt.
    #[error(
        "its passphrase protection asks for work factor {required}, above the limit of {max}; it was not opened (a file made this way could take minutes and gigabytes to open)"
    )]
    TooMuchWork {
        /// The file's work factor.
        required: u8,
        /// The highest work factor normcheck accepts.
        max: u8,
    },
    /// The encrypted file is truncated or was altered.
    #[error("the protected file is damaged: {0}")]
    Damaged(String),
    /// Encryption failed.
    #[error("cannot encrypt: {0}")]
    Encrypt(String),
}
