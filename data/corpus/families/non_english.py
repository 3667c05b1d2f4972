"""Hand-written non-English DMs (French, German, Spanish, Portuguese, Italian, Dutch) to Jordan Reyes, all four labels."""


def T(lang, family, steps, p="any", conn="none", channel=None, history="complete", sender="person",
      hl=None, copies=1):
    return dict(family=family, lang=lang, p=p, conn=conn, channel=channel, history=history,
                sender=sender, hl=hl, copies=copies, steps=steps)


THREADS = []

# =====================================================================================================
# FRANÇAIS
# =====================================================================================================
THREADS += [
    # ---------------------------------------------------------------- g_foreign (fr)
    T("fr", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "jordan!! t'es à paris la semaine pro? on se fait un resto jeudi si t'es dispo, y a un nouveau libanais vers république qui a l'air top"),
        ("g", "2m", "ah et ramène le bouquin de Tufte que je t'avais prêté lol (si tu l'as encore 😅)"),
    ]),
    T("fr", "g_foreign", p="li", conn="old", hl="Head of Product chez Mistral Mobilité", steps=[
        ("g", "0", "Bonjour Jordan,\n\nPetite question sur les maquettes de l'onboarding : est-ce qu'on peut garder le bouton « Passer » sur l'écran 3 ? Notre juriste a un doute sur la question du consentement et je préfère qu'on tranche avant la revue de vendredi.\n\nJe peux vous appeler demain vers 10h ?\n\nBien à vous,\n<<first>>"),
        ("me", "1h", "Bonjour <<first>>, oui, appelez-moi à 10h. J'aurai une variante sans le bouton sous la main."),
        ("g", "20m", "Parfait, merci ! À demain."),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, je te présente Amélie Vasseur, qui dirige le produit chez Tournesol (un logiciel pour les crèches). Ils veulent refaire toute l'appli côté parents et je lui ai dit que Fieldnote était exactement l'équipe qu'il leur fallait.\n\nAmélie, Jordan a repensé tout le parcours patient chez Kestrel Health, je t'en avais parlé au déj.\n\nJe vous laisse voir ensemble, et vous me devez un café tous les deux 😉"),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, je viens d'apprendre pour ta grand-mère par Inès. Je suis vraiment désolée. Je me souviens des histoires sur Porto que tu racontais à l'atelier, elle avait l'air d'être un sacré personnage. Pas besoin de répondre, je pense fort à toi et à ta famille. Je t'embrasse."),
    ]),
    T("fr", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "Bravo pour la conf à Lyon hier !! Ta phrase « une roadmap c'est une promesse qu'on sait déjà qu'on ne tiendra pas » a fait rire toute la salle. J'ai piqué ton idée de parler de « paris » plutôt que de features, on teste ça avec mon équipe lundi. Je te dirai."),
    ]),
    T("fr", "g_foreign", p="li", conn="none", channel="inmail", hl="Chasseuse de têtes – Produit & Design | Cabinet Argile", steps=[
        ("g", "0", "Bonjour Jordan,\n\nJe recrute pour Caravelle, une fintech bordelaise de 90 personnes qui cherche son premier VP Design (équipe actuelle : 5 designers, rattachement direct à la CEO).\n\nCe qui m'a fait penser à vous : le travail sur le parcours patient de Kestrel Health, et le fait que vous ayez monté et fait grandir une équipe de 6 à Lisbonne. Ils ont exactement ce problème de produit régulé qui doit rester simple.\n\nPoste basé à Bordeaux avec deux jours de télétravail, mais un full remote depuis Lisbonne est discutable. Fourchette 130–150 k€ + BSPCE.\n\nJe me doute que Fieldnote vous occupe bien. Si ce n'est pas pour vous, auriez-vous un nom à me souffler ?\n\nMerci d'avance,\n<<first>>"),
    ]),
    T("fr", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Le taxi sera devant votre hôtel à 7h45 pour vous emmener au centre des congrès. Votre badge speaker est au nom de Jordan Reyes, à récupérer à l'accueil B. Si votre vol a du retard, écrivez-moi ici ou au 06 12 48 73 90.\n\nBonne route !\n<<first>> — équipe orga Design en Seine"),
        ("me", "3h", "Merci beaucoup, tout est noté. Atterrissage prévu à 22h10."),
        ("g", "5m", "Super, un chauffeur vous attendra aussi à l'aéroport alors. Panneau « Design en Seine » 🙂"),
    ]),
    T("fr", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Bonjour M. Reyes,\n\nJe suis étudiante en M2 design d'interaction à Strasbourg. J'ai lu votre billet sur les « cartes de confiance » et je fais justement mon mémoire sur la façon dont les petites équipes priorisent leur travail.\n\nAccepteriez-vous de répondre à 4 ou 5 questions par écrit ? Cela ne vous prendrait pas plus d'un quart d'heure, et je vous enverrai le mémoire final si ça vous intéresse.\n\nMerci beaucoup d'avance,\n<<first>>"),
    ]),
    T("fr", "g_foreign", p="li", conn="none", hl="Journaliste indépendante – tech & design", steps=[
        ("g", "0", "Bonjour Jordan, je prépare un papier pour Écrans & Usages sur les studios de design qui lancent leur propre produit. Plusieurs personnes m'ont parlé de Plotline. Auriez-vous 20 minutes cette semaine pour un entretien téléphonique ? Mon bouclage est vendredi midi. Merci !"),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Coucou, j'ai poussé la v2 des icônes sur le Figma, page « Kestrel – Icons v2 ». J'ai pas fini les états désactivés, je m'y remets demain matin. Dis-moi si le trait à 1,5 te va ou si tu préfères 2, perso j'hésite encore."),
    ]),
    T("fr", "g_foreign", p="li", conn="recent", steps=[
        ("me", "0", "Here's the deck from Thursday as promised: fieldnote.example/deck-nantes (the notes are in the speaker view)"),
        ("g", "4h", "merci beaucoup, c'est top 🙏 je le fais tourner à l'équipe"),
    ]),
    T("fr", "g_foreign", p="x", conn="none", steps=[
        ("g", "0", "Franchement c'est pas sérieux. Ça fait 3 jours que l'export PDF de Plotline plante dès qu'il y a plus de 40 items sur la roadmap, et j'ai une présentation au CODIR jeudi. J'ai écrit au support, aucune réponse. Vous pouvez faire quelque chose ??"),
        ("me", "35m", "Désolé, c'est un vrai bug de notre côté. Vous pouvez m'envoyer l'adresse e-mail du compte ? Je regarde ça moi-même ce soir."),
        ("g", "10m", "ok merci de répondre au moins. c'est claire.roux@example.fr"),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Re: CA du 12 décembre\n\nJordan, j'ai relu le budget prévisionnel. Ligne 14 (bourses étudiantes) : on passe de 8 000 à 12 000 € sans explication dans la note. Tu peux ajouter deux phrases avant l'envoi aux membres ? Sinon rien à redire, c'est clair et lisible.\n\n- budget_2027_v3.xlsx"),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, suite à notre café de mardi : j'ai partagé le one-pager Plotline avec mon associé, il aimerait voir la rétention des cohortes de septembre avant d'aller plus loin. Tu peux m'envoyer ça quand tu as un moment ? Rien d'urgent, on ne se réunit que le 20."),
    ]),
    T("fr", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Jordan Reyes !!! C'est bien toi ? On était ensemble en stage chez Mirabelle en 2014, je faisais les maquettes print et toi tu faisais bourrer l'imprimante tous les matins 😂 Je suis tombé sur ton talk sur YouTube, trop content de voir ce que tu es devenu. Tu passes encore en France de temps en temps ?"),
    ]),
    T("fr", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "Salut Jordan, question un peu directe : tu factures comment tes missions de head of design en temps partagé ? Au jour, au mois, au forfait ? Je me lance en janvier et j'ai aucune idée du bon modèle. Si t'as 5 min pour me donner ton avis ça m'aiderait énormément"),
        ("me", "1d", "Au mois, avec un nombre de jours plafonné. Je t'explique en vocal ce soir si tu veux ?"),
        ("g", "15m", "grave! après 20h c'est parfait"),
    ]),
    T("fr", "g_foreign", p="li", conn="none", steps=[
        ("me", "0", "Bonjour, je serai à Paris du 3 au 7 décembre. Vous avez un poste nomade disponible ces jours-là ?"),
        ("g", "2h", "Bonjour, oui, il nous reste des places en open space sur cette période. C'est 25 € la journée ou 95 € les 5 jours, café et casier compris. Je vous réserve les 5 jours ? Il me faut juste un nom ou une société pour la facture."),
    ]),
    T("fr", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Bonjour Jordan,\n\nNous organisons la 6e édition des Journées Design de Nantes le 14 mars, et le comité a beaucoup aimé votre intervention à Porto sur les roadmaps de studio. Nous aimerions vous proposer une keynote de 30 minutes en ouverture de l'après-midi.\n\nNous prenons en charge le transport et deux nuits d'hôtel, avec un cachet de 800 €. Seriez-vous partant ? Je peux vous envoyer le programme provisoire.\n\nCordialement,\n<<full>>\nCoordinatrice programme"),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Hello, la PR du nouveau formulaire patient est mergée. Petit souci : sur Safari iOS 16 le sélecteur de date s'affiche en anglais. On laisse comme ça pour la démo de mardi ou tu veux qu'on force le format FR ?"),
    ]),
    T("fr", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Merci d'avoir accepté ! On s'est croisés mardi au meetup UX de Lisbonne, j'étais la personne avec le t-shirt Tintin qui posait des questions sur l'accessibilité 😄 Tu avais parlé d'un outil pour tester les contrastes en direct avec les clients, tu te souviens du nom ?"),
    ]),
    T("fr", "g_foreign", p="any", conn="old", steps=[
        ("g", "0", "Allo Jordan! Ma tante m'a dit que tu venais à Montréal en février? Faut absolument que tu viennes souper à la maison, les enfants ont hâte de voir leur cousin « qui dessine des applis ». Texte-moi tes dates quand tu les as 😊"),
    ]),
    T("fr", "g_foreign", p="li", conn="none", steps=[
        ("me", "0", "Bonjour, pourriez-vous me faire un devis pour 300 carnets A5 avec notre logo ? Livraison à Lisbonne."),
        ("g", "1d", "Bonjour Monsieur Reyes,\n\nVoici notre proposition pour 300 carnets A5, couverture kraft 350 g, 96 pages pointillées, marquage à chaud une couleur : 2 340 € HT, délai de 12 jours ouvrés après validation du BAT. Livraison à Lisbonne incluse.\n\nJe reste à votre disposition pour toute variante (papier recyclé, coins arrondis…).\n\nCordialement,\n<<full>>\nAtelier d'impression <<company>>\n+33 4 78 55 02 19"),
    ]),
    T("fr", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Bonjour Jordan, je suis designer UI avec trois ans d'expérience (en dernier chez un éditeur de logiciel RH à Nantes) et je m'installe à Lisbonne en janvier. Je sais que Fieldnote est une petite équipe, mais est-ce qu'il vous arrive de prendre des freelances sur des missions courtes ? Mon portfolio est ici : <<site>>. Merci pour votre temps, et bonne journée."),
    ]),
    T("fr", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "vu ton thread sur la fatigue des fondateurs. ça m'a touché. si t'as besoin de parler à qqn qui est passé par là (2019 pour moi, l'horreur), je suis dispo, sans pression aucune. prends soin de toi"),
    ]),
    T("fr", "g_foreign", p="li", conn="old", history="partial", steps=[
        ("me", "0", "On pourrait décaler le sprint 4 d'une semaine ? L'équipe data de Kestrel ne livre l'API que le 18."),
        ("g", "3h", "D'accord pour décaler le sprint 4. Par contre on garde la livraison du design system au 30, c'est non négociable côté board."),
        ("g", "1m", "Et merci de m'avoir prévenu tôt, ça change tout."),
    ]),
    T("fr", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "T'as 2 min ?"),
    ]),
    T("fr", "g_foreign", p="x", conn="recent", steps=[
        ("g", "0", "Salut Jordan ! Je fais un petit podcast, « Pixels & Paperasse », sur les indépendants du design (autour de 2 000 écoutes par épisode, rien de fou). J'aimerais beaucoup t'avoir pour parler du passage studio → produit avec Plotline. Enregistrement à distance, 45 min, quand tu veux en janvier. Ça te dit ?"),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, j'ai passé le premier entretien chez Ombelle pour le poste de Lead Designer 🙌 Ils demandent deux références, est-ce que je peux donner ton nom ? Tu m'avais encadrée sur la refonte Kestrel, ce serait parfait. Bien sûr si t'as pas le temps je comprends totalement."),
    ]),
    T("fr", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Petit retour sur la bêta de Plotline : j'adore la vue « confiance », mais je ne comprends pas pourquoi un item passe en orange quand je change juste sa date. C'est voulu ? Sinon super boulot, mon équipe l'ouvre tous les lundis matin maintenant."),
    ]),
    T("fr", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Objet : Invitation au jury – Prix du Design Responsable 2027\n\nMonsieur Reyes,\n\nAu nom de l'association Design & Territoires, j'ai le plaisir de vous proposer de siéger au jury de notre prix 2027, consacré cette année aux services publics numériques. Votre travail pour Kestrel Health et vos interventions sur la conception pour des publics fragiles ont retenu l'attention unanime du bureau.\n\nLes délibérations auront lieu le 22 avril à Lille ; l'examen des dossiers représente environ une journée de travail en amont. Vos frais de déplacement seraient naturellement pris en charge.\n\nDans l'espoir d'une réponse favorable, je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.\n\n<<full>>\nPrésidente, Design & Territoires"),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Je suis malade 🤒 je bosse de chez moi aujourd'hui. Je serai sur Slack mais pas à la réunion client de 14h. Tu peux présenter les wireframes sans moi ? Tout est dans le dossier « Atlas / semaine 46 », j'ai mis des notes sur chaque écran."),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Je viens de voir le lancement de Plotline. Félicitations, sincèrement. Je me rappelle quand tu nous montrais les premiers croquis sur une nappe en papier à Porto, et maintenant il y a des vraies équipes qui l'utilisent. J'ai fait tester à mes PM cet aprem, gros succès du mode « paris »."),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Hello Jordan ! Petit follow-up de notre call : on a validé le budget pour le discovery sprint 👍 Je t'envoie le bon de commande lundi. Tu peux me confirmer le kick-off le 8 ? Notre CPO est off la semaine d'après, donc sinon on repart sur le 22."),
    ]),
    T("fr", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Bonjour, désolé de vous écrire comme ça. Je suis développeur bénévole dans une asso qui gère une épicerie solidaire à Rennes, on refait notre système de réservation de créneaux. Votre billet sur les formulaires accessibles m'a beaucoup aidé. Une question : vous conseillez quoi pour saisir une date quand la majorité du public a plus de 70 ans ? Trois listes déroulantes, un calendrier, un champ libre ?"),
    ]),
    T("fr", "g_foreign", p="li", conn="none", steps=[
        ("me", "0", "Bonjour Maître, nous souhaitons déposer la marque Plotline en France et dans l'UE. Pouvez-vous m'indiquer vos honoraires ?"),
        ("g", "5h", "Bonjour Monsieur Reyes,\n\nPour un dépôt français en classes 9 et 42, comptez 190 € de taxes et 450 € HT d'honoraires, recherche d'antériorité comprise. Pour l'extension européenne, 850 € de taxes et 600 € HT d'honoraires.\n\nJe peux lancer la recherche dès réception de votre accord. Je vous suggère de commencer par là : si un conflit apparaît, mieux vaut le savoir avant de payer les taxes.\n\nBien cordialement,\n<<full>>\nAvocate – propriété intellectuelle"),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Cher Jordan,\n\nVotre ancien professeur de typographie se permet un petit mot : j'ai montré votre site à mes première année comme exemple de mise en page sobre et juste. Ils vous trouvent « trop stylé ». Je partage leur avis, avec d'autres mots.\n\nAmitiés,\n<<first>>"),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Désolée, je dois décaler notre point de demain, ma fille a de la fièvre. Jeudi même heure ça te va ?"),
    ]),
    T("fr", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "toi qui connais Lisbonne : un endroit pour bosser 2 jours avec un wifi qui tient la route vers Cais do Sodré ? je débarque lundi et mon airbnb a l'air d'avoir une connexion de 2003"),
    ]),
    T("fr", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Bonjour Jordan,\n\nMerci pour votre proposition. Après discussion en interne, nous avons choisi une équipe basée à Paris, surtout pour des raisons de présence sur site. Ce n'est pas du tout une question de qualité : votre approche en deux phases nous a vraiment plu, et je la garde sous le coude.\n\nJ'espère sincèrement qu'on aura l'occasion de travailler ensemble plus tard.\n\n<<first>>"),
    ]),
    T("fr", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "tu as vu le mail de Karim ?"),
        ("g", "1m", "il veut avancer la démo à lundi 😬"),
        ("g", "1m", "je dis oui ou on négocie ?"),
    ]),

    # ---------------------------------------------------------------- p_foreign (fr)
    T("fr", "p_foreign", p="li", conn="recent", hl="Fondateur | Prospection B2B automatisée pour agences", steps=[
        ("a", "0", "Merci d'avoir accepté mon invitation Jordan ! Au plaisir d'échanger."),
        ("p", "2d", "Jordan, je me permets de revenir vers vous. Chez <<company>>, nous aidons les studios de design à décrocher 15 à 20 rendez-vous qualifiés par mois grâce à une prospection LinkedIn 100 % automatisée. Seriez-vous disponible 15 minutes jeudi ou vendredi ? <<cal>>"),
        ("p", "5d", "Je remonte mon message au cas où il serait passé à la trappe 🙂"),
    ]),
    T("fr", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Bonjour Jordan, j'ai jeté un œil au site de Fieldnote Studio : très beau, mais il met 6,8 secondes à charger sur mobile et plusieurs pages ne sont pas indexées. Je vous propose un audit SEO complet offert (d'une valeur de 490 €), sans aucun engagement. Je vous l'envoie ?"),
    ]),
    T("fr", "p_foreign", p="x", conn="recent", steps=[
        ("p", "0", "Tu es fondateur et tu as l'impression de passer plus de temps à éteindre des incendies qu'à construire ? 🔥 Mon programme « Dirigeant Serein » (8 semaines) a aidé 140 fondateurs à récupérer 10 h par semaine. Je t'offre une séance découverte cette semaine : <<cal>>"),
    ]),
    T("fr", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Bonjour M. Reyes, êtes-vous la bonne personne pour parler de la gestion des notes de frais chez Fieldnote Studio ? Notre solution fait gagner en moyenne 4 h par mois et par collaborateur. Une démo de 20 minutes la semaine prochaine ?"),
    ]),
    T("fr", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Bonjour Jordan,\n\nNous accompagnons les agences européennes avec des équipes de développeurs dédiés basées à Tananarive : mêmes fuseaux horaires, 40 % moins cher qu'à Lisbonne, opérationnels en 2 semaines.\n\nUn échange rapide pour voir si cela peut soulager votre équipe ?\n\n<<full>>\nBusiness Developer – <<company>>"),
        ("p", "6d", "Bonjour Jordan, je me permets de vous relancer concernant mon précédent message. Avez-vous eu le temps d'y jeter un œil ?"),
        ("p", "9d", "Dernier message de ma part 🙂 Dois-je comprendre que le sujet n'est pas prioritaire en ce moment ? Aucun souci, dites-le-moi simplement et je ne vous embêterai plus."),
    ]),
    T("fr", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Désolé d'apprendre le départ de votre lead designer 😔 C'est toujours un coup dur pour une petite structure. Justement, notre cabinet place des profils design seniors en moins de 3 semaines, et nous ne facturons qu'en cas de succès. On en parle cette semaine ?"),
    ]),
    T("fr", "p_foreign", p="x", conn="none", steps=[
        ("p", "0", "Hello Jordan 👋 Vous venez de lancer Plotline, bravo ! Une vidéo explicative de 60 secondes peut doubler le taux de conversion d'une landing page. On en a produit plus de 300 pour des SaaS. Je vous envoie 3 exemples et nos tarifs ?"),
    ]),
    T("fr", "p_foreign", p="li", conn="recent", steps=[
        ("p", "0", "Bonjour {{prénom}}, je vois que {{entreprise}} est en pleine croissance 🚀 Nous aidons les dirigeants comme vous à structurer leur process commercial pour signer 2x plus de contrats. Auriez-vous 15 minutes pour en discuter ?"),
    ]),
    T("fr", "p_foreign", p="li", conn="none", channel="sponsored", sender="account:Cartographe", steps=[
        ("p", "0", "Jordan, découvrez comment plus de 200 équipes produit pilotent leurs roadmaps avec Cartographe. Réservez votre démo personnalisée avant le 30 novembre et profitez de 3 mois offerts. 👉 Réserver ma démo"),
    ]),
    T("fr", "p_foreign", p="x", conn="none", steps=[
        ("p", "0", "yo Jordan, vu ton tweet sur Plotline. on fait du growth pour les SaaS early stage, 0 → 1000 users en 90 jours ou remboursé. dispo pour un call cette semaine ?"),
    ]),
    T("fr", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Bonjour,\n\nNous sommes une agence de traduction spécialisée dans le logiciel. Plotline est-il disponible en français, en allemand ou en espagnol ? Nous proposons la localisation complète de votre interface à partir de 0,09 € le mot, avec relecture native.\n\nSouhaitez-vous recevoir notre grille tarifaire ?\n\nBien à vous,\n<<full>>"),
    ]),
    T("fr", "p_foreign", p="li", conn="recent", hl="J'aide les fondateurs SaaS à lever leur seed", steps=[
        ("p", "0", "Merci pour la connexion Jordan ! J'accompagne les fondateurs SaaS dans leur levée de seed (12 M€ levés par nos clients en 2025). Vu le stade de Plotline, je suis convaincu qu'on pourrait vous faire gagner des mois. 20 minutes pour en parler ? <<cal>>"),
    ]),
    T("fr", "p_foreign", p="li", conn="old", steps=[
        ("me", "0", "Bonjour, votre étude sur le design dans les applis de santé est-elle accessible publiquement ? Je la citerais volontiers dans un article."),
        ("p", "1d", "Bonjour Jordan, merci pour votre intérêt ! L'étude complète est réservée à nos clients, mais je peux tout à fait vous en présenter les résultats lors d'une démo de notre plateforme de tests utilisateurs. Mardi 11h ou jeudi 15h, qu'est-ce qui vous arrange ?"),
    ]),
    T("fr", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Bonjour, nous avons actuellement 3 designers produit seniors disponibles immédiatement : profils vérifiés, expérience SaaS B2B, TJM entre 450 et 600 €. Souhaitez-vous recevoir leurs CV anonymisés ?"),
    ]),
    T("fr", "p_foreign", p="x", conn="recent", steps=[
        ("p", "0", "Ton profil a du potentiel mais il ne convertit pas 😉 J'ai une méthode en 3 étapes pour transformer un profil de fondateur en machine à clients. Je t'envoie ma proposition ?"),
    ]),
    T("fr", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Bonjour Jordan,\n\nIl nous reste 2 stands partenaires pour le Salon du Produit Digital à Lyon (5–6 février). En tant que fondateur de Plotline, ce serait l'occasion idéale de présenter votre outil à 1 500 décideurs produit.\n\nTarif early bird : 3 900 € HT jusqu'au 15 décembre. Je vous envoie la plaquette ?"),
    ]),
    T("fr", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Bonjour Jordan, avec l'obligation d'accessibilité qui s'étend, beaucoup de studios nous confient leurs audits RGAA. Nous pouvons auditer un site comme celui de Fieldnote en 5 jours, rapport et plan d'action inclus. Je vous propose un appel de 15 minutes ?"),
        ("p", "4d", "Un petit up 🙂"),
    ]),

    # ---------------------------------------------------------------- a_foreign (fr)
    T("fr", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Merci pour la connexion Jordan ! Ravi de faire partie de votre réseau. Belle journée à vous ☀️"),
    ]),
    T("fr", "a_foreign", p="li", conn="old", steps=[
        ("me", "0", "Bonjour Sandrine, est-ce que vous avez pu relire la maquette du tableau de bord ? On aimerait la valider avant jeudi."),
        ("a", "1m", "Réponse automatique : je suis absente du bureau jusqu'au 4 novembre inclus, avec un accès limité à mes messages. Pour toute urgence, merci de contacter Paul Girard (paul.girard@example.fr).\n\nBien cordialement,\nSandrine"),
    ]),
    T("fr", "a_foreign", p="li", conn="recent", sender="account:Les Ateliers Typographiques", steps=[
        ("a", "0", "Bienvenue dans la communauté des Ateliers Typographiques ✍️ Vous recevrez ici nos annonces d'ateliers, nos ressources et quelques surprises. Répondez STOP à tout moment pour ne plus recevoir de messages."),
    ]),
    T("fr", "a_foreign", p="x", conn="recent", steps=[
        ("a", "0", "Merci de me suivre ! 🙌 Je partage aussi des coulisses et des astuces design tous les jours sur Instagram, on s'y retrouve ? @<<handle>>"),
    ]),
    T("fr", "a_foreign", p="x", conn="recent", copies=2, steps=[
        ("a", "0", "Merci pour le follow ! Pour te remercier, voici mon guide gratuit « 27 prompts pour designers produit » 👉 <<site>>/guide"),
    ]),
    T("fr", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Bonjour Jordan, en parcourant votre profil, j'ai été impressionné par votre parcours. J'aime échanger avec des professionnels inspirants comme vous. Au plaisir !"),
    ]),
    T("fr", "a_foreign", p="li", conn="old", copies=3, steps=[
        ("a", "0", "Félicitations pour ton anniversaire professionnel !"),
    ]),
    T("fr", "a_foreign", p="any", conn="recent", sender="account:Revue Interfaces", steps=[
        ("a", "0", "Merci ! Votre inscription à la lettre hebdomadaire Interfaces est confirmée. Le premier numéro arrivera mardi prochain. Pour vous désinscrire, répondez DÉSINSCRIRE."),
    ]),
    T("fr", "a_foreign", p="li", conn="old", sender="account:Rencontres UX Bordeaux", steps=[
        ("a", "0", "Rappel : votre atelier « Cartographier ses parcours » commence demain à 18h30. Lien de connexion : <<site>>/live — pensez à tester votre micro avant. À demain !"),
    ]),
    T("fr", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Bonjour {{first_name}}, merci d'avoir rejoint mon réseau ! Je suis toujours ravi d'échanger avec des professionnels du secteur {{industry}}."),
    ]),
    T("fr", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Bonjour Jordan, je développe actuellement mon réseau avec des professionnels du design et de l'innovation. Ravi d'être connecté avec vous !"),
    ]),
    T("fr", "a_foreign", p="li", conn="none", sender="account:Les Halles Numériques – Coworking", steps=[
        ("me", "0", "Bonjour, je n'ai pas reçu la facture de mon passage en octobre, vous pouvez me la renvoyer ?"),
        ("a", "0", "Bonjour 👋 Merci pour votre message ! Notre équipe vous répond du lundi au vendredi, de 9h à 18h (temps de réponse moyen : 4 h). En attendant, notre FAQ est ici : <<site>>/faq"),
    ]),

    # ---------------------------------------------------------------- n_foreign (fr)
    T("fr", "n_foreign", p="li", conn="old", sender="account:La Lettre du Produit", steps=[
        ("n", "0", "📬 La Lettre du Produit n°87 est en ligne !\nAu sommaire : pourquoi vos OKR ne servent à rien, 3 templates de discovery, et l'interview d'une PM qui a supprimé la moitié de son backlog.\nLire : <<site>>/87"),
        ("n", "7d", "📬 N°88 : spécial pricing. Freemium ou essai gratuit ? On a posé la question à 40 fondateurs. Lire : <<site>>/88"),
        ("n", "7d", "📬 La Lettre du Produit n°89 — le bilan de l'année approche : notre grille d'auto-évaluation pour équipes produit. <<site>>/89"),
    ]),
    T("fr", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "🎙️ Webinaire jeudi à 18h : « DesignOps : passer de 3 à 30 designers sans perdre son âme ».\nAvec deux responsables design de scale-ups françaises, 45 min + questions.\nInscription gratuite : <<site>>/webinaire"),
    ]),
    T("fr", "n_foreign", p="x", conn="old", steps=[
        ("n", "0", "Offre spéciale pour mon réseau 🎁 -30 % sur toute la boutique jusqu'à dimanche minuit : affiches, carnets, tote bags illustrés. Code RESEAU30 👉 <<site>>/boutique"),
    ]),
    T("fr", "n_foreign", p="li", conn="old", sender="account:Designers Solidaires", steps=[
        ("n", "0", "Chers membres,\n\nNotre assemblée générale annuelle aura lieu le samedi 7 décembre à 14h, à la Maison des associations (et en visio).\nOrdre du jour : rapport moral, rapport financier, élection de trois administrateurs, projets 2027.\nMerci de confirmer votre présence ou de donner procuration via le formulaire : <<site>>/ag2026\n\nL'équipe de Designers Solidaires"),
    ]),
    T("fr", "n_foreign", p="x", conn="old", sender="account:Collectif Vélo Sud", steps=[
        ("n", "0", "🚲 On y est presque : 9 200 signatures pour la piste cyclable de l'avenue du Général-Leclerc ! Objectif 10 000 avant le conseil municipal du 2 décembre. Signez et partagez : <<site>>/petition"),
    ]),
    T("fr", "n_foreign", p="li", conn="recent", sender="account:Maquetto", steps=[
        ("n", "0", "✨ Nouveautés de novembre dans Maquetto\n• Commentaires vocaux sur les prototypes\n• Export direct vers vos outils de ticketing\n• Mode sombre (enfin !)\nDécouvrez tout en 2 minutes : <<site>>/nouveautes"),
    ]),
    T("fr", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "Vous êtes invité·e ! 🥂 Soirée de lancement du Studio Brume le jeudi 28 novembre à partir de 19h, cocktails et DJ set. Places limitées, RSVP ici : <<site>>/rsvp"),
    ]),
    T("fr", "n_foreign", p="x", conn="recent", copies=2, steps=[
        ("n", "0", "🔥 Ma masterclass gratuite « Trouver ses 10 premiers clients en freelance » revient le 3 décembre à 19h. Places limitées à 100 personnes. Inscris-toi ici 👉 <<site>>/masterclass"),
    ]),
    T("fr", "n_foreign", p="any", conn="old", sender="account:Veille Design Hebdo", steps=[
        ("n", "0", "Votre récap de la semaine 🗞️\n1. Le retour des interfaces denses ?\n2. Tests utilisateurs : 5 biais qu'on oublie\n3. Une étude sur la lecture sur mobile chez les seniors\n4. Outils : 3 plugins à tester\n5. Offres d'emploi de la semaine\nTout lire : <<site>>/recap"),
    ]),
    T("fr", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "Nouveau numéro de ma newsletter « Carnet de bord » : cette semaine, pourquoi j'ai arrêté les daily meetings (et ce qui les a remplacés). Bonne lecture ! 👉 <<site>>/carnet-42"),
    ]),
    T("fr", "n_foreign", p="x", conn="old", sender="account:Polices & Cie", steps=[
        ("n", "0", "BLACK FRIDAY 🖤 Toutes nos licences de polices à -50 % jusqu'à lundi minuit. Web, print, app : une seule licence, zéro prise de tête. 👉 <<site>>/blackfriday"),
    ]),
    T("fr", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "📘 Ça y est, mon livre « Le design sans jargon » sort le 15 janvier ! Précommandez-le dès maintenant avec 20 % de remise et recevez le chapitre bonus sur les ateliers clients. Merci à toutes celles et ceux qui m'ont soutenu 🙏 <<site>>/livre"),
    ]),
    T("fr", "n_foreign", p="li", conn="old", sender="account:Paris Produit", steps=[
        ("n", "0", "⏳ Dernière chance : les billets early bird pour Paris Produit 2027 sont disponibles jusqu'à vendredi. 2 jours, 40 intervenants, 1 200 participants. Réservez : <<site>>/billets"),
    ]),
    T("fr", "n_foreign", p="li", conn="old", sender="account:Collectif Design & Égalité", steps=[
        ("n", "0", "📣 Appel à candidatures : notre bourse « Premier Studio » revient pour 2027 ! 5 000 € et 6 mois de mentorat pour une designer qui lance sa structure. Candidatures jusqu'au 31 janvier, partagez autour de vous 🙏 <<site>>/bourse"),
    ]),
    T("fr", "p_foreign", p="li", conn="none", channel="inmail", hl="Directeur associé | Conseil en croissance pour studios créatifs", steps=[
        ("p", "0", "Objet : Fieldnote Studio x <<company>> – 2027 sera-t-elle votre meilleure année ?\n\nBonjour Jordan,\n\nJe dirige <<company>>, un cabinet qui accompagne exclusivement les studios de design de 5 à 30 personnes dans leur développement commercial.\n\nLa plupart des studios que nous rencontrons partagent les mêmes difficultés :\n• un chiffre d'affaires en dents de scie, dépendant de deux ou trois gros clients ;\n• un fondateur qui fait à la fois la vente, la direction artistique et la gestion ;\n• des devis trop bas, faute de positionnement clair.\n\nEn 6 mois, nos clients augmentent en moyenne leur panier moyen de 35 % et réduisent de moitié le temps passé en prospection. Nous venons par exemple d'aider un studio lyonnais de 8 personnes à signer trois contrats-cadres avec des groupes du CAC 40.\n\nJe serais ravi de vous présenter notre méthode lors d'un échange de 30 minutes, et de vous offrir à cette occasion un diagnostic commercial de Fieldnote (valeur 900 €).\n\nQuel créneau vous conviendrait la semaine prochaine ? Vous pouvez aussi réserver directement ici : <<cal>>\n\nBien cordialement,\n<<full>>\nDirecteur associé, <<company>>\n+33 1 84 55 27 60"),
    ]),
]

