//! Prints the line break opportunities normcheck finds in each line of a file, as code point
//! offsets separated by spaces (to compare with another implementation, e.g. PyICU).

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: line_breaks FILE");
        std::process::exit(2);
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("{path}: cannot read the file");
        std::process::exit(1);
    };
    for line in text.lines() {
        let points: Vec<String> = normcheck::text::break_opportunities(line)
            .into_iter()
            .map(|b| line[..b].chars().count().to_string())
            .collect();
        println!("{}", points.join(" "));
    }
}
