//! Italian municipalities (with their validity periods) and foreign countries (Z-codes), as
//! published in the data of python-codicefiscale (see `core/data/README.md`).
//!
//! The tables are compiled into the binary and parsed once, on first use.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::NaiveDate;

use super::error::CfError;
use super::letters::{fold, place_key};
use crate::model::Place;

const MUNICIPALITIES_TSV: &str = include_str!("../../data/municipalities.tsv");
const COUNTRIES_TSV: &str = include_str!("../../data/countries.tsv");

/// One period of an Italian municipality: a municipality that changed province has one
/// record per province, a merged or renamed one keeps its old records with `valid_to` set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Municipality {
    /// Belfiore code, e.g. "H501".
    pub code: &'static str,
    /// Province code at the time, e.g. "RM" (historical ones too, e.g. "FO" before 1992).
    pub province: &'static str,
    pub name: &'static str,
    /// Name in the second official language (e.g. "Bozen"), or "".
    pub name_alt: &'static str,
    pub valid_from: NaiveDate,
    /// Last day of existence; `None` while it exists.
    pub valid_to: Option<NaiveDate>,
}

impl Municipality {
    pub fn is_valid_on(&self, date: NaiveDate) -> bool {
        self.valid_from <= date && self.valid_to.is_none_or(|to| date <= to)
    }

    pub fn is_current(&self) -> bool {
        self.valid_to.is_none()
    }
}

/// A foreign country (or former country) with its Z-code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// "Z" + three digits, e.g. "Z404".
    pub code: &'static str,
    pub name_it: &'static str,
    /// Longer Italian name, or "".
    pub name_alt_it: &'static str,
    /// English name, or "".
    pub name_en: &'static str,
    /// Further names people use (other languages, abbreviations).
    pub aliases: Vec<&'static str>,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
}

impl Country {
    pub fn is_current(&self) -> bool {
        self.valid_to.is_none()
    }

    /// Every name the country is known by.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        [self.name_it, self.name_alt_it, self.name_en]
            .into_iter()
            .chain(self.aliases.iter().copied())
            .filter(|n| !n.is_empty())
    }
}

