"""Les formulaires à signer : note de synthèse et demande d'intervention financière, en HTML puis en PDF."""
