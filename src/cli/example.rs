//! `normcheck example -o DIR`: Exampleland's files for practice — this year's assessment, last
//! year's, and two agencies' contributions (one with a change, one with a conflict).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use super::language::tr;
use super::output::{Failure, print_line};
use crate::checklist::builtin;
use crate::example::example;
use crate::files::{Protection, WriteOptions, save_session_as};
use crate::format::printable;
use crate::session::Session;
use crate::t;

/// Arguments of `normcheck example`.
#[derive(Debug, Args)]
pub struct ExampleArgs {
    /// The folder to write the example's files into (made if missing).
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    dir: PathBuf,
    /// Replace the example's files if they are already there.
    #[arg(long)]
    force: bool,
}

pub(super) fn run(args: &ExampleArgs) -> Result<ExitCode, Failure> {
    let checklist = builtin().map_err(Failure::Message)?;
    let e = example(checklist.clone());
    let contributions = args.dir.join("contributions");
    std::fs::create_dir_all(&contributions).map_err(|err| {
        let folder = printable::path(&contributions);
        t!(
            tr(),
            "cli-cannot-read",
            file = folder,
            reason = err.to_string()
        )
    })?;
    let mut files: Vec<(PathBuf, &Session)> = vec![
        (args.dir.join("exampleland-2026.json"), &e.this_year),
        (args.dir.join("exampleland-2025.json"), &e.last_year),
    ];
    for (agency, part) in &e.contributions {
        let name = format!("{}.json", crate::team::file_slug(agency));
        files.push((contributions.join(name), part));
    }
    for (path, _) in &files {
        if path.exists() && !args.force {
            let file = printable::path(path);
            return Err(Failure::Message(t!(
                tr(),
                "cli-file-exists-force",
                file = file
            )));
        }
    }
    for (path, session) in &files {
        let write = WriteOptions {
            replace_read_only: args.force,
        };
        save_session_as(path, session, &checklist, &Protection::Plain, write)
            .map_err(|err| super::words::said(&err))?;
    }
    let [this_year, last_year, parts @ ..] = &files[..] else {
        return Ok(ExitCode::SUCCESS);
    };
    let shown = |p: &Path| p.display().to_string();
    print_line(&t!(
        tr(),
        "cli-example-written",
        this_year = shown(&this_year.0),
        last_year = shown(&last_year.0),
        count = parts.len(),
        folder = shown(&contributions)
    ))?;
    Ok(ExitCode::SUCCESS)
}