/// A place a code stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceRef {
    Municipality(&'static Municipality),
    Country(&'static Country),
}

impl PlaceRef {
    pub fn code(self) -> &'static str {
        match self {
            PlaceRef::Municipality(m) => m.code,
            PlaceRef::Country(c) => c.code,
        }
    }

    /// Italian name.
    pub fn name(self) -> &'static str {
        match self {
            PlaceRef::Municipality(m) => m.name,
            PlaceRef::Country(c) => c.name_it,
        }
    }

    /// "Forlì (FC)" for a municipality, the Italian name for a country.
    pub fn label(self) -> String {
        match self {
            PlaceRef::Municipality(m) => format!("{} ({})", m.name, m.province),
            PlaceRef::Country(c) => c.name_it.to_string(),
        }
    }

    pub fn is_current(self) -> bool {
        match self {
            PlaceRef::Municipality(m) => m.is_current(),
            PlaceRef::Country(c) => c.is_current(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Entry {
    Municipality(u32),
    Country(u32),
}

struct Tables {
    municipalities: Vec<Municipality>,
    countries: Vec<Country>,
    /// (search key of a name, entry), sorted: exact and prefix lookups by binary search.
    names: Vec<(Box<str>, Entry)>,
    /// Indices of `municipalities`, sorted by code.
    by_code: Vec<u32>,
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

fn parse_optional_date(text: &str) -> Result<Option<NaiveDate>, ()> {
    if text.is_empty() {
        Ok(None)
    } else {
        parse_date(text).map(Some).ok_or(())
    }
}

fn parse_municipality(line: &'static str) -> Option<Municipality> {
    let mut f = line.split('\t');
    let m = Municipality {
        code: f.next()?,
        province: f.next()?,
        name: f.next()?,
        name_alt: f.next()?,
        valid_from: parse_date(f.next()?)?,
        valid_to: parse_optional_date(f.next()?).ok()?,
    };
    Some(m)
}

fn parse_country(line: &'static str) -> Option<Country> {
    let mut f = line.split('\t');
    let c = Country {
        code: f.next()?,
        name_it: f.next()?,
        name_alt_it: f.next()?,
        name_en: f.next()?,
        aliases: f.next()?.split('|').filter(|a| !a.is_empty()).collect(),
        valid_from: parse_optional_date(f.next()?).ok()?,
        valid_to: parse_optional_date(f.next()?).ok()?,
    };
    Some(c)
}

/// Data lines of an embedded table (header skipped). Malformed lines are dropped; the test
/// suite checks that none are.
fn data_lines(tsv: &'static str) -> impl Iterator<Item = &'static str> {
    tsv.lines().skip(1).filter(|l| !l.is_empty())
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let municipalities: Vec<Municipality> = data_lines(MUNICIPALITIES_TSV)
            .filter_map(parse_municipality)
            .collect();
        let countries: Vec<Country> = data_lines(COUNTRIES_TSV)
            .filter_map(parse_country)
            .collect();

        let mut names: Vec<(Box<str>, Entry)> = Vec::with_capacity(municipalities.len() + 1000);
        let mut last_name = "";
        let mut last_key = String::new();
        for (i, m) in municipalities.iter().enumerate() {
            // Consecutive records of one municipality usually share the name: fold once.
            if m.name != last_name {
                last_name = m.name;
                last_key = place_key(m.name);
            }
            names.push((last_key.as_str().into(), Entry::Municipality(i as u32)));
            if !m.name_alt.is_empty() {
                names.push((place_key(m.name_alt).into(), Entry::Municipality(i as u32)));
            }
        }
        for (i, c) in countries.iter().enumerate() {
            let keys: BTreeSet<String> = c.names().map(place_key).collect();
            for key in keys {
                names.push((key.into(), Entry::Country(i as u32)));
            }
        }
        names.retain(|(k, _)| !k.is_empty());
        names.sort_unstable();

        let mut by_code: Vec<u32> = (0..municipalities.len() as u32).collect();
        by_code.sort_by_key(|&i| municipalities[i as usize].code);

        Tables {
            municipalities,
            countries,
            names,
            by_code,
        }
    })
}

impl Tables {
    fn resolve(&'static self, entry: Entry) -> PlaceRef {
        match entry {
            Entry::Municipality(i) => PlaceRef::Municipality(&self.municipalities[i as usize]),
            Entry::Country(i) => PlaceRef::Country(&self.countries[i as usize]),
        }
    }

    /// Entries whose key equals `key`.
    fn exact(&'static self, key: &str) -> impl Iterator<Item = Entry> + 'static {
        let start = self.names.partition_point(|(k, _)| &**k < key);
        let end = self.names.partition_point(|(k, _)| &**k <= key);
        self.names[start..end].iter().map(|(_, e)| *e)
    }

    /// Entries whose key starts with `prefix`, in key order.
    fn prefixed<'a>(&'static self, prefix: &'a str) -> impl Iterator<Item = Entry> + 'a {
        let start = self.names.partition_point(|(k, _)| &**k < prefix);
        self.names[start..]
            .iter()
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|(_, e)| *e)
    }

    fn municipality_records(
        &'static self,
        code: &str,
    ) -> impl Iterator<Item = &'static Municipality> {
        let start = self
            .by_code
            .partition_point(|&i| self.municipalities[i as usize].code < code);
        self.by_code[start..]
            .iter()
            .map(|&i| &self.municipalities[i as usize])
            .take_while(move |m| m.code == code)
    }
}

/// Number of municipality records and of countries in the tables.
pub fn table_sizes() -> (usize, usize) {
    let t = tables();
    (t.municipalities.len(), t.countries.len())
}

/// Every municipality record (all periods).
pub fn municipalities() -> &'static [Municipality] {
    &tables().municipalities
}

/// Every country, former ones included.
pub fn countries() -> &'static [Country] {
    &tables().countries
}

