//! Browser entry point: only mounts the app. Natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    // The wasm is compiled and instantiated: what follows is the app's own start and mount.
    hosho_navi::ui::dom::perf_mark("hn-main");
    console_error_panic_hook::set_once();
    hosho_navi::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("hosho-navi is a browser app: build it with trunk. For the CLI see `cargo run --example assess`.");
}
