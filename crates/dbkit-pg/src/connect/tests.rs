//! Unit tests for the connect module: URL and keyword parsing, drizzle credentials, TLS
//! policy, redaction, and errors that need no server (refused port, missing socket).

use std::path::PathBuf;
use std::time::Duration;

use super::error::human_duration;
use super::tls::{Verify, connector, policy};
use super::*;

fn connector_err(v: Verify, root: RootCert) -> String {
    match connector(v, Some(&root)) {
        Ok(_) => panic!("connector built with {root:?}"),
        Err(e) => e.to_string(),
    }
}

fn url(s: &str) -> ConnectOptions {
    match ConnectOptions::from_url(s) {
        Ok(o) => o,
        Err(e) => panic!("{s}: {e}"),
    }
}

fn url_err(s: &str) -> String {
    match ConnectOptions::from_url(s) {
        Ok(o) => panic!("{s} parsed: {o:?}"),
        Err(e) => e.to_string(),
    }
}

fn creds(ssl: Option<SslSetting>) -> Credentials {
    Credentials {
        host: "db.example.com".into(),
        port: Some(6543),
        user: Some("app".into()),
        password: Some("s3cret!".into()),
        database: "shop".into(),
        ssl,
    }
}

fn creds_ssl(ssl: Option<SslSetting>) -> (SslMode, Option<RootCert>) {
    let o = ConnectOptions::from_credentials(&creds(ssl)).expect("credentials");
    (o.ssl, o.ssl_root_cert)
}

#[test]
fn full_url() {
    let o = url("postgres://tanstack-kit:123456789@localhost:5433/test");
    assert_eq!(o.host, Host::Tcp("localhost".into()));
    assert_eq!(o.port, 5433);
    assert_eq!(o.user, "tanstack-kit");
    assert_eq!(o.password.as_deref(), Some("123456789"));
    assert_eq!(o.database, "test");
    assert_eq!(o.ssl, SslMode::Prefer);
    assert_eq!(o.ssl_root_cert, None);
    assert_eq!(o.connect_timeout, Duration::from_secs(10));
    assert_eq!(o.application_name, "dbkit");
    assert_eq!(o.options, None);
}

#[test]
fn both_schemes_any_case() {
    for s in ["postgresql://u@h/d", "POSTGRES://u@h/d", "PostgreSQL://u@h/d", "  postgres://u@h/d  "] {
        let o = url(s);
        assert_eq!((o.user.as_str(), o.database.as_str()), ("u", "d"), "{s}");
        assert_eq!(o.host, Host::Tcp("h".into()), "{s}");
    }
}

#[test]
fn defaults() {
    let o = url("postgres://db.internal");
    assert_eq!(o.host, Host::Tcp("db.internal".into()));
    assert_eq!(o.port, 5432);
    assert_eq!(o.user, "postgres");
    assert_eq!(o.password, None);
    assert_eq!(o.database, "postgres");

    let o = url("postgres://");
    assert_eq!(o.host, Host::Tcp("localhost".into()));
    assert_eq!(o.database, "postgres");

    // The database defaults to the user name.
    assert_eq!(url("postgres://alice@h").database, "alice");
    assert_eq!(url("postgres://alice@h/").database, "alice");
    assert_eq!(url("postgres://h:5433").port, 5433);
    assert_eq!(url("postgres://h:/d").port, 5432);
    // An empty password is no password.
    assert_eq!(url("postgres://u:@h/d").password, None);
}

#[test]
fn percent_decoding() {
    let o = url("postgres://us%40er:p%40ss%3Aw%2Fo%25rd@h/my%20db");
    assert_eq!(o.user, "us@er");
    assert_eq!(o.password.as_deref(), Some("p@ss:w/o%rd"));
    assert_eq!(o.database, "my db");
    // '+' stays a plus outside the query; a lone '%' is kept.
    let o = url("postgres://u:a+b%zz%@h/d+1");
    assert_eq!(o.password.as_deref(), Some("a+b%zz%"));
    assert_eq!(o.database, "d+1");
    // Non-ASCII survives.
    assert_eq!(url("postgres://u@h/%C3%A9t%C3%A9").database, "été");
    // Invalid UTF-8 is an error that shows no password.
    let e = url_err("postgres://u:%FF%FEsecret@h/d");
    assert!(e.contains("password"), "{e}");
    assert!(!e.contains("secret"), "{e}");
}

