fn main() {
    let plan = semaforo_engine::load_plan(semaforo_engine::examples::ILO_2022).unwrap();
    let ev = semaforo_engine::evaluate(&plan, Default::default());
    for t in semaforo_export::tables(&plan, &ev) {
        let name = semaforo_export::file_name(&plan, t.id, "csv");
        std::fs::write(format!("/tmp/exsmoke/{name}"), semaforo_export::to_csv(&t)).unwrap();
    }
    let x = semaforo_export::to_xlsx(&plan, &ev).unwrap();
    std::fs::write("/tmp/exsmoke/ilo.xlsx", &x).unwrap();
    println!("{} bytes", x.len());
}
