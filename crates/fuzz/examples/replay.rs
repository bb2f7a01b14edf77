//! Replays kept inputs with the normal panic report: `cargo run --profile fuzz -p semaforo-fuzz --example replay -- FILE...`.

fn main() {
    for p in std::env::args().skip(1) {
        let bytes = std::fs::read(&p).unwrap();
        println!("== {p}");
        let _ = std::panic::catch_unwind(|| semaforo_fuzz::exercise(&bytes));
    }
}
