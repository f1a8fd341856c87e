//! The prøverom's page module: a second app that the shop fetches when
//! `?vis=proverom` opens (see `src/proverom.rs`). It reports panics as the
//! shop does, then shows the page in the shop's host element.

fn main() {
    nettbutikken::crash::install();
    nettbutikken::proverom::start();
}
