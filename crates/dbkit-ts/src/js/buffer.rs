//! Node's `Buffer` as a host object, for `bytea` defaults (`Buffer.from('hi')`,
//! `Buffer.from('6869', 'hex')`, `Buffer.from([1, 2])`): the bytes, `length`, `toString(enc)`
//! and `toJSON()`. Encodings: utf8, hex, base64 (and base64url), latin1/binary, ascii.

use std::any::Any;

use super::value::{HostError, HostObject, Interp, Value};

/// A Node `Buffer`: its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Buffer {
    pub bytes: Vec<u8>,
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

impl Buffer {
    /// `Buffer.from(text, encoding)`; an error for an encoding dbkit does not know.
    pub fn from_text(text: &str, encoding: &str) -> Result<Buffer, String> {
        let bytes = match encoding.to_ascii_lowercase().as_str() {
            "utf8" | "utf-8" => text.as_bytes().to_vec(),
            // Node stops at the first pair that is not hex.
            "hex" => text
                .as_bytes()
                .chunks_exact(2)
                .map_while(|pair| std::str::from_utf8(pair).ok().and_then(|p| u8::from_str_radix(p, 16).ok()))
                .collect(),
            "base64" | "base64url" => decode_base64(text),
            "latin1" | "binary" => text.chars().map(|c| c as u32 as u8).collect(),
            "ascii" => text.chars().map(|c| (c as u32 as u8) & 0x7f).collect(),
            other => return Err(format!("dbkit's Buffer does not know the encoding '{other}'; use utf8, hex or base64")),
        };
        Ok(Buffer { bytes })
    }

    /// `buffer.toString(encoding)`.
    pub fn to_text(&self, encoding: &str) -> Result<String, String> {
        Ok(match encoding.to_ascii_lowercase().as_str() {
            "utf8" | "utf-8" => String::from_utf8_lossy(&self.bytes).into_owned(),
            "hex" => self.bytes.iter().map(|b| format!("{b:02x}")).collect(),
            "base64" => encode_base64(&self.bytes),
            "latin1" | "binary" => self.bytes.iter().map(|&b| char::from(b)).collect(),
            "ascii" => self.bytes.iter().map(|&b| char::from(b & 0x7f)).collect(),
            other => return Err(format!("dbkit's Buffer does not know the encoding '{other}'; use utf8, hex or base64")),
        })
    }
}

fn encode_base64(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &b)| acc | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(BASE64[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Lenient like Node: URL-safe letters accepted, anything else skipped, stops at `=`.
fn decode_base64(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in text.bytes().take_while(|&c| c != b'=') {
        let value = match c {
            b'-' => 62,
            b'_' => 63,
            c => match BASE64.iter().position(|&b| b == c) {
                Some(v) => v as u32,
                None => continue,
            },
        };
        acc = (acc << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

impl HostObject for Buffer {
    fn type_name(&self) -> &str {
        "a Buffer"
    }

    fn get(&self, _interp: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        match key {
            "length" | "byteLength" => Ok(Value::Number(self.bytes.len() as f64)),
            key => match key.parse::<usize>() {
                Ok(i) => Ok(self.bytes.get(i).map_or(Value::Undefined, |&b| Value::Number(f64::from(b)))),
                Err(_) => Err(HostError(format!("a Buffer has no property `{key}` dbkit can read"))),
            },
        }
    }

    fn call_method(&self, _interp: &mut dyn Interp, _this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "toString" => {
                let encoding = args.first().and_then(Value::as_str).unwrap_or("utf8");
                self.to_text(encoding).map(Value::string).map_err(HostError)
            }
            "toJSON" => Ok(Value::object(vec![
                ("type".into(), Value::string("Buffer")),
                ("data".into(), Value::array(self.bytes.iter().map(|&b| Value::Number(f64::from(b))).collect())),
            ])),
            _ => Err(HostError(format!("`{name}()` on a Buffer is not supported by dbkit's schema reader"))),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_round_trip() {
        let hi = Buffer::from_text("hi", "utf8").unwrap();
        assert_eq!(hi.bytes, b"hi");
        assert_eq!(hi.to_text("hex").unwrap(), "6869");
        assert_eq!(Buffer::from_text("6869zz", "hex").unwrap().bytes, b"hi");
        for text in ["", "f", "fo", "foo", "foob", "fooba", "foobar"] {
            let encoded = Buffer { bytes: text.as_bytes().to_vec() }.to_text("base64").unwrap();
            assert_eq!(Buffer::from_text(&encoded, "base64").unwrap().bytes, text.as_bytes(), "{encoded}");
        }
        assert_eq!(Buffer { bytes: b"foobar".to_vec() }.to_text("base64").unwrap(), "Zm9vYmFy");
        assert_eq!(Buffer { bytes: b"fo".to_vec() }.to_text("base64").unwrap(), "Zm8=");
        assert_eq!(Buffer::from_text("_-8", "base64url").unwrap().bytes, [0xff, 0xef]);
        assert!(Buffer::from_text("x", "utf16le").is_err());
    }
}
