"""Textes de la démonstration : profils de situations, actions types, phrases de notes.

Tout est inventé. Aucun nom : des rôles (la mère, l'éducatrice du SRG, le pédopsychiatre),
des initiales, des services de l'annuaire. Les emplacements entre accolades ({jeune}, {la_jeune})
sont remplacés selon le sexe du jeune.
"""

from __future__ import annotations

# --- professionnels : (emplacement, service de l'annuaire, fonction) -----------------------------
# Un profil choisit ses professionnels dans ces listes ; l'emplacement sert d'identifiant d'acteur.

AXE1_PEDO = [
    ("pedo", "pedopsychiatre-prive", "pédopsychiatre"),
    ("pedo", "cmse-pedopsychiatrie", "pédopsychiatre"),
    ("pedo", "chr-mikado", "pédopsychiatre"),
    ("pedo", "ssm-capj", "pédopsychiatre"),
    ("pedo", "beau-vallon-psysalide", "pédopsychiatre"),
]
AXE1_AUTRES = [
    ("psy", "ssm-capj", "psychologue"),
    ("psy", "ssm-clinique-exil", "psychologue"),
    ("psy", "ssm-beauraing", "psychologue"),
    ("psy", "ssm-intermaide", "logopède"),
    ("mobile", "atribu-mobile", "infirmière de l'équipe mobile"),
    ("mobile", "impromptu-cmi", "éducateur de la cellule mobile"),
]

