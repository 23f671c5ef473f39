//! Italian municipalities (with their validity periods) and foreign countries (Z-codes), as
//! published in the data of python-codicefiscale (see `core/data/README.md`).
//!
//! The tables are compiled into the binary and parsed once, on first use.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::NaiveDate;

use super::error::CfError;
use super::letters::{place_key, push_place_key};
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
    /// Sorted by code (as in the TSV), so that a code's records are adjacent.
    municipalities: Vec<Municipality>,
    countries: Vec<Country>,
    /// All search keys, concatenated; `names` points into it.
    keys: String,
    /// (start, end) of a search key in `keys` and the place it names, sorted by key: exact
    /// and prefix lookups by binary search. A municipality's run of records with the same
    /// name has one entry, for its first record.
    names: Vec<(u32, u32, Entry)>,
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

fn parse_optional_date(text: &str) -> Result<Option<NaiveDate>, ()> {
    if text.is_empty() {
        Ok(None)
    } else {
        parse_date(text).map(Some).ok_or(())
    }
}

/// The rows of a TSV text (header skipped) with exactly `N` fields; other rows are dropped
/// (the test suite checks that none are). One pass over the bytes: this runs at first use,
/// also in unoptimised debug builds.
fn rows<const N: usize>(tsv: &'static str) -> Vec<[&'static str; N]> {
    let bytes = tsv.as_bytes();
    let mut rows = Vec::with_capacity(bytes.len() / 40);
    let mut row = [""; N];
    let mut field = 0;
    let mut start = 0;
    let mut header = true;
    for (i, &b) in bytes.iter().enumerate() {
        if b != b'\t' && b != b'\n' {
            continue;
        }
        if field < N {
            row[field] = &tsv[start..i];
        }
        field += 1;
        start = i + 1;
        if b == b'\n' {
            if field == N && !header {
                rows.push(row);
            }
            header = false;
            field = 0;
        }
    }
    rows
}

