//! Temporary files left by killed saves, and their removal by the next save.

use std::path::Path;
use std::time::Duration;

/// Temporary files of ours older than this, beside a file being saved, are left over from a
/// killed save and are removed by the next save of that file.
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(10 * 60);

/// Removes temporary files that an earlier, killed save of `file_name` left in `dir`: names of
/// exactly our pattern (`.` + the file name + six letters or digits + `.tmp`), regular files,
/// unchanged for at least `age`. Nothing else is ever touched. Best effort.
pub fn remove_stale_temps(dir: &Path, file_name: &std::ffi::OsStr, age: Duration) {
    if let Some(file_name) = file_name.to_str() {
        remove_stale_temps_of(dir, |target| target == file_name, age);
    }
}

/// Like [`remove_stale_temps`], for the temporary files of every target whose name `is_target`
/// accepts (the recovery folder uses it for its per-run file names).
pub fn remove_stale_temps_of(dir: &Path, is_target: impl Fn(&str) -> bool, age: Duration) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(target) = name.to_str().and_then(temp_target) else {
            continue;
        };
        if !is_target(target) {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|elapsed| elapsed >= age);
        if meta.is_file() && old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The target's file name if `name` is one of [`write_atomic`]'s temporary files
/// (`.` + target + six letters or digits + `.tmp`).
pub(super) fn temp_target(name: &str) -> Option<&str> {
    let inner = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let split = inner.len().checked_sub(6)?;
    let (target, random) = (inner.get(..split)?, inner.get(split..)?);
    let random_ok = random.bytes().all(|b| b.is_ascii_alphanumeric());
    (random_ok && !target.is_empty()).then_some(target)
}
