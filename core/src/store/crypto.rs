//! Authenticated encryption of everything the store writes.
//!
//! * Small blobs (drafts, summaries, document metadata): XChaCha20-Poly1305 with a random
//!   192-bit nonce, laid out as `version (1) | nonce (24) | ciphertext + tag`.
//! * Files (vault documents, bundles): the STREAM construction (`StreamBE32` over
//!   XChaCha20-Poly1305) in 64 KiB chunks, so memory stays constant whatever the file size;
//!   the last chunk carries the "last" flag, so a truncated stream never decrypts.
//!
//! Every call takes associated data naming what the blob is and whom it belongs to, so a blob
//! copied into another row (or another applicant's vault file) fails to decrypt.

use std::io::{self, Read, Write};

use chacha20poly1305::aead::stream::{NewStream, StreamBE32, StreamPrimitive};
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use rand::rngs::OsRng;

use crate::secrets::DataKey;

/// Plaintext bytes per STREAM chunk.
pub const CHUNK_SIZE: usize = 64 * 1024;
/// Poly1305 tag appended to each chunk.
pub const TAG_SIZE: usize = 16;
/// Nonce prefix of a STREAM (24-byte XChaCha nonce minus 4-byte counter and 1-byte flag).
pub const STREAM_NONCE_SIZE: usize = 19;

const BLOB_VERSION: u8 = 1;
const BLOB_NONCE_SIZE: usize = 24;
const KEY_CHECK_PLAINTEXT: &[u8] = b"cittadinanza key check v1";

/// Decryption failed: wrong key, or the data was modified, truncated or moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("authenticated decryption failed")]
pub struct DecryptError;

fn cipher(key: &DataKey) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(key.as_bytes().into())
}

/// Encrypts a small blob with a fresh random nonce.
pub fn seal(key: &DataKey, associated_data: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    let payload = Payload {
        msg: plaintext,
        aad: associated_data,
    };
    // Encryption with a valid key cannot fail for in-memory buffers of this size.
    let ciphertext = cipher(key)
        .encrypt(&nonce, payload)
        .unwrap_or_else(|_| unreachable!("XChaCha20-Poly1305 encryption of an in-memory blob"));
    let mut out = Vec::with_capacity(1 + BLOB_NONCE_SIZE + ciphertext.len());
    out.push(BLOB_VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ciphertext);
    out
}

/// Decrypts a blob written by [`seal`] with the same associated data.
pub fn open(key: &DataKey, associated_data: &[u8], blob: &[u8]) -> Result<Vec<u8>, DecryptError> {
    if blob.len() < 1 + BLOB_NONCE_SIZE + TAG_SIZE || blob[0] != BLOB_VERSION {
        return Err(DecryptError);
    }
    let nonce = XNonce::from_slice(&blob[1..1 + BLOB_NONCE_SIZE]);
    let payload = Payload {
        msg: &blob[1 + BLOB_NONCE_SIZE..],
        aad: associated_data,
    };
    cipher(key)
        .decrypt(nonce, payload)
        .map_err(|_| DecryptError)
}

/// A key check value: lets the store tell "wrong key/passphrase" from "damaged data".
pub fn key_check_value(key: &DataKey) -> Vec<u8> {
    seal(key, b"key-check", KEY_CHECK_PLAINTEXT)
}

/// Whether `kcv` was made by [`key_check_value`] with this key.
pub fn verify_key_check_value(key: &DataKey, kcv: &[u8]) -> bool {
    open(key, b"key-check", kcv).is_ok_and(|plain| plain == KEY_CHECK_PLAINTEXT)
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    OsRng.fill_bytes(&mut bytes);
    bytes
}

/// Ciphertext length of a STREAM of `plaintext_len` bytes (tags included, header excluded).
pub fn stream_ciphertext_len(plaintext_len: u64) -> u64 {
    let chunk = CHUNK_SIZE as u64;
    // A stream always has at least one (possibly empty) last chunk.
    let chunks = plaintext_len.div_ceil(chunk).max(1);
    plaintext_len + chunks * TAG_SIZE as u64
}

/// Writes a STREAM-encrypted sequence of bytes; call [`StreamWriter::finish`] at the end.
pub struct StreamWriter<W: Write> {
    stream: StreamBE32<XChaCha20Poly1305>,
    inner: W,
    associated_data: Vec<u8>,
    buffer: Vec<u8>,
    position: u32,
}

impl<W: Write> StreamWriter<W> {
    pub fn new(
        key: &DataKey,
        nonce: &[u8; STREAM_NONCE_SIZE],
        associated_data: &[u8],
        inner: W,
    ) -> Self {
        Self::with_raw_key(key.as_bytes(), nonce, associated_data, inner)
    }

    pub fn with_raw_key(
        key: &[u8; 32],
        nonce: &[u8; STREAM_NONCE_SIZE],
        associated_data: &[u8],
        inner: W,
    ) -> Self {
        let aead = XChaCha20Poly1305::new(key.into());
        StreamWriter {
            stream: StreamBE32::from_aead(aead, nonce.into()),
            inner,
            associated_data: associated_data.to_vec(),
            buffer: Vec::with_capacity(CHUNK_SIZE + TAG_SIZE),
            position: 0,
        }
    }

