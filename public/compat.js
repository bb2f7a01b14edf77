// Says in Spanish why Semáforo cannot start in this browser instead of leaving a blank page: no
// WebAssembly (too old, or turned off by a security setting), no JavaScript modules (too old),
// or the start-up failing. A classic script in ES5, so the oldest browser still runs it.
(function () {
  var started = false;
  function say(why) {
    if (started || document.getElementById("sin-arranque")) return;
    var box = document.createElement("div");
    box.id = "sin-arranque";
    box.className = "aviso aviso-error";
    box.setAttribute("role", "alert");
    box.textContent =
      "Semáforo no puede funcionar en este navegador: " + why +
      " Ábralo en una versión actual de Firefox, Chrome o Edge con WebAssembly permitido, o pida ayuda a su área de informática.";
    document.body.appendChild(box);
  }
  function check() {
    if (typeof WebAssembly !== "object") say("no tiene WebAssembly, o está desactivado.");
    else if (!("noModule" in document.createElement("script"))) say("es demasiado antiguo (no carga módulos de JavaScript).");
  }
  addEventListener("TrunkApplicationStarted", function () {
    started = true;
  });
  // The start-up awaits the wasm: a browser that refuses it rejects that promise.
  addEventListener("unhandledrejection", function (e) {
    var reason = e.reason && e.reason.message ? e.reason.message : String(e.reason);
    say("no se pudo iniciar (" + reason + ").");
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", check);
  else check();
})();
