//! Where the portal's bearer token is kept between runs.

use std::sync::Mutex;

use super::error::PortalError;

/// Keeps the bearer token of one portal account. The desktop app uses the OS keyring
/// (`crate::secrets::SecretStore`); [`MemoryTokenStore`] serves "do not remember me" sessions.
pub trait TokenStore: Send + Sync {
    fn load(&self, name: &str) -> Result<Option<String>, PortalError>;
    fn save(&self, name: &str, token: &str) -> Result<(), PortalError>;
    fn clear(&self, name: &str) -> Result<(), PortalError>;
}

/// Name of the secret holding the token for the portal at `base_url`.
pub fn token_secret_name(base_url: &str) -> String {
    format!("portal-token:{}", base_url.trim_end_matches('/'))
}

/// Token kept only for the life of the process.
#[derive(Debug, Default)]
pub struct MemoryTokenStore {
    tokens: Mutex<Vec<(String, String)>>,
}

impl TokenStore for MemoryTokenStore {
    fn load(&self, name: &str) -> Result<Option<String>, PortalError> {
        let tokens = self
            .tokens
            .lock()
            .map_err(|_| PortalError::TokenStore("poisoned".into()))?;
        Ok(tokens
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.clone()))
    }

    fn save(&self, name: &str, token: &str) -> Result<(), PortalError> {
        let mut tokens = self
            .tokens
            .lock()
            .map_err(|_| PortalError::TokenStore("poisoned".into()))?;
        tokens.retain(|(n, _)| n != name);
        tokens.push((name.to_string(), token.to_string()));
        Ok(())
    }

    fn clear(&self, name: &str) -> Result<(), PortalError> {
        let mut tokens = self
            .tokens
            .lock()
            .map_err(|_| PortalError::TokenStore("poisoned".into()))?;
        tokens.retain(|(n, _)| n != name);
        Ok(())
    }
}

/// The OS keyring (Secret Service, Credential Manager, Keychain).
impl TokenStore for crate::secrets::SecretStore {
    fn load(&self, name: &str) -> Result<Option<String>, PortalError> {
        self.get_text(name)
            .map(|t| t.map(|t| t.to_string()))
            .map_err(|e| PortalError::TokenStore(e.to_string()))
    }

    fn save(&self, name: &str, token: &str) -> Result<(), PortalError> {
        self.set_text(name, token)
            .map_err(|e| PortalError::TokenStore(e.to_string()))
    }

    fn clear(&self, name: &str) -> Result<(), PortalError> {
        self.delete(name)
            .map_err(|e| PortalError::TokenStore(e.to_string()))
    }
}
