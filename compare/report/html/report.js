// claimdiff report: a click on a question marks its claims and scrolls
// every document to its first piece of evidence; a click on a marked
// passage selects its question. No data comes from outside this page.
(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var items = Array.prototype.slice.call(document.querySelectorAll("li.alignment"));

  function has(el, id) {
    return (el.getAttribute("data-alignment") || "").split(" ").indexOf(id) !== -1;
  }

  function select(id, fromDocument, smooth) {
    marks.forEach(function (m) { m.classList.toggle("active", has(m, id)); });
    items.forEach(function (li) {
      var on = has(li, id);
      li.classList.toggle("active", on);
      if (on && fromDocument) {
        var d = li.closest("details");
        if (d) { d.open = true; }
        li.scrollIntoView({ block: "nearest" });
      }
    });
    if (fromDocument) { return; }
    document.querySelectorAll(".document .text").forEach(function (text) {
      var first = Array.prototype.find.call(text.querySelectorAll("mark.hl"), function (m) { return has(m, id); });
      if (first) {
        text.scrollTo({ top: Math.max(0, first.offsetTop - text.clientHeight / 3), behavior: smooth ? "smooth" : "auto" });
      }
    });
  }

  document.querySelectorAll("a.question").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      select(a.getAttribute("data-alignment"), false, true);
    });
  });
  marks.forEach(function (m) {
    m.addEventListener("click", function () {
      select((m.getAttribute("data-alignment") || "").split(" ")[0], true, true);
    });
  });
  var first = document.querySelector(".group.conflicts a.question");
  if (first) { select(first.getAttribute("data-alignment"), false, false); }
  document.documentElement.setAttribute("data-ready", "yes");
}());
