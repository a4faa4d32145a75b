//! Property access: reading (`obj.key`, `list[0]`, `s.length`, getters, built-in methods read
//! as values, host objects' `get`), writing, method calls (host objects' `call_method`, array,
//! string and number methods, functions stored in objects) and listing own properties in JS
//! order (integer keys first, ascending, then the others in insertion order).

use oxc_span::Span;

use super::builtins;
use super::builtins::array::MAX_ITEMS;
use super::eval::callable;
use super::function::{Closure, Native, NativeKind, is_getter};
use super::number::number_to_string;
use super::opaque::stand_in_message;
use super::value::{Object, Value};
use super::{Interpreter, JsError, Result};

/// An integer key JS lists first and arrays index by: canonical digits below 2^32 - 1.
pub(super) fn array_index(key: &str) -> Option<usize> {
    let index = key.parse::<u32>().ok().filter(|&i| i != u32::MAX)?;
    (number_to_string(f64::from(index)) == key).then_some(index as usize)
}

/// Sets a property where JS would list it: integer keys first, ascending, then the others in
/// insertion order. Objects the interpreter builds keep their `props` in that order, so a host
/// reading `props` sees what `Object.keys` would.
pub(super) fn put(object: &mut Object, key: &str, value: Value) {
    if let Some(slot) = object.props.iter_mut().find(|(k, _)| k == key) {
        slot.1 = value;
        return;
    }
    let position = match array_index(key) {
        Some(index) => object.props.iter().position(|(k, _)| array_index(k).is_none_or(|i| i > index)).unwrap_or(object.props.len()),
        None => object.props.len(),
    };
    object.props.insert(position, (key.to_string(), value));
}

/// Puts distinct keys, listed in insertion order, where [`put`] would have put them one by one:
/// integer keys first, ascending (a stable sort keeps the others in insertion order).
pub(super) fn sort_indexed_first(props: &mut [(String, Value)]) {
    if props.iter().any(|(k, _)| array_index(k).is_some()) {
        props.sort_by_key(|(k, _)| array_index(k).map_or((1, 0), |i| (0, i)));
    }
}

/// An object's properties in JS enumeration order.
pub(super) fn ordered_props(object: &Object) -> Vec<(String, Value)> {
    let mut indexed: Vec<(usize, &(String, Value))> = object.props.iter().filter_map(|p| array_index(&p.0).map(|i| (i, p))).collect();
    indexed.sort_by_key(|(i, _)| *i);
    let named = object.props.iter().filter(|p| array_index(&p.0).is_none());
    indexed.into_iter().map(|(_, p)| p).chain(named).cloned().collect()
}

