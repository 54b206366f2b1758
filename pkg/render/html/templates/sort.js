// Sorts a table marked data-sortable by a column when its heading is
// clicked; without this script the table reads the same, in rank order.
document.querySelectorAll("table[data-sortable]").forEach(function (table) {
  var body = table.tBodies[0];
  table.querySelectorAll("thead th").forEach(function (th, col) {
    var button = document.createElement("button");
    button.type = "button";
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    var up = true;
    button.addEventListener("click", function () {
      var key = function (tr) {
        var td = tr.cells[col];
        return td.getAttribute("data-sort") || td.textContent;
      };
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
        var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
        return up ? c : -c;
      });
      up = !up;
      table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "descending" : "ascending");
      rows.forEach(function (tr) { body.appendChild(tr); });
    });
  });
});