/// Every record of the municipality with this Belfiore code, oldest first.
pub fn municipality_history(code: &str) -> Vec<&'static Municipality> {
    let code = code.trim().to_ascii_uppercase();
    let mut records: Vec<_> = tables().municipality_records(&code).collect();
    records.sort_by_key(|m| m.valid_from);
    records
}

/// Municipality records called `name` (Italian or second-language name, accent-, case- and
/// apostrophe-insensitive).
fn municipalities_named(name: &str) -> Vec<&'static Municipality> {
    let key = place_key(name);
    if key.is_empty() {
        return Vec::new();
    }
    let t = tables();
    t.exact(&key)
        .filter_map(|e| match t.resolve(e) {
            PlaceRef::Municipality(m) => Some(m),
            PlaceRef::Country(_) => None,
        })
        .collect()
}

fn distinct_codes(records: &[&'static Municipality]) -> BTreeSet<&'static str> {
    records.iter().map(|m| m.code).collect()
}

fn format_date(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

/// The municipality called `name` on the date `on`, optionally in `province` (current or
/// historical province code: "FO" and "FC" both find Forlì). Errors say why none was chosen.
pub fn resolve_municipality(
    name: &str,
    province: Option<&str>,
    on: NaiveDate,
) -> Result<&'static Municipality, CfError> {
    let shown = name.trim().to_string();
    let mut candidates = municipalities_named(name);
    if candidates.is_empty() {
        return Err(CfError::UnknownMunicipality { name: shown });
    }
    let province = province
        .map(|p| p.trim().to_ascii_uppercase())
        .filter(|p| !p.is_empty());
    if let Some(province) = &province {
        let codes_in_province: BTreeSet<&str> = candidates
            .iter()
            .filter(|m| m.province == province)
            .map(|m| m.code)
            .collect();
        if codes_in_province.is_empty() {
            return Err(CfError::MunicipalityNotInProvince {
                name: shown,
                province: province.clone(),
            });
        }
        candidates.retain(|m| codes_in_province.contains(m.code));
    }
    let on_date: Vec<_> = candidates
        .iter()
        .copied()
        .filter(|m| m.is_valid_on(on))
        .collect();
    if on_date.is_empty() {
        return Err(CfError::MunicipalityNotOnDate {
            name: shown,
            date: format_date(on),
        });
    }
    let codes = distinct_codes(&on_date);
    if codes.len() > 1 {
        let provinces: BTreeSet<&str> = on_date.iter().map(|m| m.province).collect();
        return Err(CfError::AmbiguousMunicipality {
            name: shown,
            provinces: provinces.into_iter().collect::<Vec<_>>().join(", "),
        });
    }
    let preferred = province
        .as_deref()
        .and_then(|p| on_date.iter().find(|m| m.province == p));
    Ok(preferred.copied().unwrap_or(on_date[0]))
}

/// The municipality called `name` (in `province` if given) that existed on `on`; `None` when
/// there is none or several (use [`resolve_municipality`] to learn why).
pub fn municipality_by_name(
    name: &str,
    province: Option<&str>,
    on: NaiveDate,
) -> Option<&'static Municipality> {
    resolve_municipality(name, province, on).ok()
}

/// The country called `name` in Italian, English or a common alias; current countries win
/// over former ones of the same name.
pub fn country_by_name(name: &str) -> Option<&'static Country> {
    let key = place_key(name);
    if key.is_empty() {
        return None;
    }
    let t = tables();
    t.exact(&key)
        .filter_map(|e| match t.resolve(e) {
            PlaceRef::Country(c) => Some(c),
            PlaceRef::Municipality(_) => None,
        })
        .min_by_key(|c| (!c.is_current(), c.code))
}