    fn flush_chunk(&mut self, last: bool) -> io::Result<()> {
        self.stream
            .encrypt_in_place(self.position, last, &self.associated_data, &mut self.buffer)
            .map_err(|_| io::Error::other("stream encryption failed"))?;
        self.inner.write_all(&self.buffer)?;
        self.buffer.clear();
        self.position = self
            .position
            .checked_add(1)
            .ok_or_else(|| io::Error::other("stream too long"))?;
        Ok(())
    }

    /// Encrypts and writes the final chunk; returns the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.flush_chunk(true)?;
        self.inner.flush()?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for StreamWriter<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        // A full chunk is only encrypted once more data arrives, because the last chunk must
        // be flagged as last and we cannot know in advance which one it is.
        if self.buffer.len() == CHUNK_SIZE && !data.is_empty() {
            self.flush_chunk(false)?;
        }
        let room = CHUNK_SIZE - self.buffer.len();
        let taken = room.min(data.len());
        self.buffer.extend_from_slice(&data[..taken]);
        Ok(taken)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Why a STREAM could not be read.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    #[error(transparent)]
    Io(#[from] io::Error),
    /// The stream ends before its last chunk.
    #[error("encrypted stream is truncated")]
    Truncated,
    /// A chunk does not authenticate (wrong key, modified or moved data).
    #[error("encrypted stream does not authenticate")]
    Tampered,
}

/// Reads and authenticates a STREAM; yields plaintext only after each chunk authenticated.
pub struct StreamReader<R: Read> {
    stream: StreamBE32<XChaCha20Poly1305>,
    inner: R,
    associated_data: Vec<u8>,
    /// Decrypted bytes of the current chunk, served from `offset`.
    plain: Vec<u8>,
    offset: usize,
    /// Ciphertext of the next chunk (read ahead to know whether the current one is last).
    next: Vec<u8>,
    position: u32,
    finished: bool,
}

impl<R: Read> StreamReader<R> {
    pub fn new(
        key: &DataKey,
        nonce: &[u8; STREAM_NONCE_SIZE],
        associated_data: &[u8],
        inner: R,
    ) -> Self {
        Self::with_raw_key(key.as_bytes(), nonce, associated_data, inner)
    }

    pub fn with_raw_key(
        key: &[u8; 32],
        nonce: &[u8; STREAM_NONCE_SIZE],
        associated_data: &[u8],
        inner: R,
    ) -> Self {
        let aead = XChaCha20Poly1305::new(key.into());
        StreamReader {
            stream: StreamBE32::from_aead(aead, nonce.into()),
            inner,
            associated_data: associated_data.to_vec(),
            plain: Vec::with_capacity(CHUNK_SIZE + TAG_SIZE),
            offset: 0,
            next: Vec::new(),
            position: 0,
            finished: false,
        }
    }

