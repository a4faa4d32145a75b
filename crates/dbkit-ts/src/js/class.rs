//! Classes at run time, as schema helpers use them: static column factories
//! (`Cols.id()`), and instances made with `new` that carry their methods, getters and fields.
//! dbkit has no prototypes: an instance holds its methods as its own properties, and a class
//! that `extends` another cannot be constructed (an error says so).

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use oxc_span::Span;

use super::ast::{Class, ClassMemberKind};
use super::function::Closure;
use super::member::put;
use super::scope::{Env, Scope};
use super::source::SourceFile;
use super::value::{HostError, HostObject, Interp, Object, Value};
use super::{Interpreter, Result};

/// A class value: its definition, the scope and file it was declared in, its static members.
pub(crate) struct ClassValue {
    class: Rc<Class>,
    env: Env,
    src: Rc<SourceFile>,
    statics: RefCell<Object>,
}

impl ClassValue {
    fn closure(&self, function: &Rc<super::ast::Function>, getter: bool) -> Value {
        Value::Function(Rc::new(Closure { function: function.clone(), env: self.env.clone(), src: self.src.clone(), getter }))
    }
}

impl HostObject for ClassValue {
    fn type_name(&self) -> &str {
        "a class"
    }
    fn get(&self, _: &mut dyn Interp, key: &str) -> std::result::Result<Value, HostError> {
        if let Some((_, v)) = self.statics.borrow().props.iter().find(|(k, _)| k == key) {
            return Ok(v.clone());
        }
        match key {
            "name" => Ok(Value::String(self.class.name.clone())),
            _ => Ok(Value::Undefined),
        }
    }
    fn call_method(&self, interp: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> std::result::Result<Value, HostError> {
        let method = self.statics.borrow().props.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        match method {
            Some(f @ Value::Function(_)) => interp.call(&f, Some(this.clone()), args),
            _ => Err(HostError(format!("class `{}` has no static method `{name}`", self.class.name))),
        }
    }
    fn call(&self, _: &mut dyn Interp, _: Vec<Value>) -> std::result::Result<Value, HostError> {
        Err(HostError(format!("class `{}` is called without `new` (a TypeError in JavaScript)", self.class.name)))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Interpreter<'_> {
    /// The value of a class declaration or expression: its static members evaluated in order.
    pub(super) fn make_class(&mut self, class: &Rc<Class>, env: &Env) -> Result<Value> {
        let value = Value::host(ClassValue { class: class.clone(), env: env.clone(), src: self.src.clone(), statics: RefCell::default() });
        let cls = value.downcast::<ClassValue>().expect("just made");
        for member in class.members.iter().filter(|m| m.is_static) {
            let key = self.key(&member.key, env)?;
            let v = match &member.kind {
                ClassMemberKind::Method(f) => cls.closure(f, false),
                ClassMemberKind::Getter(f) => cls.closure(f, true),
                ClassMemberKind::Field(None) => Value::Undefined,
                ClassMemberKind::Field(Some(init)) => self.eval(init, &Scope::child(env, Some(value.clone())))?,
            };
            put(&mut cls.statics.borrow_mut(), &key, v);
        }
        Ok(value)
    }

    /// `new C(args)`: an object with the instance methods and getters, then the fields in order
    /// (their initialisers see `this`), the constructor's parameter properties, then the
    /// constructor run on it.
    pub(super) fn construct_class(&mut self, cls: &ClassValue, args: Vec<Value>, site: Span) -> Result<Value> {
        let class = &cls.class;
        if class.extends {
            return Err(self.fail(
                site,
                format!(
                    "class `{}` extends another, which dbkit's schema reader does not run (it has no prototypes); use plain objects and functions",
                    class.name
                ),
            ));
        }
        let object = Rc::new(RefCell::new(Object::default()));
        let this = Value::Object(object.clone());
        let outer_src = std::mem::replace(&mut self.src, cls.src.clone());
        let result = self.fill_instance(cls, &object, &this, args, site);
        self.src = outer_src;
        result.map(|()| this)
    }

    fn fill_instance(&mut self, cls: &ClassValue, object: &Rc<RefCell<Object>>, this: &Value, args: Vec<Value>, site: Span) -> Result<()> {
        let class = &cls.class;
        for member in class.members.iter().filter(|m| !m.is_static) {
            let key = self.key(&member.key, &cls.env)?;
            let v = match &member.kind {
                ClassMemberKind::Method(f) => cls.closure(f, false),
                ClassMemberKind::Getter(f) => cls.closure(f, true),
                ClassMemberKind::Field(_) => continue,
            };
            put(&mut object.borrow_mut(), &key, v);
        }
        let scope = Scope::child(&cls.env, Some(this.clone()));
        for member in class.members.iter().filter(|m| !m.is_static) {
            if let ClassMemberKind::Field(init) = &member.kind {
                let key = self.key(&member.key, &scope)?;
                let v = match init {
                    Some(init) => self.eval(init, &scope)?,
                    None => Value::Undefined,
                };
                put(&mut object.borrow_mut(), &key, v);
            }
        }
        for (i, name) in class.parameter_properties.iter() {
            put(&mut object.borrow_mut(), name, args.get(*i).cloned().unwrap_or(Value::Undefined));
        }
        if let Some(function) = &class.constructor {
            let closure = Closure { function: function.clone(), env: cls.env.clone(), src: cls.src.clone(), getter: false };
            self.call_closure(&closure, this.clone(), args, site)?;
        }
        Ok(())
    }
}