/// The place a code stands for: a country, or the most recent record of a municipality.
pub fn by_code(code: &str) -> Option<PlaceRef> {
    let code = code.trim().to_ascii_uppercase();
    let t = tables();
    if code.starts_with('Z') {
        if let Some(c) = t.countries.iter().find(|c| c.code == code) {
            return Some(PlaceRef::Country(c));
        }
    }
    t.municipality_records(&code)
        .max_by_key(|m| (m.is_current(), m.valid_from))
        .map(PlaceRef::Municipality)
}

fn is_place_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 4 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit)
}

/// Places whose name starts with `prefix` (accent-, case- and apostrophe-insensitive), then
/// places whose name contains it, at most `limit`. Each municipality appears once (its
/// latest record); existing places come before former ones. A code ("H501") finds its place.
pub fn search(prefix: &str, limit: usize) -> Vec<PlaceRef> {
    let key = place_key(prefix);
    if key.is_empty() || limit == 0 {
        return Vec::new();
    }
    let t = tables();
    let mut found: Vec<PlaceRef> = Vec::new();
    let upper = prefix.trim().to_ascii_uppercase();
    if is_place_code(&upper) {
        found.extend(by_code(&upper));
    }

    // Exact names first, then prefixes, then substrings.
    let mut groups: Vec<Vec<PlaceRef>> = Vec::new();
    groups.push(t.exact(&key).map(|e| t.resolve(e)).collect());
    groups.push(t.prefixed(&key).map(|e| t.resolve(e)).collect::<Vec<_>>());
    let wanted_more = dedup_latest(groups.concat()).len() < limit;
    if wanted_more {
        groups.push(
            t.names
                .iter()
                .filter(|(k, _)| !k.starts_with(&*key) && k.contains(&*key))
                .map(|(_, e)| t.resolve(*e))
                .collect(),
        );
    }
    for mut group in groups {
        group.sort_by_key(|p| (!p.is_current(), fold(p.name())));
        found.extend(group);
    }
    let mut result = dedup_latest(found);
    result.truncate(limit);
    result
}

/// Keeps the first occurrence of each place; a municipality is represented by its latest
/// record with the same name.
fn dedup_latest(places: Vec<PlaceRef>) -> Vec<PlaceRef> {
    let mut seen: BTreeSet<(&'static str, &'static str)> = BTreeSet::new();
    let mut out = Vec::new();
    for place in places {
        let place = match place {
            PlaceRef::Municipality(m) => PlaceRef::Municipality(
                tables()
                    .municipality_records(m.code)
                    .filter(|r| r.name == m.name)
                    .max_by_key(|r| (r.is_current(), r.valid_from))
                    .unwrap_or(m),
            ),
            country => country,
        };
        if seen.insert((place.code(), place.name())) {
            out.push(place);
        }
    }
    out
}

const ITALY_NAMES: [&str; 6] = [
    "italia",
    "italy",
    "italie",
    "italien",
    "repubblicaitaliana",
    "it",
];

/// True when a place's country field means Italy: "Italia", "Italy" (any case/accents), or
/// empty.
pub fn is_italy(country: &str) -> bool {
    let key = place_key(country);
    key.is_empty() || ITALY_NAMES.contains(&key.as_str())
}

/// The code of a place of birth on the date of birth: the Belfiore code of the Italian
/// municipality that existed then, or the Z-code of the foreign country.
pub fn place_code_for(place: &Place, on: NaiveDate) -> Result<String, CfError> {
    let town = place.town.trim();
    let province = place.province.trim();
    let country = place.country.trim();
    if town.is_empty() && province.is_empty() && country.is_empty() {
        return Err(CfError::PlaceMissing);
    }
    if is_italy(country) {
        if town.is_empty() {
            return Err(CfError::TownMissing);
        }
        let province = (!province.is_empty()).then_some(province);
        return resolve_municipality(town, province, on).map(|m| m.code.to_string());
    }
    country_by_name(country)
        .map(|c| c.code.to_string())
        .ok_or_else(|| CfError::UnknownCountry {
            name: country.to_string(),
        })
}
