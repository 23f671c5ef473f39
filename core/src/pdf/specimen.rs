//! A one-page stand-in for a scanned document (demo mode): a real PDF, marked as a specimen,
//! so that the demo's attachments open, export and upload like a user's scans.

use super::PdfError;
use super::layout::Doc;

/// A PDF page titled `title`, with `lines` below and the word SPECIMEN, for demonstrations.
pub fn render_specimen(title: &str, lines: &[String]) -> Result<Vec<u8>, PdfError> {
    let mut doc = Doc::new(title, "cittadinanza — SPECIMEN")?;
    doc.title(title, "SPECIMEN — documento di esempio, senza valore");
    for line in lines {
        doc.text(line);
    }
    Ok(doc.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_specimen_is_a_small_pdf() {
        let bytes = render_specimen("Passaporto", &["Haddad Amina".to_string()]).expect("pdf");
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(bytes.len() < 200_000, "small: {} bytes", bytes.len());
    }
}