# =====================================================================================================
# DEUTSCH
# =====================================================================================================
THREADS += [
    # ---------------------------------------------------------------- g_foreign (de)
    T("de", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "Alter, hab grad dein Interview im Podcast gehört 😂 „Roadmaps sind Wunschzettel mit Datum“ – genial. Wann bist du mal wieder in Berlin? Wir schulden dir seit der Hochzeit noch ein Bier"),
    ]),
    T("de", "g_foreign", p="li", conn="old", hl="Leitung Digitales | Stadtwerke Nordhafen", steps=[
        ("g", "0", "Sehr geehrter Herr Reyes,\n\nvielen Dank für die Präsentation der Entwürfe am Dienstag. Im Nachgang haben sich bei uns zwei Rückfragen ergeben:\n\n1. Lässt sich die Tarifübersicht auch ohne Login anzeigen? Unser Vertrieb hält das für wichtig.\n2. Ist die Farbpalette mit unserem Corporate Design abgestimmt, oder handelt es sich um einen Vorschlag?\n\nGern können wir das auch kurz telefonisch klären.\n\nMit freundlichen Grüßen\n<<full>>\nLeitung Digitales\nTel. +49 40 5551 7820"),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Hallo Jordan, kurze Frage zur Rechnung 2026-041: sind die Reisekosten für den Workshop in Hamburg da schon drin oder kommen die separat? Unsere Buchhaltung will's wissen, bevor sie anweist."),
        ("me", "2h", "Hi! Die kommen separat, ich schick sie dir bis Freitag mit Belegen."),
        ("g", "10m", "Super, danke dir 👍"),
    ]),
    T("de", "g_foreign", p="li", conn="none", channel="inmail", hl="Executive Search Healthcare IT | Vogt & Lindner", steps=[
        ("g", "0", "Hallo Herr Reyes,\n\nich suche für Helmholz Digital in München (Software für Kliniken, ca. 220 Mitarbeitende) eine/n Design Director in Festanstellung. Budget: 140–160 T€ plus Bonus, zwei Präsenztage pro Monat in München, sonst remote.\n\nWarum ich Ihnen schreibe: Sie haben bei Kestrel Health ein Designsystem für klinische Anwendungen aufgebaut, das offenbar auch Ärztinnen und Pflegekräfte gerne benutzen. Genau das fehlt dort.\n\nMir ist klar, dass Sie mit Fieldnote ausgelastet sein dürften. Hätten Sie trotzdem Interesse an einem unverbindlichen Gespräch – oder kennen Sie jemanden, den ich ansprechen sollte?\n\nBeste Grüße\n<<full>>"),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Lieber Jordan,\n\nMarta hat mir erzählt, dass Henrique letzte Woche gestorben ist. Ich weiß, wie viel er dir bedeutet hat – du hast so oft erzählt, dass du ohne ihn nie mit Design angefangen hättest. Es tut mir wirklich leid.\n\nWenn du reden willst oder einfach jemanden zum Spazierengehen brauchst, wenn du in Berlin bist: melde dich. Kein Stress mit Antworten.\n\nUmarmung,\n<<first>>"),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Glückwunsch zum Vortrag in Wien! Die Folie mit den drei Kaffeetassen (Plan / Realität / Montag) hat bei uns im Team schon Kultstatus, die hängt jetzt ausgedruckt an der Küchentür."),
    ]),
    T("de", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Guten Morgen Herr Reyes, wir holen Sie morgen am Flughafen ab, Terminal 1, Ausgang B. Ich halte ein Schild mit „Fieldnote“ hoch 😉 Die Workshop-Räume sind ab 8:30 offen, Kaffee und Brezeln stehen bereit. Bis morgen!"),
        ("me", "1h", "Wunderbar, danke! Landung 21:40, falls sich was ändert, melde ich mich hier."),
    ]),
    T("de", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Hallo Herr Reyes,\n\nich studiere Interaktionsgestaltung im 6. Semester und schreibe meine Bachelorarbeit über Roadmap-Tools in kleinen Teams. Plotline finde ich spannend, weil es Unsicherheit sichtbar macht statt sie zu verstecken.\n\nHätten Sie im Dezember 30 Minuten für ein kurzes Experteninterview (gern per Video)? Ich schicke Ihnen die Fragen vorab.\n\nVielen Dank und viele Grüße\n<<first>>"),
    ]),
    T("de", "g_foreign", p="li", conn="none", hl="Redakteurin, Gestaltungsraum Magazin", steps=[
        ("g", "0", "Hallo Jordan, ich schreibe für Gestaltungsraum einen längeren Text über Fractional Leadership im Design – also Leute, die wie du bei mehreren Firmen in Teilzeit Verantwortung tragen. Hättest du Lust auf ein Gespräch? Ca. 40 Minuten, Zitate bekommst du vorab zur Freigabe."),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Moin Jordan, unser Partner-Meeting ist durch: wir würden gern beim Plotline Pre-Seed mitgehen, Ticket 250k. Das Term Sheet schicke ich dir Montag. Hast du Mittwoch Zeit für einen Call mit unserem Anwalt? Und ganz ehrlich: freut mich sehr."),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Betreff: Protokoll Vorstandssitzung 3.11.\n\nHallo Jordan,\n\nanbei das Protokoll. Bitte bis Freitag kurz prüfen, vor allem TOP 4 (Mitgliedsbeiträge) – da habe ich deine Wortmeldung sinngemäß zusammengefasst, ich hoffe, richtig.\n\nGruß\n<<first>>\n\n- protokoll_vs_2026-11-03.pdf"),
    ]),
    T("de", "g_foreign", p="x", conn="none", steps=[
        ("g", "0", "Ich habe gestern mein Plotline-Abo gekündigt und heute wurden trotzdem 29 € abgebucht. Das ist nicht okay. Ich erwarte eine Rückerstattung, und zwar zeitnah."),
        ("me", "40m", "Das tut mir leid, da ist bei der Kündigung etwas schiefgelaufen. Ich habe die Erstattung eben angestoßen, Sie sollten sie in 3–5 Tagen sehen."),
        ("g", "25m", "Ok. Danke für die schnelle Reaktion, hätte ich ehrlich gesagt nicht erwartet."),
    ]),
    T("de", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Feedback zur Beta: die Tastaturkürzel kollidieren mit Firefox (Strg+Shift+P öffnet ein privates Fenster statt der Palette 🙈). Ansonsten top, wir nutzen Plotline inzwischen im ganzen Team und der Freitags-Review dauert nur noch halb so lang."),
    ]),
    T("de", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Grüezi Herr Reyes\n\nWir sind eine kleine Stiftung in Basel, die Angehörige von Demenzkranken unterstützt. Unsere App zur Koordination von Besuchen wird kaum genutzt, und wir glauben, es liegt am Design. Eine Bekannte hat Ihren Vortrag über Gesundheits-UX gesehen und uns auf Sie hingewiesen.\n\nWürden Sie ein Mandat von rund drei Monaten in Betracht ziehen? Das Budget liegt bei etwa 45'000 Franken.\n\nFreundliche Grüsse\n<<full>>\nGeschäftsleiterin"),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, darf ich vorstellen: Katrin Oberhauser, Gründerin von Taktwerk (Schichtplanung für Pflegeheime). Sie sucht jemanden, der UX-Research direkt mit Pflegekräften machen kann, und ich musste sofort an dein Kestrel-Projekt denken.\n\nKatrin, Jordan ist der Beste, den ich kenne, wenn's um Gesundheits-UX geht.\n\nIch lass euch mal machen!"),
        ("me", "3h", "Danke dir! Katrin, freut mich – passt dir Donnerstagnachmittag für einen ersten Call?"),
    ]),
    T("de", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Hallo Jordan, ich bin UX-Designerin aus Leipzig und ziehe im März nach Lissabon. Sucht ihr bei Fieldnote zufällig Verstärkung, gern auch erstmal als Freelance? Ich habe die letzten zwei Jahre fast nur Formulare und Antragsstrecken für Behörden gestaltet, falls das irgendwie passt 😅 Portfolio: <<site>>"),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("me", "0", "Hi Lena, hast du im Dezember Kapazität für ca. 12 Spot-Illustrationen für die Plotline-Website?"),
        ("g", "5h", "Hey Jordan! Ja, ab dem 8. bin ich frei. Für 12 Spots im Stil der Kestrel-Serie würde ich 2.400 € netto ansetzen, inklusive zwei Korrekturschleifen. Passt das für dich?"),
    ]),
    T("de", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "Bin 10 min später, S-Bahn steht mal wieder 🙄"),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Kurzes Update: Usability-Tests mit 5 Pflegekräften sind durch. 4 von 5 haben den „Übergabe“-Button nicht gefunden, eine hat ihn für „Abmelden“ gehalten. Ich schreib dir heute Abend die Zusammenfassung, aber ich glaube, wir müssen die Navigation nochmal anfassen."),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Hab gesehen, dass ihr bei Fieldnote einen großen Kunden verloren habt (hattest du ja in deinem Post angedeutet). Falls du Lust hast, drüber zu quatschen: uns ist 2022 genau dasselbe passiert, und wir haben's überlebt. Ruf einfach an, ich hab abends immer Zeit."),
    ]),
    T("de", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Lieber Jordan,\n\nwir planen die Elbe UX Tage im Mai in Dresden und würden dich sehr gern für den Abschlussvortrag gewinnen – dein Talk über „ehrliche Roadmaps“ wurde bei unserer Community-Umfrage am häufigsten gewünscht.\n\nWir übernehmen Reise, Hotel und zahlen 1.000 € Honorar. Hättest du am 21. oder 22. Mai Zeit?\n\nHerzliche Grüße aus Dresden\n<<first>>"),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, quick one: können wir das Weekly auf 15 Uhr schieben? Hab vorher ein Board Meeting, das bestimmt überzieht. Thx!"),
    ]),
    T("de", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Sehr geehrter Herr Reyes,\n\nunser gemeinnütziges Mentoring-Programm „Gestalten statt Verwalten“ bringt erfahrene Designer mit Berufseinsteigerinnen aus nicht-akademischen Familien zusammen. Eine unserer Teilnehmerinnen, Aylin, hat sich ausdrücklich Sie als Mentor gewünscht – sie hat Ihren Blog komplett gelesen.\n\nDer Aufwand liegt bei einem einstündigen Gespräch pro Monat, für sechs Monate, online.\n\nWir würden uns sehr freuen.\n\nMit freundlichen Grüßen\n<<full>>\nProgrammleitung, <<company>> gGmbH\nTel. +49 30 5550 2231"),
    ]),
    T("de", "g_foreign", p="li", conn="old", history="partial", steps=[
        ("g", "0", "Okay, 14 Tage Zahlungsziel geht klar. Die Klausel zu den Nutzungsrechten muss aber raus, das hatten wir ja am Telefon besprochen."),
        ("me", "1h", "Ja, ist raus. Ich schick dir die neue Version gleich."),
        ("g", "2h", "Passt, unterschrieben zurück 🙂"),
    ]),
    T("de", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "jordan!!! ewig nix gehört. lebst du noch in lissabon? ich bin im jänner für ne woche dort (arbeit, leider), kaffee? oder eher wein 🍷"),
    ]),
    T("de", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Danke nochmal für den Workshop am Freitag! Wir haben die Priorisierungsmatrix heute direkt im Sprint-Planning benutzt – erstes Mal seit Monaten, dass wir vor 11 fertig waren 😅"),
    ]),
    T("de", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Darf ich dich was fragen? Wie hast du die ersten Kunden für Fieldnote gefunden? Ich gründe gerade mein eigenes Studio in Köln und fühl mich ehrlich gesagt ein bisschen verloren. Alle sagen „Netzwerk“, aber was heißt das konkret?"),
    ]),
    T("de", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "Jordan"),
        ("g", "1m", "bist du heute im Büro?"),
        ("g", "1m", "ich hab noch deinen Schlüssel von letzter Woche 🙈"),
    ]),
    T("de", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Danke fürs Vernetzen! Wir haben uns in Porto am Stand von Tessellate kurz unterhalten – du wolltest mir den Artikel über Design-Reviews ohne Schuldzuweisung schicken. Hast du den Link noch?"),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Freigabe ist da ✅ Der Vorstand hat das neue Logo abgenickt, sogar ohne Diskussion über das Grün. Ihr könnt mit der Reinzeichnung loslegen."),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Hallo Jordan, wir planen zum zehnjährigen ein Jahrgangstreffen vom Masterstudiengang, voraussichtlich 13. Juni in Weimar. Du bist einer der wenigen, von denen wir keine aktuelle Mailadresse haben. Magst du mir eine schicken? Dann kommst du auf die Liste 🙂"),
    ]),
    T("de", "g_foreign", p="li", conn="none", steps=[
        ("me", "0", "Guten Tag, gibt es für gemeinnützige Vereine eine vergünstigte Lizenz? Es geht um den Designverein, in dessen Vorstand ich sitze."),
        ("g", "4h", "Hallo Herr Reyes,\n\nja: für gemeinnützige Organisationen gibt es 60 % Rabatt, also 4 € pro Nutzer und Monat. Ich bräuchte nur eine Kopie des Freistellungsbescheids. Soll ich das Angebot direkt für 15 Nutzer ausstellen?\n\nViele Grüße\n<<first>>"),
    ]),
    T("de", "g_foreign", p="any", conn="old", steps=[
        ("g", "0", "Servus Jordan! Kurze Frage: ist das Foto von dir auf der Konferenz-Website okay für unseren Rückblick-Artikel, oder hättest du lieber ein anderes? Wir gehen Dienstag online."),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Nur damit du's weißt: die Kestrel-Demo morgen ist von 10 auf 11:30 verschoben, der CMO landet später. Raum bleibt gleich."),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Hey, ich hab deine Empfehlung für Mariana an Ombelle weitergeleitet. Die Hiring Managerin meinte, so eine konkrete Referenz hätte sie selten gelesen. Danke, dass du dir die Zeit genommen hast!"),
    ]),

    # ---------------------------------------------------------------- p_foreign (de)
    T("de", "p_foreign", p="li", conn="recent", hl="Mehr Termine für Agenturen | Gründer & CEO", steps=[
        ("p", "0", "Danke für die Vernetzung, Jordan! Kurze Frage: Wie gewinnt Fieldnote Studio aktuell neue Kunden? Wir helfen Agenturen, planbar 10+ qualifizierte Termine pro Monat zu bekommen – ohne Kaltakquise. Lust auf einen kurzen Austausch? <<cal>>"),
        ("p", "4d", "Hallo Jordan, ich wollte meine Nachricht nochmal nach oben holen 🙂"),
        ("p", "8d", "Ich gehe davon aus, dass das Thema gerade nicht passt. Soll ich mich im Q1 nochmal melden?"),
    ]),
    T("de", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Hallo Herr Reyes, ich habe mir die Website von Fieldnote angeschaut und sehe einiges an ungenutztem Potenzial bei der Conversion. Gerne erstelle ich Ihnen einen kostenlosen Website-Check mit 10 konkreten Optimierungsvorschlägen. Darf ich Ihnen den zuschicken?"),
    ]),
    T("de", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Guten Tag Herr Reyes,\n\nwie erfassen Sie bei Fieldnote aktuell Arbeitszeiten und Projektbudgets? Viele Designstudios verlieren 10–15 % ihrer abrechenbaren Stunden, weil Zeiten nicht sauber erfasst werden.\n\nMit <<company>> gehört das der Vergangenheit an. Hätten Sie nächste Woche 20 Minuten für eine kurze Demo?\n\nBeste Grüße\n<<full>>\nAccount Executive"),
    ]),
    T("de", "p_foreign", p="x", conn="recent", steps=[
        ("p", "0", "Als Gründer trägst du alles allein – und irgendwann kippt es. In meinem 12-Wochen-Programm „Resilient führen“ lernst du, Verantwortung abzugeben, ohne die Kontrolle zu verlieren. Kostenloses Erstgespräch: <<cal>> 💪"),
    ]),
    T("de", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Hallo Jordan, wir stellen erfahrene React- und Flutter-Entwickler aus Krakau und Lwiw bereit – zu 45 €/h, Start innerhalb von 10 Tagen. Passt das gerade zu euren Plänen mit Plotline? Ich schicke gern Profile."),
    ]),
    T("de", "p_foreign", p="li", conn="none", channel="sponsored", sender="account:Kompass AI", steps=[
        ("p", "0", "Hallo Jordan, sichern Sie sich jetzt Ihre persönliche Demo von Kompass AI – dem KI-Copiloten für Produktteams. Nur bis 30.11.: 25 % Rabatt auf das erste Jahr. Jetzt Termin wählen →"),
    ]),
    T("de", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Hab gelesen, dass bei euch gerade viel los ist und du schreibst, du würdest kaum noch schlafen 😔 Das kenne ich aus eigener Erfahrung. Genau dafür habe ich mein Coaching für Gründer entwickelt: in 6 Sitzungen zurück zu Energie und Fokus. Wollen wir nächste Woche kurz telefonieren?"),
    ]),
    T("de", "p_foreign", p="x", conn="none", steps=[
        ("p", "0", "hey, cooles projekt! wir bauen landingpages die wirklich konvertieren (Ø +38 % Signups). sollen wir mal quatschen? 15 min reichen"),
    ]),
    T("de", "p_foreign", p="li", conn="recent", steps=[
        ("p", "0", "Hallo {Vorname}, ich habe gesehen, dass {Firma} im Bereich {Branche} tätig ist. Wir unterstützen Unternehmen wie Ihres dabei, mit LinkedIn Ads 3x mehr Leads zu generieren. Haben Sie diese Woche 15 Minuten?"),
    ]),
    T("de", "p_foreign", p="li", conn="old", steps=[
        ("me", "0", "Hallo, ist Ihr Bericht zur Barrierefreiheit von Gesundheits-Apps irgendwo öffentlich verfügbar?"),
        ("p", "6h", "Hallo Herr Reyes, danke für Ihr Interesse! Den vollständigen Bericht stellen wir im Rahmen einer individuellen Beratung vor. Unser Paket „Barrierefrei in 30 Tagen“ beginnt bei 3.900 €. Wann passt Ihnen ein Termin?"),
    ]),
    T("de", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Guten Tag, sind Sie bei Fieldnote Studio der richtige Ansprechpartner für das Thema IT-Sicherheit? Gerade kleine Agenturen sind häufig Ziel von Phishing-Angriffen. Wir bieten einen Security-Check zum Festpreis an. Darf ich Ihnen die Details senden?"),
    ]),
    T("de", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Hallo Jordan! Ein professionelles Teamfoto sagt mehr als jede About-Seite 📸 Wir kommen mit mobilem Studio direkt zu euch ins Büro – auch in Lissabon. Diesen Monat 20 % Nachlass. Soll ich dir unser Portfolio schicken?"),
    ]),
    T("de", "p_foreign", p="li", conn="recent", steps=[
        ("p", "0", "Danke für die Annahme meiner Anfrage! Wir würden Sie gerne in unserem Podcast „Macher im Mittelstand“ featuren. Für Schnitt, Vermarktung und Verbreitung fällt eine einmalige Produktionspauschale von 490 € an. Wann hätten Sie Zeit für ein Vorgespräch?"),
    ]),
    T("de", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Herzlichen Glückwunsch, Herr Reyes! 🏆 Fieldnote Studio wurde für den „Digital Excellence Award 2027“ nominiert. Um Ihre Nominierung zu bestätigen, buchen Sie bitte bis 5.12. Ihr Gala-Paket (ab 1.490 € zzgl. MwSt.). Details im Anhang.\n\n- award_paket_2027.pdf"),
    ]),
    T("de", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Hi Jordan, wir produzieren Erklärvideos für SaaS-Startups. Für Plotline hätte ich schon eine Idee für ein 45-Sekunden-Video im Stil eurer Website. Darf ich dir ein Storyboard schicken? Kostenlos und unverbindlich natürlich."),
        ("p", "5d", "Kurzes Follow-up: hattest du Gelegenheit, drüber nachzudenken?"),
    ]),

    # ---------------------------------------------------------------- a_foreign (de)
    T("de", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Danke für die Vernetzung! Ich freue mich auf den Austausch. Beste Grüße"),
    ]),
    T("de", "a_foreign", p="li", conn="old", steps=[
        ("me", "0", "Hallo Tobias, hast du die Screens für das Patientenportal schon an die Entwickler gegeben?"),
        ("a", "0", "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15.11. nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an team@example.de. Ihre Nachricht wird nicht weitergeleitet."),
    ]),
    T("de", "a_foreign", p="li", conn="recent", sender="account:Formfabrik", steps=[
        ("a", "0", "Willkommen bei Formfabrik! 🎉 Schön, dass du da bist. Hier bekommst du ab sofort Neuigkeiten zu unseren Workshops, Ausstellungen und offenen Ateliertagen."),
    ]),
    T("de", "a_foreign", p="x", conn="recent", steps=[
        ("a", "0", "Danke fürs Folgen! 🙏 Auf Instagram zeige ich noch mehr Behind-the-Scenes aus meinem Studio – folg mir doch auch dort: @<<handle>>"),
    ]),
    T("de", "a_foreign", p="x", conn="recent", steps=[
        ("a", "0", "Danke fürs Folgen! Als kleines Dankeschön: mein kostenloses E-Book „12 Fehler bei Design-Reviews“ 👉 <<site>>/ebook"),
    ]),
    T("de", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Hallo Jordan, Ihr Profil hat mich wirklich beeindruckt – Ihr Werdegang ist inspirierend. Ich würde mich freuen, in Kontakt zu bleiben."),
    ]),
    T("de", "a_foreign", p="li", conn="old", copies=3, steps=[
        ("a", "0", "Herzlichen Glückwunsch zum Geburtstag!"),
    ]),
    T("de", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Hallo {{first_name}}, schön, dass wir jetzt vernetzt sind! Ich freue mich auf spannende Einblicke aus der {{industry}}-Branche."),
    ]),
    T("de", "a_foreign", p="any", conn="recent", sender="account:Typo Tagebuch", steps=[
        ("a", "0", "Fast geschafft! Bitte bestätige deine Anmeldung zum Typo Tagebuch über den Link in der E-Mail, die wir dir gerade geschickt haben. Erst danach bekommst du unsere Ausgaben."),
    ]),
    T("de", "a_foreign", p="li", conn="old", steps=[
        ("a", "0", "Erinnerung: Ihr Termin mit <<full>> ist morgen um 10:00 Uhr (MEZ). Zum Verschieben oder Absagen: <<cal>>"),
    ]),
    T("de", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Guten Tag Herr Reyes, ich erweitere gerade mein Netzwerk im Bereich Design & Innovation und freue mich, mit Ihnen vernetzt zu sein. Auf gute Zusammenarbeit!"),
    ]),
    T("de", "a_foreign", p="li", conn="none", sender="account:Nordlicht Coworking", steps=[
        ("me", "0", "Hallo, ich bräuchte für den 12.12. einen Meetingraum für 6 Personen. Ist da noch was frei?"),
        ("a", "0", "Hallo! 👋 Ich bin Finn, der digitale Assistent von Nordlicht Coworking. Antworte mit 1 für Buchungen, 2 für Rechnungen, 3 für alles andere. Unser Team meldet sich werktags innerhalb von 24 Stunden."),
    ]),
    T("de", "a_foreign", p="li", conn="old", copies=2, steps=[
        ("a", "0", "Glückwunsch zum Jubiläum!"),
    ]),

    # ---------------------------------------------------------------- n_foreign (de)
    T("de", "n_foreign", p="li", conn="old", sender="account:Design-Digest", steps=[
        ("n", "0", "📰 Design-Digest KW 45\n• Warum Dark Patterns jetzt teuer werden\n• Interview: 10 Jahre Designsystem bei einer Versicherung\n• 5 Tools, die wir diese Woche getestet haben\nZum Digest: <<site>>/kw45"),
        ("n", "7d", "📰 Design-Digest KW 46 ist da: Schwerpunkt Barrierefreiheit, plus unsere Jobbörse mit 23 neuen Stellen. <<site>>/kw46"),
        ("n", "7d", "📰 Design-Digest KW 47 – Forms, Forms, Forms. Alles über Formulare, die niemand hasst. <<site>>/kw47"),
    ]),
    T("de", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "📅 Live-Webinar am 4. Dezember, 17 Uhr: „Das neue Barrierefreiheitsgesetz – was Produktteams jetzt wissen müssen“. Mit Praxisbeispielen und Checkliste zum Download. Kostenlos anmelden: <<site>>/webinar"),
    ]),
    T("de", "n_foreign", p="li", conn="old", sender="account:UX Stammtisch Hamburg", steps=[
        ("n", "0", "Einladung: UX Stammtisch Hamburg #34 🍻\nDonnerstag, 28.11., 19 Uhr, im Hafenkontor\nKurzvortrag: „User Research mit null Budget“\nAnmeldung (kostenlos, aber begrenzt): <<site>>/34"),
    ]),
    T("de", "n_foreign", p="x", conn="old", steps=[
        ("n", "0", "Nur bis Sonntag: 40 % auf alle meine Online-Kurse 🎉 Figma für Fortgeschrittene, Designsysteme von Null, Portfolio-Bootcamp. Code HERBST40 👉 <<site>>/kurse"),
    ]),
    T("de", "n_foreign", p="li", conn="old", sender="account:Verband Gestaltung Nord e.V.", steps=[
        ("n", "0", "Liebe Mitglieder,\n\ndie Mitgliederversammlung 2026 findet am 6. Dezember um 16 Uhr statt (hybrid). Die Tagesordnung und den Haushaltsentwurf findet ihr im Mitgliederbereich. Anträge bitte bis 29.11. einreichen.\n\nHerzliche Grüße\nEuer Vorstand"),
    ]),
    T("de", "n_foreign", p="x", conn="old", sender="account:Grüne Stadt Jetzt", steps=[
        ("n", "0", "🌳 Unterschreib jetzt: 500 neue Straßenbäume für unseren Bezirk! Schon 14.800 Stimmen – am Montag übergeben wir die Petition. <<site>>/baeume"),
    ]),
    T("de", "n_foreign", p="li", conn="recent", sender="account:Taskwerk", steps=[
        ("n", "0", "Neu in Taskwerk 🚀\n✔ Gantt-Ansicht für alle Pläne\n✔ Wiederkehrende Aufgaben\n✔ Slack-Benachrichtigungen pro Projekt\nAlle Neuerungen im Überblick: <<site>>/release-notes"),
    ]),
    T("de", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "Die neue Ausgabe meines Newsletters „Gestaltungsfragen“ ist raus ✉️ Thema diesmal: Warum gute Designer schlechte Schätzer sind – und warum das okay ist. Hier lesen: <<site>>/ausgabe-19"),
    ]),
    T("de", "n_foreign", p="li", conn="recent", copies=2, steps=[
        ("n", "0", "🎓 Kostenlose Masterclass: „In 90 Tagen vom Freelancer zur Agentur“. Am 10. Dezember, 19 Uhr, live. Nur 150 Plätze! Jetzt Platz sichern: <<site>>/masterclass"),
    ]),
    T("de", "n_foreign", p="x", conn="old", sender="account:Papierwerk Manufaktur", steps=[
        ("n", "0", "BLACK WEEK 🖤 Alle Notizbücher, Planer und Skizzenbücher -25 %, ab 50 € versandkostenfrei. Nur bis Montag! <<site>>"),
    ]),
    T("de", "n_foreign", p="any", conn="old", sender="account:Jobradar Design", steps=[
        ("n", "0", "12 neue Jobs für Product Designer, die zu deinem Profil passen könnten 🔎 u. a. Senior Product Designer (remote), Lead UX (Hamburg), Design Manager (Wien). Alle ansehen: <<site>>/jobs"),
    ]),
    T("de", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "📢 Save the Date: Am 15. Januar feiern wir 10 Jahre Studio Lindgrün! Wir freuen uns auf euch – Einladung mit allen Details folgt. Bitte weitersagen!"),
    ]),
    T("de", "n_foreign", p="li", conn="old", sender="account:Produktkreis", steps=[
        ("n", "0", "Produktkreis Monatsrückblick Oktober:\n– 3 neue Regionalgruppen (Leipzig, Graz, Zürich)\n– Aufzeichnung des Panels „Discovery in regulierten Branchen“\n– Call for Speakers für 2027 läuft\nMehr: <<site>>/rueckblick"),
    ]),
    T("de", "n_foreign", p="x", conn="old", sender="account:Pixelpause Podcast", steps=[
        ("n", "0", "🎧 Neue Folge Pixelpause ist online: „Warum wir unser Designsystem gelöscht haben“ – mit einem Team, das es gewagt hat. Überall, wo es Podcasts gibt, oder direkt hier: <<site>>/folge-63"),
    ]),
    T("de", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Hallo Jordan,\n\nich hoffe, es ist okay, dass ich dir so ausführlich schreibe – du bist einfach die erste Person, die mir eingefallen ist.\n\nSeit unserer gemeinsamen Zeit bei Brightwell bin ich ja bei einem Versicherer in Köln, inzwischen als Lead für ein Team von vier Designerinnen. Jetzt habe ich zwei Angebote auf dem Tisch: Das eine ist eine Beförderung zur Design Managerin bei uns, mit deutlich mehr Gehalt, aber praktisch ohne eigene Gestaltungsarbeit (Budgets, Hiring, Abstimmungen mit dem Vorstand). Das andere ist eine Senior-IC-Rolle bei einem kleinen Health-Startup in Berlin, weniger Geld, viel mehr Risiko, aber genau das Thema, das mich seit Jahren interessiert.\n\nDu hast beides gemacht – Führung und selbst gestalten – und bei Kestrel ja auch den Wechsel in die Gesundheitsbranche. Was hat dir geholfen, dich zu entscheiden? Und würdest du rückblickend etwas anders machen?\n\nIch erwarte keine fertige Antwort, mir würde schon ein ehrlicher Gedanke von dir helfen. Wenn du lieber telefonieren magst: ich bin die ganze Woche abends erreichbar.\n\nLiebe Grüße und danke dir schon mal,\n<<first>>"),
    ]),
]

