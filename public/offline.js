// Offline after the first visit: registers the service worker (sw.js, written by the build with
// the hashed files of this version, see scripts/post-build.mjs) and, when a newer version is
// ready, offers it ("Hay una versión nueva… Recargar"). The page moves to it only when the user
// asks, so nothing is reloaded under someone's typing; drafts are saved after every change.
// Written here rather than in the app: it costs the first load 0.5 KB instead of 4 KB of wasm.
//
// Not on file:// (the single-file copy): browsers do not run service workers there.

const container = navigator.serviceWorker;

/** Offers the newer version `worker` holds; "Recargar" lets it take over, then reloads. */
function announce(worker) {
  if (document.getElementById("version-nueva")) return;
  const box = document.createElement("div");
  box.id = "version-nueva";
  box.className = "aviso aviso-info version-nueva";
  box.setAttribute("role", "status");
  const text = document.createElement("p");
  text.textContent = "Hay una versión nueva de Semáforo. Su trabajo está guardado en este navegador; recargue cuando le convenga.";
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Recargar";
  button.addEventListener("click", () => {
    container.addEventListener("controllerchange", () => location.reload(), { once: true });
    worker.postMessage("activar");
  });
  box.append(text, button);
  document.body.append(box);
}

async function register() {
  const registration = await container.register("./sw.js");
  const follow = (worker) =>
    worker.addEventListener("statechange", () => {
      // With no controller this is the first visit: the version installed is the one on screen.
      if (worker.state === "installed" && container.controller) announce(worker);
    });
  if (registration.waiting && container.controller) announce(registration.waiting);
  if (registration.installing) follow(registration.installing);
  registration.addEventListener("updatefound", () => registration.installing && follow(registration.installing));
  // A page left open for days still hears of a new version.
  setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
}

if (container && location.protocol !== "file:") {
  const start = () => register().catch((e) => console.warn("Semáforo: sin modo sin conexión:", e));
  // Registered once the page has loaded, so the precache never competes with the first figures.
  if (document.readyState === "complete") start();
  else addEventListener("load", start, { once: true });
}