#[test]
fn unencoded_at_in_password_uses_last_at() {
    let o = url("postgres://u:p@ss@h:5433/d");
    assert_eq!(o.password.as_deref(), Some("p@ss"));
    assert_eq!(o.host, Host::Tcp("h".into()));
    assert_eq!(o.port, 5433);
}

#[test]
fn unix_socket_hosts() {
    let o = url("postgres://u@%2Fvar%2Frun%2Fpostgresql/db");
    assert_eq!(o.host, Host::Unix(PathBuf::from("/var/run/postgresql")));
    assert_eq!(o.port, 5432);
    assert_eq!(o.target(), "/var/run/postgresql (port 5432)");

    let o = url("postgres://u@%2ftmp%2fsock:5499/db");
    assert_eq!(o.host, Host::Unix(PathBuf::from("/tmp/sock")));
    assert_eq!(o.port, 5499);

    let o = url("postgres:///db?host=/tmp/connect-pg/sock&port=5499");
    assert_eq!(o.host, Host::Unix(PathBuf::from("/tmp/connect-pg/sock")));
    assert_eq!(o.port, 5499);
    assert_eq!(o.user, "postgres");
    assert_eq!(o.database, "db");

    // host= in the query overrides the authority (libpq).
    let o = url("postgres://u@ignored:1/db?host=%2Frun%2Fpg");
    assert_eq!(o.host, Host::Unix(PathBuf::from("/run/pg")));
    assert_eq!(o.port, 1);
}

#[test]
fn ipv6() {
    let o = url("postgres://u:p@[::1]:5433/db");
    assert_eq!(o.host, Host::Tcp("::1".into()));
    assert_eq!(o.port, 5433);
    assert_eq!(o.target(), "[::1]:5433");
    assert_eq!(o.redacted_url(), "postgres://u:****@[::1]:5433/db?sslmode=prefer");

    let o = url("postgres://[fe80::1%25eth0]/db");
    assert_eq!(o.host, Host::Tcp("fe80::1%eth0".into()));
    assert_eq!(o.port, 5432);

    assert!(url_err("postgres://::1:5432/db").contains("brackets"));
    assert!(url_err("postgres://[::1/db").contains("unclosed"));
    assert!(url_err("postgres://[::1]x/db").contains("after the IPv6"));
}

#[test]
fn query_parameters() {
    let o = url("postgres://u:p@h/d?sslmode=verify-full&connect_timeout=3&application_name=my+app\
         &sslrootcert=%2Fetc%2Fca.pem&options=-c%20search_path%3Dapp");
    assert_eq!(o.ssl, SslMode::VerifyFull);
    assert_eq!(o.connect_timeout, Duration::from_secs(3));
    assert_eq!(o.application_name, "my app");
    assert_eq!(o.ssl_root_cert, Some(RootCert::File("/etc/ca.pem".into())));
    assert_eq!(o.options.as_deref(), Some("-c search_path=app"));

    let o = url("postgres://u:p@h/d?user=v&password=q%26r&dbname=e&port=6000");
    assert_eq!(o.user, "v");
    assert_eq!(o.password.as_deref(), Some("q&r"));
    assert_eq!(o.database, "e");
    assert_eq!(o.port, 6000);

    for (mode, want) in [
        ("disable", SslMode::Disable),
        ("allow", SslMode::Allow),
        ("prefer", SslMode::Prefer),
        ("require", SslMode::Require),
        ("no-verify", SslMode::NoVerify),
        ("verify-ca", SslMode::VerifyCa),
        ("verify-full", SslMode::VerifyFull),
        ("VERIFY-FULL", SslMode::VerifyFull),
    ] {
        assert_eq!(url(&format!("postgres://h/d?sslmode={mode}")).ssl, want, "{mode}");
    }

    // connect_timeout 0 or negative: no limit.
    assert_eq!(url("postgres://h/d?connect_timeout=0").connect_timeout, Duration::ZERO);
    assert_eq!(url("postgres://h/d?connect_timeout=-5").connect_timeout, Duration::ZERO);

    // sslrootcert=system selects verify-full unless sslmode says otherwise.
    let o = url("postgres://h/d?sslrootcert=system");
    assert_eq!((o.ssl, o.ssl_root_cert), (SslMode::VerifyFull, Some(RootCert::System)));
    assert_eq!(url("postgres://h/d?sslrootcert=system&sslmode=verify-ca").ssl, SslMode::VerifyCa);

    // A fragment is ignored.
    assert_eq!(url("postgres://h/d#frag").database, "d");
}

