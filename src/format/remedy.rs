//! What a user can do about an error, as data: the domain says *what* would help, and each
//! front end says *how* in its own words — a flag on the command line, a menu or a button in
//! the app (`cli::words`, `ui::words`). No domain message names a flag or a menu.

/// Something the user can do to get past an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Remedy {
    /// Give the checklist file the session was made with (it is neither built in nor saved in
    /// the session).
    GiveChecklistFile,
    /// Give the passphrase of a protected file.
    GivePassphrase,
    /// Read the session with the checklist file given rather than the copy saved in it.
    UseChecklistFile,
    /// See every problem of the file, not only the first.
    SeeEveryProblem,
    /// Bring an assessment's spreadsheet into its session (sheet import).
    ImportSpreadsheet,
    /// Make contributions from the national session first.
    PrepareContributions,
    /// Name the assessment's Member State.
    NameMemberState,
    /// Read every file with one checklist file.
    OneChecklistForAll,
}

/// An error that knows what would help.
pub trait Remedied {
    /// What the user can do about it, if anything.
    fn remedy(&self) -> Option<Remedy>;
}