fn parse_municipality(
    [code, province, name, name_alt, from, to]: [&'static str; 6],
) -> Option<Municipality> {
    Some(Municipality {
        code,
        province,
        name,
        name_alt,
        valid_from: parse_date(from)?,
        valid_to: parse_optional_date(to).ok()?,
    })
}

fn parse_country(
    [code, name_it, name_alt_it, name_en, aliases, from, to]: [&'static str; 7],
) -> Option<Country> {
    Some(Country {
        code,
        name_it,
        name_alt_it,
        name_en,
        aliases: aliases.split('|').filter(|a| !a.is_empty()).collect(),
        valid_from: parse_optional_date(from).ok()?,
        valid_to: parse_optional_date(to).ok()?,
    })
}

/// Collects search keys into one buffer (one allocation instead of one per key).
struct KeyIndex {
    keys: String,
    names: Vec<(u32, u32, Entry)>,
}

impl KeyIndex {
    fn add(&mut self, name: &str, entry: Entry) {
        let start = self.keys.len();
        push_place_key(name, &mut self.keys);
        let end = self.keys.len();
        if end > start {
            self.names.push((start as u32, end as u32, entry));
        }
    }
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut municipalities: Vec<Municipality> = rows(MUNICIPALITIES_TSV)
            .into_iter()
            .filter_map(parse_municipality)
            .collect();
        if !municipalities.is_sorted_by_key(|m| m.code) {
            municipalities.sort_by_key(|m| m.code);
        }
        let countries: Vec<Country> = rows(COUNTRIES_TSV)
            .into_iter()
            .filter_map(parse_country)
            .collect();

        let mut index = KeyIndex {
            keys: String::with_capacity(MUNICIPALITIES_TSV.len() / 3),
            names: Vec::with_capacity(municipalities.len()),
        };
        let mut previous: Option<&Municipality> = None;
        for (i, m) in municipalities.iter().enumerate() {
            let same_run = previous
                .is_some_and(|p| p.code == m.code && p.name == m.name && p.name_alt == m.name_alt);
            previous = Some(m);
            if same_run {
                continue;
            }
            index.add(m.name, Entry::Municipality(i as u32));
            if !m.name_alt.is_empty() {
                index.add(m.name_alt, Entry::Municipality(i as u32));
            }
        }
        for (i, c) in countries.iter().enumerate() {
            for name in c.names() {
                index.add(name, Entry::Country(i as u32));
            }
        }
        let KeyIndex { keys, mut names } = index;
        names.sort_unstable_by(|a, b| {
            let ka = &keys.as_bytes()[a.0 as usize..a.1 as usize];
            let kb = &keys.as_bytes()[b.0 as usize..b.1 as usize];
            ka.cmp(kb).then(a.2.cmp(&b.2))
        });
        names.dedup_by(|a, b| {
            a.2 == b.2 && keys[a.0 as usize..a.1 as usize] == keys[b.0 as usize..b.1 as usize]
        });

        Tables {
            municipalities,
            countries,
            keys,
            names,
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

    fn key(&'static self, at: &(u32, u32, Entry)) -> &'static str {
        &self.keys[at.0 as usize..at.1 as usize]
    }

    /// Index entries from the first key >= `start` while `matches` holds, with their keys.
    fn range<'a>(
        &'static self,
        start: &str,
        matches: impl Fn(&str) -> bool + 'a,
    ) -> impl Iterator<Item = (&'static str, Entry)> + 'a {
        let from = self.names.partition_point(|n| self.key(n) < start);
        self.names[from..]
            .iter()
            .map(|n| (self.key(n), n.2))
            .take_while(move |(k, _)| matches(k))
    }

    /// Places whose key equals `key`; a municipality with all its records of that name.
    fn exact(&'static self, key: &str) -> Vec<PlaceRef> {
        let mut places = Vec::new();
        for (_, entry) in self.range(key, |k| k == key) {
            match self.resolve(entry) {
                PlaceRef::Municipality(first) => places.extend(
                    self.municipality_records(first.code)
                        .filter(|m| m.name == first.name && m.name_alt == first.name_alt)
                        .map(PlaceRef::Municipality),
                ),
                country @ PlaceRef::Country(_) => places.push(country),
            }
        }
        places
    }

    fn municipality_records(
        &'static self,
        code: &str,
    ) -> impl Iterator<Item = &'static Municipality> {
        let start = self.municipalities.partition_point(|m| m.code < code);
        self.municipalities[start..]
            .iter()
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
        .into_iter()
        .filter_map(|place| match place {
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
    // "rm", " RM " and "(RM)" all mean RM.
    let province = province
        .map(|p| {
            p.chars()
                .filter(char::is_ascii_alphabetic)
                .map(|c| c.to_ascii_uppercase())
                .collect::<String>()
        })
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
        .into_iter()
        .filter_map(|place| match place {
            PlaceRef::Country(c) => Some(c),
            PlaceRef::Municipality(_) => None,
        })
        .min_by_key(|c| (!c.is_current(), c.code))
}

/// The place a code stands for: a country, or the most recent record of a municipality.
pub fn by_code(code: &str) -> Option<PlaceRef> {
    let code = code.trim().to_ascii_uppercase();
    let t = tables();
    if code.starts_with('Z')
        && let Some(c) = t.countries.iter().find(|c| c.code == code)
    {
        return Some(PlaceRef::Country(c));
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
/// latest record); within each group existing places come before former ones, then
/// alphabetical order. A code ("H501") finds its place first.
pub fn search(prefix: &str, limit: usize) -> Vec<PlaceRef> {
    let key = place_key(prefix);
    if key.is_empty() || limit == 0 {
        return Vec::new();
    }
    let t = tables();
    let mut found = Found::default();
    let upper = prefix.trim().to_ascii_uppercase();
    if is_place_code(&upper)
        && let Some(place) = by_code(&upper)
    {
        found.push(place);
    }
    let exact = t.range(&key, |k| k == key);
    found.extend_sorted(t, exact);
    if found.places.len() < limit {
        found.extend_sorted(t, t.range(&key, |k| k.starts_with(&*key)));
    }
    if found.places.len() < limit {
        let containing = t
            .names
            .iter()
            .map(|n| (t.key(n), n.2))
            .filter(|(k, _)| !k.starts_with(&*key) && k.contains(&*key));
        found.extend_sorted(t, containing);
    }
    let mut places = found.places;
    places.truncate(limit);
    places
}

/// The latest record of a municipality with the same name (a country is itself).
fn latest(place: PlaceRef) -> PlaceRef {
    match place {
        PlaceRef::Municipality(m) => PlaceRef::Municipality(
            tables()
                .municipality_records(m.code)
                .filter(|r| r.name == m.name)
                .max_by_key(|r| (r.is_current(), r.valid_from))
                .unwrap_or(m),
        ),
        country @ PlaceRef::Country(_) => country,
    }
}

/// Search results without repetitions; a municipality is represented by its latest record
/// with the same name.
#[derive(Default)]
struct Found {
    places: Vec<PlaceRef>,
    seen: BTreeSet<(&'static str, &'static str)>,
}

impl Found {
    fn push(&mut self, place: PlaceRef) {
        let place = latest(place);
        if self.seen.insert((place.code(), place.name())) {
            self.places.push(place);
        }
    }

    fn extend_sorted(
        &mut self,
        t: &'static Tables,
        entries: impl Iterator<Item = (&'static str, Entry)>,
    ) {
        let mut group: Vec<(bool, &str, PlaceRef)> = entries
            .map(|(k, e)| {
                let place = latest(t.resolve(e));
                (!place.is_current(), k, place)
            })
            .collect();
        group.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        for (_, _, place) in group {
            self.push(place);
        }
    }
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