    /// Reads up to one full ciphertext chunk into `buf` (shorter only at end of input).
    fn read_chunk(inner: &mut R, buf: &mut Vec<u8>) -> io::Result<()> {
        buf.clear();
        buf.resize(CHUNK_SIZE + TAG_SIZE, 0);
        let mut filled = 0;
        while filled < buf.len() {
            match inner.read(&mut buf[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        buf.truncate(filled);
        Ok(())
    }

    /// Decrypts the next chunk into `plain`. Returns false at the end of the stream.
    fn advance(&mut self) -> Result<bool, StreamError> {
        if self.finished {
            return Ok(false);
        }
        if self.position == 0 && self.next.is_empty() {
            Self::read_chunk(&mut self.inner, &mut self.next)?;
        }
        std::mem::swap(&mut self.plain, &mut self.next);
        self.offset = 0;
        if self.plain.len() < TAG_SIZE {
            return Err(StreamError::Truncated);
        }
        let is_full = self.plain.len() == CHUNK_SIZE + TAG_SIZE;
        if is_full {
            Self::read_chunk(&mut self.inner, &mut self.next)?;
        } else {
            self.next.clear();
        }
        let last = self.next.is_empty();
        let mut attempt = if last && is_full {
            // Could be a genuine last full chunk, or a stream cut at a chunk boundary.
            Some(self.plain.clone())
        } else {
            None
        };
        match self.stream.decrypt_in_place(
            self.position,
            last,
            &self.associated_data,
            &mut self.plain,
        ) {
            Ok(()) => {}
            Err(_) => {
                if let Some(copy) = attempt.as_mut()
                    && self
                        .stream
                        .decrypt_in_place(self.position, false, &self.associated_data, copy)
                        .is_ok()
                {
                    return Err(StreamError::Truncated);
                }
                return Err(StreamError::Tampered);
            }
        }
        self.position = self.position.checked_add(1).ok_or(StreamError::Tampered)?;
        if last {
            self.finished = true;
        }
        Ok(true)
    }

    /// Like `Read::read` but with a typed error.
    pub fn read_plain(&mut self, out: &mut [u8]) -> Result<usize, StreamError> {
        while self.offset == self.plain.len() {
            if self.finished || !self.advance()? {
                return Ok(0);
            }
        }
        let n = out.len().min(self.plain.len() - self.offset);
        out[..n].copy_from_slice(&self.plain[self.offset..self.offset + n]);
        self.offset += n;
        Ok(n)
    }

    /// Reads exactly `out.len()` bytes.
    pub fn read_exact_plain(&mut self, out: &mut [u8]) -> Result<(), StreamError> {
        let mut filled = 0;
        while filled < out.len() {
            let n = self.read_plain(&mut out[filled..])?;
            if n == 0 {
                return Err(StreamError::Truncated);
            }
            filled += n;
        }
        Ok(())
    }

    /// Checks that nothing follows the current position (the last chunk is reached).
    pub fn expect_end(&mut self) -> Result<(), StreamError> {
        let mut probe = [0u8; 1];
        match self.read_plain(&mut probe)? {
            0 => Ok(()),
            _ => Err(StreamError::Tampered),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> DataKey {
        DataKey::from_bytes([7u8; 32])
    }

    fn encrypt(data: &[u8], ad: &[u8]) -> Vec<u8> {
        let mut writer = StreamWriter::new(&key(), &[1u8; STREAM_NONCE_SIZE], ad, Vec::new());
        writer.write_all(data).expect("write");
        writer.finish().expect("finish")
    }

    fn decrypt(data: &[u8], ad: &[u8]) -> Result<Vec<u8>, StreamError> {
        let mut reader = StreamReader::new(&key(), &[1u8; STREAM_NONCE_SIZE], ad, data);
        let mut out = Vec::new();
        let mut buf = [0u8; 10_000];
        loop {
            let n = reader.read_plain(&mut buf)?;
            if n == 0 {
                return Ok(out);
            }
            out.extend_from_slice(&buf[..n]);
        }
    }

    #[test]
    fn blob_round_trip_and_binding() {
        let blob = seal(&key(), b"draft:1", b"Rossi Mario");
        assert_eq!(
            open(&key(), b"draft:1", &blob).expect("opens"),
            b"Rossi Mario"
        );
        assert_eq!(open(&key(), b"draft:2", &blob), Err(DecryptError));
        assert_eq!(
            open(&DataKey::from_bytes([8; 32]), b"draft:1", &blob),
            Err(DecryptError)
        );
        let mut tampered = blob.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert_eq!(open(&key(), b"draft:1", &tampered), Err(DecryptError));
        assert_eq!(open(&key(), b"draft:1", &blob[..10]), Err(DecryptError));
        // Two seals of the same plaintext differ (random nonce).
        assert_ne!(blob, seal(&key(), b"draft:1", b"Rossi Mario"));
    }

    #[test]
    fn key_check_value_detects_wrong_key() {
        let kcv = key_check_value(&key());
        assert!(verify_key_check_value(&key(), &kcv));
        assert!(!verify_key_check_value(&DataKey::from_bytes([9; 32]), &kcv));
    }

    #[test]
    fn stream_round_trips_at_chunk_boundaries() {
        for len in [
            0,
            1,
            CHUNK_SIZE - 1,
            CHUNK_SIZE,
            CHUNK_SIZE + 1,
            3 * CHUNK_SIZE,
            200_000,
        ] {
            let data: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            let encrypted = encrypt(&data, b"doc");
            assert_eq!(
                encrypted.len() as u64,
                stream_ciphertext_len(len as u64),
                "len {len}"
            );
            assert_eq!(
                decrypt(&encrypted, b"doc").expect("decrypts"),
                data,
                "len {len}"
            );
        }
    }

    #[test]
    fn stream_detects_truncation_tampering_and_wrong_binding() {
        let data: Vec<u8> = (0..3 * CHUNK_SIZE).map(|i| (i % 13) as u8).collect();
        let encrypted = encrypt(&data, b"doc");
        // Cut exactly at a chunk boundary: every remaining chunk authenticates, but not as last.
        let boundary = CHUNK_SIZE + TAG_SIZE;
        assert!(matches!(
            decrypt(&encrypted[..boundary], b"doc"),
            Err(StreamError::Truncated)
        ));
        assert!(matches!(
            decrypt(&encrypted[..5], b"doc"),
            Err(StreamError::Truncated)
        ));
        assert!(matches!(decrypt(&[], b"doc"), Err(StreamError::Truncated)));
        let mut tampered = encrypted.clone();
        tampered[boundary + 10] ^= 0x40;
        assert!(matches!(
            decrypt(&tampered, b"doc"),
            Err(StreamError::Tampered)
        ));
        assert!(matches!(
            decrypt(&encrypted, b"other"),
            Err(StreamError::Tampered)
        ));
        let mut extended = encrypted.clone();
        extended.extend_from_slice(&[0u8; 40]);
        assert!(decrypt(&extended, b"doc").is_err());
    }
}
