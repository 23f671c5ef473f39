//! Reading and writing one field of the draft by its path, through the draft's JSON form.
//!
//! The path is the same string the rules use for their issues and the editor uses as the
//! widget id, so one generic mechanism edits every field of every section.

use cittadinanza_core::model::Application;
use serde_json::Value;

/// The draft being edited, with its JSON form kept in step for the view.
#[derive(Debug, Clone)]
pub struct Draft {
    pub application: Application,
    json: Value,
}

fn pointer(path: &str) -> String {
    format!("/{}", path.replace('.', "/"))
}

impl Draft {
    pub fn new(application: Application) -> Draft {
        let json = serde_json::to_value(&application).unwrap_or(Value::Null);
        Draft { application, json }
    }

    pub fn value(&self, path: &str) -> Option<&Value> {
        self.json.pointer(&pointer(path))
    }

    /// The text of a text field (empty when absent).
    pub fn text(&self, path: &str) -> &str {
        self.value(path).and_then(Value::as_str).unwrap_or("")
    }

    /// A `Vec<String>` shown as one comma-separated text. `split(',')` / `join(",")` round-trip
    /// exactly, so what the user types (spaces, a trailing comma) stays as typed.
    pub fn comma_list(&self, path: &str) -> String {
        match self.value(path) {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(","),
            _ => String::new(),
        }
    }

    pub fn flag(&self, path: &str) -> bool {
        self.value(path).and_then(Value::as_bool).unwrap_or(false)
    }

    pub fn list_len(&self, path: &str) -> usize {
        self.value(path)
            .and_then(Value::as_array)
            .map_or(0, Vec::len)
    }

    /// Sets a field; returns false (and changes nothing) when the path or value does not fit.
    pub fn set(&mut self, path: &str, value: Value) -> bool {
        let mut json = self.json.clone();
        let Some(slot) = json.pointer_mut(&pointer(path)) else {
            return false;
        };
        *slot = value.clone();
        // Drafts are read leniently (a choice this version does not know reads as not
        // answered), so a value that does not fit shows only when read back.
        self.replace_if(json, |kept| kept.pointer(&pointer(path)) == Some(&value))
    }

    /// Sets a comma-separated list from its text.
    pub fn set_comma_list(&mut self, path: &str, text: &str) -> bool {
        let items: Vec<Value> = if text.is_empty() {
            Vec::new()
        } else {
            text.split(',').map(Value::from).collect()
        };
        self.set(path, Value::Array(items))
    }

    pub fn push(&mut self, list_path: &str, item: Value) -> bool {
        let mut json = self.json.clone();
        let Some(Value::Array(items)) = json.pointer_mut(&pointer(list_path)) else {
            return false;
        };
        items.push(item);
        self.replace(json)
    }

    pub fn remove(&mut self, list_path: &str, index: usize) -> bool {
        let mut json = self.json.clone();
        let Some(Value::Array(items)) = json.pointer_mut(&pointer(list_path)) else {
            return false;
        };
        if index >= items.len() {
            return false;
        }
        items.remove(index);
        self.replace(json)
    }

    /// Replaces the typed draft (e.g. after attaching a document).
    pub fn update(&mut self, edit: impl FnOnce(&mut Application)) {
        edit(&mut self.application);
        self.json = serde_json::to_value(&self.application).unwrap_or(Value::Null);
    }

    /// Takes the edited JSON if it is still a valid application; the JSON kept is the
    /// application's own (so records added as `{}` get every field, with defaults).
    fn replace(&mut self, json: Value) -> bool {
        self.replace_if(json, |_| true)
    }

    /// [`Self::replace`], only if the application's own JSON passes `check`.
    fn replace_if(&mut self, json: Value, check: impl FnOnce(&Value) -> bool) -> bool {
        let Ok(application) = serde_json::from_value::<Application>(json) else {
            return false;
        };
        let Ok(kept) = serde_json::to_value(&application) else {
            return false;
        };
        if !check(&kept) {
            return false;
        }
        self.json = kept;
        self.application = application;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_nested_and_listed_fields() {
        let mut draft = Draft::new(Application::new());
        assert!(draft.set("personal.codice_fiscale", Value::from("RSSMRA80A01H501U")));
        assert_eq!(
            draft.application.personal.codice_fiscale,
            "RSSMRA80A01H501U"
        );
        assert!(draft.push("residences.periods", serde_json::json!({})));
        assert!(draft.set("residences.periods.0.from", Value::from("01/02/2010")));
        assert_eq!(draft.application.residences.periods[0].from, "01/02/2010");
        assert!(draft.set("personal.sex", Value::from("F")));
        assert_eq!(draft.text("personal.sex"), "F");
        assert!(
            !draft.set("personal.sex", Value::from("X")),
            "an invalid enum is refused"
        );
        assert!(!draft.set("personal.no_such_field", Value::from("x")));
        assert!(draft.remove("residences.periods", 0));
        assert!(draft.application.residences.periods.is_empty());
    }

    #[test]
    fn comma_lists_keep_what_was_typed() {
        let mut draft = Draft::new(Application::new());
        for typed in ["Albania", "Albania,", "Albania, Kosovo ", ""] {
            assert!(draft.set_comma_list("personal.citizenships", typed));
            assert_eq!(draft.comma_list("personal.citizenships"), typed);
        }
    }
}