# =====================================================================================================
# ESPAÑOL
# =====================================================================================================
THREADS += [
    # ---------------------------------------------------------------- g_foreign (es)
    T("es", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "tíoooo vi tu charla de Valencia por streaming, me flipó lo de las roadmaps con niveles de confianza. cuando vuelvas por madrid avisa que te debo unas cañas 🍻"),
    ]),
    T("es", "g_foreign", p="li", conn="old", hl="Gerente de Producto Digital | Clínicas Alameda", steps=[
        ("g", "0", "Hola Jordan, ¿qué tal? Oye, una pregunta rápida: ¿los prototipos de la app de citas ya incluyen el flujo para cancelar? El director médico los va a revisar ahorita en la tarde y me lo preguntó directo. ¡Gracias!"),
        ("me", "25m", "¡Hola! Sí, está en la pantalla 14 del prototipo, te mando el enlace directo."),
        ("g", "3m", "Eres un crack, mil gracias 🙏"),
    ]),
    T("es", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Che Jordan, ¿cómo andás? Te escribo porque en la empresa estamos buscando a alguien que nos dé una mano con el design system (somos 4 diseñadores y cada uno hace los botones como se le canta) y me acordé de vos y de lo que armaste en Brightwell. ¿Tenés un rato esta semana para una videollamada? Nada formal, te cuento y me decís si te copa."),
    ]),
    T("es", "g_foreign", p="li", conn="none", channel="inmail", hl="Talent Partner en Lumbre Health", steps=[
        ("g", "0", "Hola Jordan:\n\nEstoy buscando Head of Design para Lumbre, una healthtech de Barcelona (60 personas, ronda Serie A cerrada en junio). El equipo de diseño son 3 personas hoy y la idea es llegar a 7 el año que viene.\n\nTe escribo a ti en concreto por el trabajo en el portal de pacientes de Kestrel Health: el reto aquí es muy parecido (usuarios mayores, mucha regulación, poco margen para experimentar).\n\nRango salarial 95–110 k€ + equity, híbrido en Barcelona o remoto desde Lisboa con viajes mensuales.\n\nSé que tienes tu estudio, así que si no encaja, ¿se te ocurre alguien de tu red?\n\nUn saludo,\n<<first>>"),
    ]),
    T("es", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "Acabo de ver en Instagram lo de Bolacha 💔 16 años… era el alma del estudio, todavía me acuerdo de cómo se subía a la mesa en cada reunión con clientes. Un abrazo fuerte, Jordan."),
    ]),
    T("es", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "¡Enhorabuena por el lanzamiento de Plotline! Lo he probado esta mañana con mi equipo y lo de marcar cada hito con un nivel de certeza es justo lo que le faltaba a nuestra planificación trimestral. Mucha suerte con todo 🚀"),
    ]),
    T("es", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Buen día, Jordan. Te confirmo que tu vuelo Lisboa–CDMX del 18 ya está emitido, te llega el boleto electrónico al correo. El hotel está a dos cuadras del recinto y el registro de ponentes abre a las 8. Cualquier cosa me escribes por aquí.\n\nSaludos,\n<<first>>"),
    ]),
    T("es", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Buenas tardes, señor Reyes. Mi nombre es <<first>> y soy estudiante de último semestre de diseño en Medellín. Estoy haciendo mi tesis sobre diseño de servicios de salud y el caso de Kestrel que usted presentó me parece muy valioso. ¿Sería posible hacerle una entrevista corta por videollamada? Entiendo que es una persona muy ocupada, me ajusto a su horario. Quedo atenta, muchas gracias."),
    ]),
    T("es", "g_foreign", p="li", conn="none", hl="Periodista de tecnología | El Faro Digital", steps=[
        ("g", "0", "Hola Jordan, soy periodista en la sección de tecnología de El Faro Digital. Estoy preparando un reportaje sobre profesionales del diseño que montan estudio en Lisboa, y varias personas me han dado tu nombre. ¿Podríamos hablar unos 20 minutos el jueves o el viernes? Te puedo enviar las preguntas antes si lo prefieres."),
    ]),
    T("es", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, gracias por la demo del martes. Me quedé pensando en lo del plan para agencias. ¿Tienes datos de cuántos de tus usuarios beta vienen de agencias y cuántos de equipos in-house? Con eso lo puedo llevar al comité del lunes con algo más que intuición."),
    ]),
    T("es", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Asunto: Reunión del patronato – 10 de diciembre\n\nJordan, te paso el borrador del orden del día. Añadí el punto de las becas como pediste y moví el informe de cuentas al principio para que Elena pueda irse a las 18:00. Si quieres cambiar algo, dímelo antes del miércoles.\n\nUn abrazo,\n<<first>>\n\n- orden_del_dia_dic.pdf"),
    ]),
    T("es", "g_foreign", p="x", conn="none", steps=[
        ("g", "0", "HOLA?? llevo 2 días sin poder entrar a mi cuenta de plotline, me sale «enlace caducado» cada vez. tengo a 8 personas esperando la planificación del trimestre. alguien me puede ayudar"),
        ("me", "15m", "Perdona, lo estamos viendo ahora mismo. ¿Me pasas el correo con el que te registraste por aquí?"),
        ("g", "5m", "marta.gil@example.es. gracias por contestar rápido al menos"),
        ("g", "40m", "ya pude entrar!! 🙌"),
    ]),
    T("es", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Buenas! Les dejo un feedback de la beta: cuando arrastro un ítem entre columnas en el iPad, se me selecciona el texto en vez de moverse. Por lo demás, una joya. Lo estamos usando en la agencia todos los lunes y ya nadie extraña el Excel."),
    ]),
    T("es", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, te presento a Martín Echeverría, CTO de Sembrar (agtech, Rosario). Están rediseñando el panel para productores y buscan a alguien que sepa poner orden en datos muy densos sin asustar a nadie. Le dije que eras la persona.\n\nMartín, Jordan es quien te comenté por lo del proyecto de Kestrel.\n\nLos dejo conversar 🙌"),
    ]),
    T("es", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Hola Jordan, ¿qué tal? Soy diseñadora de producto junior y vi que en Fieldnote buscáis a alguien. ¿Sigue abierta la posición? Ya apliqué por la web, pero quería presentarme también por aquí. Vivo en Lisboa desde hace un año y hablo portugués (con acento, eso sí 😅). ¡Gracias!"),
    ]),
    T("es", "g_foreign", p="li", conn="none", steps=[
        ("me", "0", "Hola, ¿hacéis traducción de interfaces al español neutro? ¿Precio aproximado para unas 6.000 palabras?"),
        ("g", "3h", "Hola Jordan, sí. Para 6.000 palabras de interfaz, con revisión de una segunda traductora, serían 540 € + IVA, con entrega en 6 días hábiles. Si me pasas el archivo (JSON, XLIFF, lo que uséis) te confirmo el precio exacto y te digo si hay cadenas repetidas que no se cobran."),
    ]),
    T("es", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "¿Llegaste bien?"),
    ]),
    T("es", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Ya subí los componentes nuevos a Storybook. Me faltan los estados de error del formulario, mañana los tengo. Por cierto, el tooltip en móvil se corta por la derecha, ¿lo dejamos así para la demo o lo arreglo hoy?"),
    ]),
    T("es", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Leí tu post sobre cerrar el proyecto con Brightwell. Qué valiente contarlo así. Si te sirve de algo, a nosotros nos pasó igual en 2023 y al final fue lo mejor que nos pudo pasar, aunque en el momento no lo pareciera. Ánimo, de verdad. Y si te apetece un café virtual, aquí estoy."),
    ]),
    T("es", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Hola Jordan, somos el equipo de Diseña Sevilla. Este año el tema es «Diseñar con incertidumbre» y tu nombre salió en la primera reunión del comité, por tu artículo sobre las cartas de confianza. ¿Te interesaría dar la charla de clausura el 9 de mayo? Cubrimos vuelos, dos noches de hotel y 700 € de honorarios."),
    ]),
    T("es", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Hey Jordan! Te paso el link del Figma con el feedback del stakeholder review. Hay varios comments en el onboarding, sobre todo en el step 2, que legal quiere reescribir. ¿Lo vemos en el daily de mañana?"),
    ]),
    T("es", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Estimado Sr. Reyes:\n\nPor medio de la presente, la Escuela de Diseño Alba tiene el gusto de invitarle a participar como miembro externo del tribunal de Trabajos de Fin de Máster en Diseño de Interacción, que se celebrarán los días 2 y 3 de julio en nuestra sede de Zaragoza.\n\nSu experiencia en productos digitales de salud sería de gran valor para nuestro alumnado, ya que tres de los proyectos de este curso abordan ese ámbito. La Escuela cubriría los gastos de desplazamiento y alojamiento, así como una compensación de 400 €.\n\nAgradeciendo de antemano su atención, reciba un cordial saludo.\n\n<<full>>\nCoordinadora del Máster en Diseño de Interacción"),
    ]),
    T("es", "g_foreign", p="li", conn="old", history="partial", steps=[
        ("g", "0", "Vale, entonces cerramos en 3 sprints en vez de 4 y el research lo hacemos en paralelo. Me parece bien. Le paso el cambio a compras hoy mismo."),
    ]),
    T("es", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "oye"),
        ("g", "1m", "ya viste lo que puso Rodrigo en el canal del cliente?"),
        ("g", "1m", "no sé si reír o llorar jajaja"),
    ]),
    T("es", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "Jordan!! 😱 cuánto tiempo. ¿Sigues en Lisboa? Voy con Nuria en Semana Santa, nos encantaría verte y que nos enseñes algún sitio que no salga en las guías"),
    ]),
    T("es", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Hola Jordan, disculpa la molestia. Soy diseñador en Lima y me ofrecieron un puesto de head of design a tiempo parcial en una startup, un poco como lo que tú haces con Kestrel. ¿Algún consejo sobre qué no aceptar en el contrato? Leí tu post, pero me quedaron dudas sobre la cláusula de exclusividad."),
    ]),
    T("es", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Solo quería darte las gracias por la sesión del jueves. Reescribí el portfolio siguiendo tu consejo de enseñar menos pantallas y contar más decisiones, y hoy me llamaron de dos sitios 🥹"),
    ]),
    T("es", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Gracias por aceptar, Jordan. Nos vimos en el panel de Porto, yo era quien moderaba. Te prometí la grabación y aquí está: <<site>>/panel-porto. Fue un placer compartir escenario, ojalá repitamos."),
    ]),
    T("es", "g_foreign", p="any", conn="old", steps=[
        ("g", "0", "¡Sobrino! Tu tía y yo vimos tu entrevista en la tele portuguesa. No entendimos casi nada, pero salías muy guapo 😂 ¿Vienes a Valladolid por Navidad? Tu prima quiere saberlo para organizar la cena del 24."),
    ]),
    T("es", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, buenas noticias: la junta aprobó la fase 2 del proyecto. Ya le pedí a compras que le envíen la orden de servicio esta semana. Con mucho gusto seguimos trabajando juntos."),
    ]),
    T("es", "g_foreign", p="x", conn="recent", steps=[
        ("g", "0", "Hola Jordan! Conduzco «Diseño al Sur», un podcast sobre diseño en Latinoamérica y España. Me encantaría charlar con vos sobre cómo es armar un estudio chico y lanzar un producto propio al mismo tiempo. Es remoto, unos 40 minutos. ¿Te interesa?"),
    ]),
    T("es", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, el equipo legal pide cambiar el texto del consentimiento en el registro. Te paso la versión que aprobaron por mail. ¿Podés ver si entra en el diseño sin romper el layout? Lo necesitamos para el release del 2."),
    ]),
    T("es", "g_foreign", p="x", conn="recent", steps=[
        ("g", "0", "¿Nos vemos en la puerta del mercado a la 1? Llevo chaqueta amarilla, no tiene pérdida."),
    ]),
    T("es", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Una duda sobre tu artículo de las cartas de confianza: ¿cómo lo manejas cuando el cliente insiste en fechas cerradas para todo? En agencia nos pasa constantemente y siempre acabamos prometiendo de más."),
    ]),
    T("es", "g_foreign", p="li", conn="old", steps=[
        ("me", "0", "¿Me pasas el contacto del fotógrafo que hizo las fotos de vuestro equipo? Quedaron geniales."),
        ("g", "1h", "¡Claro! Es Andrés Pardo, andres@example.es. Nos cobró 600 € por media jornada con edición incluida. Dile que vas de mi parte, que igual te hace precio 😉"),
    ]),

    # ---------------------------------------------------------------- p_foreign (es)
    T("es", "p_foreign", p="li", conn="recent", hl="CEO | Generamos reuniones B2B para agencias", steps=[
        ("p", "0", "¡Gracias por conectar, Jordan! Te escribo porque ayudamos a estudios de diseño como Fieldnote a conseguir más de 20 reuniones al mes con decisores, sin que tengas que hacer prospección. ¿Tienes 15 minutos esta semana? <<cal>>"),
        ("p", "3d", "Hola Jordan, ¿pudiste ver mi mensaje anterior?"),
        ("p", "7d", "Te escribo por última vez para no molestarte. Si en algún momento quieres llenar la agenda de clientes, aquí estaré 🙂"),
    ]),
    T("es", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Hola Jordan, analicé la landing de Plotline y detecté 7 puntos que te están costando registros. Te ofrezco una auditoría UX gratuita en vídeo (15 min) con las mejoras priorizadas. ¿Te la envío?"),
    ]),
    T("es", "p_foreign", p="x", conn="recent", steps=[
        ("p", "0", "¿Sientes que trabajas 60 horas a la semana y tu estudio no crece? 😩 Con mi mentoría «Estudio Rentable» mis clientes han duplicado su facturación en 6 meses. Agenda tu sesión estratégica gratuita aquí 👉 <<cal>>"),
    ]),
    T("es", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Buenos días, Jordan. ¿Cómo gestionáis la facturación en Fieldnote? Nuestra plataforma automatiza facturas, cobros y conciliación bancaria para agencias en Portugal y España. Los clientes ahorran una media de 6 horas al mes. ¿Te enseño una demo de 20 minutos?"),
    ]),
    T("es", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Hola Jordan, somos una empresa de desarrollo en Bogotá con más de 80 ingenieros senior. Trabajamos con agencias europeas con 4–5 horas de solapamiento horario y tarifas un 50 % menores. ¿Te interesa que te comparta algunos casos de éxito?"),
    ]),
    T("es", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Vi que estás buscando un diseñador junior. Sé lo agotador que es revisar 200 portfolios 😅 Nuestra plataforma filtra candidatos con IA y te entrega una terna en 72 horas. ¿Te cuento cómo funciona en una llamada corta?"),
    ]),
    T("es", "p_foreign", p="x", conn="none", steps=[
        ("p", "0", "bro tu producto está buenísimo pero tu marketing en X no 😬 te consigo 10k seguidores reales en 60 días. hablamos?"),
    ]),
    T("es", "p_foreign", p="li", conn="recent", steps=[
        ("p", "0", "Hola {{nombre}}, gracias por aceptar mi solicitud. Me encantó lo que hacéis en {{empresa}}. Ayudamos a empresas del sector {{sector}} a multiplicar sus leads cualificados. ¿Agendamos una llamada?"),
    ]),
    T("es", "p_foreign", p="li", conn="none", channel="sponsored", sender="account:Escuela de Negocios Atalaya", steps=[
        ("p", "0", "Jordan, da el salto a la dirección con el Executive MBA en Innovación Digital de Atalaya. Formato online, 12 meses, clases en directo con directivos de grandes empresas. Solicita información antes del 15 de diciembre y accede a una beca del 20 %."),
    ]),
    T("es", "p_foreign", p="x", conn="recent", steps=[
        ("me", "0", "¿La plantilla de research que mencionas en tu hilo es gratis?"),
        ("p", "2h", "¡Hola Jordan! La plantilla viene incluida en mi curso «Research sin drama» (197 €). Hoy tengo un 30 % de descuento solo para ti. ¿Te paso el enlace de pago?"),
    ]),
    T("es", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Hola Jordan, ¿eres la persona adecuada para hablar de ciberseguridad en Fieldnote Studio? Muchas agencias pequeñas no saben que son el blanco favorito del ransomware. Hacemos un diagnóstico en 48 h a precio cerrado. ¿Hablamos el martes?"),
    ]),
    T("es", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Hola Jordan:\n\nEn Estudio <<company>> creemos que Plotline merece una identidad a la altura del producto. Hemos preparado tres direcciones de marca preliminares, sin compromiso, para que veas hasta dónde podría llegar.\n\n¿Te las presento en una videollamada de 20 minutos?\n\nSaludos,\n<<full>>\nDirector Creativo"),
    ]),
    T("es", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Buen día Jordan, ¿le interesaría conseguir clientes en Estados Unidos? Nuestro equipo de SDRs bilingües en Guadalajara agenda reuniones con directores de producto de empresas norteamericanas. Primer mes con 50 % de descuento. ¿Le comparto la propuesta?"),
    ]),
    T("es", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Hola Jordan, te escribo de parte de DiseñaCon 2027. Estamos cerrando los últimos paquetes de patrocinio: stand, logo en la web y una charla de 15 min para presentar Plotline ante 900 profesionales. Desde 2.500 €. ¿Te envío el dossier?"),
        ("p", "6d", "Hola de nuevo, Jordan. Solo quedan 2 paquetes disponibles, ¿pudiste echarle un vistazo?"),
    ]),

    # ---------------------------------------------------------------- a_foreign (es)
    T("es", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "¡Gracias por conectar! Un placer formar parte de tu red 🙌 ¡Que tengas una excelente semana!"),
    ]),
    T("es", "a_foreign", p="li", conn="old", steps=[
        ("me", "0", "Hola Carmen, ¿pudiste revisar el presupuesto de la fase 2?"),
        ("a", "0", "Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 18 de noviembre, sin acceso regular al correo. Para asuntos urgentes, puede contactar con Javier Soler en javier.soler@example.es. Un saludo."),
    ]),
    T("es", "a_foreign", p="li", conn="recent", sender="account:Comunidad UX Hispana", steps=[
        ("a", "0", "¡Bienvenido/a a Comunidad UX Hispana! 🎉 Ya formas parte de una red de más de 12.000 profesionales. Aquí recibirás las novedades de nuestros encuentros y recursos. Para dejar de recibir mensajes, responde BAJA."),
    ]),
    T("es", "a_foreign", p="x", conn="recent", steps=[
        ("a", "0", "¡Gracias por seguirme! 😊 En Instagram comparto tips de diseño cada día, ¿nos vemos también por allá? @<<handle>>"),
    ]),
    T("es", "a_foreign", p="x", conn="recent", copies=2, steps=[
        ("a", "0", "Gracias por seguirme 🙏 Te regalo mi plantilla de Notion para freelancers de diseño: <<site>>/plantilla"),
    ]),
    T("es", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Hola Jordan, me encontré con tu perfil y quedé muy impresionado con tu trayectoria. Siempre es un placer conectar con profesionales de tu nivel. ¡Saludos!"),
    ]),
    T("es", "a_foreign", p="li", conn="old", copies=2, steps=[
        ("a", "0", "¡Feliz cumpleaños, Jordan!"),
    ]),
    T("es", "a_foreign", p="li", conn="old", steps=[
        ("a", "0", "¡Enhorabuena por tu aniversario laboral!"),
    ]),
    T("es", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Hola {{first_name}}, ¡gracias por conectar! Me encanta ampliar mi red con profesionales de {{industry}}."),
    ]),
    T("es", "a_foreign", p="any", conn="recent", sender="account:Boletín Producto & Café", steps=[
        ("a", "0", "¡Listo! Tu suscripción a Producto & Café está confirmada ☕ Recibirás el próximo número el domingo por la mañana."),
    ]),
    T("es", "a_foreign", p="li", conn="old", sender="account:Meetup Diseño Madrid", steps=[
        ("a", "0", "⏰ Recordatorio: el evento «Diseño y datos sin miedo» empieza en 1 hora. Enlace para unirte: <<site>>/directo. ¡Nos vemos dentro!"),
    ]),
    T("es", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Buenos días Jordan, estoy ampliando mi red de contactos con profesionales del sector del diseño y la tecnología. Encantado de conectar contigo."),
    ]),

    # ---------------------------------------------------------------- n_foreign (es)
    T("es", "n_foreign", p="any", conn="old", sender="account:Boletín Producto & Café", steps=[
        ("n", "0", "☕ Producto & Café #112\nEsta semana: cómo decir que no a un stakeholder sin perder el trabajo, una plantilla de priorización y 4 ofertas de empleo remotas.\nLéelo aquí: <<site>>/112"),
        ("n", "7d", "☕ Producto & Café #113 ya está aquí: especial discovery con entrevistas a 3 PMs de Latam. <<site>>/113"),
        ("n", "7d", "☕ #114 — cerramos el año con las 10 lecturas de producto más abiertas por la comunidad. Gracias por estar ahí 💛 <<site>>/114"),
    ]),
    T("es", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "📢 Webinar gratuito: «Cómo presentar diseño a comités de dirección» — miércoles 4 de diciembre, 18:00 (CET). Cupos limitados. Inscríbete aquí: <<site>>/webinar"),
    ]),
    T("es", "n_foreign", p="li", conn="old", sender="account:DiseñoBar Madrid", steps=[
        ("n", "0", "¡Vuelve DiseñoBar! 🍻 Jueves 12 de diciembre a las 19:30. Charlas relámpago, networking y vermú. Entrada gratuita con registro: <<site>>/diciembre"),
    ]),
    T("es", "n_foreign", p="x", conn="old", steps=[
        ("n", "0", "⚡ SOLO 48 HORAS ⚡ Mi curso «Figma de cero a pro» al 50 %. Más de 3.000 alumnos ya lo han hecho. Aprovecha antes del domingo: <<site>>/curso"),
    ]),
    T("es", "n_foreign", p="li", conn="old", sender="account:Asociación de Diseñadores del Levante", steps=[
        ("n", "0", "Estimados socios:\n\nOs recordamos que el plazo para renovar la cuota 2027 termina el 31 de diciembre. Este año incluimos seguro de responsabilidad civil y acceso gratuito a las jornadas de primavera.\n\nRenovación: <<site>>/socios\n\nLa Junta Directiva"),
    ]),
    T("es", "n_foreign", p="x", conn="old", sender="account:Mares Limpios", steps=[
        ("n", "0", "🌊 ¡Ya somos 48.000! Gracias a vuestras firmas, el Ayuntamiento ha aceptado recibirnos. Ayúdanos a llegar a 50.000 antes del pleno: firma y comparte 👉 <<site>>/firma"),
    ]),
    T("es", "n_foreign", p="li", conn="recent", sender="account:Tablerito", steps=[
        ("n", "0", "Novedades de Tablerito 🎉\n• Plantillas para retrospectivas\n• Votación anónima en tarjetas\n• Integración con tu calendario\nMira todo lo nuevo: <<site>>/novedades"),
    ]),
    T("es", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "Nueva edición de mi newsletter «Cosas de diseño» 📨 Hoy: por qué dejé de usar personas ficticias en mis proyectos y qué hago ahora. Léela y me cuentas: <<site>>/edicion-31"),
    ]),
    T("es", "n_foreign", p="li", conn="recent", copies=2, steps=[
        ("n", "0", "🎯 Masterclass gratuita: «Consigue tus primeros 5 clientes de diseño en 30 días». Este jueves en directo, plazas limitadas. Reserva tu lugar aquí: <<site>>/masterclass"),
    ]),
    T("es", "n_foreign", p="x", conn="old", sender="account:Tipos Móviles", steps=[
        ("n", "0", "BLACK FRIDAY 🖤 Todas nuestras familias tipográficas con un 40 % de descuento hasta el lunes. Licencia web + escritorio incluida. <<site>>/blackfriday"),
    ]),
    T("es", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "📗 ¡Mi ebook «Diseño de servicios en 10 lecciones» ya está disponible! Durante esta semana, descarga gratuita para toda mi red. Si te gusta, compártelo 🙏 <<site>>/ebook"),
    ]),
    T("es", "n_foreign", p="any", conn="old", sender="account:Empleos Diseño", steps=[
        ("n", "0", "🔔 8 nuevas ofertas para Product Designer esta semana: Senior PD (remoto, España), Lead UX (Ciudad de México), Diseñador/a de servicios (Bilbao)… Ver todas: <<site>>/ofertas"),
    ]),
    T("es", "n_foreign", p="li", conn="old", sender="account:Congreso Producto Iberia", steps=[
        ("n", "0", "🎟️ Últimas entradas con precio early bird para Congreso Producto Iberia 2027 (Madrid, 18–19 de marzo). 35 ponentes, 2 días, 1 fiesta. Hasta el viernes: <<site>>/entradas"),
    ]),
    T("es", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "Hola a todos 👋 Os cuento que este mes abrimos la segunda edición de nuestro programa de mentoría para diseñadoras que vuelven al mercado laboral. Plazas gratuitas, inscripciones hasta el 20 de diciembre: <<site>>/mentoria. ¡Difundidlo, por favor!"),
    ]),
    T("es", "n_foreign", p="li", conn="old", sender="account:Red de Diseño Público", steps=[
        ("n", "0", "📬 Boletín de noviembre – Red de Diseño Público\n\nHola a toda la comunidad:\n\nCerramos un mes intenso. Estas son las novedades:\n\n1. Publicamos la guía «Formularios para todas las personas», con 40 patrones probados en ayuntamientos de España y Latinoamérica. Descarga libre: <<site>>/guia-formularios\n2. Abrimos la convocatoria para el laboratorio de invierno: 6 semanas, en remoto, para equipos de administraciones locales. Plazo hasta el 20 de diciembre.\n3. Ya están las grabaciones del encuentro de Quito, con subtítulos en español y portugués.\n4. Buscamos voluntarias y voluntarios para revisar la accesibilidad de nuestra web en enero.\n\nY una petición: si este boletín te resulta útil, reenvíalo a alguien de tu equipo. Así crecemos.\n\n¡Hasta el mes que viene!\nEl equipo de la Red de Diseño Público\n\nPara darte de baja, responde BAJA."),
    ]),
]

