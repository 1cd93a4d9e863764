//! Bounded reads: a file larger than normcheck's limit is refused without being read.

use std::fs::File;
use std::io::Read;
use std::path::Path;

/// Largest file normcheck reads (64 MiB): sessions and checklists are far smaller than this.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

pub use crate::format::io_errors::ReadError;

/// Reads a whole file, refusing files larger than `limit` bytes without reading them.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // The file may grow between metadata() and read(): read at most one byte past the limit.
    file.take(limit + 1).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(ReadError::TooLarge { size: read, limit });
    }
    Ok(bytes)
}
