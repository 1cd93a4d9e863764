//! Telling whether two paths are the same file, so no command writes over its own input.

use std::path::Path;

use super::write::WriteError;

/// Refuses an output path that is one of the inputs (the same file by another name, through a
/// link, or a hard link), so that no command can destroy what it reads.
pub fn refuse_input_as_output(output: &Path, inputs: &[&Path]) -> Result<(), WriteError> {
    if inputs.iter().any(|input| same_file(output, input)) {
        return Err(WriteError::IsInput {
            path: output.to_path_buf(),
        });
    }
    Ok(())
}

/// Whether two paths name the same existing file (canonical paths, or on Unix the same device
/// and inode).
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ca), Ok(cb)) = (std::fs::canonicalize(a), std::fs::canonicalize(b)) else {
        return false;
    };
    if ca == cb {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(ma), Ok(mb)) = (std::fs::metadata(&ca), std::fs::metadata(&cb)) {
            return ma.dev() == mb.dev() && ma.ino() == mb.ino();
        }
    }
    false
}
