"""Français (the UN's terms: examen périodique universel, recommandation, soutenue /
prise en note, paragraphe, « p. »; ``reviewer.words``)."""

TABLE = {
    "date.long": "{day} {month} {year}",
    "date.months": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),  # fmt: skip
    "list.sep": ", ",
    "list.and": "{items} et {last}",
    "list.more": {"one": "{items} et {n} autre", "other": "{items} et {n} autres"},
    "label": "{label} : ",
    "quoted": "« {text} »",
    "pages.one": "p. {page}",
    "pages.range": "p. {start}–{end}",
    "count.paragraphs": {"one": "{n} paragraphe", "other": "{n} paragraphes"},
    "count.recommendations": {"one": "{n} recommandation", "other": "{n} recommandations"},
    "count.tags": {"one": "{n} étiquette", "other": "{n} étiquettes"},
    "count.notes": {"one": "{n} note", "other": "{n} notes"},
    "count.documents": {"one": "{n} document", "other": "{n} documents"},
    "count.words": {"one": "{n} mot", "other": "{n} mots"},
    "count.key_words": {"one": "{n} mot clef", "other": "{n} mots clefs"},
    "position.supported": "Soutenue",
    "position.noted": "Prise en note",
    "position.partially": "Partiellement soutenue",
    "position.pending": "À examiner",
    "position.unknown": "Inconnue",
    "position.short.supported": "soutenues",
    "position.short.noted": "prises en note",
    "position.short.partially": "partiellement soutenues",
    "position.short.pending": "à examiner",
    "position.short.unknown": "position inconnue",
    "kind.submission": "Communication",
    "kind.wg_report": "Rapport du Groupe de travail",
    "kind.responses": "Réponses de l’État",
    "kind.thematic_list": "Liste thématique",
    "kind.national_report": "Rapport national",
    "kind.summary": "Résumé des communications",
    "kind.other": "Autre document",
    "origin.footnote": "note de bas de page",
    "origin.inline": "dans le texte",
    "origin.section_heading": "titre de section",
    "origin.manual": "manuel",
    "origin.suggestion": "suggestion",
    "origin.inferred": "numérotation déduite",
    "status.confirmed": "confirmé",
    "status.suggested": "suggéré",
    "status.rejected": "rejeté",
    "link.suggested": "suggéré",
    "link.accepted": "suggestion acceptée",
    "link.inferred": "numérotation déduite",
    "col.recommendation": "Recommandation",
    "col.recommendation_text": "Texte de la recommandation",
    "col.text": "Texte",
    "col.states": "États auteurs",
    "col.position": "Position",
    "col.document": "Document",
    "col.organisation": "Organisation",
    "col.paragraphs": "Paragraphes",
    "col.paragraph": "Paragraphe",
    "col.paragraph_text": "Texte du paragraphe",
    "col.symbol": "Cote",
    "col.number": "Numéro",
    "col.themes": "Thèmes",
    "col.page": "Page",
    "col.origin": "Origine",
    "col.status": "Statut",
    "col.reviewer": "Examinateur",
    "col.suggested_in": "Suggérée dans",
    "para.heading": "Paragraphe {label}",
    "para.title": "Titre",
    "para.heading_kind": "Intertitre : {start}",
    "para.unnumbered": "Paragraphe non numéroté : « {start} »",
    "para.with_pages": "{heading}, {pages}",
    "para.ref": "par. {label}",
    "para.ref_title": "le titre",
    "para.ref_heading": "l’intertitre « {start} »",
    "para.ref_unnumbered": "le paragraphe non numéroté « {start} »",
    "brief.title": "Note d’examen EPU",
    "brief.subtitle.document": "Paragraphes par document",
    "brief.subtitle.recommendation": "Couverture par recommandation",
    "brief.subtitle.tag": "Paragraphes par étiquette",
    "brief.selection.document.all": "Tous les paragraphes",
    "brief.selection.document.tagged": "Seulement les paragraphes étiquetés",
    "brief.selection.document.noted": "Seulement les paragraphes annotés",
    "brief.selection.document.linked": "Seulement les paragraphes liés à une recommandation",
    "brief.selection.document.annotated": "Paragraphes liés, étiquetés ou annotés",
    "brief.selection.recommendation.all": "Paragraphes qui citent une recommandation",
    "brief.selection.recommendation.tagged": (
        "Paragraphes qui citent une recommandation et sont étiquetés"
    ),
    "brief.selection.recommendation.noted": (
        "Paragraphes qui citent une recommandation et sont annotés"
    ),
    "brief.selection.recommendation.linked": "Paragraphes qui citent une recommandation",
    "brief.selection.recommendation.annotated": "Paragraphes qui citent une recommandation",
    "brief.selection.tag.all": "Paragraphes étiquetés",
    "brief.selection.tag.tagged": "Paragraphes étiquetés",
    "brief.selection.tag.noted": "Paragraphes étiquetés et annotés",
    "brief.selection.tag.linked": "Paragraphes étiquetés liés à une recommandation",
    "brief.selection.tag.annotated": "Paragraphes étiquetés",
    "brief.key.paragraphs": "Paragraphes",
    "brief.key.review": "Examen",
    "brief.key.recommendations": "Recommandations",
    "brief.key.date": "Date",
    "brief.key.reviewer": "Examinateur",
    "brief.key.coverage": "Couverture",
    "brief.key.in_brief": "Dans cette note",
    "brief.filter.theme": "thème {theme}",
    "brief.filter.position": "position {position}",
    "brief.documents": {
        "one": "Le document de cette note",
        "other": "Les documents de cette note",
    },
    "brief.contents": "Table des matières",
    "brief.no_headings": "Cette note n’a aucun titre à lister.",
    "brief.nothing": "Rien dans l’espace de travail ne correspond à cette sélection.",
    "brief.no_text": "(texte absent du registre)",
    "brief.doc_meta": "{shown} sur {total} dans cette note",
    "brief.registry": {
        "one": "{recs} pour {symbol} dans le registre : {n} citée dans cette note",
        "other": "{recs} pour {symbol} dans le registre : {n} citées dans cette note",
    },
    "brief.registry.filtered": {
        "one": "{recs} pour {symbol} au registre (avec filtres) : {n} citée dans cette note",
        "other": "{recs} pour {symbol} au registre (avec filtres) : {n} citées dans cette note",
    },
    "brief.cited_elsewhere": {
        "one": ", {n} citée seulement hors de cette note",
        "other": ", {n} citées seulement hors de cette note",
    },
    "brief.cited_by_nobody": {
        "one": ", {n} citée par personne.",
        "other": ", {n} citées par personne.",
    },
    "brief.uncited": "Citées par personne : ",
    "brief.themes": "Thèmes",
    "brief.affected": "Personnes concernées",
    "brief.what_they_say": "Ce que disent les communications — {paragraphs} dans {documents}",
    "brief.in_documents": "{paragraphs} dans {documents}",
    "brief.in_brackets": " ({text})",
    "brief.linked": "Recommandations liées",
    "brief.also_tagged": "Autres étiquettes",
    "brief.tags": "Étiquettes",
    "brief.refer.see": "Voir ",
    "brief.refer.under": "{ref} sous {where}",
    "brief.refer.page": " (page ",
    "brief.refer.in_full": " de cette note), où il est cité en entier.",
    "note.label": "Note",
    "note.passage": "Passage",
    "note.reviewer": "Examinateur",
    "pred.cycle": "au cycle {cycle}",
    "pred.symbol": "dans {symbol}",
    "pred.by": " par {states}",
    "pred.line": "Également recommandée {where}{by} : {number} — {position}",
    "pred.suggested": " (suggérée)",
    "footer.page": "Page ",
    "footer.of": " sur ",
    "footer.end": "",
    "props.keywords": "EPU ; examen périodique universel ; recommandations",
    "props.comments": "Rédigé avec UPR Reviewer",
    "props.category": "Note d’examen EPU",
    "cov.heading": "Couverture de {review}",
    "cov.none": "Aucun document de {review} ne lie encore un paragraphe à ses recommandations.",
    "cov.none.filtered": (
        "Aucun document de {review} ne lie encore un paragraphe à ces recommandations."
    ),
    "cov.legend": (
        "{confirmed} un lien confirmé   {suggested} un lien suggéré, pas encore confirmé   "
        "(une ligne par recommandation à laquelle un document est lié : {cited} sur {total})"
    ),
    "cov.silent": "Liés à aucune d’entre elles",
    "cov.summary.addressed": {
        "one": "{n} traitée par {documents}",
        "other": "{n} traitées par {documents}",
    },
    "cov.summary.nobody": {"one": "{n} traitée par personne", "other": "{n} traitées par personne"},
    "cov.summary.position": {
        "one": "{position} {total} ({n} traitée)",
        "other": "{position} {total} ({n} traitées)",
    },
    "cov.no_theme": "Sans thème",
    "xlsx.sheet.summary": "Résumé",
    "xlsx.sheet.matrix": "Matrice",
    "xlsx.sheet.paragraphs": "Paragraphes",
    "xlsx.sheet.nobody": "Non traitées",
    "xlsx.title": "Couverture de {label} ({review})",
    "xlsx.scope": (
        "Les recommandations de {previous}{symbols} auxquelles répondent les documents de {review}."
    ),
    "xlsx.the_previous_review": "l’examen précédent",
    "xlsx.addressed_means": (
        "Une recommandation est traitée lorsqu’un document a un lien confirmé vers elle ; "
        "un lien suggéré ne compte pas."
    ),
    "xlsx.exported": "Exporté le {when} par {author} depuis {workspace}",
    "xlsx.documents": "Documents",
    "xlsx.no_documents": "Aucun document de cet examen n’a encore de paragraphes.",
    "xlsx.col.addressed": "Traitées",
    "xlsx.col.suggested_only": "Suggérées seulement",
    "xlsx.col.kind": "Type",
    "xlsx.col.recommendations": "Recommandations",
    "xlsx.col.share": "Part",
    "xlsx.col.theme": "Thème",
    "xlsx.col.state": "État",
    "xlsx.col.documents": "Documents",
    "xlsx.col.suggested": "Suggérés",
    "xlsx.by_position": "Par position",
    "xlsx.by_theme": "Par thème (une recommandation compte sous chacun de ses thèmes)",
    "xlsx.by_state": "Par État auteur de la recommandation",
    "xlsx.legend": (
        "Une cellule compte les paragraphes d’un document liés à la recommandation par un "
        "lien confirmé ; entre parenthèses, ceux dont le lien suggéré n’est pas encore "
        "confirmé. Lignes par thème (une recommandation sous le premier de ses thèmes ; "
        "tous dans la colonne Thèmes), puis par numéro."
    ),
    "xlsx.total.addressed": "Recommandations traitées",
    "xlsx.total.confirmed": "Paragraphes (liens confirmés)",
    "xlsx.total.suggested": "Paragraphes (liens suggérés)",
    "check.title": "Vérification du projet : {title}",
    "check.subject": "Vérification du projet au regard des directives de l’EPU",
    "check.key.draft": "Projet",
    "check.key.review": "Examen",
    "check.key.words": "Mots",
    "check.key.checked": "Vérifié le",
    "check.key.rules": "Règles",
    "check.not_known": "inconnu",
    "check.guidelines": (
        "HCDH, Directives techniques pour la présentation des communications écrites des "
        "parties prenantes (EPU, 4e cycle), site Web du HCDH"
    ),
    "check.words": "{words} ({limit} ; {notes})",
    "check.limit": "limite {limit}",
    "check.limit.individual": "limite {limit} (communication individuelle)",
    "check.limit.joint": "limite {limit} (communication conjointe)",
    "check.footnotes.counted": "notes de bas de page comptées",
    "check.footnotes.not_counted": "notes de bas de page non comptées",
    "check.summary": "Résumé",
    "check.nothing": "Plus rien à corriger.",
    "check.count": "{rule} : {n}",
    "check.findings": "Constats",
    "check.dismissed": "Écartés",
    "check.notes": "Remarques",
    "check.line": "{where} · {rule} · {severity}",
    "check.fix": "Correction : {fix}",
    "check.key": "Clef : {key}",
    "check.dismissed_by": " · écarté par {by}",
    "check.was_dismissed": " · écarté",
    "check.because": " : {note}",
    "check.where.label": "par. {label}",
    "check.where.index": "paragraphe {index} (non numéroté)",
    "check.where.document": "l’ensemble du document",
    "check.comment_author": "Vérification UPR Reviewer",
    "check.comment_meta": "{rule} · {severity} · {where} · clef {key}",
    "severity.error": "erreur",
    "severity.warning": "avertissement",
    "severity.info": "information",
    "rule.name.number": "numéro",
    "rule.name.symbol": "cote",
    "rule.name.state": "État",
    "rule.name.position": "position",
    "rule.name.range": "série",
    "rule.name.words": "mots",
    "rule.name.numbering": "numérotation",
    "rule.name.keywords": "mots clefs",
    "rule.name.organisation": "organisation",
    "rule.name.period": "période",
    "rule.name.annex": "annexe",
    "rule.name.coverage": "couverture",
    "rule.number": "Numéros absents du rapport cité",
    "rule.symbol": "Rapports qui ne sont pas ceux de l’examen précédent",
    "rule.state": "États auteurs que le registre ne donne pas",
    "rule.position": "Recommandations prises en note présentées comme acceptées",
    "rule.range": "Séries à cheval sur deux paragraphes d’un rapport",
    "rule.words": "Nombre de mots",
    "rule.numbering": "Paragraphes et pages numérotés",
    "rule.keywords": "Mots clefs",
    "rule.organisation": "Organisations auteurs nommées en tête",
    "rule.period": "Faits antérieurs à l’examen précédent",
    "rule.annex": "Rapports annexés",
    "rule.coverage": "Recommandations sur les thèmes du projet qu’il ne cite pas",
    "check.number": "{number} : {symbol} contient {span}",
    "check.number.fix": "Vérifier le numéro dans {symbol}",
    "check.number.fix_text": "Le texte cité est celui de {numbers} : corriger le numéro",
    "check.the_state": "l’État",
    "check.the_state_under_review": "l’État examiné",
    "check.symbol": (
        "{symbol} n’est pas le rapport de l’examen précédent de {state}, {previous} "
        "({reports}){whose}"
    ),
    "check.symbol.whose": " (c’est celui de {owner})",
    "check.symbol.fix": "Citer les recommandations de {reports}, ou vérifier la cote",
    "check.state": "{numbers} ({name}) : le registre donne {registry}",
    "check.state.fix": "Écrire ({right}), ou vérifier le numéro",
    "check.position": "{number} est présentée comme acceptée, mais {state} l’a prise en note ({symbol})",
    "check.position.fix": "Dire que {state} a pris note de {number} (sans la soutenir)",
    "check.range.across": (
        "{raw} : ses bornes sont dans des paragraphes différents du rapport ({a} et {b})"
    ),
    "check.range.across.fix": (
        "La scinder : de {first} à la fin du paragraphe {a}, puis {b}.1–{last}"
    ),
    "check.range.long": "{raw} : une série de plus de 400 recommandations",
    "check.range.long.fix": "Citer les recommandations visées, et non toute la série",
    "check.range.backwards": "{raw} : la série est à rebours",
    "check.range.backwards.fix": "Vérifier les numéros : la fin de la série doit être le plus grand",
    "check.words.over_individual": (
        "{words} : au-delà de la limite d’une communication individuelle, {limit} ({notes})"
    ),
    "check.words.over_joint": (
        "{words} : au-delà de la limite d’une communication conjointe, {limit} ({notes})"
    ),
    "check.words.over": "{words} : au-delà de la limite de {limit} ({notes})",
    "check.words.fix": "Retrancher au moins {words}",
    "check.words.fix_joint": (
        "Retrancher au moins {words} (une communication conjointe peut en compter {limit})"
    ),
    "check.numbering.none": "Aucun des {paragraphs} n’est numéroté",
    "check.numbering.none.fix": (
        "Numéroter les paragraphes (1., 2., 3. …), comme le demandent les directives"
    ),
    "check.numbering.one": "Un paragraphe non numéroté parmi des paragraphes numérotés",
    "check.numbering.one.fix": "Le numéroter, ou le joindre au paragraphe précédent",
    "check.numbering.pages": "Les pages ne sont pas numérotées",
    "check.numbering.pages.fix": (
        "Ajouter des numéros de page dans le pied de page (Insertion › Numéro de page)"
    ),
    "check.keywords.many": "{words} : les directives en demandent {max} au plus",
    "check.keywords.many.fix": "Garder les {max} qui en disent le plus",
    "check.keywords.none": "Pas de ligne de mots clefs au début",
    "check.keywords.none.fix": (
        "Ajouter une ligne « Mots clefs : … » ({max} au plus) avant le premier paragraphe"
    ),
    "check.organisation": "Les organisations auteurs ne sont pas nommées en tête",
    "check.organisation.fix": "Nommer chaque organisation auteur au début du texte",
    "check.period": "Daté de {years} : avant l’examen précédent ({previous}, {year})",
    "check.period.fix": (
        "Rendre compte de la période écoulée depuis {year} ; limiter les faits antérieurs "
        "à une ligne de contexte"
    ),
    "check.annex": (
        "Un rapport annexé : les annexes ne sont pas acceptées comme partie de la communication"
    ),
    "check.annex.fix": (
        "Retirer l’annexe ; citer plutôt le rapport (titre, lien) dans une note de bas de page"
    ),
    "check.coverage": "{theme} : {recs} de {symbols} non citées ({numbers})",
    "check.coverage.fix": (
        "Citer celles dont le projet rend compte, ou les laisser hors de son champ"
    ),
    "check.coverage.spoken": {
        "one": "Le projet traite de {numbers} sans la citer : la citer",
        "other": "Le projet traite de {numbers} sans les citer : les citer",
    },
    "check.note.guess": (
        "l’examen du document, {review}, est une supposition : le confirmer (review set)"
    ),
    "check.note.pages": (
        "la numérotation des pages se lit dans le fichier : vérifier le fichier lui-même "
        "pour qu’elle soit vérifiée"
    ),
    "check.note.no_review": (
        "l’examen du projet est inconnu : les règles qui ont besoin de l’examen précédent "
        "(cote, période, couverture) n’ont pas été appliquées"
    ),
    "check.note.no_report": (
        "l’examen précédent, {previous}, n’a aucun rapport dans l’espace de travail : les "
        "règles de cote et de couverture n’ont pas été appliquées (importer son rapport ou "
        "sa liste thématique)"
    ),
    "check.note.no_year": (
        "l’année de {previous} est inconnue : la règle de période n’a pas été appliquée"
    ),
    "check.note.not_in_registry": (
        "absent du registre : {symbols} ; les numéros, États et positions qui en sont cités "
        "n’ont pas été vérifiés"
    ),
    "check.note.skipped": "règles non appliquées : {rules}",
    "check.note.file_guess": "son examen, {review}, est une supposition ({reason})",
    "check.note.stored": (
        "ce fichier est le document {id} de l’espace de travail : vérifier le document {id} "
        "pour mettre à part les constats écartés pour lui"
    ),
    "check.note.not_stored": (
        "le fichier n’est pas dans l’espace de travail : aucun constat n’est écarté "
        "(l’importer, puis le vérifier par son numéro de document pour écarter des constats)"
    ),
}
