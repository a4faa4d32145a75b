//! `Set` and `Map` as schema code uses them (`[...new Set(values)]` feeding `pgEnum`, a lookup
//! table of column options): insertion-ordered, keys compared with SameValueZero, iterated by
//! spread, `for…of` and `Array.from`. `keys()` / `values()` / `entries()` return arrays (which
//! iterate the same way as JavaScript's iterators).

use std::any::Any;
use std::cell::RefCell;

use super::arg;
use crate::js::ops::same_value_zero;
use crate::js::{HostError, HostObject, Interp, Value};

/// A `Set`.
pub(crate) struct SetObj {
    items: RefCell<Vec<Value>>,
}

impl SetObj {
    pub(crate) fn new(from: Vec<Value>) -> SetObj {
        let set = SetObj { items: RefCell::new(Vec::with_capacity(from.len())) };
        for v in from {
            set.add(v);
        }
        set
    }

    fn add(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        if !items.iter().any(|x| same_value_zero(x, &v)) {
            items.push(v);
        }
    }

    pub(crate) fn items(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

impl HostObject for SetObj {
    fn type_name(&self) -> &str {
        "a Set"
    }
    fn get(&self, _: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        match key {
            "size" => Ok(Value::Number(self.items.borrow().len() as f64)),
            _ => Err(HostError(format!("a Set has no property `{key}` dbkit can read"))),
        }
    }
    fn call_method(&self, interp: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        let key = arg(&args, 0);
        Ok(match name {
            "add" => {
                self.add(key);
                this.clone()
            }
            "has" => Value::Bool(self.items.borrow().iter().any(|x| same_value_zero(x, &key))),
            "delete" => {
                let mut items = self.items.borrow_mut();
                let before = items.len();
                items.retain(|x| !same_value_zero(x, &key));
                Value::Bool(items.len() != before)
            }
            "clear" => {
                self.items.borrow_mut().clear();
                Value::Undefined
            }
            "values" | "keys" => Value::array(self.items()),
            "entries" => Value::array(self.items().into_iter().map(|v| Value::array(vec![v.clone(), v])).collect()),
            "forEach" => {
                for v in self.items() {
                    interp.call(&key, None, vec![v.clone(), v, this.clone()])?;
                }
                Value::Undefined
            }
            _ => return Err(HostError(format!("`Set.{name}()` is not supported by dbkit's schema reader"))),
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A `Map`.
pub(crate) struct MapObj {
    entries: RefCell<Vec<(Value, Value)>>,
}

impl MapObj {
    pub(crate) fn new(from: Vec<(Value, Value)>) -> MapObj {
        let map = MapObj { entries: RefCell::new(Vec::with_capacity(from.len())) };
        for (k, v) in from {
            map.set(k, v);
        }
        map
    }

    fn set(&self, key: Value, value: Value) {
        let mut entries = self.entries.borrow_mut();
        match entries.iter_mut().find(|(k, _)| same_value_zero(k, &key)) {
            Some(slot) => slot.1 = value,
            None => entries.push((key, value)),
        }
    }

    /// `[key, value]` pairs, as iterating a Map gives them.
    pub(crate) fn pairs(&self) -> Vec<Value> {
        self.entries.borrow().iter().map(|(k, v)| Value::array(vec![k.clone(), v.clone()])).collect()
    }
}

impl HostObject for MapObj {
    fn type_name(&self) -> &str {
        "a Map"
    }
    fn get(&self, _: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        match key {
            "size" => Ok(Value::Number(self.entries.borrow().len() as f64)),
            _ => Err(HostError(format!("a Map has no property `{key}` dbkit can read (use .get(key))"))),
        }
    }
    fn call_method(&self, interp: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        let key = arg(&args, 0);
        let find = |key: &Value| self.entries.borrow().iter().find(|(k, _)| same_value_zero(k, key)).map(|(_, v)| v.clone());
        Ok(match name {
            "set" => {
                self.set(key, arg(&args, 1));
                this.clone()
            }
            "get" => find(&key).unwrap_or(Value::Undefined),
            "has" => Value::Bool(find(&key).is_some()),
            "delete" => {
                let mut entries = self.entries.borrow_mut();
                let before = entries.len();
                entries.retain(|(k, _)| !same_value_zero(k, &key));
                Value::Bool(entries.len() != before)
            }
            "clear" => {
                self.entries.borrow_mut().clear();
                Value::Undefined
            }
            "keys" => Value::array(self.entries.borrow().iter().map(|(k, _)| k.clone()).collect()),
            "values" => Value::array(self.entries.borrow().iter().map(|(_, v)| v.clone()).collect()),
            "entries" => Value::array(self.pairs()),
            "forEach" => {
                let entries = self.entries.borrow().clone();
                for (k, v) in entries {
                    interp.call(&key, None, vec![v, k, this.clone()])?;
                }
                Value::Undefined
            }
            _ => return Err(HostError(format!("`Map.{name}()` is not supported by dbkit's schema reader"))),
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
