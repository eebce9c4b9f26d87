"""Sentences written for the tests, with the triples an analyst reads in them.

Each case: (lang, text, expected) where expected is a set of (subject, relation, object);
an empty set means nothing may be extracted (negated, hypothetical, place not actor...).
Symmetric relations are compared in either direction.
"""

CASES: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    # cooperates
    ("fr", "Dakar et Nouakchott ont signé un accord de coopération sur la pêche.",
     {("Senegal", "cooperates", "Mauritania")}),
    ("fr", "Le Niger renforce ses relations avec la Turquie.", {("Niger", "cooperates", "Turkey")}),
    ("fr", "Le rapprochement entre Rabat et Madrid se confirme.", {("Morocco", "cooperates", "Spain")}),
    ("en", "India and Japan deepened their partnership during the summit.",
     {("India", "cooperates", "Japan")}),
    ("en", "Riyadh restored relations with Tehran after seven years.",
     {("Saudi Arabia", "cooperates", "Iran")}),
    ("en", "Ghana strengthened its ties with Nigeria.", {("Ghana", "cooperates", "Nigeria")}),
    # military_cooperation
    ("fr", "Des officiers tchadiens sont formés par l'armée turque.",
     {("Turkey", "military_cooperation", "Chad")}),
    ("fr", "La Russie a livré des hélicoptères de combat au Burkina Faso.",
     {("Russia", "military_cooperation", "Burkina Faso")}),
    ("fr", "La coopération militaire entre le Niger et la Russie s'intensifie.",
     {("Niger", "military_cooperation", "Russia")}),
    ("en", "Turkey supplied armed drones to Mali.", {("Turkey", "military_cooperation", "Mali")}),
    ("en", "The United States and the Philippines held joint naval exercises.",
     {("United States", "military_cooperation", "Philippines")}),
    # supports
    ("fr", "La France soutient le plan d'autonomie marocain.", {("France", "supports", "Morocco")}),
    ("fr", "L'Union européenne a annoncé une aide humanitaire au Soudan.",
     {("European Union", "supports", "Sudan")}),
    ("fr", "Washington soutient Kiev face à l'invasion.", {("United States", "supports", "Ukraine")}),
    ("en", "Germany pledged financial aid to Jordan.", {("Germany", "supports", "Jordan")}),
    ("en", "Qatar backed Egypt in the negotiations.", {("Qatar", "supports", "Egypt")}),
    ("fr", "Moscou apporte son soutien au gouvernement malien.", {("Russia", "supports", "Mali")}),
    # member_of
    ("fr", "Le Burkina Faso, membre de l'Alliance des États du Sahel, a réagi.",
     {("Burkina Faso", "member_of", "Alliance of Sahel States")}),
    ("fr", "Le Niger travaille au sein de l'AES avec ses voisins.",
     {("Niger", "member_of", "Alliance of Sahel States")}),
    ("en", "Sweden joined NATO in 2024.", {("Sweden", "member_of", "NATO")}),
    ("en", "Ethiopia is a member of the African Union.", {("Ethiopia", "member_of", "African Union")}),
    ("fr", "L'Égypte a rejoint l'alliance des BRICS.", {("Egypt", "member_of", "BRICS")}),
    # hostile
    ("fr", "Les tensions entre Alger et Paris se sont aggravées.", {("Algeria", "hostile", "France")}),
    ("fr", "La méfiance règne entre le Rwanda et la RDC.", {("Rwanda", "hostile", "DR Congo")}),
    ("fr", "Le Maroc accuse l'Algérie de soutenir les séparatistes.", {("Morocco", "hostile", "Algeria")}),
    ("en", "Tensions between India and Pakistan rose sharply.", {("India", "hostile", "Pakistan")}),
    ("en", "Beijing condemned Manila over the incident.", {("China", "hostile", "Philippines")}),
    # rejects
    ("fr", "Niamey rejette les accusations de Paris.", {("Niger", "rejects", "France")}),
    ("fr", "Le Mali a démenti la version algérienne des faits.", {("Mali", "rejects", "Algeria")}),
    ("en", "Moscow rejected the proposal put forward by Kyiv.", {("Russia", "rejects", "Ukraine")}),
    ("en", "Iran dismissed the allegations made by Israel.", {("Iran", "rejects", "Israel")}),
    ("fr", "Rabat a rejeté la proposition d'Alger.", {("Morocco", "rejects", "Algeria")}),
    ("en", "Pakistan rejected India's claims about the attack.", {("Pakistan", "rejects", "India")}),
    # sanctions
    ("fr", "L'Algérie a fermé son espace aérien aux avions marocains.",
     {("Algeria", "sanctions", "Morocco")}),
    ("fr", "L'Union européenne a adopté de nouvelles sanctions contre la Russie.",
     {("European Union", "sanctions", "Russia")}),
    ("en", "The United States imposed sanctions on Iran.", {("United States", "sanctions", "Iran")}),
    ("en", "Pakistan closed its airspace to Indian airlines.", {("Pakistan", "sanctions", "India")}),
    ("fr", "La CEDEAO a imposé un embargo au Niger.", {("ECOWAS", "sanctions", "Niger")}),
    # suspends_cooperation
    ("fr", "Le Tchad a mis fin à son accord de défense avec la France.",
     {("Chad", "suspends_cooperation", "France")}),
    ("fr", "Bamako a suspendu sa coopération avec Kiev.", {("Mali", "suspends_cooperation", "Ukraine")}),
    ("en", "India suspended the water treaty with Pakistan.",
     {("India", "suspends_cooperation", "Pakistan")}),
    ("en", "Niger ended its security cooperation with the United States.",
     {("Niger", "suspends_cooperation", "United States")}),
    ("fr", "Le Mali, le Burkina Faso et le Niger ont quitté la CEDEAO.",
     {("Mali", "suspends_cooperation", "ECOWAS"), ("Burkina Faso", "suspends_cooperation", "ECOWAS"),
      ("Niger", "suspends_cooperation", "ECOWAS")}),
    # recalls_ambassador
    ("fr", "L'Algérie a rappelé son ambassadeur en France.",
     {("Algeria", "recalls_ambassador", "France")}),
    ("fr", "Alger rappelle son ambassadeur à Paris pour consultations.",
     {("Algeria", "recalls_ambassador", "France")}),
    ("en", "Colombia recalled its ambassador from Israel.",
     {("Colombia", "recalls_ambassador", "Israel")}),
    ("en", "Rwanda recalled its envoy to Belgium.", {("Rwanda", "recalls_ambassador", "Belgium")}),
    ("fr", "Le Bénin a rappelé son ambassadeur au Niger.", {("Benin", "recalls_ambassador", "Niger")}),
    # expels
    ("fr", "Le Niger a expulsé l'ambassadeur de France.", {("Niger", "expels", "France")}),
    ("fr", "Ouagadougou exige le départ des troupes françaises.",
     {("Burkina Faso", "expels", "France")}),
    ("en", "Russia expelled two Estonian diplomats.", {("Russia", "expels", "Estonia")}),
    ("en", "The Malian junta declared the French ambassador persona non grata.",
     {("Mali", "expels", "France")}),
    ("fr", "Alger a déclaré persona non grata douze agents de l'ambassade de France.",
     {("Algeria", "expels", "France")}),
    # coerces
    ("fr", "Un journaliste français a été arrêté à Bamako.", {("Mali", "coerces", "France")}),
    ("fr", "Les autorités iraniennes ont arrêté deux ressortissants britanniques.",
     {("Iran", "coerces", "United Kingdom")}),
    ("en", "Russia detained an American reporter.", {("Russia", "coerces", "United States")}),
    ("en", "Iran seized a British tanker in the Gulf.", {("Iran", "coerces", "United Kingdom")}),
    ("fr", "La détention d'un diplomate algérien en France a provoqué une crise.",
     {("France", "coerces", "Algeria"), ("Algeria", "hostile", "France")}),
    # attacks
    ("fr", "L'armée algérienne a abattu un drone malien.", {("Algeria", "attacks", "Mali")}),
    ("fr", "Israël a frappé des sites militaires en Iran.", {("Israel", "attacks", "Iran")}),
    ("en", "Iran launched missile strikes against Israel.", {("Iran", "attacks", "Israel")}),
    ("en", "India struck targets in Pakistan.", {("India", "attacks", "Pakistan")}),
    ("fr", "La Russie a bombardé Kiev cette nuit.", {("Russia", "attacks", "Ukraine")}),
    # sentences of wire style: broken parses, replies, possessives
    ("fr", "Selon le ministère marocain des Affaires étrangères, Rabat et Madrid ont convenu de renforcer leur coopération migratoire.", {("Morocco", "cooperates", "Spain")}),
    ("en", "Armenia accused Azerbaijan of shelling its positions, while Baku denied the claim.", {("Armenia", "hostile", "Azerbaijan"), ("Azerbaijan", "rejects", "Armenia"), ("Azerbaijan", "attacks", "Armenia")}),
    ("en", "China's coast guard fired water cannon at a Philippine vessel near the shoal.", {("China", "attacks", "Philippines")}),
    ("fr", "Le Niger a fermé sa frontière avec le Bénin, accusant Cotonou d'abriter des bases étrangères.", {("Niger", "sanctions", "Benin"), ("Niger", "hostile", "Benin")}),
    ("en", "Algeria's decision to close its airspace to Malian flights angered Bamako.", {("Algeria", "sanctions", "Mali"), ("Algeria", "hostile", "Mali")}),
    ("fr", "Le retrait du Mali, du Burkina Faso et du Niger de la CEDEAO est devenu effectif.", {("Mali", "suspends_cooperation", "ECOWAS"), ("Burkina Faso", "suspends_cooperation", "ECOWAS"), ("Niger", "suspends_cooperation", "ECOWAS")}),
    ("fr", "L'Égypte, qui entretient de bonnes relations avec l'armée soudanaise, a appelé au calme.", {("Egypt", "cooperates", "Sudan")}),
    ("fr", "La diplomatie marocaine, qui s'appuie sur ses écoles militaires, séduit le Mali.", set()),
    ("fr", "Depuis le coup d'État, les relations entre Paris et Niamey n'ont cessé de se dégrader.", {("France", "hostile", "Niger")}),
    ("en", "Israel launched a wave of air strikes on 13 June against Iranian nuclear sites.", {("Israel", "attacks", "Iran")}),
    ("fr", "Israël a frappé des installations militaires iraniennes.", {("Israel", "attacks", "Iran")}),
    ("en", "Tehran summoned the British ambassador to protest against the new sanctions.", {("Iran", "hostile", "United Kingdom")}),
    ("en", "Turkey blocked Sweden's bid to join NATO for more than a year.", {("Turkey", "rejects", "Sweden")}),
    ("en", "Russia vetoed a UN Security Council resolution condemning the annexation.", {("Russia", "rejects", "United Nations")}),
    ("fr", "L'Algérie a convoqué l'ambassadeur de France pour protester contre ces propos.", {("Algeria", "hostile", "France")}),
    ("fr", "Les armées indienne et pakistanaise se sont affrontées au Cachemire.", {("India", "attacks", "Pakistan"), ("Pakistan", "attacks", "India")}),
    ("en", "The junta in Niamey ordered the French ambassador to leave within 48 hours.", {("Niger", "expels", "France")}),
    ("en", "Kenya deployed police officers to Haiti under a UN-backed mission.", set()),
    ("en", "Spain, Ireland and Norway recognised Palestine as a state.", {("Spain", "supports", "Palestine"), ("Ireland", "supports", "Palestine"), ("Norway", "supports", "Palestine")}),
    ("en", "Germany suspended arms exports to Israel.", {("Germany", "sanctions", "Israel")}),
    ("en", "The United States bombed the Fordow site, and Iran fired missiles at a US base in Qatar.", {("Iran", "attacks", "United States")}),
    ("fr", "Le 10 juillet, 49 soldats ivoiriens ont été arrêtés à l'aéroport de Bamako.", {("Mali", "coerces", "Ivory Coast")}),
    ("fr", "Plusieurs ressortissants nigériens ont été interpellés sur le site et poursuivis par la justice béninoise.", {("Benin", "coerces", "Niger")}),
    ("fr", "Le Mali, le Burkina Faso et le Niger ont créé l'Alliance des États du Sahel en 2023.", {(a, "member_of", "Alliance of Sahel States") for a in ("Mali", "Burkina Faso", "Niger")}),
    ("fr", "Le Niger, le Mali et le Burkina Faso ont annoncé leur retrait de la CEDEAO.", {(a, "suspends_cooperation", "ECOWAS") for a in ("Mali", "Burkina Faso", "Niger")}),
    # negation, modality, places
    ("fr", "Il n'existe aucune coopération militaire entre le Mali et la France.", set()),
    ("fr", "Le Maroc n'a pas rompu ses relations avec l'Algérie.", set()),
    ("fr", "Le Niger pourrait suspendre sa coopération avec le Bénin.", set()),
    ("en", "Ghana did not sever ties with Togo.", set()),
    ("en", "Kenya could recall its ambassador from Somalia.", set()),
    ("fr", "Ce n'est pas une rupture entre Paris et Rabat.", set()),
    ("fr", "Le ministre malien a participé à un sommet à Paris.", set()),
    ("en", "Malian and Algerian officials met in Paris for talks on the economy.", set()),
    # mediators and hosts of talks are not parties
    ("fr", "Sous l'égide de l'Angola, la RDC et le Rwanda ont signé un accord de paix.", {("DR Congo", "cooperates", "Rwanda")}),
    ("fr", "Grâce à la médiation du Qatar, Kinshasa et Kigali ont signé un accord.", {("DR Congo", "cooperates", "Rwanda")}),
    ("fr", "Sous les auspices de l'Union africaine, l'Éthiopie et l'Érythrée ont rétabli leurs relations.", {("Ethiopia", "cooperates", "Eritrea")}),
    ("en", "Under a deal brokered by China, Saudi Arabia and Iran restored relations.", {("Saudi Arabia", "cooperates", "Iran")}),
    ("en", "In talks mediated by Norway, Colombia and Venezuela agreed to restore ties.", {("Colombia", "cooperates", "Venezuela")}),
    ("en", "With the mediation of Qatar, the DRC and Rwanda signed an agreement.", {("DR Congo", "cooperates", "Rwanda")}),
    # a threat is hostility; the threatened act is not coded
    ("en", "Washington threatened to impose sanctions on Caracas.", {("United States", "hostile", "Venezuela")}),
    ("en", "China threatened to cut imports from Australia.", {("China", "hostile", "Australia")}),
    ("en", "Turkey warned it could expel the Dutch ambassador.", {("Turkey", "hostile", "Netherlands")}),
    ("fr", "Alger a menacé de rappeler son ambassadeur à Madrid.", {("Algeria", "hostile", "Spain")}),
    ("fr", "La Russie menace de couper le gaz à l'Ukraine.", {("Russia", "hostile", "Ukraine")}),
    ("fr", "Pékin a averti Canberra qu'il pourrait suspendre ses importations de vin.", {("China", "hostile", "Australia")}),
    # coordinated demonyms: each names its state
    ("fr", "Les autorités maliennes, nigériennes et burkinabè ont dénoncé la décision de la CEDEAO.", {("Mali", "hostile", "ECOWAS"), ("Niger", "hostile", "ECOWAS"), ("Burkina Faso", "hostile", "ECOWAS")}),
    ("fr", "Les soldats maliens et nigériens ont mené des patrouilles conjointes.", {("Mali", "military_cooperation", "Niger")}),
    ("fr", "Les diplomates français et belges ont été expulsés par le Burkina Faso.", {("Burkina Faso", "expels", "France"), ("Burkina Faso", "expels", "Belgium")}),
    ("fr", "Les armées malienne et burkinabè ont mené des opérations conjointes avec les forces nigériennes.", {("Mali", "military_cooperation", "Burkina Faso"), ("Mali", "military_cooperation", "Niger"), ("Burkina Faso", "military_cooperation", "Niger")}),
    ("en", "Moroccan, Algerian and Tunisian ministers condemned the Israeli strike.", {("Morocco", "hostile", "Israel"), ("Algeria", "hostile", "Israel"), ("Tunisia", "hostile", "Israel")}),
    # two relations in one sentence
    ("fr", "Le Burkina Faso a expulsé l'ambassadeur de France et rappelé le sien.", {("Burkina Faso", "expels", "France"), ("Burkina Faso", "recalls_ambassador", "France")}),
    ("fr", "Kinshasa a expulsé l'ambassadeur rwandais et rappelé le sien de Kigali.", {("DR Congo", "expels", "Rwanda"), ("DR Congo", "recalls_ambassador", "Rwanda")}),
    ("fr", "Le Niger a dénoncé l'accord militaire avec Washington et exigé le départ des soldats américains.", {("Niger", "suspends_cooperation", "United States"), ("Niger", "expels", "United States")}),
    ("en", "Russia expelled ten Czech diplomats and recalled its ambassador from Prague.", {("Russia", "expels", "Czech Republic"), ("Russia", "recalls_ambassador", "Czech Republic")}),
    ("en", "Bamako accused Algiers of backing rebels and recalled its ambassador.", {("Mali", "hostile", "Algeria"), ("Mali", "recalls_ambassador", "Algeria")}),
    # groups referred back resolve to their members
    ("fr", "Le Mali, le Niger et le Burkina Faso ont quitté la CEDEAO. Les trois juntes dénoncent l'ingérence de la France.", {("Mali", "suspends_cooperation", "ECOWAS"), ("Niger", "suspends_cooperation", "ECOWAS"), ("Burkina Faso", "suspends_cooperation", "ECOWAS"), ("Mali", "hostile", "France"), ("Niger", "hostile", "France"), ("Burkina Faso", "hostile", "France")}),
    ("en", "Mali, Niger and Burkina Faso left ECOWAS. The three juntas accuse France of meddling.", {("Mali", "suspends_cooperation", "ECOWAS"), ("Niger", "suspends_cooperation", "ECOWAS"), ("Burkina Faso", "suspends_cooperation", "ECOWAS"), ("Mali", "hostile", "France"), ("Niger", "hostile", "France"), ("Burkina Faso", "hostile", "France")}),
    # an ended cooperation is not current cooperation
    ("fr", "L'accord de défense entre la France et le Tchad, qui a pris fin en 2024, liait les deux pays depuis 1976.", set()),
    ("fr", "L'ancien partenariat entre le Mali et la France n'est plus qu'un souvenir.", set()),
    ("fr", "Paris et Bamako, autrefois alliés, s'affrontent désormais.", set()),
    ("en", "The defence pact between France and Chad, which ended in 2024, had linked them since 1976.", set()),
    ("en", "The defunct alliance between Iraq and Syria was never revived.", set()),
    # a capital after "à" completing an act is its recipient; after a meeting, a place
    ("fr", "L'avertissement de Washington à Pyongyang est clair.", {("United States", "hostile", "North Korea")}),
    ("fr", "Les reproches de Kinshasa à Kigali sont anciens.", {("DR Congo", "hostile", "Rwanda")}),
    ("fr", "Alger tend la main à Tunis.", {("Algeria", "cooperates", "Tunisia")}),
    ("fr", "La CEDEAO a imposé des sanctions à Niamey.", {("ECOWAS", "sanctions", "Niger")}),
    ("fr", "Une réunion à Bamako a réuni les ministres maliens.", set()),
    # nationals counted by a number are their state's, for the acts that target them
    ("en", "China detained two Canadians.", {("China", "coerces", "Canada")}),
    ("fr", "La Chine a arrêté deux Canadiens.", {("China", "coerces", "Canada")}),
    ("en", "Delhi summoned the Pakistani high commissioner.", {("India", "hostile", "Pakistan")}),
    ("fr", "Les Maliens manifestent à Bamako.", set()),
    # membership stated in appositions, relative clauses and coordinated organisations
    ("fr", "La Guinée équatoriale, membre de la CEEAC et de l'OPEP, a adhéré à l'OIF.", {("Equatorial Guinea", "member_of", "ECCAS"), ("Equatorial Guinea", "member_of", "OPEC"), ("Equatorial Guinea", "member_of", "Organisation internationale de la Francophonie")}),
    ("fr", "La Communauté d'Afrique de l'Est, dont l'Ouganda et le Rwanda sont membres, a tenu un sommet.", {("Uganda", "member_of", "East African Community"), ("Rwanda", "member_of", "East African Community")}),
    ("fr", "Le Mali et le Niger sont membres de la CEDEAO.", {("Mali", "member_of", "ECOWAS"), ("Niger", "member_of", "ECOWAS")}),
    ("en", "The Southern African Development Community, of which Zimbabwe is a member, met.", {("Zimbabwe", "member_of", "SADC")}),
    ("en", "Mali and Niger are members of ECOWAS.", {("Mali", "member_of", "ECOWAS"), ("Niger", "member_of", "ECOWAS")}),
    # any weapon of the @weapon word class makes a delivery military (ontology/lexicon/word_classes.tsv)
    ("fr", "La Russie a livré des obusiers et des roquettes au Mali.", {("Russia", "military_cooperation", "Mali")}),
    ("en", "The United States delivered howitzers to Ukraine.", {("United States", "military_cooperation", "Ukraine")}),
    ("en", "Turkey sold Bayraktar drones to Poland.", {("Turkey", "military_cooperation", "Poland")}),
    ("fr", "La France a cédé des canons Caesar à l'Ukraine.", {("France", "military_cooperation", "Ukraine")}),
    ("fr", "La Turquie a livré du blé au Soudan.", {("Turkey", "supports", "Sudan")}),
    # "in place" is not the verb "place"; "the North" after North Korea is named
    ("en", "The European Union keeps an arms embargo on Zimbabwe in place.", {("European Union", "sanctions", "Zimbabwe")}),
    ("en", "North Korea fired a missile. U.S. sanctions on the North remain in place.", {("United States", "sanctions", "North Korea")}),
    # a participle tagged as a noun is read as the verb; an organisation listed among states acts with them
    ("fr", "Djibouti et l'Érythrée se sont tous deux rangés derrière l'Arabie saoudite.", {("Djibouti", "supports", "Saudi Arabia"), ("Eritrea", "supports", "Saudi Arabia")}),
    ("en", "Egypt, Jordan and the Gulf Cooperation Council have expressed solidarity with Saudi Arabia.", {(a, "supports", "Saudi Arabia") for a in ("Egypt", "Jordan", "Gulf Cooperation Council")}),
    # "les Américains" is the state as the press writes it, "des Américains" people; Tel-Aviv stands for Israel
    ("fr", "Les Américains ont livré des missiles à l'Ukraine.", {("United States", "military_cooperation", "Ukraine")}),
    ("fr", "Des Américains ont livré des colis à Kiev.", set()),
    ("fr", "La Turquie a rappelé son ambassadeur à Tel-Aviv.", {("Turkey", "recalls_ambassador", "Israel")}),
    # a particle after the object ("brought its ambassador home"); irregular forms reach the parse
    ("en", "Vilnius had already brought its own ambassador home from Beijing in September.", {("Lithuania", "recalls_ambassador", "China")}),
    ("en", "Israel flew its ambassador home from Ankara.", {("Israel", "recalls_ambassador", "Turkey")}),
    # "according to" is a preposition, not an accord
    ("en", "Azerbaijani drones struck an Armenian air-defence system inside Armenia, according to the Armenian defence ministry.", {("Azerbaijan", "attacks", "Armenia")}),
    # a state named like its capital, after "à", is the city; a treaty named after a city is no actor
    ("fr", "Réunis à Luxembourg, les ministres des Affaires étrangères de l'UE condamnent l'offensive turque.", {("European Union", "hostile", "Turkey")}),
    ("fr", "Le Brésil et le Chili ont condamné une violation flagrante de la convention de Vienne.", set()),
    # rows asking for @partner / @object: drills with an actor, recognising or abandoning one (and only that one)
    ("en", "The South African navy held drills with Russian and Chinese warships.", {("South Africa", "military_cooperation", "Russia"), ("South Africa", "military_cooperation", "China")}),
    ("fr", "La marine sud-africaine a mené des manœuvres avec Moscou et Pékin.", {("South Africa", "military_cooperation", "Russia"), ("South Africa", "military_cooperation", "China")}),
    ("fr", "Kiribati a décidé de reconnaître la Chine.", {("Kiribati", "supports", "China")}),
    ("fr", "Le Salvador abandonne Taipei au profit de Pékin.", {("El Salvador", "suspends_cooperation", "Taiwan")}),
    ("en", "El Salvador abandoned Taipei for Beijing.", {("El Salvador", "suspends_cooperation", "Taiwan")}),
    ("fr", "Taipei annonce la rupture avec Kiribati.", {("Taiwan", "suspends_cooperation", "Kiribati")}),
    # "did the same" repeats the act read last, in its own sentence first
    ("en", "The Caribbean Community declared its solidarity with Georgetown, and the Commonwealth did the same.", {("Caribbean Community", "supports", "Guyana"), ("Commonwealth of Nations", "supports", "Guyana")}),
    ("en", "Russia expelled two Czech diplomats. Slovakia expressed its solidarity with Prague, and Poland did the same.", {("Russia", "expels", "Czech Republic"), ("Slovakia", "supports", "Czech Republic"), ("Poland", "supports", "Czech Republic")}),
    # a denial of a clause does not answer the actors named after it
    ("en", "Damascus denied using chemical weapons, and Moscow offered a different account.", set()),
    ("en", "India has always denied that he was a spy working against Iran.", set()),
    # detention of any kind of national (@person word class); "court" is not the verb
    ("fr", "Ouagadougou a également retenu deux gendarmes ivoiriens.", {("Burkina Faso", "coerces", "Ivory Coast")}),
    ("en", "Iran has detained a French researcher in Tehran.", {("Iran", "coerces", "France")}),
    ("en", "An Algerian court opened its session in Algiers.", set()),
    # an organisation suspending a state's participation sanctions it; a state suspending its own ends cooperation
    ("en", "The African Union suspended Sudan's membership.", {("African Union", "sanctions", "Sudan")}),
    ("fr", "La CEDEAO a suspendu la participation de la Guinée.", {("ECOWAS", "sanctions", "Guinea")}),
    ("fr", "Le Mali a suspendu sa participation au G5 Sahel.", {("Mali", "suspends_cooperation", "G5 Sahel")}),
    # a hold named as the verb's manner ("in custody", "en otage"): the verb's subject holds its object
    ("en", "French judges placed an Algerian consular official in custody.", {("France", "coerces", "Algeria")}),
    ("fr", "Les Gardiens de la révolution iraniens ont pris en otage des marins britanniques.", {("Iran", "coerces", "United Kingdom")}),
    ("en", "Azerbaijan took control of the region in a one-day offensive, and ethnic Armenians left.", set()),
    # coordinated subjects of a pair noun with a partner named are each related to the partner, not to each other
    ("en", "Ukraine and Georgia signed association agreements with the European Union.", {("Ukraine", "cooperates", "European Union"), ("Georgia", "cooperates", "European Union")}),
    ("fr", "Le Maroc et la Tunisie ont signé des accords de coopération avec l'Union européenne.", {("Morocco", "cooperates", "European Union"), ("Tunisia", "cooperates", "European Union")}),
    # an act asked for is not done ("exhorter X à", "demanded that"), unless the demand is the row's own word
    ("fr", "Washington, Paris et Londres exhortent Kigali à retirer ses forces du territoire congolais.", set()),
    ("en", "Hanoi demanded that China pull the rig out of its waters.", {("Vietnam", "expels", "China")}),  # the demand row itself
    ("fr", "Le Parlement sud-africain a voté une motion réclamant la fermeture de l'ambassade d'Israël.", set()),
    ("fr", "Ankara a exigé des excuses de La Haye.", {("Turkey", "hostile", "Netherlands")}),
    # partners named "with" a membership are members; the organisation before "dont" / "to which"
    ("fr", "La Suisse est membre de l'AELE avec la Norvège et l'Islande.", {(a, "member_of", "European Free Trade Association") for a in ("Switzerland", "Norway", "Iceland")}),
    ("en", "India is wary of the Quad, the grouping Australia forms with Japan and the United States.", {(a, "member_of", "Quad") for a in ("Australia", "Japan", "United States")}),
    ("fr", "Le Gabon est membre du Commonwealth avec le Togo depuis 2022.", {("Gabon", "member_of", "Commonwealth of Nations"), ("Togo", "member_of", "Commonwealth of Nations")}),
    ("en", "Kenya is a member of the EAC with Uganda and Tanzania.", {(a, "member_of", "East African Community") for a in ("Kenya", "Uganda", "Tanzania")}),
    ("fr", "Le Kirghizstan et le Tadjikistan se sont affrontés, en marge du sommet du G20, dont les deux pays sont membres.", {("Kyrgyzstan", "member_of", "G20"), ("Tajikistan", "member_of", "G20")}),
    ("en", "Rwanda and Burundi spoke at the East African Community, to which both countries belong.", {("Rwanda", "member_of", "East African Community"), ("Burundi", "member_of", "East African Community")}),
    ("en", "Morocco, a member of the Arab League and of the Organisation of Islamic Cooperation, voted.", {("Morocco", "member_of", "Arab League"), ("Morocco", "member_of", "Organisation of Islamic Cooperation")}),
    ("fr", "Ottawa siège au G7 et à l'OTAN, dont il est membre fondateur.", {("Canada", "member_of", "G7"), ("Canada", "member_of", "NATO")}),
    ("en", "Armenia became the 124th state party to the International Criminal Court.", {("Armenia", "member_of", "International Criminal Court")}),
    ("fr", "Windhoek, membre de la SADC, a multiplié les partenariats avec la Chine.", {("Namibia", "member_of", "SADC"), ("Namibia", "cooperates", "China")}),
    # descriptions that can only name some actors ("l'émirat", "le royaume")
    ("fr", "Le Qatar est isolé. La Mauritanie et les Comores ont rompu leurs relations avec l'émirat.", {("Mauritania", "suspends_cooperation", "Qatar"), ("Comoros", "suspends_cooperation", "Qatar")}),
    ("fr", "Le Maroc a rappelé son ambassadeur. Alger accuse le royaume d'ingérence.", {("Algeria", "hostile", "Morocco")}),
    # a reply or recall naming one side: the other is the counterpart of the statement before
    ("fr", "Le Chili rappelle son ambassadeur en Israël. Le Honduras rappelle lui aussi son ambassadeur.", {("Chile", "recalls_ambassador", "Israel"), ("Honduras", "recalls_ambassador", "Israel")}),
    ("fr", "La Ligue arabe a condamné l'offensive de la Turquie. Ankara a rejeté le communiqué.", {("Arab League", "hostile", "Turkey"), ("Turkey", "rejects", "Arab League")}),
    ("en", "Kenya accused Somalia of meddling in its elections. Mogadishu denied the claim.", {("Kenya", "hostile", "Somalia"), ("Somalia", "rejects", "Kenya")}),
    ("en", "Colombia recalled its ambassador from Israel. Chile also recalled its envoy.", {("Colombia", "recalls_ambassador", "Israel"), ("Chile", "recalls_ambassador", "Israel")}),
    ("fr", "Le Maroc accuse l'Algérie d'armer le Polisario. Alger a démenti ces accusations.", {("Morocco", "hostile", "Algeria"), ("Algeria", "rejects", "Morocco")}),
    # a failed act is not the act
    ("en", "Ethiopia and Egypt failed to reach an agreement on the dam.", set()),
    ("fr", "L'Éthiopie et l'Égypte ont échoué à conclure un accord sur le barrage.", set()),
    # "its support for Y": the possessive's owner gives, "for" names who receives
    ("en", "Germany announced its support for Ukraine.", {("Germany", "supports", "Ukraine")}),
    ("en", "Turkey reaffirmed its backing for Azerbaijan.", {("Turkey", "supports", "Azerbaijan")}),
    # an act under "any" / "toute" is a hypothesis
    ("fr", "Bamako prévient que toute intervention militaire au Niger serait une déclaration de guerre.", set()),
    ("en", "Beijing warned that any attack on its vessels would be answered.", set()),
    # a hostile act whose target goes unsaid is aimed at the actor the text names most
    ("fr", "L'Iran a saisi un pétrolier grec dans le détroit d'Ormuz. Téhéran affirme que le navire violait ses eaux. Londres a aussitôt imposé de nouvelles sanctions.", {("Iran", "coerces", "Greece"), ("United Kingdom", "sanctions", "Iran")}),
    ("en", "Iran seized a Greek tanker in the Strait of Hormuz. Tehran said the ship had violated its waters. London swiftly imposed new sanctions.", {("Iran", "coerces", "Greece"), ("United Kingdom", "sanctions", "Iran")}),
    ("fr", "L'Iran a saisi un pétrolier grec dans le détroit d'Ormuz. Téhéran affirme que le navire violait ses eaux. Londres a aussitôt annoncé une aide humanitaire.", {("Iran", "coerces", "Greece")}),
    ("en", "Hungary no longer opposes Sweden's bid to join NATO.", set()),
    # lifting a measure ends it: no current sanction
    ("en", "ECOWAS lifted its sanctions on Mali.", set()),
    ("fr", "La CEDEAO a levé ses sanctions contre le Mali.", set()),
    ("en", "Washington lifted the embargo on Cuba.", set()),
    # one sentence is parsed as one tree, hyphenated names as one word
    ("fr", "Téhéran et Moscou ont condamné la décision américaine.", {("Iran", "hostile", "United States"), ("Russia", "hostile", "United States")}),
    ("fr", "Le Royaume-Uni et les Pays-Bas ont condamné le coup d'État au Soudan.", {("United Kingdom", "hostile", "Sudan"), ("Netherlands", "hostile", "Sudan")}),
    # the partner of a pair noun may hang on the verb; a suspended operation is not waged
    ("fr", "Le Mali a renforcé sa coopération militaire avec la Russie.", {("Mali", "military_cooperation", "Russia")}),
    ("fr", "La France a suspendu ses opérations militaires conjointes avec le Mali.", {("France", "suspends_cooperation", "Mali")}),
    ("fr", "La France a suspendu sa coopération avec le Mali après l'arrestation d'un agent français à Bamako.", {("France", "suspends_cooperation", "Mali"), ("Mali", "coerces", "France")}),
    # headlines in the present tense, whatever tag the verb gets
    ("fr", "L'Iran attaque Israël.", {("Iran", "attacks", "Israel")}),
    ("fr", "Kinshasa rompt avec Kigali.", {("DR Congo", "suspends_cooperation", "Rwanda")}),
    ("fr", "L'Algérie ferme son espace aérien au Maroc.", {("Algeria", "sanctions", "Morocco")}),
    # "ne … aucun" denies the act
    ("fr", "Le Maroc n'a annexé aucun territoire mauritanien.", set()),
    # membership in an apposition or relative clause, for every conjunct
    ("en", "Senegal and Ghana, both members of ECOWAS, condemned the coup.", {("Senegal", "member_of", "ECOWAS"), ("Ghana", "member_of", "ECOWAS")}),
    ("fr", "La Ligue arabe, dont l'Égypte et le Soudan sont membres, a réagi.", {("Egypt", "member_of", "Arab League"), ("Sudan", "member_of", "Arab League")}),
    # a denial answers everyone who accused the denier before
    ("fr", "L'Arabie saoudite accuse le Qatar de soutenir le terrorisme. Bahreïn accuse aussi le Qatar d'ingérence. Doha a rejeté ces accusations.", {("Saudi Arabia", "hostile", "Qatar"), ("Bahrain", "hostile", "Qatar"), ("Qatar", "rejects", "Saudi Arabia"), ("Qatar", "rejects", "Bahrain")}),
    # a reply reads into the claim it answers
    ("en", "Beijing called Washington's accusations groundless.", {("United States", "hostile", "China"), ("China", "rejects", "United States")}),
    # a subject pronoun is the actor who acted just before
    ("fr", "Le Mali a expulsé l'ambassadeur de France. Il a aussi suspendu sa coopération avec le Danemark.", {("Mali", "expels", "France"), ("Mali", "suspends_cooperation", "Denmark")}),
    ("en", "Mali expelled the French ambassador. It also suspended its cooperation with Denmark.", {("Mali", "expels", "France"), ("Mali", "suspends_cooperation", "Denmark")}),
    # an apposition says what its head is: "de X" is the one it backs, not its author
    ("fr", "Moscou, principal soutien de Caracas, a dénoncé une provocation.", {("Russia", "supports", "Venezuela")}),
    # every partner listed after the verb, none paired with another
    ("fr", "Le Sénégal a signé des accords de pêche avec la Mauritanie, la Gambie et le Cap-Vert.", {("Senegal", "cooperates", "Mauritania"), ("Senegal", "cooperates", "Gambia"), ("Senegal", "cooperates", "Cape Verde")}),
    ("fr", "L'Inde a renforcé sa coopération militaire avec la France, le Japon et l'Australie.", {("India", "military_cooperation", "France"), ("India", "military_cooperation", "Japan"), ("India", "military_cooperation", "Australia")}),
    ("en", "Kenya strengthened its trade ties with Uganda, Rwanda and Tanzania.", {("Kenya", "cooperates", "Uganda"), ("Kenya", "cooperates", "Rwanda"), ("Kenya", "cooperates", "Tanzania")}),
    ("en", "Japan deepened its security cooperation with Australia, India and the Philippines.", {("Japan", "military_cooperation", "Australia"), ("Japan", "military_cooperation", "India"), ("Japan", "military_cooperation", "Philippines")}),
    # the author of a nominal act introduced by "par" / "by" on a light noun
    ("fr", "La mise au ban de la Syrie par la Ligue arabe a duré douze ans.", {("Arab League", "sanctions", "Syria")}),
    ("fr", "La mise sous embargo de Cuba par les États-Unis date de 1962.", {("United States", "sanctions", "Cuba")}),
    ("en", "The imposition of sanctions on Iran by the United States hurt its economy.", {("United States", "sanctions", "Iran")}),
    # a relative pronoun as object stands for its antecedent
    ("en", "The Commonwealth, which Gambia left in 2013, welcomed it back in 2018.", {("Gambia", "suspends_cooperation", "Commonwealth of Nations")}),
    ("en", "The African Union, which Morocco rejoined in 2017, met in Addis Ababa.", {("Morocco", "member_of", "African Union")}),
    ("fr", "Les sanctions que l'Union européenne a imposées à la Russie restent en vigueur.", {("European Union", "sanctions", "Russia")}),
    ("en", "The sanctions that Washington imposed on Caracas remain in force.", {("United States", "sanctions", "Venezuela")}),
    # suspended from an organisation, no agent named: the organisation's act
    ("fr", "Le Niger a été suspendu de la CEDEAO en 2023.", {("ECOWAS", "sanctions", "Niger")}),
    ("fr", "Le Gabon est suspendu de la CEEAC depuis le putsch.", {("ECCAS", "sanctions", "Gabon")}),
    ("en", "Guinea was suspended from the African Union after the coup.", {("African Union", "sanctions", "Guinea")}),
    # an envoy's posts, listed with "en" / "in" as much as "au"
    ("fr", "Caracas a rappelé ses ambassadeurs au Pérou, en Argentine et au Chili.", {("Venezuela", "recalls_ambassador", "Peru"), ("Venezuela", "recalls_ambassador", "Argentina"), ("Venezuela", "recalls_ambassador", "Chile")}),
    ("en", "Israel recalled its ambassadors in Chile and in Colombia.", {("Israel", "recalls_ambassador", "Chile"), ("Israel", "recalls_ambassador", "Colombia")}),
    # a predicate noun says what its subject is: "de X" / "X's" is the one it serves
    ("fr", "L'Iran est le principal soutien du régime syrien.", {("Iran", "supports", "Syria")}),
    ("fr", "La Turquie est le principal fournisseur d'armes de l'Azerbaïdjan.", {("Turkey", "military_cooperation", "Azerbaijan")}),
    ("en", "Russia remains one of India's main arms suppliers.", {("Russia", "military_cooperation", "India")}),
    ("en", "The United States is Israel's main arms supplier.", {("United States", "military_cooperation", "Israel")}),
    # not hiding an act states it
    ("fr", "Ankara n'a jamais caché son soutien à Bakou.", {("Turkey", "supports", "Azerbaijan")}),
    ("en", "Moscow has never hidden its support for Minsk.", {("Russia", "supports", "Belarus")}),
    ("en", "Tokyo did not hide its anger at Beijing.", {("Japan", "hostile", "China")}),
    # a headline verb spelt like a noun of another row ("hausse" of tariffs)
    ("fr", "Alger hausse le ton contre Paris.", {("Algeria", "hostile", "France")}),
    # "the Union", "la Ligue": the European or African Union, the Arab League named before
    ("en", "The European Union opened talks with Zagreb in 2005. Croatia joined the Union in 2013.", {("Croatia", "member_of", "European Union")}),
    ("fr", "L'Union africaine s'est réunie à Addis-Abeba. Le Maroc a réintégré l'Union en 2017.", {("Morocco", "member_of", "African Union")}),
    ("en", "The Arab League met in Cairo. The League suspended Syria in 2011.", {("Arab League", "sanctions", "Syria")}),
    ("fr", "Les Vingt-Sept ont imposé des sanctions à la Biélorussie.", {("European Union", "sanctions", "Belarus")}),
    # "Congo", "congolais": the Congo the document names otherwise, Kinshasa's if none, neither if both
    ("en", "Kinshasa recalled its ambassador from Kigali. Rwanda accused Congo of shelling its territory.", {("DR Congo", "recalls_ambassador", "Rwanda"), ("Rwanda", "hostile", "DR Congo"), ("DR Congo", "attacks", "Rwanda")}),
    ("fr", "Le Congo a rompu ses relations avec le Rwanda.", {("DR Congo", "suspends_cooperation", "Rwanda")}),
    ("fr", "Brazzaville a signé un accord avec Paris. Le gouvernement congolais a condamné le Rwanda.", {("Republic of the Congo", "cooperates", "France"), ("Republic of the Congo", "hostile", "Rwanda")}),
    ("fr", "Brazzaville et Kinshasa se sont réunis. Le Congo a condamné le Rwanda.", set()),
    ("en", "Tshisekedi met the press. The Congolese army accused Rwanda of supporting the rebels.", {("DR Congo", "hostile", "Rwanda")}),
    # headline present tenses of -ir and -re verbs, whatever tag they get
    ("fr", "Kigali dément les accusations de Kinshasa.", {("DR Congo", "hostile", "Rwanda"), ("Rwanda", "rejects", "DR Congo")}),
    ("fr", "Pékin interdit les importations de vin australien.", {("China", "sanctions", "Australia")}),
    # a passive participle on a noun: the noun is the one acted on
    ("en", "Mali, backed by Russia, expelled the French ambassador.", {("Mali", "expels", "France"), ("Russia", "supports", "Mali")}),
    ("fr", "Le Mali, soutenu par la Russie, a expulsé l'ambassadeur de France.", {("Mali", "expels", "France"), ("Russia", "supports", "Mali")}),
    # "membre fondateur": the noun the trigger qualifies heads the phrase; an apposition
    # describing the subject is not a subject of its own
    ("fr", "Le Kazakhstan est membre fondateur de l'OTSC.", {("Kazakhstan", "member_of", "CSTO")}),
    ("fr", "Le Mali, membre fondateur du G5 Sahel, a quitté l'organisation.", {("Mali", "member_of", "G5 Sahel"), ("Mali", "suspends_cooperation", "G5 Sahel")}),
    ("en", "Canada, the United States and the United Kingdom imposed sanctions on Chinese officials.", {("Canada", "sanctions", "China"), ("United States", "sanctions", "China"), ("United Kingdom", "sanctions", "China")}),
    # a phrasal verb is its own word
    ("en", "Tehran fired back at Washington over the sanctions report.", {("Iran", "hostile", "United States")}),
    ("en", "Tourists from China shelled out millions in Thailand last year.", set()),
    # an auxiliary is no `with` word: "avaient gelé" does not name assets ("avoirs")
    ("fr", "Les États-Unis avaient gelé leur assistance à l'armée malienne.", {("United States", "suspends_cooperation", "Mali")}),
    ("fr", "L'Union européenne a gelé les avoirs de plusieurs ministres birmans.", {("European Union", "sanctions", "Myanmar")}),
    # an organisation that only qualifies another noun is no `with` word ("the ECOWAS envoy")
    ("en", "Mali expelled the ECOWAS special envoy last October.", {("Mali", "expels", "ECOWAS")}),
    ("en", "The Commonwealth expelled Zimbabwe.", {("Commonwealth of Nations", "sanctions", "Zimbabwe")}),
    # rulers and monarchs are bodies of their state; dismissing findings or an explanation
    ("en", "Tehran accused the Emirati and Bahraini rulers of betraying the Muslim world.", {("Iran", "hostile", "United Arab Emirates"), ("Iran", "hostile", "Bahrain")}),
    ("en", "Pyongyang has dismissed the Malaysian autopsy findings as a fabrication.", {("North Korea", "rejects", "Malaysia")}),
    ("en", "India banned 59 Chinese mobile applications.", {("India", "sanctions", "China")}),
    # "without X's knowledge / consent" leaves the act stated; "without support" denies it
    ("en", "US special forces entered Pakistani territory without Islamabad's knowledge.", {("United States", "attacks", "Pakistan")}),
    ("en", "Washington acted without support from Paris.", set()),
    # a bare past participle qualifying a noun is passive: word order does not give its author
    ("fr", "La Guinée, elle-même suspendue des instances communautaires, a fait savoir qu'elle ne fermerait pas sa frontière avec le Mali.", set()),
    # a relative pronoun after a preposition, or a clause the parse hangs elsewhere, stands for
    # its antecedent ("la Russie, avec laquelle…", "Damas, qu'il soutient…")
    ("fr", "Addis-Abeba se tourne vers la Russie, avec laquelle le gouvernement éthiopien a renforcé sa coopération économique.", {("Ethiopia", "cooperates", "Russia")}),
    ("fr", "Ankara courtise Pékin, avec lequel la Turquie a signé un accord commercial.", {("Turkey", "cooperates", "China")}),
    ("en", "Ethiopia looked to Russia, with which the Ethiopian government signed a defence pact.", {("Ethiopia", "military_cooperation", "Russia")}),
    ("en", "Morocco turned to Israel, with which Rabat signed a security agreement in 2021.", {("Morocco", "cooperates", "Israel"), ("Morocco", "military_cooperation", "Israel")}),
    ("fr", "Pékin a accordé un prêt au Laos, que la Chine finance depuis vingt ans.", {("China", "supports", "Laos")}),
    # an organisation referred back by the noun of its own name ("the Community", "le Forum")
    ("en", "Somalia joined the East African Community in March. The Community now brings together eight partner states: Burundi, Kenya and Uganda among them.", {("Somalia", "member_of", "East African Community"), ("Burundi", "member_of", "East African Community"), ("Kenya", "member_of", "East African Community"), ("Uganda", "member_of", "East African Community")}),
    ("en", "Tehran accused the IAEA of bias. The agency rejected the accusation.", {("Iran", "hostile", "International Atomic Energy Agency"), ("International Atomic Energy Agency", "rejects", "Iran")}),
    ("fr", "Le Forum des îles du Pacifique s'est réuni à Apia. Les Fidji ont quitté le Forum en 2021.", {("Fiji", "suspends_cooperation", "Pacific Islands Forum")}),
    ("fr", "La Cour pénale internationale enquête. Le Burundi a quitté la Cour en 2017.", {("Burundi", "suspends_cooperation", "International Criminal Court")}),
    ("en", "The Arab League met in Cairo. Syria rejoined the League in May.", {("Syria", "member_of", "Arab League")}),
    ("en", "The World Bank approved a loan to Kenya. Uganda criticised the bank for freezing its own loans.", {("World Bank", "supports", "Kenya"), ("Uganda", "hostile", "World Bank")}),
    # "dont" / "whose" before a body: the antecedent's body ("le Burundi, dont les soldats")
    ("fr", "Le Burundi, dont les soldats combattent aux côtés de l'armée congolaise, reste discret.", {("Burundi", "military_cooperation", "DR Congo")}),
    ("en", "Kinshasa thanked Burundi, whose troops fight alongside the Congolese army.", {("Burundi", "military_cooperation", "DR Congo")}),
    # "la République populaire" in Taiwan's context is the People's Republic of China
    ("fr", "Honiara a rompu avec Taïwan pour établir des relations diplomatiques avec la République populaire.", {("Solomon Islands", "suspends_cooperation", "Taiwan"), ("Solomon Islands", "cooperates", "China")}),
    # a recall coordinated with an act on a state is a recall from that state
    ("en", "Canberra summoned the Chinese ambassador and recalled its own envoy.", {("Australia", "hostile", "China"), ("Australia", "recalls_ambassador", "China")}),
    ("fr", "Le Mali rappelle son ambassadeur et convoque le chargé d'affaires algérien.", {("Mali", "hostile", "Algeria"), ("Mali", "recalls_ambassador", "Algeria")}),
    # a list of subjects committing troops to a mission: each with the host
    ("en", "Jamaica, the Bahamas, Belize and Benin have committed personnel to Haiti under the mission.", {("Jamaica", "military_cooperation", "Haiti"), ("Bahamas", "military_cooperation", "Haiti"), ("Belize", "military_cooperation", "Haiti"), ("Benin", "military_cooperation", "Haiti")}),
    # heads of state and government of 111 more states stand for them (office_holders.tsv)
    ("fr", "Le Premier ministre Sitiveni Rabuka a expulsé le haut-commissaire d'Australie.", {("Fiji", "expels", "Australia")}),
    ("en", "President Hakainde Hichilema expelled the US ambassador.", {("Zambia", "expels", "United States")}),
    # a participle before the subject: the subject underwent it, the organisation did it
    ("fr", "Suspendu de l'Union africaine et de la CEDEAO depuis le putsch de janvier 2022, le Burkina Faso a quitté le G5 Sahel.", {("African Union", "sanctions", "Burkina Faso"), ("ECOWAS", "sanctions", "Burkina Faso"), ("Burkina Faso", "suspends_cooperation", "G5 Sahel")}),
    # a verdict passed by a verb of judgment is the judge's, on the owner of what is judged
    ("fr", "Berlin a qualifié les déclarations turques de « diffamatoires ».", {("Germany", "rejects", "Turkey")}),
    ("fr", "Le Caire a jugé les mémorandums turcs « nuls et non avenus ».", {("Egypt", "rejects", "Turkey")}),
    ("fr", "La Haye a jugé la demande turque hors de propos.", {("Netherlands", "rejects", "Turkey")}),
    ("fr", "Pékin a qualifié la décision lituanienne d'acte hostile.", {("China", "hostile", "Lithuania")}),
    ("fr", "Moscou a jugé incorrecte la suspension décidée par la Ligue arabe.", {("Russia", "rejects", "Arab League")}),
    ("en", "Belgium called Rwanda's decision disproportionate.", {("Belgium", "rejects", "Rwanda")}),
    ("en", "Israel calls South Africa's case a grotesque distortion.", {("Israel", "rejects", "South Africa")}),
    ("en", "Beijing dismissed the IAEA's review as partial.", {("China", "rejects", "International Atomic Energy Agency")}),
    ("en", "Moscow dismissed the British accusations as nonsense.", {("Russia", "rejects", "United Kingdom")}),
    ("en", "Kinshasa called Rwanda's shooting of the jet an act of war.", {("DR Congo", "hostile", "Rwanda")}),
    # a suspension or sanction coordinated with an act on a state, same subject: that state
    ("fr", "Le Pakistan expulse le haut-commissaire indien et suspend le commerce bilatéral.", {("Pakistan", "expels", "India"), ("Pakistan", "sanctions", "India")}),
    ("en", "Ankara sent the Israeli ambassador home and froze its military agreements.", {("Turkey", "expels", "Israel"), ("Turkey", "suspends_cooperation", "Israel")}),
    ("en", "President Mahmoud Abbas recalled his envoy from Washington and cut off political contact.", {("Palestine", "recalls_ambassador", "United States"), ("Palestine", "suspends_cooperation", "United States")}),
    # an accusation is addressed to the accused, not to those its charge names
    ("fr", "Washington reproche aussi à Pretoria sa proximité avec Moscou et Pékin.", {("United States", "hostile", "South Africa")}),
    ("fr", "Kinshasa accuse Kigali de soutenir les rebelles du M23.", {("DR Congo", "hostile", "Rwanda")}),
    ("fr", "Moscou accuse Washington d'armer Kiev.", {("Russia", "hostile", "United States"), ("United States", "military_cooperation", "Ukraine")}),
    ("fr", "Paris reproche aux autorités maliennes leur rapprochement avec Moscou.", {("France", "hostile", "Mali"), ("Mali", "cooperates", "Russia")}),
    ("en", "Kinshasa accuses Kigali of backing the rebels with Ugandan help.", {("DR Congo", "hostile", "Rwanda")}),
    ("en", "Washington blamed Tehran for its support to the Houthis.", {("United States", "hostile", "Iran")}),
    # a verdict on an act named by its noun: the act read last with that word, its author
    ("fr", "La Ligue arabe a suspendu la Syrie samedi. Moscou a jugé la suspension « incorrecte ».", {("Arab League", "sanctions", "Syria"), ("Russia", "rejects", "Arab League")}),
    ("fr", "Le Rwanda a expulsé l'ambassadeur belge. La Belgique a qualifié l'expulsion de disproportionnée.", {("Rwanda", "expels", "Belgium"), ("Belgium", "rejects", "Rwanda")}),
    ("en", "Kigali expelled the Belgian ambassador. Belgium called the expulsion disproportionate.", {("Rwanda", "expels", "Belgium"), ("Belgium", "rejects", "Rwanda")}),
    # fixed groups stand for their members, named before or not (anaphora.tsv type "=ids")
    ("fr", "La Slovaquie et les trois États baltes ont exprimé leur solidarité avec leur partenaire tchèque.", {("Slovakia", "supports", "Czech Republic"), ("Estonia", "supports", "Czech Republic"), ("Latvia", "supports", "Czech Republic"), ("Lithuania", "supports", "Czech Republic")}),
    ("en", "The Baltic states expelled Russian diplomats.", {("Estonia", "expels", "Russia"), ("Latvia", "expels", "Russia"), ("Lithuania", "expels", "Russia")}),
    ("en", "The six Gulf states recalled their ambassadors from Damascus.", {(a, "recalls_ambassador", "Syria") for a in ("Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates")}),
    # a relative clause keeps its own modality: the main clause's "pourrait" does not reach it
    ("fr", "Bakou, qui a envoyé de l'aide humanitaire à l'Ukraine, pourrait rapprocher sa diplomatie de celle d'Ankara.", {("Azerbaijan", "supports", "Ukraine")}),
    ("en", "Baku, which has sent humanitarian aid to Ukraine, could move closer to Ankara.", {("Azerbaijan", "supports", "Ukraine")}),
    # a chronology's dateline is parsed apart from the sentence it heads
    ("fr", "Décembre 2023 – Niamey et Ouagadougou quittent à leur tour le G5 Sahel.", {("Niger", "suspends_cooperation", "G5 Sahel"), ("Burkina Faso", "suspends_cooperation", "G5 Sahel")}),
    ("en", "June 27 - Ukraine and Georgia signed association agreements with the European Union.", {("Ukraine", "cooperates", "European Union"), ("Georgia", "cooperates", "European Union")}),
    # a gerund after "by" acts with the subject of the verb "by" hangs on
    ("en", "Cairo ordered the Turkish ambassador to leave, and Ankara responded by declaring Egypt's envoy persona non grata.", {("Egypt", "expels", "Turkey"), ("Turkey", "expels", "Egypt")}),
    ("en", "Moscow retaliated by expelling ten Polish diplomats.", {("Russia", "expels", "Poland")}),
    # a headline's present tense parsed with its subject as a modifier of the verb
    ("fr", "Paris expulse douze diplomates algériens et rappelle son ambassadeur.", {("France", "expels", "Algeria"), ("France", "recalls_ambassador", "Algeria")}),
    # obtaining a hostile act makes the obtainer its author; obtaining support, its receiver
    ("fr", "Ouagadougou obtient le départ des forces spéciales françaises.", {("Burkina Faso", "expels", "France")}),
    ("fr", "Le Mali a obtenu le soutien de la Russie.", {("Russia", "supports", "Mali")}),
    # an apposition is set off by a comma: "au Sri Lanka un prêt" is not one
    ("fr", "Le FMI a accordé l'an dernier au Sri Lanka un prêt de 2,9 milliards de dollars.", {("International Monetary Fund", "supports", "Sri Lanka")}),
    # a `with` word governing its trigger is one word, not a phrase holding the clause's other acts
    ("fr", "Ouagadougou obtient le départ des forces spéciales françaises, un mois après avoir dénoncé l'accord de 2018.", {("Burkina Faso", "expels", "France")}),
    ("fr", "L'Arménie a exigé le départ des gardes-frontières russes et a gelé sa participation à l'OTSC.", {("Armenia", "expels", "Russia"), ("Armenia", "suspends_cooperation", "CSTO")}),
    # a pair noun naming one side: every actor of a coordinated subject is the other
    ("en", "Greece and Cyprus, themselves at odds with Ankara over gas drilling, have voiced support for Paris.", {("Greece", "hostile", "Turkey"), ("Cyprus", "hostile", "Turkey"), ("Greece", "supports", "France"), ("Cyprus", "supports", "France")}),
    # the accuser's own phrase is not the charge
    ("fr", "Le Mali, qui avait déjà rappelé son ambassadeur à Alger en décembre, accuse aussi son voisin algérien de complaisance envers les groupes armés.", {("Mali", "recalls_ambassador", "Algeria"), ("Mali", "hostile", "Algeria")}),
    # actors between a comma and the verb, hung by the parse on the phrase before: the subject
    ("fr", "Sous la médiation de l'Angola et de la RDC, Kagame et Museveni signent à Luanda un protocole d'accord.", {("Rwanda", "cooperates", "Uganda")}),
    # an organisation named in a clause of its own is not the one a trigger's `with` asks for
    ("en", "The Netherlands expelled four Russian military intelligence officers in April after catching them near the headquarters of the OPCW in The Hague.", {("Netherlands", "expels", "Russia")}),
    ("en", "Russia was expelled from the Council of Europe in March.", {("Council of Europe", "sanctions", "Russia")}),
    # a negation stops at a coordinated clause with its own subject
    ("fr", "Pretoria n'est pas isolée : la Bolivie a rompu ses relations diplomatiques avec Israël.", {("Bolivia", "suspends_cooperation", "Israel")}),
    ("fr", "Le Burkina Faso n'a pas rompu avec Kiev, mais son gouvernement s'est déclaré solidaire de Bamako.", {("Burkina Faso", "supports", "Mali")}),
    # a verb the parse hangs on a trigger's noun (coordinated, or a participle after a comma)
    # is an act of its own: it does not swallow the trigger it hangs on
    ("fr", "Abou Dhabi rappelle son ambassadeur à Téhéran et réduit sa représentation à un chargé d'affaires.", {("United Arab Emirates", "recalls_ambassador", "Iran")}),
    ("fr", "Le gouvernement équatorien a chassé l'ambassadeur de Colombie, rompu lundi ses relations avec Bogotá.", {("Ecuador", "expels", "Colombia"), ("Ecuador", "suspends_cooperation", "Colombia")}),
    ("en", "Oslo recalled its ambassador from Tel Aviv and summoned the Israeli envoy.", {("Norway", "recalls_ambassador", "Israel"), ("Norway", "hostile", "Israel")}),
    # a subject stranded after a comma may hold a hyphenated name
    ("fr", "Après deux jours de discussions dans la capitale éthiopienne, le Soudan et le Soudan du Sud ont paraphé une série d'accords de coopération.", {("Sudan", "cooperates", "South Sudan")}),
    # the subject of "négocier" is a party; only its agent brokers
    ("fr", "Le Maroc a négocié un accord de pêche avec l'Union européenne.", {("Morocco", "cooperates", "European Union")}),
    ("fr", "L'accord, négocié par l'Algérie, a été signé par le Mali et la Mauritanie.", {("Mali", "cooperates", "Mauritania")}),
    # a hope or an aspiration to join is not membership; a fact in a clause of its own stays one
    ("fr", "La Géorgie espère rejoindre l'OTAN d'ici dix ans.", set()),
    ("en", "Kosovo hopes to join the Council of Europe next year.", set()),
    ("en", "Ukraine aspires to join the European Union.", set()),
    ("fr", "Lorsqu'il a adhéré à l'Union africaine en 2017, le Maroc espérait un soutien sur le Sahara.", {("Morocco", "member_of", "African Union")}),
    # actors after "tout comme", "de même que", "à l'instar de", "as did", "just as" do what the
    # clause's subject does
    ("fr", "Paris a exprimé sa solidarité avec Copenhague, tout comme la Norvège, la Suède et la Finlande.", {("France", "supports", "Denmark"), ("Norway", "supports", "Denmark"), ("Sweden", "supports", "Denmark"), ("Finland", "supports", "Denmark")}),
    ("en", "Brazil endorsed the South African application, as did the Organisation of Islamic Cooperation.", {("Brazil", "supports", "South Africa"), ("Organisation of Islamic Cooperation", "supports", "South Africa")}),
    ("fr", "Le Tchad a rappelé son ambassadeur au Qatar, de même que le Niger.", {("Chad", "recalls_ambassador", "Qatar"), ("Niger", "recalls_ambassador", "Qatar")}),
    ("fr", "L'Algérie, à l'instar du Maroc, a condamné l'attaque contre le Mali.", {("Algeria", "hostile", "Mali"), ("Morocco", "hostile", "Mali")}),
    ("en", "Just as Canada did, Australia expelled two Chinese diplomats.", {("Australia", "expels", "China"), ("Canada", "expels", "China")}),
    # a recalled envoy's posting is the other party, before any other complement of the verb
    ("fr", "Le Koweït rappelle son ambassadeur en poste à Téhéran, après une réunion avec l'Arabie saoudite.", {("Kuwait", "recalls_ambassador", "Iran")}),
    ("en", "Jordan recalled its ambassador in Tel Aviv after talks with Egypt.", {("Jordan", "recalls_ambassador", "Israel")}),
    ("fr", "Le Sénégal a rappelé son ambassadeur au Qatar après un entretien avec le roi d'Arabie saoudite.", {("Senegal", "recalls_ambassador", "Qatar")}),
    # the object of a control verb does the act of the infinitive below it ("a poussé le Maroc à
    # rappeler"); a purpose infinitive or a small clause keeps the subject's act
    ("fr", "Cette décision a poussé le Maroc à rappeler son ambassadeur à Berlin.", {("Morocco", "recalls_ambassador", "Germany")}),
    ("fr", "L'affaire des sous-marins a conduit Paris à rappeler son ambassadeur à Washington.", {("France", "recalls_ambassador", "United States")}),
    ("en", "The shelling prompted Seoul to recall its ambassador from Moscow.", {("South Korea", "recalls_ambassador", "Russia")}),
    ("en", "Iran summoned the British ambassador to protest against the sanctions.", {("Iran", "hostile", "United Kingdom")}),
    ("en", "The African Union has kept Sudan suspended since the coup.", {("African Union", "sanctions", "Sudan")}),
    # a verb coordinated after a comma to a relative clause with a subject of its own is the
    # main clause's; a relative clause on a trigger's noun does not swallow the trigger
    ("en", "Within a day, Caracas expelled the diplomats of Argentina, Chile and Peru, whose governments had questioned the official results, and withdrew its own staff from Buenos Aires.", {("Venezuela", "expels", "Argentina"), ("Venezuela", "expels", "Chile"), ("Venezuela", "expels", "Peru"), ("Venezuela", "recalls_ambassador", "Argentina")}),
    ("fr", "Bamako a expulsé l'ambassadeur de France, dont le gouvernement avait critiqué la junte, et a rappelé son propre ambassadeur à Paris.", {("Mali", "expels", "France"), ("Mali", "recalls_ambassador", "France")}),
    # the state an envoy is expelled from is the expeller; being about to act is not acting
    ("en", "The Canadian ambassador was expelled from Riyadh on Monday.", {("Saudi Arabia", "expels", "Canada")}),
    ("fr", "L'ambassadeur du Canada a été expulsé de Riyad lundi.", {("Saudi Arabia", "expels", "Canada")}),
    ("fr", "Le Burkina Faso, qui s'apprêtait à reconnaître Pékin, a été lâché par Taipei.", {("Taiwan", "suspends_cooperation", "Burkina Faso")}),
    # finding support makes the subject its receiver
    ("fr", "Le Pakistan a trouvé un appui de poids auprès de la Chine.", {("China", "supports", "Pakistan")}),
    ("fr", "Le Maroc et l'Espagne ont trouvé un accord sur la pêche.", {("Morocco", "cooperates", "Spain")}),
    # a membership said of a list, though the parse hangs it on one of them
    ("fr", "Berlin et Varsovie, tous deux membres de l'Union européenne et de l'OTAN, liés par le traité de bon voisinage de 1991, se coordonnent étroitement sur l'Ukraine.", {("Germany", "member_of", "European Union"), ("Germany", "member_of", "NATO"), ("Poland", "member_of", "European Union"), ("Poland", "member_of", "NATO")}),
    ("en", "Ghana and Nigeria, both members of ECOWAS, have long argued over trade.", {("Ghana", "member_of", "ECOWAS"), ("Nigeria", "member_of", "ECOWAS")}),
    ("fr", "Le Kenya et l'Ouganda, membres fondateurs de l'EAC, se disputent l'îlot de Migingo.", {("Kenya", "member_of", "East African Community"), ("Uganda", "member_of", "East African Community"), ("Kenya", "hostile", "Uganda")}),
    # "conjointement avec", "together with", "imitée par" name co-authors, not objects; an
    # application to join is not membership
    ("fr", "Pedro Sánchez a annoncé que l'Espagne reconnaîtrait l'État de Palestine le 28 mai, conjointement avec l'Irlande et la Norvège.", {("Spain", "supports", "Palestine"), ("Ireland", "supports", "Palestine"), ("Norway", "supports", "Palestine")}),
    ("fr", "La France a suspendu son aide budgétaire au Mali, imitée par l'Union européenne.", {("France", "suspends_cooperation", "Mali"), ("European Union", "suspends_cooperation", "Mali")}),
    ("en", "The United States, together with Britain, imposed sanctions on Iran.", {("United States", "sanctions", "Iran"), ("United Kingdom", "sanctions", "Iran")}),
    ("en", "Kenya signed a trade pact together with Uganda.", {("Kenya", "cooperates", "Uganda")}),
    ("en", "Finland and Sweden handed in their applications to join NATO.", set()),
    # "la junte", "the junta": the state the text is about, not the last one named
    ("fr", "Le Niger a suspendu sa coopération militaire avec la France. Washington a appelé au dialogue. La junte a ensuite dénoncé l'accord de défense conclu avec l'Union européenne.", {("Niger", "suspends_cooperation", "France"), ("Niger", "suspends_cooperation", "European Union")}),
    ("en", "Mali expelled the French ambassador on Monday. The United States called for calm. The junta then ordered the Danish special forces out.", {("Mali", "expels", "France"), ("Mali", "expels", "Denmark")}),
    # a subject pronoun in what was said stands for the speakers
    ("en", "Saudi Arabia, the United Arab Emirates, Bahrain and Jordan all said they stood by Egypt.", {("Saudi Arabia", "supports", "Egypt"), ("United Arab Emirates", "supports", "Egypt"), ("Bahrain", "supports", "Egypt"), ("Jordan", "supports", "Egypt")}),
    ("fr", "L'Algérie et la Tunisie ont affirmé qu'elles soutenaient la Libye.", {("Algeria", "supports", "Libya"), ("Tunisia", "supports", "Libya")}),
    ("fr", "Le Maroc a annoncé qu'il rappelait son ambassadeur à Berlin.", {("Morocco", "recalls_ambassador", "Germany")}),
    # a trigger inside a relative clause finds its missing side in that clause only
    ("fr", "La Russie mesure son effacement : l'Arménie achète désormais ses armes à l'Inde et à la France, qui lui a livré des radars.", {("Armenia", "military_cooperation", "France"), ("Armenia", "military_cooperation", "India")}),
    ("en", "After the discovery of bodies in Bucha, where Russian troops had occupied the town, Germany expelled forty Russian diplomats.", {("Germany", "expels", "Russia")}),
    # a demonym on a topic noun ("le dossier kosovar") names no actor
    ("fr", "Moscou, principal soutien de la Serbie sur le dossier kosovar, accuse l'Union européenne de partialité.", {("Russia", "supports", "Serbia"), ("Russia", "hostile", "European Union")}),
    # two subjects acting on their own ties or envoys, with no object: each way between them,
    # when they are the pair the text is about; otherwise the text's main actor is the object
    ("fr", "Dakar et Nouakchott ont rompu leurs relations diplomatiques en 1989.", {("Senegal", "suspends_cooperation", "Mauritania"), ("Mauritania", "suspends_cooperation", "Senegal")}),
    ("en", "Cairo and Ankara recalled their ambassadors in 2013.", {("Egypt", "recalls_ambassador", "Turkey"), ("Turkey", "recalls_ambassador", "Egypt")}),
    ("en", "Egypt and Turkey cut diplomatic ties after the coup.", {("Egypt", "suspends_cooperation", "Turkey"), ("Turkey", "suspends_cooperation", "Egypt")}),
    ("fr", "Le Sénégal et la Mauritanie ont expulsé leurs diplomates respectifs.", {("Senegal", "expels", "Mauritania"), ("Mauritania", "expels", "Senegal")}),
    ("en", "Ethiopia and Eritrea broke off their relations in 1998.", {("Ethiopia", "suspends_cooperation", "Eritrea"), ("Eritrea", "suspends_cooperation", "Ethiopia")}),
    ("fr", "La Bolivie a rompu ses relations avec Israël. Le Chili et la Colombie ont rappelé leurs ambassadeurs pour consultations.", {("Bolivia", "suspends_cooperation", "Israel"), ("Chile", "recalls_ambassador", "Israel"), ("Colombia", "recalls_ambassador", "Israel")}),
    ("en", "Germany and France suspended their aid.", set()),
    # a foreign or defence ministry whose state is not named is the text's own state's; not
    # when its state is named after it, nor when the sentence opens on another place
    ("en", "Seoul protested loudly. The foreign ministry summoned Russia's ambassador on Monday.", {("South Korea", "hostile", "Russia")}),
    ("fr", "Le Maroc a dénoncé l'incident. Le ministère des Affaires étrangères a convoqué l'ambassadeur d'Algérie.", {("Morocco", "hostile", "Algeria")}),
    ("fr", "La Turquie dénonce une provocation. Le ministère de la Défense accuse la Grèce d'avoir armé les îles.", {("Turkey", "hostile", "Greece")}),
    ("en", "Ethiopia is under pressure. The foreign ministry expelled the Kenyan ambassador.", {("Ethiopia", "expels", "Kenya")}),
    ("fr", "Le Mali accuse l'Algérie. Le ministère des Affaires étrangères du Niger a convoqué l'ambassadeur de France.", {("Mali", "hostile", "Algeria"), ("Niger", "hostile", "France")}),
    ("en", "Iran protested. The foreign ministry of Pakistan summoned the Iranian envoy.", {("Pakistan", "hostile", "Iran")}),
    # an act's agent "par X" / "by X", wherever the parse hangs it in the act's noun phrase
    ("fr", "L'expulsion de l'ambassadeur de France par le Mali a surpris.", {("Mali", "expels", "France")}),
    ("fr", "L'expulsion par le Mali de l'ambassadeur français a surpris.", {("Mali", "expels", "France")}),
    ("en", "The expulsion of the French ambassador by Mali surprised many diplomats.", {("Mali", "expels", "France")}),
    ("fr", "L'arrestation de deux officiers ivoiriens par Bamako a tendu les relations.", {("Mali", "coerces", "Ivory Coast"), ("Mali", "hostile", "Ivory Coast")}),
    ("en", "The seizure of the British tanker by Iran angered London.", {("Iran", "coerces", "United Kingdom")}),
    # a co-author after "tout comme" is no author of the act's noun; a supporter's noun in the
    # predicate names its subject; "declared X persona non grata" read as a small clause; a
    # passive participle on the act names its author; an amount "in loans"
    ("fr", "Riyad a exprimé son soutien au Maroc, tout comme Abou Dhabi.", {("Saudi Arabia", "supports", "Morocco"), ("United Arab Emirates", "supports", "Morocco")}),
    ("en", "Abu Dhabi has become Chad's most generous backer.", {("United Arab Emirates", "supports", "Chad")}),
    ("en", "Sudan declared fifteen Emirati diplomats persona non grata.", {("Sudan", "expels", "United Arab Emirates")}),
    ("fr", "La guerre menée par la Russie en Ukraine pèse sur l'économie européenne.", {("Russia", "attacks", "Ukraine")}),
    ("en", "Beijing pledged some nine billion in soft loans to Manila.", {("China", "supports", "Philippines")}),
    ("en", "The aid provided by Japan to Sri Lanka was welcome.", {("Japan", "supports", "Sri Lanka")}),
    # the United Nations or the WTO as the arena of others' acts is not a party; its envoys are
    ("fr", "Bagdad a rappelé son ambassadeur en Iran et saisi le Conseil de sécurité de l'ONU.", {("Iraq", "recalls_ambassador", "Iran")}),
    ("en", "Russia, which condemned the raids, has asked for an emergency meeting of the UN Security Council.", set()),
    ("fr", "À la tribune de l'ONU, le Pakistan a accusé l'Inde de mener une politique fasciste.", {("Pakistan", "hostile", "India")}),
    ("en", "Seoul brought its complaint about the tariffs before the World Trade Organization.", set()),
    ("fr", "Au Conseil de sécurité de l'ONU, les États-Unis ont opposé leur veto au projet présenté par le Brésil.", {("United States", "rejects", "Brazil")}),
    ("fr", "Niamey donne 72 heures à la coordonnatrice de l'ONU pour quitter le pays.", {("Niger", "expels", "United Nations")}),
    # a candidate for membership, or one negotiating it, is not a member; "none of", "neither
    # … nor", "aucun des", "ni … ni" deny the act for everyone they name
    ("fr", "La Serbie est candidate à l'adhésion à l'Union européenne.", set()),
    ("fr", "Le Monténégro négocie son adhésion à l'Union européenne.", set()),
    ("en", "Serbia is negotiating to join the European Union.", set()),
    ("en", "None of the three governments has recalled its own representative from Israel.", set()),
    ("en", "Neither Canberra nor Wellington recalled its ambassador from Suva.", set()),
    ("fr", "Ni Canberra ni Wellington n'ont rompu les relations avec Suva.", set()),
    ("fr", "Aucun des trois gouvernements n'a rappelé son ambassadeur en Israël.", set()),
    # a demonym on a harm is its author; on the people it holds, its victim
    ("fr", "Depuis l'invasion russe de l'Ukraine, les prix ont flambé.", {("Russia", "attacks", "Ukraine")}),
    ("fr", "Les frappes israéliennes sur l'Iran ont tué plusieurs commandants.", {("Israel", "attacks", "Iran")}),
    ("en", "Since the Russian invasion of Ukraine, prices have soared.", {("Russia", "attacks", "Ukraine")}),
    ("fr", "L'offensive azerbaïdjanaise contre le territoire arménien a tout changé.", {("Azerbaijan", "attacks", "Armenia")}),
    ("en", "Djibouti insists that two of its soldiers are still in Eritrean custody.", {("Eritrea", "coerces", "Djibouti")}),
    ("fr", "La France reconnaît désormais la souveraineté marocaine sur le Sahara.", {("France", "supports", "Morocco")}),
    # "responded in kind": the side the act was done to does it back
    ("en", "Egypt expelled the Turkish envoy and Turkey responded in kind.",
     {("Egypt", "expels", "Turkey"), ("Turkey", "expels", "Egypt")}),
    ("en", "Algeria ordered out a dozen French officials. Paris answered in kind.",
     {("Algeria", "expels", "France"), ("France", "expels", "Algeria")}),
    ("en", "Kyiv expelled the Hungarian consul, and Budapest hit back in kind.",
     {("Ukraine", "expels", "Hungary"), ("Hungary", "expels", "Ukraine")}),
    ("fr", "La Jordanie a déclaré l'ambassadeur syrien persona non grata. Damas lui a rendu la pareille.",
     {("Jordan", "expels", "Syria"), ("Syria", "expels", "Jordan")}),
    ("fr", "Rabat a rappelé son ambassadeur à Tunis. Le lendemain, Tunis a rendu la pareille.",
     {("Morocco", "recalls_ambassador", "Tunisia"), ("Tunisia", "recalls_ambassador", "Morocco")}),
    ("en", "Estonia expelled a Russian diplomat. Moscow could respond in kind.",
     {("Estonia", "expels", "Russia")}),
    ("en", "Tokyo imposed export controls on Seoul. Seoul retaliated in kind, dropping Japan from its own list.",
     {("Japan", "sanctions", "South Korea"), ("South Korea", "sanctions", "Japan")}),
    # "non-NATO", company names: not the actor
    ("en", "Washington designated Kenya a major non-NATO ally.", set()),
    ("en", "Non-EU states such as Norway joined the talks.", set()),
    ("en", "Malaysia Airlines flight MH17 was shot down over eastern Ukraine.", set()),
    ("en", "Qatar Airways resumed flights to Riyadh.", set()),
    ("fr", "Un avion d'Air Algérie a été retenu à Paris.", set()),
    # one is a member of an organisation (member_of's rdfs:range), never of a state
    ("en", "The members of the leftist bloc, Venezuela, Bolivia, Nicaragua and Cuba, said in a joint communique that they would stay away.", set()),
    # a subject pronoun stands for the actor the previous sentence was about
    ("en", "Pretoria did not arrive at the court from nowhere. It recalled its ambassador from Israel in 2018.",
     {("South Africa", "recalls_ambassador", "Israel")}),
    ("en", "Bogotá's decision completes a sequence. It recalled its ambassador from Tel Aviv last October.",
     {("Colombia", "recalls_ambassador", "Israel")}),
    ("fr", "La décision de Bogota ne surprend personne. Elle a rappelé son ambassadeur à Tel-Aviv en octobre.",
     {("Colombia", "recalls_ambassador", "Israel")}),
    ("fr", "Le Tchad a expulsé l'ambassadeur allemand. Berlin n'a pas tardé à réagir. Il a rappelé son ambassadeur de N'Djamena.",
     {("Chad", "expels", "Germany"), ("Germany", "recalls_ambassador", "Chad")}),
    # a present-tense verb after its subject, tagged as an adverb or adjective: word order
    ("fr", "Le Rwanda dément la version congolaise.", {("Rwanda", "rejects", "DR Congo")}),
    ("fr", "Minsk dément la version polonaise.", {("Belarus", "rejects", "Poland")}),
    ("fr", "Kigali dément fermement la version burundaise des faits.",
     {("Rwanda", "rejects", "Burundi")}),
    ("fr", "Le Maroc dément la version algérienne de l'incident.",
     {("Morocco", "rejects", "Algeria")}),
    ("fr", "Le Burundi ferme sa frontière avec le Rwanda.", {("Burundi", "sanctions", "Rwanda")}),
    # a passive participle's agent with the act's other side hung on it ("by X on Y")
    ("en", "The sanctions imposed by the EU on Belarus were extended.",
     {("European Union", "sanctions", "Belarus")}),
    ("en", "Tariffs imposed by Washington on Ottawa took effect on Tuesday.",
     {("United States", "sanctions", "Canada")}),
    ("en", "The embargo imposed by the Arab League on Syria remains in force.",
     {("Arab League", "sanctions", "Syria")}),
    ("en", "Restrictions imposed by Beijing on Canberra hurt Australian winemakers.",
     {("China", "sanctions", "Australia")}),
    ("fr", "Les sanctions imposées par la CEDEAO au Niger ont durement frappé l'économie.",
     {("ECOWAS", "sanctions", "Niger")}),
    ("fr", "La plainte déposée par le Guyana contre le Venezuela sera examinée en juin.",
     {("Guyana", "hostile", "Venezuela")}),
    ("fr", "L'appui apporté par la Turquie à l'Azerbaïdjan a été décisif.",
     {("Turkey", "supports", "Azerbaijan")}),
    # "did the same" repeats the verb's act, not a noun's in an adjunct after it
    ("en", "Rabat suspended its cooperation with Berlin after the row over the Sahara, and Tunis did the same.",
     {("Morocco", "suspends_cooperation", "Germany"), ("Morocco", "hostile", "Germany"),
      ("Tunisia", "suspends_cooperation", "Germany")}),
    ("en", "Chad expelled the German ambassador after the dispute over aid, and Niger did the same.",
     {("Chad", "expels", "Germany"), ("Chad", "hostile", "Germany"), ("Niger", "expels", "Germany")}),
    ("en", "Cairo recalled its ambassador from Israel during the Gaza war, and Ankara did the same.",
     {("Egypt", "recalls_ambassador", "Israel"), ("Turkey", "recalls_ambassador", "Israel")}),
    ("fr", "Le Mali a rappelé son ambassadeur à Alger après l'incident du drone, et le Niger a fait de même.",
     {("Mali", "recalls_ambassador", "Algeria"), ("Niger", "recalls_ambassador", "Algeria")}),
    ("fr", "Le Burkina Faso a expulsé trois diplomates français au lendemain des sanctions, et le Niger a fait de même.",
     {("Burkina Faso", "expels", "France"), ("Niger", "expels", "France")}),
    # a listed subject whose first names the parse hung elsewhere still acts
    ("fr", "Les États-Unis, le Royaume-Uni et la Norvège ont dénoncé le coup d'État au Soudan.",
     {("United States", "hostile", "Sudan"), ("United Kingdom", "hostile", "Sudan"),
      ("Norway", "hostile", "Sudan")}),
    ("fr", "La France, l'Allemagne et la Pologne ont condamné l'agression contre la Géorgie.",
     {("France", "hostile", "Georgia"), ("Germany", "hostile", "Georgia"),
      ("Poland", "hostile", "Georgia")}),
    ("fr", "Le Brésil, la Colombie et le Chili ont condamné l'assaut de l'Équateur contre l'ambassade.",
     {("Brazil", "hostile", "Ecuador"), ("Colombia", "hostile", "Ecuador"),
      ("Chile", "hostile", "Ecuador")}),
    ("fr", "L'Union européenne, elle, avait gelé dès août les avoirs du gouvernement nicaraguayen.",
     {("European Union", "sanctions", "Nicaragua")}),
    ("en", "The United States, Britain and Norway denounced the coup in Sudan.",
     {("United States", "hostile", "Sudan"), ("United Kingdom", "hostile", "Sudan"),
      ("Norway", "hostile", "Sudan")}),
    # a numbered vessel ("n°28") before a demonym: spaCy crashed on the unparsed first pass
    ("fr", "Le chalutier n°28 philippin a été arraisonné par la Chine.",
     {("China", "coerces", "Philippines")}),
    # a timeline's first verb read as a noun: the conjunct verb shares its subject
    ("en", "Rwanda severs ties with France and recalls its own envoy from Paris.",
     {("Rwanda", "suspends_cooperation", "France"), ("Rwanda", "recalls_ambassador", "France")}),
    # a description of membership: the member is the actor it describes, the organisation
    # is background to the clause's act
    ("fr", "Le Liban, pourtant membre fondateur de la Ligue arabe, a protesté.",
     {("Lebanon", "member_of", "Arab League")}),
    ("fr", "En tant qu'État membre de l'OTAN et de l'Union européenne, la Roumanie a condamné l'attaque.",
     {("Romania", "member_of", "NATO"), ("Romania", "member_of", "European Union")}),
    ("fr", "Le Nigeria a rappelé son ambassadeur au Ghana, pays membre de la Cedeao.",
     {("Nigeria", "recalls_ambassador", "Ghana"), ("Ghana", "member_of", "ECOWAS")}),
    ("fr", "Membre de l'Otan, la Turquie a condamné l'attaque.", {("Turkey", "member_of", "NATO")}),
    ("en", "As a member state of NATO, Romania condemned the attack.",
     {("Romania", "member_of", "NATO")}),
    ("en", "Manila recalled its envoy to Canada, a member country of the G7.",
     {("Philippines", "recalls_ambassador", "Canada"), ("Canada", "member_of", "G7")}),
    # the organisation of "dont X est membre" stays a party to the main clause
    ("fr", "L'Organisation de la coopération islamique, dont le Bangladesh est membre, a condamné les violences commises par les forces birmanes.",
     {("Bangladesh", "member_of", "Organisation of Islamic Cooperation"),
      ("Organisation of Islamic Cooperation", "hostile", "Myanmar")}),
    # acronyms written as words by the French press
    ("fr", "L'Onu a condamné l'attaque contre le Mali.", {("United Nations", "hostile", "Mali")}),
    # a roster of members as the predicate of "members"; the members listed are background
    ("en", "The leaders of the Group of Seven, whose members are Britain, Canada, France and Japan, met on Monday.",
     {("United Kingdom", "member_of", "G7"), ("Canada", "member_of", "G7"),
      ("France", "member_of", "G7"), ("Japan", "member_of", "G7")}),
    ("fr", "Le G7, dont les membres sont la France, le Japon et le Canada, a protesté.",
     {("France", "member_of", "G7"), ("Japan", "member_of", "G7"), ("Canada", "member_of", "G7")}),
    ("fr", "Les membres du G7 sont la France, le Japon et le Canada.",
     {("France", "member_of", "G7"), ("Japan", "member_of", "G7"), ("Canada", "member_of", "G7")}),
    ("fr", "La CEDEAO, dont les membres comptent le Nigeria et le Ghana, a sanctionné le Mali.",
     {("Nigeria", "member_of", "ECOWAS"), ("Ghana", "member_of", "ECOWAS"),
      ("ECOWAS", "sanctions", "Mali")}),
    ("en", "The Gulf Cooperation Council, which also groups Qatar, the United Arab Emirates and Oman, backed the move.",
     {("Qatar", "member_of", "Gulf Cooperation Council"),
      ("United Arab Emirates", "member_of", "Gulf Cooperation Council"),
      ("Oman", "member_of", "Gulf Cooperation Council")}),
    # an envoy with a possessive: the clause's subject owns the envoy, the phrase names the post
    ("fr", "La chancellerie colombienne annonce le rappel de son ambassadeur à Washington.",
     {("Colombia", "recalls_ambassador", "United States")}),
    ("fr", "Le Pérou a décidé le rappel de son ambassadrice à Mexico.",
     {("Peru", "recalls_ambassador", "Mexico")}),
    ("en", "Colombia announced the recall of its ambassador in Washington.",
     {("Colombia", "recalls_ambassador", "United States")}),
    # a passive's agent hung by the parse on a time noun of the same clause
    ("fr", "Un diplomate israélien a été arrêté début juin par la police polonaise.",
     {("Poland", "coerces", "Israel")}),
    ("fr", "Deux diplomates russes ont été expulsés fin mars par les autorités tchèques.",
     {("Czech Republic", "expels", "Russia")}),
    # a past participle after "rester" / "remain" is passive
    ("fr", "Le Burkina Faso reste suspendu de la CEDEAO.",
     {("ECOWAS", "sanctions", "Burkina Faso")}),
    ("fr", "Le Mali demeure suspendu de l'Union africaine.", {("African Union", "sanctions", "Mali")}),
    ("en", "Mali remained suspended from ECOWAS until the vote.", {("ECOWAS", "sanctions", "Mali")}),
    # under an act: the one "under" it undergoes it, its author is named on the noun
    ("fr", "La Guinée reste sous sanctions de la CEDEAO.", {("ECOWAS", "sanctions", "Guinea")}),
    ("fr", "Le Venezuela est sous sanctions américaines depuis 2019.",
     {("United States", "sanctions", "Venezuela")}),
    ("fr", "Washington a placé plusieurs dirigeants russes sous sanctions.",
     {("United States", "sanctions", "Russia")}),
    ("en", "Iran has been under UN sanctions since 2006.", {("United Nations", "sanctions", "Iran")}),
    ("en", "Guinea remains under ECOWAS sanctions.", {("ECOWAS", "sanctions", "Guinea")}),
    ("en", "Greek authorities impounded the tanker under EU sanctions on Russia.",
     {("European Union", "sanctions", "Russia")}),
    # a relative pronoun right after an actor and a comma stands for that actor
    ("fr", "Les juges ont examiné la plainte déposée en mars par Khartoum, qui accusait Abou Dhabi de complicité.",
     {("Sudan", "hostile", "United Arab Emirates")}),
    ("fr", "Moscou a ignoré la demande déposée par Kiev, qui accusait Minsk d'ingérence.",
     {("Russia", "rejects", "Ukraine"), ("Ukraine", "hostile", "Belarus")}),
    # "d'«": the elided preposition stays one word before a quotation mark
    ("fr", "La diplomatie russe qualifie les accusations tchèques d'« absurdes ».",
     {("Russia", "rejects", "Czech Republic")}),
    ("fr", "Alger a qualifié la proposition marocaine d'« inacceptable ».",
     {("Algeria", "rejects", "Morocco")}),
    # compound demonyms with a prefix
    ("fr", "Téhéran a qualifié l'accord koweïto-saoudien d'« illégal ».",
     {("Iran", "rejects", "Kuwait"), ("Iran", "rejects", "Saudi Arabia")}),
    ("fr", "La coopération kirghizo-ouzbèke progresse.", {("Kyrgyzstan", "cooperates", "Uzbekistan")}),
    # support given by or to a state's forces is military cooperation; forces named in
    # another clause do not retype the support
    ("fr", "Des forces somaliennes épaulées par des soldats éthiopiens ont repris la ville.",
     {("Ethiopia", "military_cooperation", "Somalia")}),
    ("fr", "La junte malienne, soutenue par des instructeurs russes, a repris Kidal.",
     {("Russia", "military_cooperation", "Mali")}),
    ("fr", "Les soldats tchadiens appuient l'armée nigérienne contre les jihadistes.",
     {("Chad", "military_cooperation", "Niger")}),
    ("fr", "Les contingents ougandais continuent d'épauler le gouvernement somalien.",
     {("Uganda", "military_cooperation", "Somalia")}),
    ("fr", "La France soutient le plan d'autonomie marocain ; des soldats français sont stationnés au Sénégal.",
     {("France", "supports", "Morocco"), ("France", "military_cooperation", "Senegal")}),
    ("en", "Kenyan troops supported the Somali government.",
     {("Kenya", "military_cooperation", "Somalia")}),
    ("en", "Pakistan backed the Afghan government.", {("Pakistan", "supports", "Afghanistan")}),
    # a government telling its own people to leave evacuates them: no expulsion of the place
    ("en", "Washington told its citizens to leave Sudan.", set()),
    ("en", "The United States ordered its diplomats to leave Sudan.", set()),
    ("fr", "Le Quai d'Orsay a ordonné à ses ressortissants de quitter le Liban.", set()),
    ("fr", "Moscou a ordonné aux diplomates lettons de quitter la Russie.",
     {("Russia", "expels", "Latvia")}),
    ("en", "Niamey ordered the French ambassador to leave the country.",
     {("Niger", "expels", "France")}),
    ("en", "Iran's parliament voted to expel its ambassador.", set()),
    # a bare denial answers the accusation before it, even when the tagger reads the French
    # verb after the name as an adverb ("L'Ouganda dément.")
    ("fr", "Kigali accuse Kampala de soutenir les rebelles. L'Ouganda dément.",
     {("Rwanda", "hostile", "Uganda"), ("Uganda", "rejects", "Rwanda")}),
    ("fr", "Kampala accuse Kigali de soutenir les rebelles. Kigali nie.",
     {("Uganda", "hostile", "Rwanda"), ("Rwanda", "rejects", "Uganda")}),
    ("fr", "Kinshasa accuse l'armée rwandaise de combattre aux côtés du M23. Le Rwanda dément de son côté tout appui au M23.",
     {("DR Congo", "hostile", "Rwanda"), ("Rwanda", "rejects", "DR Congo")}),
    ("fr", "Le Kenya accuse la Somalie d'ingérence. La Somalie dément fermement.",
     {("Kenya", "hostile", "Somalia"), ("Somalia", "rejects", "Kenya")}),
    ("en", "Rwanda accused Uganda of backing the rebels. Uganda denies it.",
     {("Rwanda", "hostile", "Uganda"), ("Uganda", "rejects", "Rwanda")}),
    # an accusation in a relative clause: its object is the antecedent, its pronoun subject
    # the main clause's subject
    ("fr", "La Grèce a expulsé des diplomates russes qu'elle accuse d'espionnage.",
     {("Greece", "expels", "Russia"), ("Greece", "hostile", "Russia")}),
    ("en", "Greece expelled Russian diplomats whom it accused of spying.",
     {("Greece", "expels", "Russia"), ("Greece", "hostile", "Russia")}),
    ("en", "Greece expelled two Russian diplomats, whom Athens accused of spying.",
     {("Greece", "expels", "Russia"), ("Greece", "hostile", "Russia")}),
    ("en", "Estonia, Latvia and Lithuania questioned Georgian officials whom they accused of the crackdown.",
     {("Estonia", "hostile", "Georgia"), ("Latvia", "hostile", "Georgia"),
      ("Lithuania", "hostile", "Georgia")}),
    ("fr", "Le Tchad a expulsé des diplomates soudanais qu'il accuse d'espionnage.",
     {("Chad", "expels", "Sudan"), ("Chad", "hostile", "Sudan")}),
    # a pair's noun in an adjunct of another act ("dans une déclaration commune") says how
    # that act was done: the co-signers are not related to each other by it
    ("fr", "Londres, Paris et Berlin mettent en garde Téhéran dans une déclaration commune.",
     {("United Kingdom", "hostile", "Iran"), ("France", "hostile", "Iran"),
      ("Germany", "hostile", "Iran")}),
    ("en", "France and Germany condemned the strikes on Syria in a joint statement.",
     {("France", "hostile", "Syria"), ("Germany", "hostile", "Syria")}),
    ("fr", "Paris et Berlin ont signé une déclaration commune.", {("France", "cooperates", "Germany")}),
    ("fr", "Washington et Ottawa ont condamné Pékin dans un communiqué conjoint.",
     {("United States", "hostile", "China"), ("Canada", "hostile", "China")}),
    # members listed in a relative clause of the organisation are background to its act
    ("fr", "Le groupe de Lima, qui réunit l'Argentine, le Brésil, le Canada et le Pérou, a rejeté l'élection.",
     {("Argentina", "member_of", "Lima Group"), ("Brazil", "member_of", "Lima Group"),
      ("Canada", "member_of", "Lima Group"), ("Peru", "member_of", "Lima Group")}),
    ("fr", "L'Union du fleuve Mano, qui regroupe la Guinée, la Sierra Leone et le Liberia, a condamné le coup d'État.",
     {("Guinea", "member_of", "Mano River Union"), ("Sierra Leone", "member_of", "Mano River Union"),
      ("Liberia", "member_of", "Mano River Union")}),
    # a name joined to "-backed" / "-brokered" is a backer outside the act, not its author
    ("en", "The US-backed government condemned Iran.", set()),
    ("en", "Qatar condemned the Russian-backed offensive.", set()),
    ("en", "The Qatari-brokered deal was signed by Rwanda and Kenya.",
     {("Rwanda", "cooperates", "Kenya")}),
    # "soutenir que": maintaining a claim backs no one; withholding aid suspends it
    ("fr", "Pékin soutient que Taïwan fait partie de la Chine.", set()),
    ("fr", "Le ministère chinois a toujours soutenu que ses patrouilles n'avaient jamais franchi la ligne.", set()),
    ("fr", "La France soutient le Maroc.", {("France", "supports", "Morocco")}),
    ("en", "The Netherlands and Sweden held back part of their budget aid to Kigali.",
     {("Netherlands", "suspends_cooperation", "Rwanda"), ("Sweden", "suspends_cooperation", "Rwanda")}),
    ("fr", "Bruxelles a retenu son aide budgétaire au Rwanda.",
     {("European Union", "suspends_cooperation", "Rwanda")}),
    # incursions by a state's forces
    ("en", "Ugandan troops marched deep into Congo.", {("Uganda", "attacks", "DR Congo")}),
    ("en", "Botswanan troops crossed the border at the invitation of Lesotho.",
     {("Botswana", "military_cooperation", "Lesotho")}),
    ("en", "Two Russian jets strayed into Turkish airspace near Hatay.", {("Russia", "attacks", "Turkey")}),
    ("en", "Thousands of Sudanese refugees crossed into Chad.", set()),
    # a list of subjects whose first name the parser made the root, the verb a clause on it
    ("fr", "Canberra et Wellington condamnent aussitôt le putsch à Fidji.",
     {("Australia", "hostile", "Fiji"), ("New Zealand", "hostile", "Fiji")}),
    ("fr", "L'Arabie saoudite, les Émirats arabes unis, Bahreïn et l'Égypte ont rompu leurs relations avec le Qatar.",
     {("Saudi Arabia", "suspends_cooperation", "Qatar"), ("United Arab Emirates", "suspends_cooperation", "Qatar"),
      ("Bahrain", "suspends_cooperation", "Qatar"), ("Egypt", "suspends_cooperation", "Qatar")}),
    ("fr", "L'Union européenne et la France ont affiché leur solidarité avec Copenhague.",
     {("European Union", "supports", "Denmark"), ("France", "supports", "Denmark")}),
    ("fr", "Paris et Berlin dénoncent la décision russe.",
     {("France", "hostile", "Russia"), ("Germany", "hostile", "Russia")}),
    # the other side hung on the light verb after its act's noun, between quotes
    ("fr", "Washington a exprimé sa « pleine solidarité » avec l'Estonie.",
     {("United States", "supports", "Estonia")}),
    ("fr", "Ankara a affiché son « soutien indéfectible » à l'Azerbaïdjan.",
     {("Turkey", "supports", "Azerbaijan")}),
    ("en", "Tokyo voiced its \"deep concern\" over the Chinese drills.", {("Japan", "hostile", "China")}),
    # "similar condemnations": the same act, on the one it was last stated on
    ("en", "The Arab League condemned Israel's incursion. Riyadh, Doha and Amman have issued similar condemnations.",
     {("Arab League", "hostile", "Israel"), ("Saudi Arabia", "hostile", "Israel"),
      ("Qatar", "hostile", "Israel"), ("Jordan", "hostile", "Israel")}),
    ("fr", "La France a condamné la Russie. L'Allemagne et l'Italie ont publié des condamnations similaires.",
     {("France", "hostile", "Russia"), ("Germany", "hostile", "Russia"), ("Italy", "hostile", "Russia")}),
    ("en", "Germany and Italy issued similar condemnations.", set()),
    # an organisation described by the participle of its founding, and one named after a place
    ("en", "Rabat wants to revive the Arab Maghreb Union, founded in 1989 by Morocco, Algeria and Tunisia.",
     {("Morocco", "member_of", "Arab Maghreb Union"), ("Algeria", "member_of", "Arab Maghreb Union"),
      ("Tunisia", "member_of", "Arab Maghreb Union")}),
    ("fr", "La Commission du bassin du lac Tchad regroupe le Nigeria, le Niger et le Tchad.",
     {("Nigeria", "member_of", "Lake Chad Basin Commission"), ("Niger", "member_of", "Lake Chad Basin Commission"),
      ("Chad", "member_of", "Lake Chad Basin Commission")}),
    ("fr", "Les pêcheurs du lac Tchad manquent d'eau.", set()),
    # groups referred back by a number and a noun for states
    ("fr", "Le Kirghizstan et le Tadjikistan se disputent la frontière. Les deux républiques, membres de l'Organisation du traité de sécurité collective, ont gardé le silence.",
     {("Kyrgyzstan", "hostile", "Tajikistan"), ("Kyrgyzstan", "member_of", "CSTO"), ("Tajikistan", "member_of", "CSTO")}),
    ("fr", "Le Rwanda accuse l'Ouganda d'espionnage. Ils sont tous deux membres de la Communauté d'Afrique de l'Est.",
     {("Rwanda", "hostile", "Uganda"), ("Rwanda", "member_of", "East African Community"),
      ("Uganda", "member_of", "East African Community")}),
    ("en", "Egypt and Turkey fell out in 2013. In August of that year, both capitals recalled their ambassadors.",
     {("Egypt", "recalls_ambassador", "Turkey"), ("Turkey", "recalls_ambassador", "Egypt")}),
    # the subjects' own ties, whatever else the sentence names; "au terme de" is a preposition
    ("fr", "Le Maroc et la Mauritanie ont décidé de rétablir leurs relations diplomatiques, au terme d'une rencontre de leurs ministres au siège de l'Union africaine.",
     {("Morocco", "cooperates", "Mauritania")}),
    ("fr", "Le Mali et le Niger renforcent leurs liens avec la Russie.",
     {("Mali", "cooperates", "Russia"), ("Niger", "cooperates", "Russia")}),
    ("fr", "Au terme de leur coopération, les deux pays ont signé un communiqué.", set()),
    # following suit by an act of its own: that act, not the one before
    ("fr", "Le Mali a rompu avec l'Ukraine. Le Niger a emboîté le pas à Bamako en coupant à son tour les ponts avec Kiev.",
     {("Mali", "suspends_cooperation", "Ukraine"), ("Niger", "suspends_cooperation", "Ukraine")}),
    ("fr", "Le Mali a rompu ses relations avec l'Ukraine. Le Niger lui a emboîté le pas.",
     {("Mali", "suspends_cooperation", "Ukraine"), ("Niger", "suspends_cooperation", "Ukraine")}),
    # a subject pronoun two sentences on still means the actor the text opened on
    ("fr", "L'Argentine multiplie les fronts diplomatiques. Il s'en est pris au Mexique, qu'il a traité d'ignorant. À l'inverse, il a resserré les liens avec Israël.",
     {("Argentina", "cooperates", "Israel")}),
    ("en", "Kenya is changing course. It has annoyed Uganda with its new tariffs. In March, it strengthened its ties with Ethiopia.",
     {("Kenya", "cooperates", "Ethiopia")}),
    ("en", "Kenya is changing course. The markets did not follow. In March, it strengthened its ties with Ethiopia.", set()),
    # a written list of three actors or more is one coordination, whatever the parse made of
    # it; the founders a participle names by "par" / "by" are members
    ("fr", "L'Union du fleuve Mano, qui regroupe la Guinée, la Sierra Leone, le Liberia et la Côte d'Ivoire, a proposé une réunion technique.",
     {("Guinea", "member_of", "Mano River Union"), ("Sierra Leone", "member_of", "Mano River Union"),
      ("Liberia", "member_of", "Mano River Union"), ("Ivory Coast", "member_of", "Mano River Union")}),
    ("fr", "La CEI, fondée en décembre 1991 par la Russie, l'Ukraine et la Biélorussie, perd l'un de ses membres.",
     {("Russia", "member_of", "Commonwealth of Independent States"),
      ("Ukraine", "member_of", "Commonwealth of Independent States"),
      ("Belarus", "member_of", "Commonwealth of Independent States")}),
    ("fr", "L'UMA, fondée en 1989 par le Maroc, l'Algérie, la Tunisie, la Libye et la Mauritanie, est en sommeil.",
     {("Morocco", "member_of", "Arab Maghreb Union"), ("Algeria", "member_of", "Arab Maghreb Union"),
      ("Tunisia", "member_of", "Arab Maghreb Union"), ("Libya", "member_of", "Arab Maghreb Union"),
      ("Mauritania", "member_of", "Arab Maghreb Union")}),
    ("en", "The Arab Maghreb Union, founded in 1989 by Morocco, Algeria, Tunisia, Libya and Mauritania, has not met since 2008.",
     {("Morocco", "member_of", "Arab Maghreb Union"), ("Algeria", "member_of", "Arab Maghreb Union"),
      ("Tunisia", "member_of", "Arab Maghreb Union"), ("Libya", "member_of", "Arab Maghreb Union"),
      ("Mauritania", "member_of", "Arab Maghreb Union")}),
    ("fr", "Selon la France, le Mali et le Niger ont rompu leurs relations avec l'Algérie.",
     {("Mali", "suspends_cooperation", "Algeria"), ("Niger", "suspends_cooperation", "Algeria")}),
    ("fr", "Le 5 juin, Riyad, Abou Dhabi, Manama et Le Caire avaient rompu avec le Qatar.",
     {("Saudi Arabia", "suspends_cooperation", "Qatar"), ("United Arab Emirates", "suspends_cooperation", "Qatar"),
      ("Bahrain", "suspends_cooperation", "Qatar"), ("Egypt", "suspends_cooperation", "Qatar")}),
    ("en", "On Monday, Washington, London, Ottawa and Canberra condemned China over the arrest of Yang Hengjun.",
     {("United States", "hostile", "China"), ("United Kingdom", "hostile", "China"),
      ("Canada", "hostile", "China"), ("Australia", "hostile", "China")}),
    # joining an accusation makes it again, against the one it was made against
    ("fr", "Londres accuse Moscou du piratage. L'Australie, le Canada et le Danemark se sont joints vendredi à ces accusations.",
     {("United Kingdom", "hostile", "Russia"), ("Australia", "hostile", "Russia"),
      ("Canada", "hostile", "Russia"), ("Denmark", "hostile", "Russia")}),
    ("fr", "Le Niger ne s'est pas joint aux accusations du Mali.", set()),
    # the actor before a participle's auxiliary is the subject of an absolute clause
    ("fr", "Paris ayant apporté son soutien au plan d'autonomie marocain, Alger a rappelé son ambassadeur à Paris.",
     {("France", "supports", "Morocco"), ("Algeria", "recalls_ambassador", "France")}),
    ("fr", "Le Qatar ayant rompu ses relations avec l'Égypte, Le Caire a fermé son ambassade.",
     {("Qatar", "suspends_cooperation", "Egypt")}),
    ("en", "Washington having withdrawn from the nuclear deal, Tehran resumed enrichment.",
     {("United States", "suspends_cooperation", "Iran")}),
    ("fr", "Ankara s'étant retirée des négociations avec Athènes, les pourparlers sont au point mort.",
     {("Turkey", "suspends_cooperation", "Greece")}),
    ("en", "Moscow having recalled its ambassador from Chisinau, the embassy is run by a chargé.",
     {("Russia", "recalls_ambassador", "Moldova")}),
    # "pouvoir compter sur" states support had; a conditional modal keeps it a possibility
    ("fr", "Le gouvernement sri-lankais peut compter sur l'appui de Pékin et de Moscou.",
     {("China", "supports", "Sri Lanka"), ("Russia", "supports", "Sri Lanka")}),
    ("en", "Colombo can count on the backing of Beijing.", {("China", "supports", "Sri Lanka")}),
    ("fr", "Le Mali pourrait compter sur le soutien de la Russie.", set()),
    ("en", "Kyiv might count on the support of Warsaw.", set()),
    ("fr", "La Serbie sait qu'elle peut compter sur le soutien de Moscou au Conseil de sécurité.",
     {("Russia", "supports", "Serbia")}),
    # @envoy: any diplomatic agent, a high commissioner or an attaché as much as an ambassador
    ("fr", "New Delhi renvoie le haut-commissaire du Pakistan.", {("India", "expels", "Pakistan")}),
    ("en", "London summoned the Iranian chargé d'affaires.", {("United Kingdom", "hostile", "Iran")}),
    ("fr", "Rabat a convoqué l'attaché militaire algérien.", {("Morocco", "hostile", "Algeria")}),
    # "les États de <organisation>" names members, and so does signing its founding declaration
    ("fr", "Le Malawi et la Tanzanie, deux autres États membres de la SADC, complètent le dispositif.",
     {("Malawi", "member_of", "SADC"), ("Tanzania", "member_of", "SADC")}),
    ("fr", "Haïti, seul État francophone de la Caricom, a remercié ses partenaires.",
     {("Haiti", "member_of", "Caribbean Community")}),
    ("fr", "Deux États de l'ASEAN, le Vietnam et la Malaisie, contestent ces revendications.",
     {("Vietnam", "member_of", "ASEAN"), ("Malaysia", "member_of", "ASEAN")}),
    ("fr", "Les présidents du Chili et de la Colombie ont signé à Santiago la déclaration fondatrice de l'Union des nations sud-américaines.",
     {("Chile", "member_of", "Union of South American Nations"),
      ("Colombia", "member_of", "Union of South American Nations")}),
    ("fr", "L'État islamique a revendiqué l'attentat contre l'ambassade de France.", set()),
    # where two states sign or meet is not a party ("signé à Addis-Abeba", "in Algiers")
    ("fr", "Le mémorandum paraphé à Luanda par le Rwanda et l'Ouganda prévoit la réouverture de la frontière.",
     {("Rwanda", "cooperates", "Uganda")}),
    ("en", "Eritrea and Ethiopia signed a peace agreement in Algiers.", {("Eritrea", "cooperates", "Ethiopia")}),
    ("fr", "Kinshasa et Kigali ont signé un accord-cadre à Addis-Abeba.", {("DR Congo", "cooperates", "Rwanda")}),
    ("fr", "Les protocoles de normalisation signés à Zurich par la Turquie et l'Arménie prévoient l'ouverture de la frontière.",
     {("Turkey", "cooperates", "Armenia")}),
    ("en", "The accord concluded in Geneva by Caracas and London bound both parties to seek a settlement.",
     {("Venezuela", "cooperates", "United Kingdom")}),
    # an agent "by"/"par" makes a passive only on a participle: "stand by" is active
    ("en", "Moscow pledged to stand by Serbia.", {("Russia", "supports", "Serbia")}),
    ("fr", "Le Koweït expulse l'ambassadeur philippin.", {("Kuwait", "expels", "Philippines")}),
    # voicing concern over another state's conduct is a reproach
    ("en", "Japan and Australia voiced concern over Chinese conduct at the shoal.",
     {("Japan", "hostile", "China"), ("Australia", "hostile", "China")}),
    ("fr", "Le département d'État américain a exprimé sa préoccupation face aux expulsions décidées par Kinshasa.",
     {("United States", "hostile", "DR Congo")}),
    ("fr", "Le Sénégal a exprimé sa préoccupation face à la sécheresse.", set()),
    # a fronted participle with a named agent: the main clause's subject undergoes it
    ("fr", "Soutenue par Washington, l'Ukraine a repoussé l'offensive.", {("United States", "supports", "Ukraine")}),
    ("en", "Backed by Washington, Kyiv rejected the Russian proposal.",
     {("United States", "supports", "Ukraine"), ("Ukraine", "rejects", "Russia")}),
    ("fr", "Épaulé par Moscou, Bamako a durci le ton.", {("Russia", "supports", "Mali")}),
    ("en", "Armed by Tehran, Damascus held the north.", {("Iran", "military_cooperation", "Syria")}),
    ("fr", "Soutenu par Pékin, le Pakistan a rejeté la proposition indienne.",
     {("China", "supports", "Pakistan"), ("Pakistan", "rejects", "India")}),
    # whom a positive act is directed against is no partner in it
    ("en", "Poland bolstered its defences against Russia.", set()),
    ("fr", "La Pologne a renforcé sa coopération militaire contre la Russie.", set()),
    ("fr", "La Russie a soutenu le Mali contre la France.", {("Russia", "supports", "Mali")}),
    ("en", "Washington backed Kyiv against Moscow.", {("United States", "supports", "Ukraine")}),
    ("en", "India and Japan deepened their partnership against China.", {("India", "cooperates", "Japan")}),
    ("fr", "Le Liban et le Yémen ont voté contre avec Damas.",
     {("Lebanon", "supports", "Syria"), ("Yemen", "supports", "Syria")}),
    # the tagger's conditional mood only where the form is one ("restent" is not)
    ("fr", "Les États-Unis restent liés par des traités de défense à la Corée du Sud.",
     {("United States", "military_cooperation", "South Korea")}),
    ("fr", "La France pourrait livrer des armes au Mali.", set()),
    # a capital after "à" on the verb of an act's noun receives it
    ("fr", "Juba va verser à Khartoum une aide financière.", {("South Sudan", "supports", "Sudan")}),
    ("fr", "L'Algérie a accordé à la Tunisie des prêts à taux réduit.", {("Algeria", "supports", "Tunisia")}),
    # office-holders match without the accents the press drops, and with those it adds
    ("en", "Aleksandar Vucic condemned the Kosovo raid.", {("Serbia", "hostile", "Kosovo")}),
    ("fr", "Benyamin Nétanyahou a rejeté la version turque.", {("Israel", "rejects", "Turkey")}),
    # "each other", "l'un contre l'autre": the coordinated subjects act on one another
    ("en", "Uganda and Rwanda shelled each other in Kisangani.",
     {("Uganda", "attacks", "Rwanda"), ("Rwanda", "attacks", "Uganda")}),
    ("en", "Russia and Estonia expelled each other's ambassadors.",
     {("Russia", "expels", "Estonia"), ("Estonia", "expels", "Russia")}),
    # a future in the past under a verb of announcing is decided, not hypothetical
    ("en", "Gambia announced in October that it would leave the International Criminal Court.",
     {("Gambia", "suspends_cooperation", "International Criminal Court")}),
    ("fr", "Le Tchad a annoncé qu'il retirerait ses soldats de la Minusma.",
     {("Chad", "suspends_cooperation", "MINUSMA")}),
    ("en", "Germany said it would deliver tanks to Ukraine if Washington did the same.", set()),
    ("en", "Germany would deliver tanks to Ukraine.", set()),
    # "supplied X with Y": the verb's object receives what is given "with"
    ("en", "Japan has supplied Kyiv with bulletproof vests and helmets.",
     {("Japan", "military_cooperation", "Ukraine")}),
    # declining to renew a tie ends it
    ("en", "Kyiv declined to renew the transit deal with Moscow.", {("Ukraine", "suspends_cooperation", "Russia")}),
    ("en", "Ecuador declined to renew the lease of the Manta base to the United States.",
     {("Ecuador", "suspends_cooperation", "United States")}),
    ("en", "Kyiv renewed the transit deal with Moscow.", {("Ukraine", "cooperates", "Russia")}),
    # a conjunct the parse hangs on a date still belongs to the phrase
    ("fr", "Le Maroc est membre de l'Union africaine depuis 2017 et de la Ligue arabe depuis 1958.",
     {("Morocco", "member_of", "African Union"), ("Morocco", "member_of", "Arab League")}),
    # coordinated subjects of a hostile act without object are not hostile to each other,
    # unless the sentence says they act on one another
    ("en", "France and Germany protested.", set()),
    ("en", "Armenia and Azerbaijan traded blame on Wednesday.", {("Armenia", "hostile", "Azerbaijan")}),
    # a "contre" phrase deeper than the act's object is not its adversary
    ("fr", "La Turquie plaide pour la levée des sanctions contre l'Iran.", {("Turkey", "supports", "Iran")}),
    # a word inside an organisation's name is no `with` word for a trigger nearby
    ("fr", "Le Conseil de coopération du Golfe a suspendu le Qatar.",
     {("Gulf Cooperation Council", "sanctions", "Qatar")}),
    # "ni … ni" / "neither … nor" deny the verbs they join
    ("fr", "Bogotá n'a ni rompu les relations ni rappelé son ambassadeur à Buenos Aires.", set()),
    ("en", "Australia accused Israel. Israel has neither confirmed nor denied its involvement.",
     {("Australia", "hostile", "Israel")}),
    ("fr", "Pékin n'a remis en cause ni son appui politique à Islamabad ni le corridor économique.",
     {("China", "supports", "Pakistan")}),
]