PROFILS: dict[str, dict] = {
    "decrochage": {
        "analyses": [
            "Le retrait à domicile s'est installé progressivement ; les tentatives de retour en classe ont échoué à deux reprises.",
            "Le CPMS relève une anxiété importante le dimanche soir et le matin des jours d'école.",
            "{Jeune} garde des centres d'intérêt forts, qui pourraient servir d'appui à une reprise.",
            "Les parents ne sont pas d'accord entre eux sur l'attitude à adopter face aux absences.",
        ],
        "libelle": "décrochage scolaire et retrait anxieux",
        "pros": [
            ("cpms", "cpms", "assistante sociale PMS"),
            ("ecole", ["peu-deau", "notre-dame-philippeville", "jean-bosco"], "éducatrice de l'école"),
            ("saj", "saj-namur", "conseillère SAJ"),
            ("mg", "medecin-generaliste", "médecin généraliste"),
            ("mobile", "atribu-mobile", "psychologue de l'équipe mobile"),
        ],
        "initiateur": "cpms",
        "motif": "{Jeune} ne fréquente plus l'école depuis plusieurs mois ; les suivis proposés n'ont pas pris "
                 "et les partenaires se sentent impuissants face au retrait à domicile.",
        "attentes": {
            "jeune": "Ne pas être forcé·e de retourner en classe tout de suite ; pouvoir voir quelqu'un à la maison.",
            "famille": "Comprendre ce qui se passe et savoir à qui s'adresser quand la situation se tend.",
            "aidants_proches": "Être tenus au courant et pouvoir relayer les parents en semaine.",
            "professionnels_sante_mentale": "Évaluer l'anxiété et proposer un suivi qui vienne au jeune.",
            "autres_professionnels": "Un plan de retour progressif réaliste et un interlocuteur unique.",
        },
    },
    "placement": {
        "analyses": [
            "Les fugues surviennent surtout après les retours de week-end ; l'équipe du SRG y voit un conflit de loyauté.",
            "La déléguée rappelle le cadre du mandat et les limites de ce que l'aide contrainte peut imposer.",
            "{Jeune} dit ne pas vouloir d'un nouveau changement de lieu de vie et demande à être consulté·e.",
            "Les passages à l'acte ont diminué depuis que des temps individuels avec l'éducatrice référente sont garantis.",
        ],
        "libelle": "ruptures répétées en hébergement et mise en danger",
        "pros": [
            ("spj", ["spj-namur", "spj-dinant"], "déléguée SPJ"),
            ("srg", "srg-hanzinelle", "éducatrice référente du SRG"),
            ("ecole", ["saint-dominique", "peu-deau"], "titulaire de classe"),
            ("juge", "tribunal-namur", "juge de la jeunesse"),
            ("avocat", "avocat-jeunesse", "avocate du jeune"),
            ("mobile", "impromptu-cmi", "éducateur de la cellule mobile"),
        ],
        "initiateur": "spj",
        "motif": "Fugues répétées du lieu d'hébergement, passages aux urgences et épuisement de l'équipe éducative : "
                 "aucune solution d'accueil ne tient plus de quelques semaines.",
        "attentes": {
            "jeune": "Être écouté·e sur le choix du lieu de vie et garder le contact avec sa fratrie.",
            "famille": "Que {le_jeune} soit en sécurité et que les visites reprennent dans de bonnes conditions.",
            "aidants_proches": "Pouvoir continuer à accueillir {le_jeune} certains week-ends.",
            "professionnels_sante_mentale": "Un cadre de soins stable et une évaluation des passages à l'acte.",
            "autres_professionnels": "Partager la charge de la crise et anticiper la prochaine rupture.",
        },
    },
    "petite_enfance": {
        "analyses": [
            "L'intervenante en aide précoce observe des progrès dans les jeux partagés, mais les nuits restent très courtes.",
            "La mère décrit un épuisement important et peu de relais dans son entourage.",
            "Le bilan développemental confirme un retard de langage ; une prise en charge spécialisée est recommandée.",
            "La puéricultrice note que l'enfant s'apaise lorsque les rituels sont respectés.",
            "Les rendez-vous médicaux et paramédicaux se chevauchent et fatiguent la famille.",
        ],
        "libelle": "troubles du développement et épuisement parental",
        "pros": [
            ("aide_precoce", "coup-de-pousse", "intervenante en aide précoce"),
            ("poup", "bouts-dchoux", "puéricultrice référente"),
            ("saj", ["saj-namur", "saj-dinant"], "conseiller SAJ"),
            ("mm", "mm-bomel", "médecin de la maison médicale"),
            ("planning", "ble-en-herbe", "psychologue du planning familial"),
        ],
        "initiateur": "aide_precoce",
        "motif": "Retards de développement et troubles du sommeil importants chez un jeune enfant ; la mère est épuisée "
                 "et les services interviennent chacun de leur côté sans plan commun.",
        "attentes": {
            "jeune": "Trop jeune pour s'exprimer : ses besoins sont portés par la mère et l'aide précoce.",
            "famille": "Du répit, des conseils concrets pour les nuits et un seul calendrier de rendez-vous.",
            "aidants_proches": "Soutenir la mère sans se substituer à elle.",
            "professionnels_sante_mentale": "Un bilan développemental complet et une guidance parentale.",
            "autres_professionnels": "Coordonner les rendez-vous et clarifier qui suit quoi.",
        },
    },
    "handicap": {
        "analyses": [
            "Les crises se produisent surtout lors des transitions et des temps non structurés.",
            "L'exclusion de l'école spécialisée a laissé {le_jeune} sans activité en journée depuis plusieurs semaines.",
            "Le neuropédiatre et le pédopsychiatre s'accordent sur la part d'anxiété dans les comportements observés.",
            "La famille craint une orientation résidentielle éloignée et demande une solution de proximité.",
        ],
        "libelle": "handicap, troubles du comportement et absence de solution d'accueil",
        "pros": [
            ("aviq", ["aviq-namur", "aviq-cas-prioritaires"], "agente de la cellule cas prioritaires"),
            ("srj", ["srj-namurois", "sasj-bouge"], "éducateur du service d'accueil"),
            ("ecole", ["peu-deau", "saint-dominique"], "enseignante de l'enseignement spécialisé"),
            ("neuro", "specialiste-prive", "neuropédiatre"),
            ("vav", "vis-a-vis", "accompagnatrice"),
        ],
        "initiateur": "aviq",
        "motif": "Crises de comportement de plus en plus fréquentes, exclusion de l'école spécialisée et famille à bout : "
                 "aucun service ne peut à lui seul proposer un accueil adapté.",
        "attentes": {
            "jeune": "Retrouver des activités qui lui plaisent et un rythme prévisible.",
            "famille": "Une solution d'accueil en journée et un soutien lors des crises à la maison.",
            "aidants_proches": "Savoir comment réagir lors d'une crise pendant les week-ends.",
            "professionnels_sante_mentale": "Distinguer ce qui relève du handicap et d'une souffrance psychique.",
            "autres_professionnels": "Un projet d'accueil partagé et une réponse commune en cas de crise.",
        },
    },
    "jeune_adulte": {
        "analyses": [
            "{Jeune} a atteint la majorité : certains services jeunesse se retirent et le relais adulte n'est pas encore construit.",
            "Les hospitalisations successives ont été courtes ; la sortie n'a jamais été préparée avec le réseau.",
            "Le projet de logement autonome est porté par {le_jeune}, mais les ressources financières restent incertaines.",
            "L'équipe mobile adultes accepte de rencontrer {le_jeune} avant la fin du suivi jeunesse.",
        ],
        "libelle": "transition vers le réseau adulte, hospitalisations et logement",
        "pros": [
            ("cpas", "cpas-namur", "assistante sociale du CPAS"),
            ("pleiade", "pleiade", "infirmier de l'équipe mobile adultes"),
            ("hopital", ["beau-vallon-rehabilitation", "cnp-athanor"], "psychiatre de l'unité"),
            ("mg", "medecin-generaliste", "médecin généraliste"),
            ("vav", "vis-a-vis", "accompagnatrice en autonomie"),
            ("srg", "srg-hanzinelle", "ancienne éducatrice référente du SRG"),
        ],
        "initiateur": "cpas",
        "motif": "Fin de la prise en charge jeunesse, hospitalisations successives et projet de mise en autonomie "
                 "sans relais identifié dans le réseau adulte.",
        "attentes": {
            "jeune": "Avoir son propre logement et ne plus devoir raconter son histoire à chaque nouveau service.",
            "famille": "Rester présente sans porter seule la responsabilité du quotidien.",
            "aidants_proches": "Garder un lien de confiance, notamment pour les démarches administratives.",
            "professionnels_sante_mentale": "Assurer la continuité du traitement après la sortie d'hospitalisation.",
            "autres_professionnels": "Un passage de relais préparé entre les secteurs jeunesse et adulte.",
        },
    },
    "tca": {
        "analyses": [
            "La sortie d'hospitalisation s'est faite avec un poids encore fragile ; la reprise scolaire inquiète l'équipe.",
            "Les repas restent un moment de tension à la maison ; la famille demande des repères concrets.",
            "{Jeune} souhaite reprendre les cours à temps plein, ce que l'équipe médicale juge prématuré.",
            "L'école se dit prête à aménager l'horaire mais demande un interlocuteur médical unique.",
        ],
        "libelle": "troubles alimentaires, hospitalisation et retour à l'école",
        "pros": [
            ("hopital", ["cmse-pedopsychiatrie", "chr-mikado"], "infirmière de liaison"),
            ("ecole", ["notre-dame-philippeville", "jean-bosco", "saint-exupery"], "éducateur de l'école"),
            ("cpms", "cpms", "infirmière PMS"),
            ("mg", "medecin-generaliste", "médecin généraliste"),
            ("dieteticienne", "specialiste-prive", "diététicienne"),
        ],
        "initiateur": "hopital",
        "motif": "Sortie d'hospitalisation pour troubles alimentaires ; le retour à l'école et le suivi ambulatoire "
                 "ne sont pas coordonnés et une rechute est redoutée.",
        "attentes": {
            "jeune": "Reprendre les cours avec ses amis sans être surveillé·e en permanence.",
            "famille": "Savoir quoi faire au moment des repas et qui appeler en cas de rechute.",
            "aidants_proches": "Comprendre la maladie pour ne pas maladroitement aggraver les choses.",
            "professionnels_sante_mentale": "Maintenir le suivi ambulatoire et surveiller le poids de façon concertée.",
            "autres_professionnels": "Un aménagement scolaire clair et partagé.",
        },
    },
}

