//! Entry point: report panics (to the console and to the user), then mount
//! the shop.

fn main() {
    nettbutikken::crash::install();
    leptos::mount::mount_to_body(nettbutikken::App);
}