# =====================================================================================================
# PORTUGUÊS (Portugal e Brasil)
# =====================================================================================================
THREADS += [
    # ---------------------------------------------------------------- g_foreign (pt)
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Bom dia! Hoje chego mais tarde, tenho consulta no dentista às 9h30. Devo estar no estúdio por volta das 11h. Se precisares de alguma coisa liga-me 🙏"),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, o pessoal da Tágide ligou a pedir os ficheiros finais em SVG e não só em PNG. Posso mandar já ou queres rever primeiro?"),
        ("me", "10m", "Manda já, está tudo aprovado."),
        ("g", "2m", "Feito ✅"),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Boa tarde, Sr. Jordan,\n\nRelembro que a declaração periódica do IVA do 3.º trimestre tem de ser submetida até dia 20. Ainda me faltam algumas faturas de fornecedores de setembro (a do software de design e a da renda do espaço). Consegue enviar-mas até sexta?\n\nObrigada,\n<<first>>\nGabinete de Contabilidade <<company>>"),
    ]),
    T("pt", "g_foreign", p="any", conn="old", steps=[
        ("g", "0", "Olá Jordan, o técnico do ar condicionado pode passar no estúdio na quinta às 10h. Vai estar lá alguém para abrir a porta? Cumprimentos"),
    ]),
    T("pt", "g_foreign", p="li", conn="old", hl="Head de Produto | Banco Ipê", steps=[
        ("g", "0", "Oi Jordan, tudo bem? Então, a diretoria adorou os protótipos! Só pediram pra gente testar uma versão com o menu embaixo, tipo app de banco mesmo. Dá pra incluir isso na próxima sprint ou precisa de aditivo no contrato?"),
    ]),
    T("pt", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "epá vi agora o teu post, parabéns pelo Plotline!! 🎉 temos de celebrar, jantar sexta na tasca do costume?"),
        ("me", "30m", "Bora! 20h30?"),
        ("g", "1m", "fechado, eu marco mesa"),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, soube pelo Duarte da partida do teu avô. Lamento imenso. Um abraço muito apertado para ti e para a tua mãe. Se precisares que tratemos de alguma coisa do estúdio esta semana, conta connosco, a sério."),
    ]),
    T("pt", "g_foreign", p="li", conn="none", channel="inmail", hl="Talent Acquisition Lead | Maré Seguros", steps=[
        ("g", "0", "Olá Jordan,\n\nEstou a recrutar para a Maré Seguros um Head of Product Design (Lisboa, regime híbrido, 75–90 mil € brutos/ano). A equipa tem 8 designers e precisa de alguém que junte research e design system, num contexto muito regulado.\n\nPensei em si por causa do trabalho na Kestrel Health, que é precisamente esse tipo de desafio.\n\nTeria disponibilidade para uma conversa de 20 minutos, sem compromisso? E, se não fizer sentido, aceito com gosto uma sugestão de alguém da sua rede.\n\nCumprimentos,\n<<first>>"),
    ]),
    T("pt", "g_foreign", p="x", conn="recent", steps=[
        ("g", "0", "Olá Jordan! Sou estudante de design em Recife e vi sua palestra no YouTube sobre roadmaps honestos. Tô fazendo meu TCC sobre ferramentas de planejamento em equipes pequenas. Posso te mandar umas perguntas por aqui? Prometo que são poucas 😅"),
    ]),
    T("pt", "g_foreign", p="li", conn="none", hl="Jornalista | Observatório Digital", steps=[
        ("g", "0", "Bom dia, Jordan. Sou jornalista do Observatório Digital e estou a preparar um artigo sobre estúdios de design fundados por estrangeiros em Lisboa. Teria disponibilidade para uma conversa de 20 a 30 minutos esta semana? Pode ser por telefone ou no vosso estúdio, como preferir."),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, obrigado pela reunião de ontem. Falei com a minha sócia e gostávamos de acompanhar a ronda do Plotline. Consegues enviar-me o cap table atualizado e o modelo financeiro até sexta? Depois marcamos com o nosso advogado."),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Assunto: Reunião de direção – 5 dez.\n\nOlá Jordan,\n\nsegue em anexo a proposta de plano de atividades para 2027. Gostava que olhasses sobretudo para a parte das residências, parece-me que o orçamento está curto para três residentes.\n\nAbraço,\n<<first>>\n\n- plano_atividades_2027_v2.docx"),
    ]),
    T("pt", "g_foreign", p="x", conn="none", steps=[
        ("g", "0", "Cara, sério, perdi toda a roadmap que fiz ontem. Cliquei em «desfazer» e sumiu TUDO. Tem como recuperar?? Era pra reunião de amanhã cedo 😭"),
        ("me", "20m", "Calma, tem sim! Temos histórico de versões. Me passa o nome do workspace que eu restauro pra você."),
        ("g", "3m", "é «squad-pagamentos». muito obrigado, sério"),
        ("g", "30m", "voltou tudo!!! você salvou minha vida"),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, apresento-te a Rita Calado, fundadora da Sal & Pimenta (plataforma de reservas para restaurantes). Ela precisa de ajuda para repensar o fluxo de reservas e eu disse-lhe que vocês são os melhores em Lisboa nisso.\n\nRita, o Jordan é o tal de que te falei no jantar.\n\nDeixo-vos à conversa!"),
    ]),
    T("pt", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Olá Jordan, vi que a Fieldnote está à procura de um designer de produto júnior. Terminei o mestrado em Design de Interação em julho e fiz estágio numa fintech do Porto durante seis meses. Posso enviar-lhe o portefólio por aqui, ou prefere que siga pelo formulário do site?"),
    ]),
    T("pt", "g_foreign", p="li", conn="none", steps=[
        ("me", "0", "Boa tarde, têm disponibilidade na sala grande no dia 12 para um workshop de 10 pessoas?"),
        ("g", "2h", "Boa tarde Jordan! Temos, sim. A sala grande fica a 180 € o dia, com projetor e coffee break para 10 pessoas incluídos. Quer que faça já a pré-reserva? Seguro-a até segunda sem custos."),
    ]),
    T("pt", "g_foreign", p="any", conn="old", steps=[
        ("g", "0", "Filho, já chegaste a casa? Vi na televisão que há greve nos comboios amanhã, vê lá como vais para o Porto. Beijinhos da mãe ❤️"),
    ]),
    T("pt", "g_foreign", p="x", conn="recent", steps=[
        ("me", "0", "Aqui está o link dos slides da palestra: fieldnote.example/slides-poa 🙂"),
        ("g", "1h", "valeu demais!!"),
    ]),
    T("pt", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Oi! Uso o Plotline na minha equipe (somos 5 PMs). Vocês pretendem ter integração com o Jira? É a única coisa que falta pra gente abandonar a planilha de vez."),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Parabéns pela entrevista no jornal de domingo! Gostei muito da parte em que dizes que um estúdio pequeno não tem de ser uma agência em miniatura. Já a partilhei com a minha equipa, deu uma boa discussão ao almoço."),
    ]),
    T("pt", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "Jordan, vi que você tá passando por um momento pesado com o estúdio. Só queria dizer que tô aqui, tá? Se quiser desabafar, me liga a qualquer hora, mesmo com o fuso 💛"),
    ]),
    T("pt", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Oi Jordan! Aqui é da produção do Design Sul Summit. Seu voo para Porto Alegre está confirmado para o dia 3, e o motorista vai estar te esperando no desembarque com uma plaquinha. Qualquer coisa, meu WhatsApp é +55 51 99812-4470. Até lá! 🙌"),
    ]),
    T("pt", "g_foreign", p="li", conn="old", history="partial", steps=[
        ("g", "0", "Ok, fechamos então em três fases. Mas a fase 2 tem mesmo de estar pronta antes do evento de novembro, senão não conseguimos apresentar aos parceiros."),
        ("me", "1h", "Combinado. Fica o dia 31 de outubro como data de entrega da fase 2."),
        ("g", "15m", "Perfeito. Envio hoje a adenda ao contrato."),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan"),
        ("g", "1m", "a impressora do estúdio morreu outra vez 🙃"),
        ("g", "1m", "posso encomendar uma nova ou esperamos pelo orçamento de janeiro?"),
    ]),
    T("pt", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "Jordaaan! Quanto tempo! Vi que você mora em Lisboa agora, que inveja boa. Vou estar aí em março com a minha esposa, bora tomar um vinho?"),
    ]),
    T("pt", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Olá Jordan, desculpa a abordagem direta. Estou a pensar abrir atividade como designer freelancer e não percebo nada de recibos verdes nem de segurança social. Tens algum contabilista que recomendes? Vi num post teu que também passaste por isso quando chegaste."),
    ]),
    T("pt", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Obrigada por aceitares! Conhecemo-nos ontem no encontro de UX do Porto, eu estava na mesa ao lado e falámos de acessibilidade em formulários. Queria pedir-te o nome daquele livro que recomendaste, não consegui apontar."),
    ]),
    T("pt", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Exmo. Senhor Jordan Reyes,\n\nVenho por este meio convidá-lo a ser coorientador da dissertação de mestrado da aluna Beatriz Lemos, intitulada «Incerteza e planeamento em equipas de produto pequenas». A própria aluna sugeriu o seu nome, tendo por base o trabalho desenvolvido com o Plotline.\n\nA coorientação implica cerca de uma reunião mensal entre janeiro e setembro, podendo ser feita à distância.\n\nFico a aguardar a sua resposta e disponível para qualquer esclarecimento.\n\nCom os melhores cumprimentos,\n<<full>>\nProfessora Auxiliar, Escola Superior de Artes do Tejo"),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Prezado Jordan, boa tarde.\n\nConforme conversado, segue o contrato revisado com os ajustes na cláusula 7 (prazo de pagamento de 30 para 20 dias). Fico no aguardo da assinatura.\n\nAtenciosamente,\n<<full>>\nJurídico | <<company>>\n+55 11 3555-2190\n\n- contrato_fieldnote_v3.pdf"),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Olá Jordan, a design review de amanhã passou para a sala 2, a 1 está ocupada com a auditoria. Mesma hora."),
    ]),
    T("pt", "g_foreign", p="li", conn="none", steps=[
        ("me", "0", "Bom dia, fazem mesas à medida? Precisamos de uma mesa de reuniões para 8 pessoas."),
        ("g", "5h", "Bom dia! Fazemos, sim. Para 8 pessoas, em carvalho maciço, 240 x 100 cm, fica por volta de 1.850 € com IVA, prazo de 5 semanas. Pode passar cá na oficina para ver as madeiras? Estamos abertos de segunda a sábado de manhã."),
    ]),
    T("pt", "g_foreign", p="x", conn="none", steps=[
        ("g", "0", "Oi Jordan! Tenho um podcast chamado «Rabisco», sobre o dia a dia de quem trabalha com design. Adoraria conversar com você sobre a vida de estúdio pequeno e o lançamento do Plotline. É tudo remoto, uns 50 min. Topa?"),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Obrigado pela recomendação para o projeto da Ribeirinha, Jordan. Fechámos ontem! Fico a dever-te um almoço (ou dois)."),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Atualizei o quadro do Plotline com as datas do cliente. O lançamento passou para 14 de janeiro, ainda estão à espera da aprovação regulatória. Mudei a confiança da fase 3 para «baixa», se discordares diz-me."),
    ]),
    T("pt", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Tens um minuto hoje à tarde? Queria falar contigo sobre o orçamento da Kestrel antes de o enviar."),
    ]),

    # ---------------------------------------------------------------- p_foreign (pt)
    T("pt", "p_foreign", p="li", conn="recent", hl="CEO | Vendas B2B previsíveis para agências", steps=[
        ("p", "0", "Olá Jordan, tudo bem? Obrigado por aceitar o convite! Vi que você é fundador da Fieldnote Studio e queria te apresentar uma solução que tem ajudado agências a triplicar a geração de leads em 90 dias. Tem 15 minutos essa semana? <<cal>>"),
        ("p", "3d", "Oi Jordan, conseguiu ver minha mensagem? 😊"),
        ("p", "6d", "Jordan, imagino que a agenda esteja corrida. Vou deixar o link aqui caso faça sentido mais pra frente: <<cal>>"),
    ]),
    T("pt", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Bom dia Jordan, estive a analisar a presença online da Fieldnote e reparei que não estão a investir em anúncios no Google. Ofereço-lhe uma auditoria gratuita com uma estimativa de quantos clientes está a perder todos os meses. Posso enviar?"),
    ]),
    T("pt", "p_foreign", p="x", conn="recent", steps=[
        ("p", "0", "Designer que ainda cobra por hora tá deixando dinheiro na mesa 💸 Na minha mentoria «Design 6 Dígitos» eu te ensino a precificar por valor. Chama que eu te explico como funciona 👇 <<cal>>"),
    ]),
    T("pt", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Bom dia, Jordan.\n\nA Fieldnote já utiliza um software de faturação certificado com integração bancária? A nossa solução trata da faturação, dos recibos e da comunicação ao fisco, num só sítio, a partir de 19 €/mês.\n\nTeria 20 minutos na próxima semana para uma demonstração?\n\nCumprimentos,\n<<full>>\nGestor de Contas, <<company>>"),
    ]),
    T("pt", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Fala Jordan! Aqui é da <<company>>, somos uma software house de Florianópolis com squads prontos de React, Node e Flutter. Atendemos vários estúdios europeus com custo até 60 % menor. Posso te mandar nosso portfólio?"),
    ]),
    T("pt", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Vi seu post sobre esgotamento e me identifiquei muito 💛 Eu também já estive nesse lugar. Foi por isso que criei o programa «Fundador Leve», 8 semanas para recuperar energia sem largar o negócio. Tenho duas vagas para dezembro, quer conversar?"),
    ]),
    T("pt", "p_foreign", p="x", conn="none", steps=[
        ("p", "0", "fala jordan! sua landing ta linda mas ta perdendo conversão. faço um redesign focado em CRO em 7 dias, com garantia. bora?"),
    ]),
    T("pt", "p_foreign", p="li", conn="recent", steps=[
        ("p", "0", "Olá {{primeiro_nome}}, obrigado por se conectar! Percebi que a {{empresa}} atua em {{setor}} e acredito que podemos ajudar vocês a dobrar as vendas com automação de WhatsApp. Podemos agendar uma conversa?"),
    ]),
    T("pt", "p_foreign", p="li", conn="none", channel="sponsored", sender="account:Banco Farol Empresas", steps=[
        ("p", "0", "Jordan, abra a conta empresa do Banco Farol em 5 minutos, 100 % online, e fique 6 meses sem comissões de manutenção. Oferta válida até 31 de dezembro. Abrir conta →"),
    ]),
    T("pt", "p_foreign", p="li", conn="old", steps=[
        ("me", "0", "Olá! Vi que organizas o encontro de design em Braga. Ainda há lugares para assistir?"),
        ("p", "3h", "Olá Jordan! Lugares para assistir já esgotaram 😕 Mas temos um pacote de patrocinador com entrada VIP para 2 pessoas, logótipo no palco e um stand por 1.200 €. Interessa? Posso enviar a proposta hoje."),
    ]),
    T("pt", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Olá Jordan, um bom vídeo institucional vale mais do que mil slides 🎬 Produzimos vídeos para estúdios e startups em Lisboa, desde 1.500 €. Posso mostrar-lhe alguns trabalhos recentes numa chamada rápida?"),
    ]),
    T("pt", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Boa tarde Jordan, temos neste momento 4 designers de produto pré-selecionados, disponíveis para início imediato, com experiência em fintech e saúde. Trabalhamos apenas à comissão. Posso enviar os perfis?"),
    ]),
    T("pt", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Olá Jordan! Café bom no escritório aumenta a produtividade da equipa ☕ Instalamos máquinas de café em grão em estúdios e escritórios de Lisboa, com o primeiro mês gratuito. Quando posso passar aí para uma degustação?"),
    ]),
    T("pt", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Parabéns, Jordan! 🏆 A Fieldnote Studio foi selecionada para o Prêmio Excelência Digital Ibero-Americana 2027. Para confirmar a participação na cerimônia e receber o selo oficial, basta garantir seu pacote até 10/12 (a partir de R$ 4.900). Posso te enviar os detalhes?"),
    ]),
    T("pt", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Oi Jordan, você é a pessoa certa para falar sobre benefícios para colaboradores na Fieldnote? Temos um cartão multibenefícios que as equipes adoram. Posso te apresentar em 15 minutos?"),
        ("p", "5d", "Oi Jordan, voltando aqui pra saber se conseguiu ver 🙂"),
    ]),

    # ---------------------------------------------------------------- a_foreign (pt)
    T("pt", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Obrigado por aceitar o convite, Jordan! Fico feliz em fazer parte da sua rede. Sucesso!"),
    ]),
    T("pt", "a_foreign", p="li", conn="old", steps=[
        ("me", "0", "Olá Inês, conseguiste ver o orçamento que enviei na semana passada?"),
        ("a", "0", "Obrigada pelo seu contacto. Encontro-me ausente em férias até dia 25 de novembro, sem acesso ao e-mail. Para assuntos urgentes, por favor contacte geral@example.pt. Responderei assim que possível."),
    ]),
    T("pt", "a_foreign", p="li", conn="recent", sender="account:Casa do Design Lisboa", steps=[
        ("a", "0", "Bem-vindo à Casa do Design Lisboa! 👋 A partir de agora vais receber aqui as novidades sobre exposições, workshops e encontros. Para deixar de receber mensagens, responde SAIR."),
    ]),
    T("pt", "a_foreign", p="x", conn="recent", steps=[
        ("a", "0", "Valeu por me seguir! 🙌 No Instagram eu posto dicas de design todo dia, me segue lá também? @<<handle>>"),
    ]),
    T("pt", "a_foreign", p="x", conn="recent", copies=2, steps=[
        ("a", "0", "Obrigado por seguir! 🎁 Como boas-vindas, baixe grátis meu e-book «50 referências de UI para 2027»: <<site>>/ebook"),
    ]),
    T("pt", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Olá Jordan, ao ver o seu perfil fiquei muito impressionado com o seu percurso profissional. É sempre um prazer ligar-me a profissionais de excelência. Um abraço!"),
    ]),
    T("pt", "a_foreign", p="li", conn="old", copies=2, steps=[
        ("a", "0", "Parabéns pelo novo cargo!"),
    ]),
    T("pt", "a_foreign", p="li", conn="old", steps=[
        ("a", "0", "Parabéns pelo aniversário! 🎂"),
    ]),
    T("pt", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Oi {{first_name}}, obrigado por conectar! Adoro trocar ideias com profissionais de {{industry}}. Vamos manter contato!"),
    ]),
    T("pt", "a_foreign", p="any", conn="recent", sender="account:Pixel Lusitano", steps=[
        ("a", "0", "Subscrição confirmada ✅ Obrigado por te juntares ao Pixel Lusitano! A próxima edição chega na terça-feira."),
    ]),
    T("pt", "a_foreign", p="li", conn="old", sender="account:Encontros de Produto Porto", steps=[
        ("a", "0", "Lembrete: o encontro «Roadmaps sem mentiras» é amanhã às 18h30, no auditório do 2.º piso. Traz o teu bilhete no telemóvel. Até amanhã!"),
    ]),
    T("pt", "a_foreign", p="x", conn="recent", steps=[
        ("a", "0", "Obrigado por seguir! Entra no meu grupo de WhatsApp com dicas diárias de UX e vagas da área 👉 <<site>>/grupo"),
    ]),
    T("pt", "a_foreign", p="li", conn="none", sender="account:Gráfica Alfama", steps=[
        ("me", "0", "Bom dia, queria saber se as 300 brochuras já foram expedidas."),
        ("a", "0", "Olá! 😊 Obrigado pela sua mensagem. O nosso horário de atendimento é de segunda a sexta, das 9h às 18h. Responderemos o mais brevemente possível. Para acompanhar a sua encomenda: <<site>>/encomendas"),
    ]),

    # ---------------------------------------------------------------- n_foreign (pt)
    T("pt", "n_foreign", p="any", conn="old", sender="account:Pixel Lusitano", steps=[
        ("n", "0", "🟦 Pixel Lusitano #58\nNesta edição: o regresso dos ícones ilustrados, um guia de tipografia para ecrãs pequenos e as vagas da semana em Lisboa e no Porto.\nLer: <<site>>/58"),
        ("n", "7d", "🟦 Pixel Lusitano #59 já saiu! Especial fim de ano: os 10 melhores projetos portugueses de 2026. <<site>>/59"),
        ("n", "7d", "🟦 Pixel Lusitano #60 — entrevista com três estúdios que trabalham 4 dias por semana. <<site>>/60"),
    ]),
    T("pt", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "📣 Webinar gratuito: «Design para pessoas mais velhas: o que aprendemos em 40 testes». Quinta-feira, 18h (Lisboa). Inscrições: <<site>>/webinar"),
    ]),
    T("pt", "n_foreign", p="li", conn="old", sender="account:UX Lisboa Meetup", steps=[
        ("n", "0", "🍷 UX Lisboa #27 — terça, 10 de dezembro, 19h\nDuas talks curtas + petiscos\n• «Research de guerrilha»\n• «O que os call centers sabem sobre UX»\nInscreve-te (entrada livre, lugares limitados): <<site>>/27"),
    ]),
    T("pt", "n_foreign", p="x", conn="old", steps=[
        ("n", "0", "🔥 SÓ ATÉ DOMINGO: meu curso de Design Systems com 50 % OFF. Mais de 2.000 alunos, acesso vitalício e certificado. Garanta o seu 👉 <<site>>/curso"),
    ]),
    T("pt", "n_foreign", p="li", conn="old", sender="account:Associação Design Aberto", steps=[
        ("n", "0", "Caros associados,\n\nA assembleia geral ordinária realiza-se a 14 de dezembro, às 15h, na nossa sede e online. Em cima da mesa: relatório de contas 2026, plano de atividades 2027 e eleição da mesa.\n\nConvocatória completa: <<site>>/ag\n\nA Direção"),
    ]),
    T("pt", "n_foreign", p="x", conn="old", sender="account:Lisboa a Pedalar", steps=[
        ("n", "0", "🚲 Faltam só 600 assinaturas para levarmos a petição da ciclovia da avenida à Assembleia Municipal! Assina e partilha com os teus amigos: <<site>>/peticao"),
    ]),
    T("pt", "n_foreign", p="li", conn="recent", sender="account:Quadrado", steps=[
        ("n", "0", "Novidades no Quadrado ✨\n– Quadros partilhados com clientes (só leitura)\n– Exportação para PDF com a vossa marca\n– Atalhos de teclado personalizáveis\nVejam tudo aqui: <<site>>/novidades"),
    ]),
    T("pt", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "Saiu a nova edição da minha newsletter «Rascunhos» ✍️ Esta semana escrevo sobre porque é que deixei de fazer propostas com três opções de preço. Boa leitura: <<site>>/rascunhos-24"),
    ]),
    T("pt", "n_foreign", p="x", conn="recent", copies=2, steps=[
        ("n", "0", "AULA GRATUITA 🚨 «Como conseguir clientes internacionais como designer», nesta quarta às 20h (Brasília). Vagas limitadas! Garanta a sua: <<site>>/aula"),
    ]),
    T("pt", "n_foreign", p="li", conn="old", sender="account:Papelaria Tinta Azul", steps=[
        ("n", "0", "BLACK FRIDAY na Tinta Azul 🖤 -30 % em cadernos, canetas e agendas 2027. Portes grátis acima de 35 €. Só até segunda! <<site>>"),
    ]),
    T("pt", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "📖 O meu livro «Desenhar Serviços Públicos» chega às livrarias a 20 de janeiro! Pré-venda com autógrafo e 15 % de desconto para quem me segue aqui: <<site>>/livro. Obrigado a todos pelo apoio ao longo destes anos 🙏"),
    ]),
    T("pt", "n_foreign", p="any", conn="old", sender="account:Vagas Design PT", steps=[
        ("n", "0", "🔎 Vagas da semana: Product Designer (Lisboa, híbrido), UX Researcher (Porto), Designer de Serviços (remoto) e mais 9. Ver todas: <<site>>/vagas"),
    ]),
    T("pt", "n_foreign", p="li", conn="old", sender="account:Festival Forma Porto", steps=[
        ("n", "0", "Os bilhetes early bird para o Festival Forma 2027 terminam sexta-feira ⏳ Três dias, 30 oradores, workshops práticos. Garante o teu: <<site>>/bilhetes"),
    ]),
    T("pt", "n_foreign", p="x", conn="old", steps=[
        ("n", "0", "HOJE às 19h tem live no Instagram! 🎥 Vou revisar portfólios de quem estiver assistindo ao vivo. Ativa o lembrete e chama a galera: <<site>>/live"),
    ]),
    T("pt", "n_foreign", p="li", conn="old", sender="account:Refeição Solidária", steps=[
        ("n", "0", "🎄 Este Natal, oferece uma refeição quente a quem mais precisa. Com 5 € garantes um jantar; com 25 €, uma semana de almoços. Já angariámos 62 % do objetivo! Contribui aqui: <<site>>/natal"),
    ]),
    T("pt", "g_foreign", p="li", conn="old", hl="Diretora de Operações | Clínica Horizonte", steps=[
        ("g", "0", "Re: Protótipo v3 – marcações online\n\nOlá Jordan,\n\nObrigada pela sessão de ontem. Partilhei o protótipo com a equipa da receção e com duas médicas, e deixo aqui o resumo do que ouvimos:\n\n• O passo da escolha do médico está ótimo, mas as pessoas mais velhas não percebem o ícone do filtro. Talvez escrever «Filtrar» por extenso?\n• A receção pede que a confirmação mostre também a morada da clínica, porque temos duas unidades e há sempre quem vá à errada.\n• O campo do NIF deve ser opcional; muitos utentes não o sabem de cor.\n• As médicas gostaram muito do lembrete na véspera, mas querem poder desativá-lo para consultas de urgência.\n\nNa parte técnica, o Nuno confirma que a integração com a agenda só fica pronta a 15 de dezembro, por isso não há pressa na versão final.\n\nConseguimos falar na quinta de manhã para fechar estes pontos?\n\nCom os melhores cumprimentos,\n<<full>>\nDiretora de Operações\nTel. +351 21 555 0148"),
    ]),
]