FAMILLES = [
    [("mere", "mère"), ("pere", "père")],
    [("mere", "mère"), ("beau_pere", "beau-père"), ("gm", "grand-mère maternelle")],
    [("mere", "mère"), ("gm", "grand-mère paternelle")],
    [("pere", "père"), ("belle_mere", "belle-mère"), ("frere", "frère cadet")],
    [("mere", "mère"), ("pere", "père"), ("frere", "frère aîné")],
    [("mere", "mère"), ("tante", "tante maternelle")],
    [("gp", "grands-parents"), ("mere", "mère")],
]
AIDANTS = [("voisine", "voisine"), ("marraine", "marraine"), ("accueil", "famille d'accueil"),
           ("parrain", "parrain"), ("ami", "ami de la famille")]

# --- actions types -------------------------------------------------------------------------------
# qui / avec : emplacements d'acteurs (le premier présent dans le dossier est retenu).

ACTIONS = [
    {"description": "Organiser un premier rendez-vous d'évaluation pédopsychiatrique",
     "effets": "Disposer d'une lecture clinique partagée de la souffrance du jeune",
     "qui": ["pedo"], "avec": ["mere", "pere", "gp"], "quoi": "fixer et mener l'entretien d'évaluation, restituer ses conclusions au réseau",
     "ou": "en consultation", "ressources": "consultation pédopsychiatrique"},
    {"description": "Mettre en place un suivi psychologique hebdomadaire",
     "effets": "Offrir au jeune un espace de parole stable",
     "qui": ["psy", "mobile"], "avec": ["jeune"], "quoi": "proposer un créneau fixe et s'adapter aux annulations",
     "ou": "au service ou à domicile", "ressources": "temps de consultation du service de santé mentale"},
    {"description": "Établir un calendrier commun des rendez-vous",
     "effets": "Réduire la charge des parents et éviter les doublons",
     "qui": ["cm"], "avec": ["mere", "pere", "init"], "quoi": "recenser les rendez-vous de chaque service et diffuser un calendrier",
     "ou": "par échange de courriels entre services", "ressources": "temps de coordination du casemanager"},
    {"description": "Préparer un retour progressif à l'école",
     "effets": "Permettre une reprise scolaire sans mise en échec",
     "qui": ["ecole", "cpms"], "avec": ["jeune", "psy"], "quoi": "proposer un horaire aménagé et une personne relais dans l'école",
     "ou": "à l'école", "ressources": "aménagements raisonnables, temps de l'équipe éducative"},
    {"description": "Rencontrer la famille à domicile pour faire le point",
     "effets": "Mieux comprendre le quotidien et les ressources de la famille",
     "qui": ["mobile", "aide_precoce", "vav"], "avec": ["mere", "pere"], "quoi": "deux visites à domicile avant la prochaine rencontre",
     "ou": "au domicile familial", "ressources": "équipe mobile"},
    {"description": "Clarifier le cadre de l'aide contrainte et les visites",
     "effets": "Un cadre lisible pour le jeune et sa famille",
     "qui": ["spj", "saj"], "avec": ["mere", "pere", "srg"], "quoi": "reformuler les décisions et fixer le rythme des visites",
     "ou": "au service de l'aide à la jeunesse", "ressources": "mandat de l'aide à la jeunesse"},
    {"description": "Rédiger un protocole commun en cas de crise",
     "effets": "Savoir qui appeler et quoi faire quand la situation se tend",
     "qui": ["srg", "srj", "mobile"], "avec": ["pedo", "mere"], "quoi": "écrire une fiche d'une page et la diffuser à tous les présents",
     "ou": "entre services", "ressources": "expérience des équipes éducatives"},
    {"description": "Introduire une demande auprès de la cellule cas prioritaires",
     "effets": "Obtenir une place adaptée en accueil de jour ou résidentiel",
     "qui": ["aviq"], "avec": ["mere", "srj"], "quoi": "constituer le dossier et le présenter en commission",
     "ou": "au bureau régional", "ressources": "procédure cas prioritaires"},
    {"description": "Organiser un temps de répit pour la famille",
     "effets": "Prévenir l'épuisement des parents",
     "qui": ["srj", "poup", "vav"], "avec": ["mere"], "quoi": "identifier un accueil de répit et planifier les premiers week-ends",
     "ou": "dans un service d'accueil", "ressources": "places de répit du réseau"},
    {"description": "Préparer le passage de relais vers le réseau adulte",
     "effets": "Assurer la continuité des soins après 18 ans",
     "qui": ["pleiade", "cpas"], "avec": ["jeune", "hopital"], "quoi": "organiser une rencontre de présentation avec l'équipe adulte",
     "ou": "au CPAS", "ressources": "équipe mobile adultes"},
    {"description": "Accompagner les démarches de mise en autonomie",
     "effets": "Un projet de logement réaliste et soutenu",
     "qui": ["cpas", "vav"], "avec": ["jeune"], "quoi": "ouvrir les droits, chercher un logement accompagné",
     "ou": "au CPAS", "ressources": "revenu d'intégration, service d'accompagnement"},
    {"description": "Coordonner le suivi somatique et le poids",
     "effets": "Un seul repère médical pour le jeune et la famille",
     "qui": ["mg", "mm"], "avec": ["hopital", "dieteticienne"], "quoi": "une consultation toutes les deux semaines et un retour au pédopsychiatre",
     "ou": "au cabinet médical", "ressources": "médecine générale"},
    {"description": "Associer davantage le jeune aux décisions",
     "effets": "Que le jeune se reconnaisse dans le plan de soins",
     "qui": ["cm", "init"], "avec": ["jeune"], "quoi": "préparer la prochaine rencontre avec le jeune et recueillir ses priorités",
     "ou": "là où le jeune le souhaite", "ressources": "temps du casemanager et du référent"},
    {"description": "Évaluer la médication avec le jeune et ses parents",
     "effets": "Un traitement compris et mieux suivi",
     "qui": ["pedo"], "avec": ["mg", "mere"], "quoi": "consultation dédiée et note au médecin traitant",
     "ou": "en consultation", "ressources": "consultation pédopsychiatrique"},
    {"description": "Mettre en place un soutien scolaire individuel",
     "effets": "Limiter le retard accumulé",
     "qui": ["ecole", "cpms"], "avec": ["jeune"], "quoi": "identifier un enseignant relais et deux heures de soutien par semaine",
     "ou": "à l'école", "ressources": "heures de remédiation"},
    {"description": "Reprendre contact avec la fratrie",
     "effets": "Maintenir les liens familiaux importants pour le jeune",
     "qui": ["srg", "spj"], "avec": ["soeur", "frere", "mere"], "quoi": "organiser une rencontre encadrée",
     "ou": "au SRG", "ressources": "temps éducatif"},
    {"description": "Proposer une activité de médiation hors du cadre scolaire",
     "effets": "Restaurer l'estime de soi et le lien avec un adulte",
     "qui": ["mobile", "vav", "srj"], "avec": ["jeune"], "quoi": "inscrire le jeune à une activité hebdomadaire de son choix",
     "ou": "dans une association locale", "ressources": "réseau associatif"},
    {"description": "Soutenir la guidance parentale",
     "effets": "Des parents plus assurés face aux comportements difficiles",
     "qui": ["psy", "planning", "aide_precoce"], "avec": ["mere", "pere"], "quoi": "séances de guidance toutes les deux semaines",
     "ou": "au service de santé mentale", "ressources": "guidance parentale"},
]

