// A button to start a new session once one has ended (no inline handlers: the CSP forbids them).
window.addEventListener("DOMContentLoaded", () => {
  document.getElementById("restart").addEventListener("click", () => window.location.reload());
});
