//! Bundled Noto fonts, so Vietnamese, Thai, Khmer, Lao and Myanmar text renders correctly.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

const FONTS: [(&str, &[u8]); 5] = [
    (
        "noto-sans",
        include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    ),
    (
        "noto-sans-thai",
        include_bytes!("../../assets/fonts/NotoSansThai-Regular.ttf"),
    ),
    (
        "noto-sans-khmer",
        include_bytes!("../../assets/fonts/NotoSansKhmer-Regular.ttf"),
    ),
    (
        "noto-sans-lao",
        include_bytes!("../../assets/fonts/NotoSansLao-Regular.ttf"),
    ),
    (
        "noto-sans-myanmar",
        include_bytes!("../../assets/fonts/NotoSansMyanmar-Regular.ttf"),
    ),
];

/// Font definitions with Noto Sans first (Latin incl. Vietnamese) and the other scripts as
/// fallbacks; egui's own fonts stay behind them for symbols.
pub fn font_definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (i, (name, bytes)) in FONTS.iter().enumerate() {
        fonts
            .font_data
            .insert((*name).to_owned(), Arc::new(FontData::from_static(bytes)));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            let list = fonts.families.entry(family.clone()).or_default();
            if family == FontFamily::Proportional {
                list.insert(i, (*name).to_owned());
            } else {
                list.push((*name).to_owned());
            }
        }
    }
    fonts
}

/// Installs [`font_definitions`] in the context.
pub fn install_fonts(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
}
