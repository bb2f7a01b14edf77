//! Browser entry point: mounts the app shell on `<body>`.

fn main() {
    // Readable panic messages while developing; release builds stay small and abort on panic.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();

    leptos::mount::mount_to_body(semaforo::app::App);
}