# =====================================================================================================
# ITALIANO
# =====================================================================================================
THREADS += [
    # ---------------------------------------------------------------- g_foreign (it)
    T("it", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "Jordan!! sei vivo? 😄 ho visto che sei passato da Milano la settimana scorsa e non mi hai scritto. ti perdono solo se mi offri uno spritz a Lisbona a gennaio"),
    ]),
    T("it", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Ciao Jordan, domanda veloce: per i test con gli utenti di giovedì servono anche i moduli di consenso in italiano? Li prepariamo noi o li avete già voi? Così lo dico all'ufficio legale oggi."),
        ("me", "1h", "Li abbiamo in inglese e portoghese, l'italiano purtroppo no. Se li traducete voi, vi mando il testo base."),
        ("g", "10m", "Perfetto, mandamelo pure e ci pensiamo noi."),
    ]),
    T("it", "g_foreign", p="li", conn="none", channel="inmail", hl="Senior Recruiter – Digital & Design", steps=[
        ("g", "0", "Buongiorno Jordan,\n\nmi occupo della selezione per Ardesia, software house torinese nel settore assicurativo, che cerca un Design Director (team di 7 persone, riporto diretto al CPO). RAL 90–100k più bonus, ibrido Torino/remoto.\n\nTi scrivo perché il lavoro che hai fatto per Kestrel Health è esattamente il tipo di prodotto regolamentato, pieno di vincoli, che loro devono rendere semplice.\n\nSo che hai il tuo studio: se non fa per te, mi segnaleresti qualcuno?\n\nGrazie e buona giornata,\n<<first>>"),
    ]),
    T("it", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Complimenti per il talk di Bologna! La parte sulle «scommesse» al posto delle feature mi ha aperto un mondo. Lunedì l'abbiamo provata nel planning e per la prima volta nessuno ha chiesto «ma quando esce esattamente?» 😂"),
    ]),
    T("it", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Gentile Jordan Reyes,\n\nla Scuola di Design Contemporaneo di Firenze sarebbe lieta di invitarLa a tenere un workshop di due giornate per gli studenti del secondo anno, dedicato alla progettazione di prodotti digitali in ambito sanitario. Le date possibili sono il 12–13 o il 19–20 marzo.\n\nOffriamo un compenso di 1.200 € lordi, oltre a viaggio e alloggio.\n\nResto a disposizione per ogni chiarimento.\n\nCordiali saluti,\n<<full>>\nCoordinatrice didattica"),
    ]),
    T("it", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Ti aspetto alle 9 davanti alla stazione, ho una Panda grigia. Se il treno fa ritardo scrivimi qui 🙏"),
    ]),
    T("it", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Ciao! Piccolo bug su Plotline: se rinomino una colonna spariscono i colori delle etichette. Chrome su Mac, ultima versione. Per il resto lo adoriamo, il team marketing lo usa anche per il piano editoriale 🙌"),
    ]),
    T("it", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan, ti presento Lavinia Bassi, product lead di Orto Digitale (app per orti urbani condivisi, 40k utenti a Milano e Torino). Vogliono rifare l'onboarding e le ho detto che tu sei la persona giusta.\n\nLavinia, Jordan è quello dello studio di Lisbona di cui ti parlavo.\n\nVi lascio parlare!"),
    ]),
    T("it", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Salve Jordan, sono uno studente di interaction design a Firenze. Ho letto il suo articolo sulle roadmap «oneste» e vorrei usarlo come riferimento nella tesi. Posso citarlo? E, se ha cinque minuti, avrei una domanda su come misura la fiducia del team nelle stime."),
    ]),
    T("it", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "ci sei?"),
        ("g", "1m", "ho il cliente al telefono, chiede se possiamo anticipare la consegna a venerdì"),
        ("g", "1m", "che gli dico??"),
    ]),
    T("it", "g_foreign", p="li", conn="none", steps=[
        ("me", "0", "Ciao Marco, quanto costa lo spazio per un evento serale da 40 persone a fine gennaio?"),
        ("g", "3h", "Ciao Jordan! Per 40 persone la sala grande viene 650 € + IVA a serata (dalle 18 alle 23), pulizie incluse. Il catering possiamo organizzarlo noi oppure potete portare il vostro. Vuoi che ti blocchi una data?"),
    ]),
    T("it", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "Ho letto del furto allo studio, che schifo 😡 Se vi servono dei portatili in prestito nel frattempo, ne ho due fermi in ufficio. Dimmi tu, te li spedisco anche domani."),
    ]),

    # ---------------------------------------------------------------- p_foreign (it)
    T("it", "p_foreign", p="li", conn="recent", steps=[
        ("p", "0", "Grazie per il collegamento, Jordan! Aiutiamo studi di design come il tuo a ottenere 15–20 appuntamenti qualificati al mese con la lead generation su LinkedIn. Hai 15 minuti questa settimana per parlarne? <<cal>>"),
        ("p", "5d", "Ciao Jordan, riporto su il messaggio nel caso ti fosse sfuggito 🙂"),
    ]),
    T("it", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Buongiorno Jordan, ho analizzato il sito di Fieldnote Studio e ho trovato 12 errori tecnici che penalizzano il posizionamento su Google. Le offro un'analisi SEO gratuita e senza impegno. Gliela invio?"),
    ]),
    T("it", "p_foreign", p="x", conn="recent", steps=[
        ("p", "0", "Sei un founder e ti senti sempre sotto pressione? 😮‍💨 Con il mio percorso di coaching «Leader Sereno» in 6 settimane ritrovi lucidità e tempo. Prima sessione gratuita: <<cal>>"),
    ]),
    T("it", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Ciao Jordan, come gestite oggi ore, budget e fatture dei progetti in Fieldnote? Il nostro gestionale per agenzie fa tutto in un unico posto. Ti va una demo di 20 minuti la prossima settimana?"),
    ]),
    T("it", "p_foreign", p="x", conn="none", steps=[
        ("p", "0", "ehi jordan, bel prodotto plotline! facciamo video ads per SaaS che convertono tipo +40% ⚡ ti mando qualche esempio?"),
    ]),

    # ---------------------------------------------------------------- a_foreign (it)
    T("it", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Grazie per il collegamento, Jordan! Felice di far parte della tua rete. Buon lavoro!"),
    ]),
    T("it", "a_foreign", p="li", conn="old", steps=[
        ("me", "0", "Ciao Chiara, hai avuto modo di vedere le nuove schermate?"),
        ("a", "0", "Grazie per il messaggio. Sono fuori ufficio fino al 22 novembre con accesso limitato alla posta. Per urgenze scrivere a studio@example.it. Risponderò al mio rientro."),
    ]),
    T("it", "a_foreign", p="x", conn="recent", steps=[
        ("a", "0", "Grazie per il follow! 🙏 Su Instagram condivido ogni giorno ispirazioni di design, ci vediamo anche lì? @<<handle>>"),
    ]),
    T("it", "a_foreign", p="li", conn="old", copies=2, steps=[
        ("a", "0", "Buon compleanno!"),
    ]),

    # ---------------------------------------------------------------- n_foreign (it)
    T("it", "n_foreign", p="any", conn="old", sender="account:Quaderni di Prodotto", steps=[
        ("n", "0", "📓 Quaderni di Prodotto n. 41\nIn questo numero: come scrivere una PRD che qualcuno legge davvero, 3 esempi di pricing page e le offerte di lavoro della settimana.\nLeggi qui: <<site>>/41"),
        ("n", "7d", "📓 Quaderni di Prodotto n. 42 è online: speciale ricerca utente con budget zero. <<site>>/42"),
    ]),
    T("it", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "📅 Webinar gratuito giovedì alle 18: «Accessibilità digitale: cosa cambia per le aziende italiane». Iscriviti qui, posti limitati: <<site>>/webinar"),
    ]),
    T("it", "n_foreign", p="li", conn="old", sender="account:Design Aperitivo Milano", steps=[
        ("n", "0", "🥂 Torna il Design Aperitivo! Mercoledì 11 dicembre alle 19, tre talk brevi e tanto networking. Ingresso gratuito con registrazione: <<site>>/dicembre"),
    ]),
    T("it", "n_foreign", p="x", conn="old", sender="account:Carta & Inchiostro", steps=[
        ("n", "0", "BLACK FRIDAY 🖤 -30% su taccuini, agende 2027 e penne stilografiche. Spedizione gratuita sopra i 40 €. Solo fino a lunedì! <<site>>"),
    ]),
]

