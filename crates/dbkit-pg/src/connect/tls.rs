//! TLS for tokio-postgres: a rustls `MakeRustlsConnect` for each verification policy
//! (none, chain only, chain and host name) and the loading of trusted roots.
//!
//! The ring provider is passed to every rustls builder explicitly, so nothing depends on a
//! process-wide default provider being installed (and nothing can panic for lack of one).

use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{WebPkiSupportedAlgorithms, verify_tls12_signature, verify_tls13_signature};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::{ConnectError, ConnectOptions, RootCert, SslMode};

/// How much of the server certificate is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verify {
    /// Nothing (handshake signatures are still checked): allow, prefer, require, no-verify.
    Nothing,
    /// The chain up to a trusted root, not the host name: verify-ca, and require with a root (libpq).
    Chain,
    /// Chain and host name: verify-full.
    Full,
}

/// The policy for `opts`, libpq's rules.
pub(crate) fn policy(opts: &ConnectOptions) -> Verify {
    match opts.ssl {
        SslMode::Disable | SslMode::Allow | SslMode::Prefer | SslMode::NoVerify => Verify::Nothing,
        SslMode::Require if opts.ssl_root_cert.is_some() => Verify::Chain,
        SslMode::Require => Verify::Nothing,
        SslMode::VerifyCa => Verify::Chain,
        SslMode::VerifyFull => Verify::Full,
    }
}

/// A connector applying `verify`, trusting `root` (or the bundled Mozilla roots).
pub(crate) fn connector(verify: Verify, root: Option<&RootCert>) -> Result<MakeRustlsConnect, ConnectError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let setup = |e: rustls::Error| ConnectError::TlsSetup { reason: e.to_string() };
    let builder = ClientConfig::builder_with_provider(Arc::clone(&provider)).with_safe_default_protocol_versions().map_err(setup)?;
    let config = match verify {
        Verify::Nothing => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerification { algorithms: provider.signature_verification_algorithms }))
            .with_no_client_auth(),
        Verify::Chain => {
            let roots = Arc::new(load_roots(root)?);
            let inner = WebPkiServerVerifier::builder_with_provider(roots, Arc::clone(&provider))
                .build()
                .map_err(|e| ConnectError::TlsSetup { reason: e.to_string() })?;
            builder.dangerous().with_custom_certificate_verifier(Arc::new(ChainOnly { inner })).with_no_client_auth()
        }
        Verify::Full => builder.with_root_certificates(load_roots(root)?).with_no_client_auth(),
    };
    Ok(MakeRustlsConnect::new(config))
}

/// The trusted roots: a PEM file, PEM text, or webpki-roots (`None` / `system`).
fn load_roots(root: Option<&RootCert>) -> Result<RootCertStore, ConnectError> {
    match root {
        None | Some(RootCert::System) => Ok(RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() }),
        Some(RootCert::File(path)) => {
            let what = format!("sslrootcert {}", path.display());
            let bytes = std::fs::read(path).map_err(|e| ConnectError::RootCert { what: what.clone(), reason: e.to_string() })?;
            roots_from_pem(&bytes, &what)
        }
        Some(RootCert::Pem(text)) => roots_from_pem(text.as_bytes(), "ssl.ca"),
    }
}

fn roots_from_pem(pem: &[u8], what: &str) -> Result<RootCertStore, ConnectError> {
    let fail = |reason: String| ConnectError::RootCert { what: what.to_string(), reason };
    let mut store = RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(pem) {
        let cert = cert.map_err(|e| fail(format!("bad PEM ({e})")))?;
        store.add(cert).map_err(|e| fail(format!("unusable certificate ({e})")))?;
    }
    if store.is_empty() {
        return Err(fail("no certificate found (expected PEM with \"-----BEGIN CERTIFICATE-----\")".into()));
    }
    Ok(store)
}

/// Accepts any certificate; still checks that the server holds the certificate's key.
#[derive(Debug)]
struct NoVerification {
    algorithms: WebPkiSupportedAlgorithms,
}

impl ServerCertVerifier for NoVerification {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

/// webpki verification with the host-name check waived (libpq's verify-ca).
///
/// `WebPkiServerVerifier` checks the chain (and validity dates) before the name, so a
/// name mismatch is only reported for a chain that already verified.
#[derive(Debug)]
struct ChainOnly {
    inner: Arc<WebPkiServerVerifier>,
}

impl ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self.inner.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Err(rustls::Error::InvalidCertificate(CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. })) => {
                Ok(ServerCertVerified::assertion())
            }
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}
