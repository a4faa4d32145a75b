//! `Object.keys/values/entries/fromEntries/assign/freeze` and `Array.isArray/from/of`.

use std::cell::RefCell;
use std::rc::Rc;

use oxc_span::Span;

use super::super::member::put;
use super::super::ops;
use super::super::value::{Object, Value};
use super::super::{Interpreter, Result};
use super::arg;
use super::array::MAX_ITEMS;

impl Interpreter<'_> {
    pub(super) fn object_static(&mut self, name: &str, args: Vec<Value>, site: Span) -> Result<Value> {
        let first = arg(&args, 0);
        let listable = |interp: &Self| {
            if matches!(first, Value::Undefined | Value::Null) {
                Err(interp.fail(site, format!("`{name}` needs an object, not {}", first.describe())))
            } else {
                Ok(())
            }
        };
        Ok(match name {
            "Object.keys" => {
                listable(self)?;
                Value::array(self.own_entries(&first, site, false)?.into_iter().map(|(k, _)| Value::string(k)).collect())
            }
            "Object.values" => {
                listable(self)?;
                Value::array(self.own_entries(&first, site, true)?.into_iter().map(|(_, v)| v).collect())
            }
            "Object.entries" => {
                listable(self)?;
                let entries = self.own_entries(&first, site, true)?;
                Value::array(entries.into_iter().map(|(k, v)| Value::array(vec![Value::string(k), v])).collect())
            }
            "Object.fromEntries" => {
                let mut object = Object::default();
                for entry in self.iterate(&first, site)? {
                    let (key, value) = match &entry {
                        Value::Array(pair) => {
                            let pair = pair.borrow();
                            (pair.first().cloned().unwrap_or(Value::Undefined), pair.get(1).cloned().unwrap_or(Value::Undefined))
                        }
                        other => {
                            return Err(self.fail(site, format!("`Object.fromEntries` needs [key, value] pairs, not {}", other.describe())));
                        }
                    };
                    let key = ops::property_key(&key).map_err(|message| self.fail(site, message))?;
                    put(&mut object, &key, value);
                }
                Value::Object(Rc::new(RefCell::new(object)))
            }
            "Object.assign" => {
                let Value::Object(target) = &first else {
                    return Err(
                        self.fail(site, format!("dbkit's `Object.assign` needs a plain object as its target, not {}", first.describe()))
                    );
                };
                for source in args.iter().skip(1) {
                    for (key, value) in self.own_entries(source, site, true)? {
                        put(&mut target.borrow_mut(), &key, value);
                    }
                }
                first
            }
            "Object.freeze" => first,
            "Array.isArray" => Value::Bool(matches!(first, Value::Array(_))),
            "Array.of" => Value::array(args),
            "Array.from" => {
                let items = match &first {
                    Value::Object(o) => {
                        let length = o.borrow().get("length").cloned().unwrap_or(Value::Undefined);
                        let length = self.number_of(&length, site)?;
                        let length = if length.is_finite() && length > 0.0 { length as usize } else { 0 };
                        if length > MAX_ITEMS {
                            return Err(self.fail(site, "`Array.from` would build more than 10,000,000 items"));
                        }
                        vec![Value::Undefined; length]
                    }
                    other => self.iterate(other, site)?,
                };
                match args.get(1) {
                    Some(map) if !matches!(map, Value::Undefined) => {
                        let mut out = Vec::with_capacity(items.len());
                        for (i, item) in items.into_iter().enumerate() {
                            out.push(self.callback(map, vec![item, Value::Number(i as f64)], "`Array.from`", site)?);
                        }
                        Value::array(out)
                    }
                    _ => Value::array(items),
                }
            }
            other => return Err(self.fail(site, format!("`{other}` is not supported by dbkit's schema reader"))),
        })
    }
}