THREADS += [
    T("it", "n_foreign", p="li", conn="recent", sender="account:Lavagna App", steps=[
        ("n", "0", "Novità di novembre su Lavagna ✨\n• Modelli per le retrospettive\n• Commenti con @menzioni\n• Esportazione in PDF\nScopri tutte le novità: <<site>>/novita"),
    ]),
]

# =====================================================================================================
# NEDERLANDS
# =====================================================================================================
THREADS += [
    # ---------------------------------------------------------------- g_foreign (nl)
    T("nl", "g_foreign", p="x", conn="old", steps=[
        ("g", "0", "hee Jordan! lang niet gesproken. ben je eind januari nog in Lissabon? ik heb daar een conferentie en wil je graag zien. biertje?"),
        ("me", "2h", "Ja! Ik ben er de hele maand. Stuur je data even?"),
        ("g", "5m", "27 t/m 30 jan, ik app je 👍"),
    ]),
    T("nl", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Hoi Jordan, even kort: de stakeholders willen de nieuwe navigatie eerst met 5 echte gebruikers testen voordat we gaan bouwen. Kunnen jullie dat nog inplannen vóór de kerst? Anders moeten we het budget naar Q1 schuiven.\n\nGroet,\n<<first>>"),
    ]),
    T("nl", "g_foreign", p="li", conn="none", channel="inmail", hl="Recruiter Design & Tech | Polderpad", steps=[
        ("g", "0", "Hallo Jordan,\n\nIk ben op zoek naar een Head of Design voor Polderpad, een scale-up in Utrecht (mobiliteit, ongeveer 120 mensen). Het designteam bestaat nu uit 6 mensen en groeit volgend jaar naar 10.\n\nIk benader je omdat je bij Kestrel Health precies laat zien wat zij nodig hebben: een complex product begrijpelijk maken voor mensen die er geen zin in hebben.\n\nSalaris €105–120k plus aandelenopties, hybride of grotendeels remote.\n\nStaat je hoofd hiernaar, of ken je iemand die ik moet spreken?\n\nGroeten,\n<<first>>"),
    ]),
    T("nl", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Gefeliciteerd met de lancering van Plotline! We gebruiken het sinds de bèta en ons kwartaaloverleg duurt nu echt een uur korter. Geen grap."),
    ]),
    T("nl", "g_foreign", p="li", conn="none", hl="Freelance journalist | Vormgeving Vandaag", steps=[
        ("g", "0", "Goedemiddag Jordan, ik schrijf voor Vormgeving Vandaag een stuk over designers die naast klantwerk hun eigen product bouwen. Mag ik je daar volgende week een halfuurtje over bellen? Citaten krijg je vooraf ter controle."),
    ]),
    T("nl", "g_foreign", p="li", conn="none", steps=[
        ("g", "0", "Geachte heer Reyes,\n\nNamens Stichting Open Zorgontwerp nodig ik u uit om op 6 maart deel te nemen aan een rondetafelgesprek over de ontwerpkwaliteit van patiëntportalen, in Den Haag. Wij nodigen acht experts uit; uw werk voor Kestrel Health werd door meerdere deelnemers genoemd.\n\nReis- en verblijfkosten worden uiteraard vergoed.\n\nMet vriendelijke groet,\n<<full>>\nProgrammamanager"),
    ]),
    T("nl", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Je badge ligt bij de balie op naam van Fieldnote. Parkeren kan in de garage onder het gebouw, zeg bij de slagboom dat je voor ons komt. Tot donderdag!"),
    ]),
    T("nl", "g_foreign", p="li", conn="old", history="partial", steps=[
        ("g", "0", "Prima, dan schuiven we de oplevering een week op. Wel graag de tussenversie vrijdag, dan kan ik het intern laten zien aan de directie."),
    ]),
    T("nl", "g_foreign", p="x", conn="none", steps=[
        ("g", "0", "Jullie app logt me elke dag uit. Ik heb 2FA aan en moet dus elke ochtend opnieuw inloggen met mijn telefoon. Is dat de bedoeling?? Best irritant eerlijk gezegd."),
    ]),
    T("nl", "g_foreign", p="li", conn="none", steps=[
        ("me", "0", "Hoi, hebben jullie nog plek voor 2 personen in de workshop van 14 november?"),
        ("g", "4h", "Hoi Jordan, ja hoor, er zijn nog 3 plekken. Het kost €295 p.p. inclusief lunch. Zal ik jullie allebei inschrijven? Dan heb ik even de namen nodig."),
    ]),
    T("nl", "g_foreign", p="li", conn="old", steps=[
        ("g", "0", "Jordan"),
        ("g", "1m", "heb je de factuur van oktober al gestuurd?"),
        ("g", "1m", "onze boekhouding zit achter me aan 😅"),
    ]),
    T("nl", "g_foreign", p="li", conn="recent", steps=[
        ("g", "0", "Dag Jordan, bedankt voor de fijne babbel vorige week in Gent. Zoals beloofd stuur ik je de link naar ons onderzoek over toegankelijke formulieren: <<site>>/onderzoek. Laat maar weten wat je ervan vindt, vooral hoofdstuk 3 ben ik benieuwd naar."),
    ]),

    # ---------------------------------------------------------------- p_foreign (nl)
    T("nl", "p_foreign", p="li", conn="recent", steps=[
        ("p", "0", "Bedankt voor het connecten, Jordan! Wij helpen ontwerpbureaus aan een voorspelbare stroom nieuwe klanten via LinkedIn-outreach. Heb je deze week 15 minuten voor een kort gesprek? <<cal>>"),
        ("p", "4d", "Hoi Jordan, ik zet mijn bericht nog even bovenaan 🙂"),
    ]),
    T("nl", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Goedemorgen Jordan, ik heb de website van Fieldnote bekeken en zie een paar snelle verbeterpunten voor jullie conversie. Zal ik een gratis websitescan voor je maken? Geheel vrijblijvend."),
    ]),
    T("nl", "p_foreign", p="x", conn="recent", steps=[
        ("p", "0", "Ondernemer en altijd moe? 😴 In mijn 8-weekse coachingtraject leer je grenzen stellen zonder je bedrijf te laten vallen. Plan een gratis kennismaking: <<cal>>"),
    ]),
    T("nl", "p_foreign", p="li", conn="old", steps=[
        ("p", "0", "Hallo Jordan, bent u binnen Fieldnote Studio de juiste persoon om te spreken over urenregistratie en projectbudgetten? Ons platform bespaart bureaus gemiddeld 5 uur per week. Mag ik u een demo van 20 minuten laten zien?"),
    ]),
    T("nl", "p_foreign", p="li", conn="none", steps=[
        ("p", "0", "Hoi Jordan, wij leveren ervaren developers uit Lissabon én Kraków voor een vast maandtarief. Geen recruitmentkosten, binnen twee weken aan de slag. Past dat bij jullie plannen voor Plotline? Ik stuur graag een paar profielen."),
    ]),

    # ---------------------------------------------------------------- a_foreign (nl)
    T("nl", "a_foreign", p="li", conn="recent", steps=[
        ("a", "0", "Bedankt voor het connecten, Jordan! Leuk om elkaar hier te volgen. Fijne dag!"),
    ]),
    T("nl", "a_foreign", p="li", conn="old", steps=[
        ("me", "0", "Hoi Sanne, heb je de nieuwe planning al kunnen bekijken?"),
        ("a", "0", "Bedankt voor je bericht. Ik ben afwezig tot en met maandag 25 november en lees mijn berichten niet. Voor dringende zaken kun je contact opnemen met info@example.nl."),
    ]),
    T("nl", "a_foreign", p="li", conn="recent", sender="account:Ontwerpcafé Rotterdam", steps=[
        ("a", "0", "Welkom bij Ontwerpcafé Rotterdam! ☕ Je ontvangt hier voortaan aankondigingen van onze meetups en workshops. Liever niet meer? Antwoord met STOP."),
    ]),
    T("nl", "a_foreign", p="li", conn="old", copies=2, steps=[
        ("a", "0", "Gefeliciteerd met je werkjubileum!"),
    ]),

    # ---------------------------------------------------------------- n_foreign (nl)
    T("nl", "n_foreign", p="any", conn="old", sender="account:Het Ontwerpbulletin", steps=[
        ("n", "0", "📮 Het Ontwerpbulletin #77\nDeze week: waarom je designsysteem een eigenaar nodig heeft, een checklist voor toegankelijke knoppen en 6 nieuwe vacatures.\nLees verder: <<site>>/77"),
        ("n", "7d", "📮 Het Ontwerpbulletin #78 staat online: speciale editie over onderzoek met kleine budgetten. <<site>>/78"),
    ]),
    T("nl", "n_foreign", p="li", conn="old", steps=[
        ("n", "0", "🎙️ Gratis webinar op dinsdag 3 december, 16:00: «Van freelancer naar bureau: wat ik anders zou doen». Meld je hier aan: <<site>>/webinar"),
    ]),
    T("nl", "n_foreign", p="li", conn="old", sender="account:UX Borrel Amsterdam", steps=[
        ("n", "0", "🍻 UX Borrel Amsterdam – vrijdag 13 december vanaf 17:00. Korte talks, bitterballen en goede gesprekken. Gratis, wel even aanmelden: <<site>>/borrel"),
    ]),
    T("nl", "n_foreign", p="li", conn="recent", sender="account:Planbord", steps=[
        ("n", "0", "Nieuw in Planbord ✨\n• Tijdlijnweergave voor al je projecten\n• Reacties met @vermeldingen\n• Donkere modus\nBekijk alle updates: <<site>>/updates"),
    ]),
    T("nl", "n_foreign", p="x", conn="old", steps=[
        ("n", "0", "🖤 BLACK FRIDAY: al mijn Figma-templates en UI-kits 50% korting, alleen dit weekend. Speciaal voor mijn volgers 👉 <<site>>/shop"),
    ]),
]
