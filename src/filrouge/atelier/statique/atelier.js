// Sauvegarde automatique du brouillon pendant la frappe : la saisie part vers le serveur local
// (jamais ailleurs) une seconde après la dernière touche ; rien n'est vérifié ni écrit dans le dossier,
// et un fichier choisi pour être joint n'est envoyé qu'avec le formulaire lui-même.
// Chaque formulaire qui porte data-brouillon (les documents, les petits formulaires de la page d'un dossier)
// est gardé ainsi.
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) { return; }
  Array.prototype.forEach.call(document.querySelectorAll("form[data-brouillon]"), function (formulaire) {
    var minuterie = null;
    function garder() {
      var donnees = new FormData(formulaire);
      donnees.delete("televersement");
      fetch(formulaire.getAttribute("data-brouillon"), {method: "POST", body: donnees,
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
  });
}());
