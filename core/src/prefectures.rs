//! The competent prefectures, one per province (`core/data/prefectures.tsv`, source in
//! `core/data/README.md`): the pick list of section 1 and the addressee of the PDFs.
//!
//! The value kept in the draft is the province's name ("Milano", "Forlì-Cesena"), as typed by
//! earlier versions; [`find`] also accepts the two-letter code and ignores case and accents.

use std::sync::OnceLock;

use crate::rules::countries::fold_name;

/// The office competent for the residents of one province.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefecture {
    /// Province code, e.g. `MI`.
    pub code: &'static str,
    /// Province name, e.g. `Milano` (the value stored in the draft).
    pub province: &'static str,
    /// The addressee line of a letter: "Alla Prefettura di Milano".
    pub addressee: &'static str,
}

const DATA: &str = include_str!("../data/prefectures.tsv");

/// Every prefecture, by province name.
pub fn all() -> &'static [Prefecture] {
    static ALL: OnceLock<Vec<Prefecture>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut rows: Vec<Prefecture> = DATA
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut cells = line.split('\t');
                Some(Prefecture {
                    code: cells.next()?,
                    province: cells.next()?,
                    addressee: cells.next()?,
                })
            })
            .collect();
        rows.sort_by_key(|p| fold_name(p.province));
        rows
    })
}

/// The prefecture of a province name or code as typed (`"milano"`, `"MI"`, `"Forli-Cesena"`).
pub fn find(text: &str) -> Option<&'static Prefecture> {
    let folded = fold_name(text);
    if folded.is_empty() {
        return None;
    }
    let without_office = folded
        .strip_prefix("prefettura di ")
        .unwrap_or(folded.as_str());
    all().iter().find(|p| {
        p.code.eq_ignore_ascii_case(text.trim()) || fold_name(p.province) == without_office
    })
}

/// The prefecture the province of residence proposes.
pub fn for_province(code: &str) -> Option<&'static Prefecture> {
    all()
        .iter()
        .find(|p| p.code.eq_ignore_ascii_case(code.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_prefecture_per_current_province() {
        let codes: std::collections::BTreeSet<&str> = include_str!("../data/municipalities.tsv")
            .lines()
            .skip(1)
            .filter_map(|line| {
                let cells: Vec<&str> = line.split('\t').collect();
                (cells.len() >= 6 && cells[5].is_empty()).then_some(cells[1])
            })
            .collect();
        let ours: std::collections::BTreeSet<&str> = all().iter().map(|p| p.code).collect();
        assert_eq!(ours, codes);
        assert_eq!(all().len(), 107);
    }

    #[test]
    fn finds_by_name_code_and_office() {
        assert_eq!(find("Milano").map(|p| p.code), Some("MI"));
        assert_eq!(find(" forli-cesena ").map(|p| p.code), Some("FC"));
        assert_eq!(find("Forlì-Cesena").map(|p| p.code), Some("FC"));
        assert_eq!(find("to").map(|p| p.province), Some("Torino"));
        assert_eq!(find("Prefettura di Bologna").map(|p| p.code), Some("BO"));
        assert_eq!(find("Narnia"), None);
        assert_eq!(find("Prefettura di Narnia"), None);
        assert_eq!(find(""), None);
        assert_eq!(
            for_province("tn").map(|p| p.addressee),
            Some("Al Commissariato del Governo per la provincia di Trento")
        );
    }
}
