// The application page's keyboard shortcuts (a static file: the CSP allows no inline script).
(function () {
  var keys = {a: "approve", r: "reject", w: "waitlist"};
  function go(id) { var el = document.getElementById(id); if (el) window.location = el.getAttribute("href"); }
  document.addEventListener("keydown", function (e) {
    var t = e.target.tagName;
    if (t === "TEXTAREA" && e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.target.form.requestSubmit(); return; }
    if (t === "INPUT" || t === "TEXTAREA" || t === "SELECT" || e.ctrlKey || e.metaKey || e.altKey) return;
    if (keys[e.key]) {
      var radio = document.getElementById("decision-" + keys[e.key]);
      if (radio) { e.preventDefault(); radio.checked = true; document.getElementById("note").focus(); }
    } else if (e.key === "m") {
      var q = document.getElementById("question"); if (q) { e.preventDefault(); q.focus(); }
    } else if (e.key === "j") { go("next"); }
    else if (e.key === "k") { go("prev"); }
    else if (e.key === "u") { window.location = "/"; }
    else if (e.key === "?") { document.getElementById("help").classList.toggle("on"); }
  });
})();