#[test]
fn unknown_parameters_are_ignored() {
    let o = url("postgres://u:p@h/d?schema=app&pgbouncer=true&uselibpqcompat=true&sslmode=require&flag&=x&channel_binding=require");
    assert_eq!(o.ssl, SslMode::Require);
    assert_eq!(o.database, "d");
}

#[test]
fn malformed_urls() {
    let e = url_err("postgres://u:hunter2@h:abc/db");
    assert_eq!(e, "invalid database URL postgres://u:****@h:abc/db: invalid port \"abc\" (expected a number from 1 to 65535)");
    assert!(url_err("postgres://h:70000/db").contains("invalid port \"70000\""));
    assert!(url_err("postgres://h:0/db").contains("invalid port \"0\""));
    let e = url_err("postgres://u:hunter2@h/db?sslmode=bogus&password=hunter2");
    assert!(e.contains("invalid sslmode \"bogus\""), "{e}");
    assert!(e.contains("password=****"), "{e}");
    assert!(!e.contains("hunter2"), "{e}");
    assert!(url_err("mysql://u@h/d").contains("unsupported scheme \"mysql\""));
    assert!(url_err("").contains("empty"));
    assert!(url_err("   ").contains("empty"));
    assert!(url_err("localhost").contains("expected a postgres://"));
    assert!(url_err("postgres://a,b/d").contains("several hosts"));
    assert!(url_err("postgres://h/d?host=a,b").contains("several hosts"));
    assert!(url_err("postgres://h/d?port=1,2").contains("several ports"));
    assert!(url_err("postgres://h/d?connect_timeout=ten").contains("connect_timeout"));
    // An unencoded '/' in the password breaks the URL, and is still masked.
    let e = url_err("postgres://u:pa/ss@h/db");
    assert!(!e.contains("pa/ss"), "{e}");
    assert!(e.starts_with("invalid database URL postgres://u:****@h/db"), "{e}");
}

