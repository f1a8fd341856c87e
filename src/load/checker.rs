//! The prøverom's checker: a Web Worker (`proverom/worker.js`) running the
//! builder's `check` and `build` compiled to WebAssembly. It is started
//! only by the prøverom page, so the shop's other pages never fetch it;
//! the files go to it by `postMessage`, never over the network.

use catalog::json::{read, JsonError};
use catalog::trial::{TrialBuild, TrialReport};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// The worker script, relative to `index.html`, so the prøverom works at a
/// host's root and under a sub-path.
pub const WORKER_URL: &str = "proverom/worker.js";

/// What the checker answered to run `id`.
#[derive(Debug)]
pub enum Answer {
    /// The check's report.
    Report(u32, TrialReport),
    /// The build without its files, after a report without errors.
    Built(u32, TrialBuild),
    /// The build with its files, when asked for.
    Written(u32, TrialBuild),
    /// The checker failed (it could not start, or stopped).
    Failed(u32, String),
}

/// A file for the checker: a dropped or picked file, read by the worker,
/// or text from the editor.
pub enum Input<'a> {
    /// A file from the file system.
    File(&'a web_sys::File),
    /// Text typed or pasted.
    Text(&'a str),
}

/// The running worker and its message handlers.
pub struct Checker {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Checker {
    /// Starts the worker; `on_answer` gets every answer.
    pub fn start(on_answer: impl Fn(Answer) + 'static) -> Result<Checker, String> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker =
            Worker::new_with_options(WORKER_URL, &options).map_err(|e| format!("{e:?}"))?;
        let on_answer = std::rc::Rc::new(on_answer);
        let answer = on_answer.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            answer(decode(&event.data()));
        });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            on_answer(Answer::Failed(
                0,
                format!("{WORKER_URL} could not be started"),
            ));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Checker {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Asks for run `id`: check `files` (name, input) and, without errors,
    /// build them, merged with the shop's metadata when `merge`.
    pub fn send(&self, id: u32, files: &[(String, Input<'_>)], merge: bool) -> Result<(), String> {
        let list = Array::new();
        for (name, input) in files {
            let file = Object::new();
            set(&file, "name", &JsValue::from_str(name))?;
            match input {
                Input::File(blob) => set(&file, "file", blob)?,
                Input::Text(text) => set(&file, "text", &JsValue::from_str(text))?,
            }
            list.push(&file);
        }
        let message = Object::new();
        set(&message, "id", &JsValue::from(id))?;
        set(&message, "kind", &JsValue::from_str("check"))?;
        set(&message, "files", &list)?;
        set(&message, "provider", &JsValue::NULL)?;
        set(&message, "merge", &JsValue::from_bool(merge))?;
        self.worker
            .post_message(&message)
            .map_err(|e| format!("{e:?}"))
    }
}

impl Checker {
    /// Asks for the files of run `id`'s build.
    pub fn ask_written(&self, id: u32) -> Result<(), String> {
        let message = Object::new();
        set(&message, "id", &JsValue::from(id))?;
        set(&message, "kind", &JsValue::from_str("written"))?;
        self.worker
            .post_message(&message)
            .map_err(|e| format!("{e:?}"))
    }
}

impl Drop for Checker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

fn set(target: &Object, key: &str, value: &JsValue) -> Result<(), String> {
    Reflect::set(target, &JsValue::from_str(key), value)
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}

/// Reads a message of the worker (see `crates/proverom/js/worker.js`).
fn decode(data: &JsValue) -> Answer {
    let field = |key: &str| Reflect::get(data, &JsValue::from_str(key)).unwrap_or_default();
    let id = field("id").as_f64().unwrap_or_default() as u32;
    let text = field("json").as_string().unwrap_or_default();
    let kind = field("kind").as_string().unwrap_or_default();
    let bad = |e: JsonError| Answer::Failed(id, format!("unreadable answer: {e}"));
    match kind.as_str() {
        "report" => read(&text).map_or_else(bad, |r| Answer::Report(id, r)),
        "built" => read(&text).map_or_else(bad, |b| Answer::Built(id, b)),
        "written" => read(&text).map_or_else(bad, |b: TrialBuild| {
            // The catalog's bytes come beside the JSON, as a Uint8Array.
            let nbcat = js_sys::Uint8Array::new(&field("nbcat")).to_vec();
            Answer::Written(id, TrialBuild { nbcat, ..b })
        }),
        _ => Answer::Failed(id, field("message").as_string().unwrap_or(kind)),
    }
}
