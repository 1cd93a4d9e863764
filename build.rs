//! Build script. Only when building for Windows (the *target*, so also when cross-compiling
//! from Linux with MinGW's `windres`): embeds the shield icon and the version information
//! (product name, version from Cargo.toml, description) in both programs.

use std::env;

/// Each Windows program and the description Explorer and Task Manager show for it.
const PROGRAMS: [(&str, &str); 2] = [
    (
        "normcheck",
        "normcheck - self-assessment of the UN cyber norms",
    ),
    (
        "normcheck-cli",
        "normcheck command line - self-assessment of the UN cyber norms",
    ),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icons/icon.ico");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let licence = env::var("CARGO_PKG_LICENSE").unwrap_or_default();
    let comments = env::var("CARGO_PKG_DESCRIPTION").unwrap_or_default();
    for (program, description) in PROGRAMS {
        let mut resource = winresource::WindowsResource::new();
        resource
            .set_icon("assets/icons/icon.ico")
            .set("ProductName", "normcheck")
            .set("FileDescription", description)
            .set("InternalName", program)
            .set("OriginalFilename", &format!("{program}.exe"))
            .set("LegalCopyright", &format!("Licensed under {licence}"))
            .set("Comments", &comments);
        if let Err(error) = resource.compile_for(program) {
            eprintln!(
                "cannot embed the icon and version information in {program}.exe \
                 (is MinGW's windres installed? apt-get install gcc-mingw-w64-x86-64): {error}"
            );
            std::process::exit(1);
        }
    }
}
