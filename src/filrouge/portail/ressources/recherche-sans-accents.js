/* Filrouge : la recherche du portail ignore les accents (« pedopsychiatre » trouve « pédopsychiatre »).
 *
 * Ajouté à la fin de lunr.fr.min.js, que le script de recherche du thème charge dans son
 * processus (importScripts) : le même repli s'applique aux mots de l'index et à ceux de la
 * requête. L'index publié (search_index.json) garde le texte accentué : les résultats
 * s'affichent avec leurs accents, et la vérification de confidentialité le lit tel quel.
 */
(function (lunr) {
  "use strict";
  if (!lunr || lunr.filrougeSansAccents) { return; }
  var LIGATURES = { "œ": "oe", "æ": "ae", "Œ": "OE", "Æ": "AE" };

  function replier(mot) {
    return mot.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[œæŒÆ]/g, function (l) {
      return LIGATURES[l];
    });
  }

  /* Côté index : chaque mot passe par le repli, après le filtre des mots vides (qui les connaît accentués). */
  function replierJeton(jeton) {
    return jeton.update(replier);
  }
  lunr.Pipeline.registerFunction(replierJeton, "filrouge-sans-accents");
  var ajouter = lunr.Builder.prototype.add;
  lunr.Builder.prototype.add = function (document, attributs) {
    if (!this.filrougeSansAccents) {
      this.pipeline.add(replierJeton);
      this.filrougeSansAccents = true;
    }
    return ajouter.call(this, document, attributs);
  };

  /* Côté requête : chaque terme, y compris ceux à joker (« delai* »), que lunr ne fait pas passer par le pipeline. */
  var clause = lunr.Query.prototype.clause;
  lunr.Query.prototype.clause = function (c) {
    if (c && typeof c.term === "string") { c.term = replier(c.term); }
    return clause.call(this, c);
  };
  lunr.filrougeSansAccents = replier;
})(typeof self !== "undefined" ? self.lunr : undefined);
