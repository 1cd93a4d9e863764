//! Numbers and dates as the language writes them: the decimal sign ("62,5" in Vietnamese and
//! Indonesian), the percent sign's place, month names and the era (Thai official documents
//! count years in the Buddhist Era, 543 years ahead).

use time::Date;

use super::Tr;

impl Tr {
    /// `value` with `decimals` digits after the language's decimal sign.
    pub fn number(&self, value: f64, decimals: usize) -> String {
        let plain = format!("{value:.decimals$}");
        let sign = crate::t!(self, "number-decimal-sign");
        if sign == "." {
            plain
        } else {
            plain.replace('.', &sign)
        }
    }

    /// A whole percentage, e.g. "80 %" or "80%".
    pub fn percent(&self, value: f64) -> String {
        crate::t!(self, "number-percent", value = self.number(value, 0))
    }

    /// A date as the language writes it in a table: "2026-12-04" in English, "4/12/2569" in
    /// Thai.
    pub fn short_date(&self, date: Date) -> String {
        crate::t!(
            self,
            "date-short",
            day = format!("{:02}", date.day()),
            month = format!("{:02}", u8::from(date.month())),
            year = self.year(date).to_string()
        )
    }

    /// The year in the language's era.
    fn year(&self, date: Date) -> i32 {
        let offset: i32 = crate::t!(self, "date-year-offset")
            .trim()
            .parse()
            .unwrap_or(0);
        date.year() + offset
    }

    /// A date as the language writes it in running text, e.g. "4 December 2026",
    /// "4 ธันวาคม 2569".
    pub fn date(&self, date: Date) -> String {
        let month = self.dynamic(&format!("month-{}", u8::from(date.month())));
        crate::t!(
            self,
            "date-long",
            day = date.day().to_string(),
            month = month,
            year = self.year(date).to_string()
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Catalog;
    use time::macros::date;

    #[test]
    fn dates_and_numbers_follow_the_language() {
        let catalog = Catalog::shipped();
        let tr = |code: &str| catalog.tr(code).unwrap_or_else(|e| panic!("{e}"));
        let day = date!(2026 - 12 - 04);
        assert_eq!(tr("en").date(day), "4 December 2026");
        assert_eq!(tr("th").date(day), "4 ธันวาคม 2569");
        assert_eq!(tr("vi").date(day), "ngày 4 tháng 12 năm 2026");
        assert_eq!(tr("id").date(day), "4 Desember 2026");
        assert_eq!(tr("en").short_date(day), "2026-12-04");
        assert_eq!(tr("th").short_date(day), "04/12/2569");
        assert_eq!(tr("en").number(62.5, 1), "62.5");
        assert_eq!(tr("vi").number(62.5, 1), "62,5");
        assert_eq!(tr("id").number(62.5, 1), "62,5");
        assert_eq!(tr("th").number(62.5, 1), "62.5");
    }
}