# --- phrases de notes ----------------------------------------------------------------------------

ANALYSES = [
    "Les partenaires partagent le constat d'une situation qui s'est enlisée : chacun agit dans son champ, mais sans fil conducteur.",
    "La famille décrit une fatigue importante et un sentiment de ne pas être entendue par les services.",
    "{Jeune} a pu exprimer ce qui l'aide et ce qui l'inquiète ; ses propos rejoignent en partie ceux de l'équipe éducative.",
    "Le pédopsychiatre rappelle que la souffrance psychique est au premier plan et que les comportements observés en sont l'expression.",
    "L'école signale des absences répétées mais aussi des moments où {le_jeune} s'investit quand un adulte est disponible.",
    "Les passages aux urgences se concentrent en fin de semaine, quand les services sont fermés.",
    "Le réseau constate que les délais d'attente des différents services se cumulent.",
    "La mère souligne les progrès depuis la dernière rencontre, même si les soirées restent difficiles.",
    "L'éducatrice du SRG observe un apaisement lorsque le cadre est annoncé à l'avance.",
    "Le médecin généraliste reste le repère le plus stable pour la famille depuis plusieurs années.",
    "Les professionnels reconnaissent avoir parfois donné des messages contradictoires à la famille.",
    "La situation financière de la famille pèse sur la mise en œuvre de certaines pistes.",
    "Le suivi psychologique a repris ; {le_jeune} s'y rend seul·e la plupart du temps.",
    "Les crises semblent liées aux transitions : changement de lieu, de personne de référence ou de rythme.",
    "Le père, présent pour la première fois, dit son souhait de prendre davantage de place dans le suivi.",
    "L'équipe mobile a pu rencontrer {le_jeune} à domicile à trois reprises ; le lien de confiance se construit.",
    "La grand-mère reste une ressource importante, notamment pour les trajets et les week-ends.",
    "Les partenaires notent que le plan précédent a été globalement suivi et que la tension a baissé.",
]
PISTES = [
    "Maintenir un interlocuteur unique pour la famille, le référent de concertation.",
    "Anticiper les périodes de vacances scolaires, souvent sources de rupture.",
    "Vérifier les possibilités de prise en charge par les partenaires avant d'envisager un financement.",
    "Proposer au jeune de participer à une partie de la prochaine rencontre seulement, s'il le préfère.",
    "Formaliser un protocole de crise d'une page, diffusé à tous les présents.",
    "Réévaluer le traitement avec le pédopsychiatre avant la prochaine rencontre.",
    "Explorer une activité extérieure qui valorise les compétences du jeune.",
    "Préparer dès maintenant l'après : qui assure la coordination quand le dossier sera clôturé.",
    "Soutenir les parents par une guidance régulière plutôt que des rencontres ponctuelles.",
    "Revoir l'horaire scolaire aménagé au terme du premier mois.",
    "Mobiliser l'aide sociale pour les frais qui bloquent la mise en œuvre du plan.",
]
LEVIERS = [
    "Forte implication de la famille ; bonne entente entre l'école et le service de santé mentale.",
    "Le jeune accepte le suivi et se saisit des rencontres.",
    "Disponibilité de l'équipe mobile et réactivité du SRG.",
    "Le médecin généraliste connaît la famille de longue date.",
    "Un référent clairement identifié par tous.",
    "Des partenaires qui acceptent d'ajuster leurs pratiques.",
]
OBSTACLES = [
    "Délais d'attente en consultation spécialisée.",
    "Épuisement de la famille et isolement social.",
    "Absence de place disponible en accueil adapté.",
    "Les trajets entre les lieux de soins sont longs et coûteux.",
    "Messages parfois contradictoires entre services.",
    "Le jeune refuse encore toute hospitalisation.",
]
PLACE_ENFANT = [
    "L'enfant n'était pas présent ; ses besoins ont été portés par la mère et l'intervenante en aide précoce.",
    "L'enfant est venu en début de rencontre avec la mère ; la puéricultrice a partagé ses observations de la semaine.",
    "La mère a relayé ce qu'elle observe au quotidien : l'enfant s'apaise quand le rythme est prévisible.",
]
PAROLE = [
    "{Jeune} a demandé que l'on parle moins de l'école et davantage de ses projets.",
    "{Jeune} dit se sentir mieux quand les adultes se parlent entre eux avant de lui parler.",
    "{Jeune} souhaite que les rencontres aient lieu en fin de journée pour ne pas manquer les cours.",
    "{Jeune} a écrit quelques lignes lues en début de réunion par le référent.",
]