#[test]
fn keyword_value_strings() {
    let o = url("host=/tmp port=5433 dbname=x");
    assert_eq!(o.host, Host::Unix("/tmp".into()));
    assert_eq!(o.port, 5433);
    assert_eq!(o.database, "x");
    assert_eq!(o.user, "postgres");

    let o = url(r"host = localhost user=u password='a b\'c\\' dbname='my db' sslmode=require application_name=x schema=ignored");
    assert_eq!(o.host, Host::Tcp("localhost".into()));
    assert_eq!(o.user, "u");
    assert_eq!(o.password.as_deref(), Some(r"a b'c\"));
    assert_eq!(o.database, "my db");
    assert_eq!(o.ssl, SslMode::Require);
    assert_eq!(o.application_name, "x");

    let o = url("hostaddr=127.0.0.1 user=me connect_timeout=2 sslrootcert=/ca.pem");
    assert_eq!(o.host, Host::Tcp("127.0.0.1".into()));
    assert_eq!(o.database, "me");
    assert_eq!(o.connect_timeout, Duration::from_secs(2));
    assert_eq!(o.ssl_root_cert, Some(RootCert::File("/ca.pem".into())));

    let o = url("HOST=h PASSWORD=x\\ y");
    assert_eq!(o.host, Host::Tcp("h".into()));
    assert_eq!(o.password.as_deref(), Some("x y"));

    let e = url_err("host=h password='unterminated secret");
    assert!(e.contains("unterminated quoted value for \"password\""), "{e}");
    assert!(!e.contains("secret"), "{e}");
    assert!(url_err("host=h dbname").contains("missing \"=\" after \"dbname\""));
    assert!(url_err("host=h sslmode=maybe").contains("invalid sslmode"));
}

#[test]
fn credentials_basic() {
    let o = ConnectOptions::from_credentials(&creds(None)).expect("credentials");
    assert_eq!(o.host, Host::Tcp("db.example.com".into()));
    assert_eq!(o.port, 6543);
    assert_eq!(o.user, "app");
    assert_eq!(o.password.as_deref(), Some("s3cret!"));
    assert_eq!(o.database, "shop");
    assert_eq!(o.ssl, SslMode::Prefer);
    assert_eq!(o.application_name, "dbkit");
    assert_eq!(o.connect_timeout, Duration::from_secs(10));

    let c = Credentials { host: "/var/run/postgresql".into(), port: None, user: None, password: None, database: "app".into(), ssl: None };
    let o = ConnectOptions::from_credentials(&c).expect("unix credentials");
    assert_eq!(o.host, Host::Unix("/var/run/postgresql".into()));
    assert_eq!(o.port, 5432);
    assert_eq!(o.user, "postgres");
    assert_eq!(o.password, None);
    assert!(!o.uses_tls());

    let c = Credentials { host: "[::1]".into(), ..c };
    assert_eq!(ConnectOptions::from_credentials(&c).unwrap().host, Host::Tcp("::1".into()));
}

#[test]
fn credentials_ssl_mapping() {
    let pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".to_string();
    assert_eq!(creds_ssl(None), (SslMode::Prefer, None));
    assert_eq!(creds_ssl(Some(SslSetting::Bool(false))), (SslMode::Disable, None));
    assert_eq!(creds_ssl(Some(SslSetting::Bool(true))), (SslMode::VerifyFull, None));
    assert_eq!(creds_ssl(Some(SslSetting::Mode("require".into()))), (SslMode::Require, None));
    assert_eq!(creds_ssl(Some(SslSetting::Mode("allow".into()))), (SslMode::Allow, None));
    assert_eq!(creds_ssl(Some(SslSetting::Mode("prefer".into()))), (SslMode::Prefer, None));
    assert_eq!(creds_ssl(Some(SslSetting::Mode("verify-full".into()))), (SslMode::VerifyFull, None));
    assert_eq!(creds_ssl(Some(SslSetting::Object { reject_unauthorized: Some(false), ca: Some(pem.clone()) })), (SslMode::NoVerify, None));
    assert_eq!(creds_ssl(Some(SslSetting::Object { reject_unauthorized: None, ca: None })), (SslMode::VerifyFull, None));
    assert_eq!(
        creds_ssl(Some(SslSetting::Object { reject_unauthorized: Some(true), ca: Some(pem.clone()) })),
        (SslMode::VerifyFull, Some(RootCert::Pem(pem.clone())))
    );
    assert_eq!(
        creds_ssl(Some(SslSetting::Object { reject_unauthorized: None, ca: Some(pem.clone()) })),
        (SslMode::VerifyFull, Some(RootCert::Pem(pem)))
    );
    // 'require' maps to TLS without verification.
    let o = ConnectOptions::from_credentials(&creds(Some(SslSetting::Mode("require".into())))).unwrap();
    assert_eq!(policy(&o), Verify::Nothing);
}

#[test]
fn credentials_errors() {
    let e = ConnectOptions::from_credentials(&creds(Some(SslSetting::Mode("sometimes".into())))).unwrap_err().to_string();
    assert!(e.starts_with("invalid dbCredentials: ssl: 'sometimes'"), "{e}");
    let mut c = creds(None);
    c.host = " ".into();
    assert!(ConnectOptions::from_credentials(&c).unwrap_err().to_string().contains("host is empty"));
    let mut c = creds(None);
    c.database = String::new();
    assert!(ConnectOptions::from_credentials(&c).unwrap_err().to_string().contains("database is empty"));
    let mut c = creds(None);
    c.port = Some(0);
    assert!(ConnectOptions::from_credentials(&c).unwrap_err().to_string().contains("port 0"));
}

#[test]
fn redacted_url_and_target() {
    let o = url("postgres://tanstack-kit:123456789@localhost:5433/test");
    assert_eq!(o.redacted_url(), "postgres://tanstack-kit:****@localhost:5433/test?sslmode=prefer");
    assert_eq!(o.target(), "localhost:5433");

    let o = url("postgres://u@h/d?sslmode=disable");
    assert_eq!(o.redacted_url(), "postgres://u@h:5432/d?sslmode=disable");

    let o = url("postgres://us%40er:x@h/my%20db?sslrootcert=/etc/ca.pem&sslmode=verify-ca");
    assert_eq!(o.redacted_url(), "postgres://us%40er:****@h:5432/my%20db?sslmode=verify-ca&sslrootcert=%2Fetc%2Fca.pem");

    let o = url("host=/var/run/postgresql port=5433 user=me");
    assert_eq!(o.redacted_url(), "postgres://me@%2Fvar%2Frun%2Fpostgresql:5433/me?sslmode=prefer");
}

#[test]
fn redacted_url_round_trips() {
    for s in [
        "postgres://u:p@h:5433/db?sslmode=verify-full",
        "postgres://us%40er:p@[::1]:5433/my%20db",
        "postgres:///db?host=/tmp/s&port=5499&user=x",
        "postgres://h/d?sslrootcert=system",
    ] {
        let a = url(s);
        let b = url(&a.redacted_url());
        assert_eq!(b.password.as_deref(), a.password.as_ref().map(|_| "****"), "{s}");
        assert_eq!((b.host, b.port, b.user, b.database), (a.host, a.port, a.user, a.database), "{s}");
        assert_eq!((b.ssl, b.ssl_root_cert), (a.ssl, a.ssl_root_cert), "{s}");
    }
}

#[test]
fn redact_masks_raw_and_encoded() {
    for pw in ["p@ss", "a:b", "x/y", "100%", "p@ss:w/o%rd", "é ü"] {
        let raw = format!("failed for {pw} and again {pw}");
        let out = redact(&raw, Some(pw));
        assert_eq!(out, "failed for **** and again ****", "{pw}");
        let enc = format!("postgres://u:{}@h/d", url::encode_component(pw));
        assert_eq!(redact(&enc, Some(pw)), "postgres://u:****@h/d", "{pw}");
        let lower = format!("postgres://u:{}@h/d", url::encode_component_lower(pw));
        assert_eq!(redact(&lower, Some(pw)), "postgres://u:****@h/d", "{pw}");
    }
    assert_eq!(redact("nothing here", None), "nothing here");
    assert_eq!(redact("nothing here", Some("")), "nothing here");
}

#[test]
fn redact_url_forms() {
    assert_eq!(redact_url("postgres://u:p%40ss@h/db"), "postgres://u:****@h/db");
    assert_eq!(redact_url("postgres://u:p@ss:w/o%rd@h/db"), "postgres://u:****@h/db");
    assert_eq!(redact_url("postgres://u@h/db"), "postgres://u@h/db");
    assert_eq!(redact_url("postgres://h/db?password=x&sslmode=require"), "postgres://h/db?password=****&sslmode=require");
    assert_eq!(redact_url("host=h password='a b\\' c' user=u"), "host=h password=**** user=u");
    assert_eq!(redact_url("host=h password = secret user=u"), "host=h password = **** user=u");
    assert_eq!(redact_url("host=h PASSWORD=s"), "host=h PASSWORD=****");
    assert_eq!(redact_url("host=h mypassword=s"), "host=h mypassword=s");
    assert_eq!(redact_url("host=é password=ü"), "host=é password=****");
}

#[test]
fn no_password_in_debug_or_display() {
    let pw = "Sup3r-S3cret";
    let o = url(&format!("postgres://u:{pw}@h/d"));
    for text in [format!("{o:?}"), format!("{o:#?}"), o.redacted_url(), o.target()] {
        assert!(!text.contains(pw), "{text}");
    }
    assert!(format!("{o:?}").contains("password: Some(\"****\")"));

    let mut c = creds(None);
    c.password = Some(pw.into());
    assert!(!format!("{c:?}").contains(pw));

    let bad = format!("postgres://u:{pw}@h:x/d?password={pw}");
    let e = ConnectOptions::from_url(&bad).unwrap_err();
    assert!(!e.to_string().contains(pw), "{e}");
    assert!(!format!("{e:?}").contains(pw), "{e:?}");

    let bad = format!("user=u password={pw} port=x");
    let e = ConnectOptions::from_url(&bad).unwrap_err();
    assert!(!e.to_string().contains(pw), "{e}");

    let pem = RootCert::Pem("-----BEGIN CERTIFICATE-----".into());
    assert_eq!(format!("{pem:?}"), "Pem(<27 bytes of PEM>)");
}

#[test]
fn tls_policy() {
    let mut o = url("postgres://h/d");
    for (mode, root, want) in [
        (SslMode::Disable, false, Verify::Nothing),
        (SslMode::Allow, false, Verify::Nothing),
        (SslMode::Prefer, true, Verify::Nothing),
        (SslMode::Require, false, Verify::Nothing),
        (SslMode::Require, true, Verify::Chain),
        (SslMode::NoVerify, true, Verify::Nothing),
        (SslMode::VerifyCa, false, Verify::Chain),
        (SslMode::VerifyFull, false, Verify::Full),
    ] {
        o.ssl = mode;
        o.ssl_root_cert = root.then(|| RootCert::File("/ca.pem".into()));
        assert_eq!(policy(&o), want, "{mode}");
    }
    assert!(o.uses_tls());
    o.ssl = SslMode::Disable;
    assert!(!o.uses_tls());
}

#[test]
fn connectors_build_without_a_default_provider() {
    for v in [Verify::Nothing, Verify::Chain, Verify::Full] {
        assert!(connector(v, None).is_ok());
        assert!(connector(v, Some(&RootCert::System)).is_ok());
    }
    let e = connector_err(Verify::Full, RootCert::Pem("not pem".into()));
    assert!(e.starts_with("could not load ssl.ca: no certificate found"), "{e}");
    let e = connector_err(Verify::Chain, RootCert::File("/nonexistent/ca.pem".into()));
    assert!(e.starts_with("could not load sslrootcert /nonexistent/ca.pem: No such file"), "{e}");
    let bad = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
    let e = connector_err(Verify::Full, RootCert::Pem(bad.into()));
    assert!(e.contains("unusable certificate"), "{e}");
    // No verification needs no roots, so a bad root is not even read.
    assert!(connector(Verify::Nothing, Some(&RootCert::Pem("x".into()))).is_ok());
}

#[test]
fn durations() {
    assert_eq!(human_duration(Duration::from_secs(10)), "10s");
    assert_eq!(human_duration(Duration::from_secs(90)), "1m30s");
    assert_eq!(human_duration(Duration::from_secs(120)), "2m");
    assert_eq!(human_duration(Duration::from_millis(250)), "250ms");
    assert_eq!(human_duration(Duration::from_millis(1500)), "1500ms");
}

#[test]
fn ssl_mode_names() {
    for m in
        [SslMode::Disable, SslMode::Allow, SslMode::Prefer, SslMode::Require, SslMode::NoVerify, SslMode::VerifyCa, SslMode::VerifyFull]
    {
        assert_eq!(SslMode::parse(&m.to_string()), Some(m));
    }
    assert_eq!(SslMode::parse("sometimes"), None);
    assert!(SslMode::VerifyCa.requires_tls());
    assert!(!SslMode::Prefer.requires_tls());
}

#[tokio::test]
async fn refused_port() {
    // Port 1 on loopback: nothing listens there.
    let o = url("postgres://u:pw@127.0.0.1:1/d?sslmode=disable");
    let e = connect(&o).await.unwrap_err().to_string();
    assert_eq!(
        e,
        "could not connect to 127.0.0.1:1: connection refused — is the database running at 127.0.0.1:1? (start one with `dbkit db start`)"
    );
}

#[tokio::test]
async fn missing_unix_socket() {
    let o = url("postgres:///d?host=/nonexistent-dbkit-dir&port=5999");
    let e = connect(&o).await.unwrap_err().to_string();
    assert_eq!(
        e,
        "could not connect to /nonexistent-dbkit-dir (port 5999): no server socket /nonexistent-dbkit-dir/.s.PGSQL.5999 — is the database running at /nonexistent-dbkit-dir (port 5999)? (start one with `dbkit db start`)"
    );
}

#[test]
fn certificate_messages() {
    use super::error::{from_rustls, presented_name};
    use rustls::CertificateError as C;
    assert_eq!(presented_name("DnsName(\"db.example.com\")"), "db.example.com");
    assert_eq!(presented_name("plain"), "plain");
    assert_eq!(presented_name("(\")"), "(\")");

    let mut o = url("postgres://u:pw@db.example.com:5433/d?sslmode=verify-full");
    let e = from_rustls(&rustls::Error::InvalidCertificate(C::UnknownIssuer), &o).to_string();
    assert_eq!(
        e,
        "TLS certificate of db.example.com:5433 rejected with sslmode=verify-full: it is not signed by a trusted CA; \
         pass the CA that signed it with sslrootcert=/path/ca.pem (ssl: { ca }), \
         or use sslmode=require / no-verify (ssl: { rejectUnauthorized: false }) to skip verification"
    );
    let e = from_rustls(&rustls::Error::InvalidCertificate(C::Expired), &o).to_string();
    assert!(e.contains(": it has expired; renew the server certificate"), "{e}");
    let e = from_rustls(&rustls::Error::InvalidCertificate(C::NotValidForName), &o).to_string();
    assert!(e.contains("not valid for this host name; connect with a host name the certificate names, use sslmode=verify-ca"), "{e}");
    o.ssl = SslMode::Require;
    o.ssl_root_cert = Some(RootCert::File("/ca.pem".into()));
    let e = from_rustls(&rustls::Error::InvalidCertificate(C::BadSignature), &o).to_string();
    assert!(e.contains("sslmode=require: invalid peer certificate: BadSignature; check sslrootcert / ssl.ca, or drop sslrootcert"), "{e}");
    let e = from_rustls(&rustls::Error::DecryptError, &o).to_string();
    assert_eq!(e, "TLS handshake with db.example.com:5433 failed (sslmode=require): cannot decrypt peer's message");
    let alert = rustls::Error::AlertReceived(rustls::AlertDescription::HandshakeFailure);
    let e = from_rustls(&alert, &o).to_string();
    assert!(e.contains("received fatal alert: HandshakeFailure — no TLS version or cipher in common"), "{e}");
}

#[test]
fn rejection_hints() {
    use super::error::rejection_hint;
    let mut o = url("postgres://u@h/d?sslmode=disable");
    let no_enc = "no pg_hba.conf entry for host \"1.2.3.4\", user \"u\", database \"d\", no encryption";
    let ssl_enc = "no pg_hba.conf entry for host \"1.2.3.4\", user \"u\", database \"d\", SSL encryption";
    assert_eq!(
        rejection_hint(no_enc, &o),
        " — pg_hba.conf has no entry for unencrypted connections like this one: try sslmode=require (or prefer), or add an entry"
    );
    assert_eq!(rejection_hint("role \"u\" does not exist", &o), " — check the user name");
    assert_eq!(rejection_hint("something else", &o), "");
    assert!(rejection_hint("pg_hba.conf rejects connection for host", &o).contains("refuses this user"));
    o.ssl = SslMode::Require;
    assert_eq!(
        rejection_hint(ssl_enc, &o),
        " — pg_hba.conf has no entry for TLS connections like this one: try sslmode=prefer (or disable), or add an entry"
    );
    o.ssl = SslMode::Allow;
    assert!(rejection_hint(no_enc, &o).contains("has no entry"));
}
