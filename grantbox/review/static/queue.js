// The queue page's keyboard shortcuts (a static file: the CSP allows no inline script).
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll("#queue tbody tr"));
  var i = rows.length ? 0 : -1;
  function show() {
    rows.forEach(function (r, n) { r.classList.toggle("selected", n === i); });
    if (i >= 0) rows[i].scrollIntoView({block: "nearest"});
  }
  rows.forEach(function (r, n) {
    r.addEventListener("click", function (e) {
      if (e.target.tagName !== "A") { window.location = r.getAttribute("data-href"); }
    });
  });
  document.addEventListener("keydown", function (e) {
    var t = e.target.tagName;
    if (t === "INPUT" || t === "TEXTAREA" || t === "SELECT" || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "j" && i < rows.length - 1) { i++; show(); }
    else if (e.key === "k" && i > 0) { i--; show(); }
    else if ((e.key === "Enter" || e.key === "o") && i >= 0) { window.location = rows[i].getAttribute("data-href"); }
    else if (e.key === "/") { e.preventDefault(); document.getElementById("search").focus(); }
    else if (e.key === "?") { document.getElementById("help").classList.toggle("on"); }
    else return;
  });
  show();
})();