impl Interpreter<'_> {
    /// `object[key]`; `span` is the whole member expression, `key_span` the property.
    pub(super) fn get_member(&mut self, object: &Value, key: &str, span: Span, key_span: Span) -> Result<Value> {
        match object {
            Value::Undefined | Value::Null => Err(self.cannot_read(object, key, span, key_span)),
            Value::Object(o) => {
                let found = o.borrow().get(key).cloned();
                match found {
                    Some(getter) if is_getter(&getter) => self.call_value(&getter, object.clone(), Vec::new(), span),
                    Some(value) => Ok(value),
                    None => Ok(Value::Undefined),
                }
            }
            Value::Array(items) => Ok(match key {
                "length" => Value::Number(items.borrow().len() as f64),
                key => match array_index(key) {
                    Some(i) => items.borrow().get(i).cloned().unwrap_or(Value::Undefined),
                    None => builtins::array::method(key)
                        .map_or(Value::Undefined, |name| Native::method(name, NativeKind::ArrayMethod, object.clone())),
                },
            }),
            Value::String(s) => Ok(match key {
                "length" => Value::Number(s.encode_utf16().count() as f64),
                key => match array_index(key) {
                    Some(i) => s.encode_utf16().nth(i).map_or(Value::Undefined, |unit| Value::string(String::from_utf16_lossy(&[unit]))),
                    None => builtins::string::method(key)
                        .map_or(Value::Undefined, |name| Native::method(name, NativeKind::StringMethod, object.clone())),
                },
            }),
            Value::Number(_) => Ok(builtins::number_method(key)
                .map_or(Value::Undefined, |name| Native::method(name, NativeKind::NumberMethod, object.clone()))),
            Value::Function(f) => {
                if let Some(native) = f.as_any().downcast_ref::<Native>().filter(|n| n.kind == NativeKind::Global) {
                    return Ok(builtins::static_member(native.name, key).unwrap_or(Value::Undefined));
                }
                match (f.as_any().downcast_ref::<Closure>(), key) {
                    (Some(closure), "name") => Ok(closure.function.name.as_ref().map_or(Value::string(""), |n| Value::String(n.clone()))),
                    _ => Ok(Value::Undefined),
                }
            }
            Value::Host(host) => {
                if let Some(derived) = self.derived_opaque(object, span) {
                    return Ok(derived);
                }
                if let Some(message) = stand_in_message(object) {
                    return Err(self.fail(span, message));
                }
                let host = host.clone();
                self.host_call(key_span, span, |interp| host.get(interp, key))
            }
            Value::Bool(_) | Value::BigInt(_) => Ok(Value::Undefined),
        }
    }

    fn cannot_read(&self, object: &Value, key: &str, span: Span, key_span: Span) -> JsError {
        let object_text = self.src.text_of(Span::new(span.start, key_span.start.max(span.start)));
        let object_text = object_text.trim_end().trim_end_matches(['.', '[', '?']).trim_end();
        let object_text = super::source::shorten(object_text);
        self.error(
            span,
            format!(
                "cannot read `{key}` of {}: `{object_text}` is {}; check the name before `.{key}`",
                object.describe(),
                object.describe()
            ),
        )
    }

    /// `object[key] = value`.
    pub(super) fn set_member(&mut self, object: &Value, key: &str, value: Value, span: Span) -> Result<()> {
        match object {
            Value::Object(o) => put(&mut o.borrow_mut(), key, value),
            Value::Array(items) if key == "length" => {
                let length = self.number_of(&value, span)?;
                if !(0.0..=MAX_ITEMS as f64).contains(&length) || length.fract() != 0.0 {
                    return Err(self.fail(span, "an array length must be a whole number up to 10,000,000"));
                }
                items.borrow_mut().resize(length as usize, Value::Undefined);
            }
            Value::Array(items) => match array_index(key) {
                Some(i) => {
                    let mut items = items.borrow_mut();
                    if i > items.len() + MAX_ITEMS {
                        return Err(self.fail(span, "dbkit does not support sparse arrays; fill the array in order"));
                    }
                    if i >= items.len() {
                        items.resize(i + 1, Value::Undefined);
                    }
                    items[i] = value;
                }
                None => return Err(self.fail(span, format!("dbkit does not support named properties (`{key}`) on arrays"))),
            },
            Value::Host(_) => {
                let message = match stand_in_message(object) {
                    Some(message) => message,
                    None => {
                        format!("cannot set `{key}` on {}: dbkit does not support changing drizzle objects this way", object.describe())
                    }
                };
                return Err(self.fail(span, message));
            }
            other => return Err(self.fail(span, format!("cannot set `{key}` on {}", other.describe()))),
        }
        Ok(())
    }

    /// `object.key(args)`; `site` is the call, `key_span` the method name.
    pub(super) fn call_method(&mut self, object: &Value, key: &str, args: Vec<Value>, site: Span, key_span: Span) -> Result<Value> {
        let from_key = Span::new(key_span.start, site.end.max(key_span.start));
        match object {
            Value::Host(host) => {
                if let Some(derived) = self.derived_opaque(object, site) {
                    return Ok(derived);
                }
                if let Some(message) = stand_in_message(object) {
                    return Err(self.fail(site, message));
                }
                let host = host.clone();
                return self.host_call(key_span, from_key, |interp| host.call_method(interp, object, key, args));
            }
            Value::Array(_) => {
                if let Some(name) = builtins::array::method(key) {
                    return self.array_method(name, object, args, site);
                }
            }
            Value::String(s) => {
                if let Some(name) = builtins::string::method(key) {
                    return self.string_method(name, s, args, site);
                }
            }
            Value::Number(n) => {
                if let Some(name) = builtins::number_method(key) {
                    return self.number_method(name, *n, args, site);
                }
            }
            _ => {}
        }
        let member_span = Span::new(site.start, key_span.end.max(site.start));
        let function = self.get_member(object, key, member_span, key_span)?;
        if !callable(&function) {
            return Err(self.error(key_span, format!("`{}` is not a function (it is {})", self.snippet(member_span), function.describe())));
        }
        self.call_value(&function, object.clone(), args, site)
    }

    /// Own enumerable properties as `{ ...value }` and `Object.entries` see them (getters
    /// called). Primitives have none; host objects cannot be listed.
    pub(super) fn own_entries(&mut self, value: &Value, span: Span, call_getters: bool) -> Result<Vec<(String, Value)>> {
        match value {
            Value::Object(o) => {
                let props = ordered_props(&o.borrow());
                let mut out = Vec::with_capacity(props.len());
                for (key, property) in props {
                    let property = if call_getters && is_getter(&property) {
                        self.call_value(&property, value.clone(), Vec::new(), span)?
                    } else {
                        property
                    };
                    out.push((key, property));
                }
                Ok(out)
            }
            Value::Array(items) => Ok(items.borrow().iter().enumerate().map(|(i, v)| (i.to_string(), v.clone())).collect()),
            Value::String(s) => {
                Ok(s.encode_utf16().enumerate().map(|(i, u)| (i.to_string(), Value::string(String::from_utf16_lossy(&[u])))).collect())
            }
            Value::Host(_) => match stand_in_message(value) {
                Some(message) => Err(self.fail(span, message)),
                None => Err(self.fail(span, format!("dbkit cannot list the properties of {}", value.describe()))),
            },
            _ => Ok(Vec::new()),
        }
    }
}
