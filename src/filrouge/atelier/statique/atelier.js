// Sauvegarde automatique du brouillon pendant la frappe : la saisie part vers le serveur local
// (jamais ailleurs) une seconde après la dernière touche ; rien n'est vérifié ni écrit dans le dossier.
(function () {
  "use strict";
  var formulaire = document.getElementById("formulaire-note");
  if (!formulaire || !window.fetch || !window.FormData) { return; }
  var minuterie = null;
  function garder() {
    fetch(formulaire.getAttribute("data-brouillon"), {method: "POST", body: new FormData(formulaire),
      credentials: "same-origin"}).catch(function () { /* le prochain envoi du formulaire gardera la saisie */ });
  }
  formulaire.addEventListener("submit", function () {
    // l'envoi garde lui-même le brouillon ; une sauvegarde en retard le ferait renaître après l'enregistrement
    if (minuterie) { clearTimeout(minuterie); minuterie = null; }
  });
  formulaire.addEventListener("input", function () {
    if (minuterie) { clearTimeout(minuterie); }
    minuterie = setTimeout(garder, 1000);
  });
}());
