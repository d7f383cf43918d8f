<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name />
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New workspace…</source>
            <translation>&amp;Nouvel espace de travail…</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>&amp;Ouvrir un espace de travail…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Espaces de travail &amp;récents</translation>
        </message>
        <message>
            <source>&amp;Import files…</source>
            <translation>&amp;Importer des fichiers…</translation>
        </message>
        <message>
            <source>Import submissions and UN documents (or drop files on the window)</source>
            <translation>Importer des communications et des documents de l'ONU (ou déposer des fichiers sur la fenêtre)</translation>
        </message>
        <message>
            <source>Import as new &amp;version of…</source>
            <translation>Importer comme nouvelle &amp;version de…</translation>
        </message>
        <message>
            <source>A file holding the next version of a document already here: its paragraphs' work follows them</source>
            <translation>Un fichier contenant la version suivante d'un document déjà présent : le travail sur ses paragraphes les suit</translation>
        </message>
        <message>
            <source>&amp;Watch this file</source>
            <translation>&amp;Surveiller ce fichier</translation>
        </message>
        <message>
            <source>Import the selected document's file again each time it is saved</source>
            <translation>Réimporter le fichier du document sélectionné à chaque enregistrement</translation>
        </message>
        <message>
            <source>&amp;Export Word brief…</source>
            <translation>E&amp;xporter la note d'information Word…</translation>
        </message>
        <message>
            <source>The review's coverage as a workbook (XLSX) or CSV</source>
            <translation>La couverture de l'examen sous forme de classeur (XLSX) ou de fichier CSV</translation>
        </message>
        <message>
            <source>Restore from &amp;backup…</source>
            <translation>Restaurer une sauve&amp;garde…</translation>
        </message>
        <message>
            <source>Backup copies of this workspace: restore one, or back up now</source>
            <translation>Copies de sauvegarde de cet espace de travail : en restaurer une, ou sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Merge workspace…</source>
            <translation>&amp;Fusionner un espace de travail…</translation>
        </message>
        <message>
            <source>Bring another copy's documents and work (a laptop's file, a colleague's, the team database) into this workspace</source>
            <translation>Intégrer dans cet espace de travail les documents et le travail d'une autre copie (le fichier d'un ordinateur portable, celui d'un collègue, la base de données de l'équipe)</translation>
        </message>
        <message>
            <source>&amp;Copy workspace to…</source>
            <translation>&amp;Copier l'espace de travail vers…</translation>
        </message>
        <message>
            <source>Every row of this workspace to a new file (to work offline) or an empty team database</source>
            <translation>Toutes les lignes de cet espace de travail vers un nouveau fichier (pour travailler hors ligne) ou une base de données d'équipe vide</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>Re&amp;chercher…</translation>
        </message>
        <message>
            <source>Reviewer &amp;name…</source>
            <translation>Votre &amp;nom…</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Révision</translation>
        </message>
        <message>
            <source>&amp;Link to recommendation…</source>
            <translation>&amp;Lier à une recommandation…</translation>
        </message>
        <message>
            <source>&amp;Confirm link</source>
            <translation>&amp;Confirmer le lien</translation>
        </message>
        <message>
            <source>Confirm the selected link, or accept the selected suggestion</source>
            <translation>Confirmer le lien sélectionné, ou accepter la suggestion sélectionnée</translation>
        </message>
        <message>
            <source>Re&amp;ject link</source>
            <translation>Re&amp;jeter le lien</translation>
        </message>
        <message>
            <source>Reject the selected link, or the selected suggestion (never suggested again for the paragraph)</source>
            <translation>Rejeter le lien sélectionné, ou la suggestion sélectionnée (elle ne sera plus jamais suggérée pour ce paragraphe)</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>Suppri&amp;mer le lien</translation>
        </message>
        <message>
            <source>Mark &amp;reviewed</source>
            <translation>Mar&amp;quer comme révisé</translation>
        </message>
        <message>
            <source>Mark the paragraph reviewed, or not</source>
            <translation>Marquer le paragraphe comme révisé, ou non</translation>
        </message>
        <message>
            <source>&amp;Next paragraph</source>
            <translation>Paragraphe &amp;suivant</translation>
        </message>
        <message>
            <source>&amp;Previous paragraph</source>
            <translation>Paragraphe &amp;précédent</translation>
        </message>
        <message>
            <source>Next c&amp;hanged paragraph</source>
            <translation>Paragraphe modi&amp;fié suivant</translation>
        </message>
        <message>
            <source>The next paragraph whose text changed in a new version after work on it</source>
            <translation>Le paragraphe suivant dont le texte a changé dans une nouvelle version après qu'on y a travaillé</translation>
        </message>
        <message>
            <source>Chec&amp;k draft</source>
            <translation>&amp;Vérifier le projet</translation>
        </message>
        <message>
            <source>The selected draft against the UPR guidelines and the recommendations: citations, form, coverage</source>
            <translation>Le projet sélectionné au regard des directives de l'EPU et des recommandations : citations, forme, couverture</translation>
        </message>
        <message>
            <source>Every version of the selected document</source>
            <translation>Toutes les versions du document sélectionné</translation>
        </message>
        <message>
            <source>Document's re&amp;view…</source>
            <translation>&amp;Examen du document…</translation>
        </message>
        <message>
            <source>Which review the selected document is part of</source>
            <translation>L'examen dont fait partie le document sélectionné</translation>
        </message>
        <message>
            <source>Export covera&amp;ge…</source>
            <translation>Exporter la co&amp;uverture…</translation>
        </message>
        <message>
            <source>Next unrev&amp;iewed</source>
            <translation>Paragraphe non révisé s&amp;uivant</translation>
        </message>
        <message>
            <source>Versions o&amp;f this document…</source>
            <translation>Versions de ce &amp;document…</translation>
        </message>
        <message>
            <source>Propose a reading of short num&amp;bers…</source>
            <translation>Proposer une lecture des numéros a&amp;brégés…</translation>
        </message>
        <message>
            <source>The orders the selected document's short numbers may follow, each with how many land on recommendations about their section</source>
            <translation>Les ordres que peuvent suivre les numéros abrégés du document sélectionné, chacun avec le nombre de numéros qui tombent sur des recommandations portant sur leur section</translation>
        </message>
        <message>
            <source>Find &amp;earlier-cycle predecessors</source>
            <translation>Rechercher les &amp;antécédents des cycles précédents</translation>
        </message>
        <message>
            <source>Suggest, for the review's recommendations, those the State received in its two earlier cycles</source>
            <translation>Suggérer, pour les recommandations de l'examen, celles que l'État a reçues lors de ses deux cycles précédents</translation>
        </message>
        <message>
            <source>&amp;Suggest for this document</source>
            <translation>Su&amp;ggérer pour ce document</translation>
        </message>
        <message>
            <source>Go to su&amp;ggestions</source>
            <translation>Aller aux suggest&amp;ions</translation>
        </message>
        <message>
            <source>The paragraph's suggestions: ↑↓ choose, Y accepts, X rejects</source>
            <translation>Les suggestions du paragraphe : ↑↓ pour choisir, Y pour accepter, X pour rejeter</translation>
        </message>
        <message>
            <source>&amp;Write a note</source>
            <translation>&amp;Rédiger une note</translation>
        </message>
        <message>
            <source>Select te&amp;xt in paragraph</source>
            <translation>Sélectionner le te&amp;xte du paragraphe</translation>
        </message>
        <message>
            <source>Keys into the paragraph's text: Shift+arrows select words, Esc leaves; 1–9 then tag just those words</source>
            <translation>Le clavier passe dans le texte du paragraphe : Shift+flèches sélectionne des mots, Esc pour sortir ; 1–9 étiquette ensuite uniquement ces mots</translation>
        </message>
        <message>
            <source>Note &amp;on selection</source>
            <translation>&amp;Note sur la sélection</translation>
        </message>
        <message>
            <source>A note on the words selected in the paragraph</source>
            <translation>Une note sur les mots sélectionnés dans le paragraphe</translation>
        </message>
        <message>
            <source>&amp;Delete note</source>
            <translation>Supprimer la n&amp;ote</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translation>É&amp;tiquettes</translation>
        </message>
        <message>
            <source>&amp;New tag…</source>
            <translation>&amp;Nouvelle étiquette…</translation>
        </message>
        <message>
            <source>&amp;Manage tags…</source>
            <translation>&amp;Gérer les étiquettes…</translation>
        </message>
        <message>
            <source>Rename, colour, merge, delete, order and group tags; choose the key 1–9 of each</source>
            <translation>Renommer, colorer, fusionner, supprimer, ordonner et grouper les étiquettes ; choisir la touche 1–9 de chacune</translation>
        </message>
        <message>
            <source>Toggle tag &amp;{n}</source>
            <translation>Basculer l'étiquette &amp;{n}</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Choose the revie&amp;w…</source>
            <translation>Choisir l'&amp;examen…</translation>
        </message>
        <message>
            <source>Work on one review, or on all of them</source>
            <translation>Travailler sur un examen, ou sur tous</translation>
        </message>
        <message>
            <source>&amp;Reading</source>
            <translation>&amp;Lecture</translation>
        </message>
        <message>
            <source>Re&amp;commendations</source>
            <translation>&amp;Recommandations</translation>
        </message>
        <message>
            <source>C&amp;overage</source>
            <translation>&amp;Couverture</translation>
        </message>
        <message>
            <source>Which recommendations the review's documents address</source>
            <translation>Les recommandations que traitent les documents de l'examen</translation>
        </message>
        <message>
            <source>&amp;Documents list</source>
            <translation>Liste des &amp;documents</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>Every note of the review: filter by author, document, words; Enter opens the paragraph</source>
            <translation>Toutes les notes de l'examen : filtrer par auteur, document, mots ; Enter ouvre le paragraphe</translation>
        </message>
        <message>
            <source>&amp;Filters</source>
            <translation>&amp;Filtres</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>Effacer le&amp;s filtres</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barre d'outils</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About UPR Reviewer</source>
            <translation>À &amp;propos d'UPR Reviewer</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Save the chart as PNG</source>
            <translation>Enregistrer le graphique au format PNG</translation>
        </message>
        <message>
            <source>Save as PNG</source>
            <translation>Enregistrer au format PNG</translation>
        </message>
        <message>
            <source>Could not write {path}</source>
            <translation>Impossible d'écrire {path}</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source> newest copies</source>
            <translation> copies les plus récentes</translation>
        </message>
        <message>
            <source>&amp;Keep the</source>
            <translation>&amp;Conserver les</translation>
        </message>
        <message>
            <source>&amp;Restore this copy</source>
            <translation>&amp;Restaurer cette copie</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Make the workspace what it was on {created} ({reason})?

The current state is backed up first, so you can come back to it from this list.</source>
            <translation>Rétablir l'espace de travail tel qu'il était le {created} ({reason}) ?

L'état actuel est d'abord sauvegardé : vous pourrez y revenir depuis cette liste.</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <source>A review: its documents, and the recommendations made in it or that its documents respond to (the previous review's)</source>
            <translation>Un examen : ses documents, et les recommandations formulées lors de cet examen ou auxquelles ses documents répondent (celles de l'examen précédent)</translation>
        </message>
        <message>
            <source>Re&amp;view:</source>
            <translation>&amp;Examen :</translation>
        </message>
        <message>
            <source>&amp;Arrange:</source>
            <translation>&amp;Classer par :</translation>
        </message>
        <message>
            <source>&amp;Paragraphs:</source>
            <translation>Para&amp;graphes :</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>Doc&amp;ument :</translation>
        </message>
        <message>
            <source>any report, or e.g. A/HRC/40/6</source>
            <translation>tout rapport, ou p. ex. A/HRC/40/6</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Rapport :</translation>
        </message>
        <message>
            <source>any theme, or a code (A12) or words of its name</source>
            <translation>tout thème, ou un code (A12) ou des mots de son intitulé</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>Thè&amp;me :</translation>
        </message>
        <message>
            <source>Pos&amp;ition:</source>
            <translation>Pos&amp;ition :</translation>
        </message>
        <message>
            <source>Notes as Word comments (otherwise as text under each paragraph)</source>
            <translation>Notes sous forme de commentaires Word (sinon, sous forme de texte sous chaque paragraphe)</translation>
        </message>
        <message>
            <source>Links accepted from the suggestions (marked as such)</source>
            <translation>Liens acceptés à partir des suggestions (signalés comme tels)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>no reviewer named on the brief</source>
            <translation>aucun nom sur la note d'information</translation>
        </message>
        <message>
            <source>The reviewer named on the cover (Settings › Reviewer name…)</source>
            <translation>Le nom indiqué sur la page de couverture (Édition › Votre nom…)</translation>
        </message>
        <message>
            <source>Revie&amp;wer:</source>
            <translation>Éta&amp;blie par :</translation>
        </message>
        <message>
            <source>Paper si&amp;ze:</source>
            <translation>&amp;Format du papier :</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Lan&amp;gue :</translation>
        </message>
        <message>
            <source>The language of the brief's headings, labels and dates</source>
            <translation>La langue des titres, libellés et dates de la note</translation>
        </message>
        <message>
            <source>where to save the .docx</source>
            <translation>où enregistrer le fichier .docx</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>Enregistrer &amp;sous :</translation>
        </message>
        <message>
            <source>Could not read the workspace: {exc}</source>
            <translation>Impossible de lire l'espace de travail : {exc}</translation>
        </message>
        <message>
            <source>Save the Word brief as</source>
            <translation>Enregistrer la note d'information Word sous</translation>
        </message>
        <message>
            <source>Connect to team workspace</source>
            <translation>Se connecter à un espace de travail d'équipe</translation>
        </message>
        <message>
            <source>A team workspace is a PostgreSQL database the team shares: everyone's tags, notes and links, seen by the others as they are made.</source>
            <translation>Un espace de travail d'équipe est une base de données PostgreSQL partagée par l'équipe : les étiquettes, notes et liens de chacun, visibles par les autres dès leur création.</translation>
        </message>
        <message>
            <source>postgresql://ana@db.example.org:5432/upr</source>
            <translation>postgresql://ana@db.example.org:5432/upr</translation>
        </message>
        <message>
            <source>Paste the URL your administrator gave you, or fill in the fields</source>
            <translation>Collez l'URL fournie par votre administrateur, ou remplissez les champs</translation>
        </message>
        <message>
            <source>db.example.org (empty: this computer)</source>
            <translation>db.example.org (vide : cet ordinateur)</translation>
        </message>
        <message>
            <source>upr</source>
            <translation>upr</translation>
        </message>
        <message>
            <source>Given to this connection only; the program never stores it</source>
            <translation>Fourni pour cette connexion uniquement ; le programme ne l'enregistre jamais</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>The URL's port is not a number</source>
            <translation>Le port indiqué dans l'URL n'est pas un nombre</translation>
        </message>
        <message>
            <source>Who wrote it</source>
            <translation>Qui l'a rédigé</translation>
        </message>
        <message>
            <source>It brought recommendations to the registry: its kind is what it was imported as</source>
            <translation>Ce document a apporté des recommandations au registre : son type est celui sous lequel il a été importé</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>T&amp;ype :</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Supprimer le document</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Already in the workspace</source>
            <translation>Déjà dans l'espace de travail</translation>
        </message>
        <message>
            <source>These files hold the text of a document already here, in another format:&lt;ul&gt;{rows}&lt;/ul&gt;Imported, they would be a document of their own, and every search would find the text twice.</source>
            <translation>Ces fichiers contiennent le texte d'un document déjà présent, sous un autre format :&lt;ul&gt;{rows}&lt;/ul&gt;Une fois importés, ils formeraient un document distinct, et chaque recherche trouverait le texte deux fois.</translation>
        </message>
        <message>
            <source>This file holds the text of a document already here, in another format:&lt;ul&gt;{rows}&lt;/ul&gt;Imported, it would be a document of its own, and every search would find the text twice.</source>
            <translation>Ce fichier contient le texte d'un document déjà présent, sous un autre format :&lt;ul&gt;{rows}&lt;/ul&gt;Une fois importé, il formerait un document distinct, et chaque recherche trouverait le texte deux fois.</translation>
        </message>
        <message>
            <source>&amp;Skip</source>
            <translation>&amp;Ignorer</translation>
        </message>
        <message>
            <source>&amp;Import anyway</source>
            <translation>Importer &amp;quand même</translation>
        </message>
        <message>
            <source>Choose the text encoding</source>
            <translation>Choisir l'encodage du texte</translation>
        </message>
        <message>
            <source>The encoding of &lt;b&gt;{name}&lt;/b&gt; could not be recognised with certainty. Choose the one in which the text reads correctly:</source>
            <translation>L'encodage de &lt;b&gt;{name}&lt;/b&gt; n'a pas pu être reconnu avec certitude. Choisissez celui dans lequel le texte se lit correctement :</translation>
        </message>
        <message>
            <source>&amp;The text read in this encoding:</source>
            <translation>&amp;Texte lu dans cet encodage :</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Annulé ; aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>Export Word brief</source>
            <translation>Exporter la note d'information Word</translation>
        </message>
        <message>
            <source>Length:</source>
            <translation>Longueur :</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Open the brief in the program the system uses for .docx</source>
            <translation>Ouvrir la note d'information dans le programme que le système utilise pour les fichiers .docx</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Afficher dans le &amp;dossier</translation>
        </message>
        <message>
            <source>Estimating the length…</source>
            <translation>Estimation de la longueur…</translation>
        </message>
        <message>
            <source>Could not estimate the length: {error}</source>
            <translation>Impossible d'estimer la longueur : {error}</translation>
        </message>
        <message>
            <source>Estimating the length before writing…</source>
            <translation>Estimation de la longueur avant la génération…</translation>
        </message>
        <message>
            <source>Not written: narrow the choices, or Export again to write it.</source>
            <translation>Non générée : restreignez les choix, ou cliquez à nouveau sur Exporter pour la générer.</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Génération de {name}…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>{message}.</source>
            <translation>{message}.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>The brief was not written</source>
            <translation>La note d'information n'a pas été générée</translation>
        </message>
        <message numerus="yes">
            <source>Write %n page(s)</source>
            <translation>
                <numerusform>Écrire %n page</numerusform>
                <numerusform>Écrire %n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Go back and narrow it</source>
            <translation>Revenir en arrière pour restreindre</translation>
        </message>
        <message>
            <source>Replace the brief?</source>
            <translation>Remplacer la note d'information ?</translation>
        </message>
        <message>
            <source>{name} already exists in {parent}. Replace it?</source>
            <translation>{name} existe déjà dans {parent}. Le remplacer ?</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>UPR Reviewer workspaces (*.sqlite *.upr.sqlite *.db);;All files (*)</source>
            <translation>Espaces de travail UPR Reviewer (*.sqlite *.upr.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>a .sqlite file, or postgresql://user@host/database</source>
            <translation>un fichier .sqlite, ou postgresql://user@host/database</translation>
        </message>
        <message>
            <source>only if ~/.pgpass or $PGPASSWORD lacks it</source>
            <translation>uniquement si ~/.pgpass ou $PGPASSWORD ne le contient pas</translation>
        </message>
        <message>
            <source>&amp;Workspace:</source>
            <translation>&amp;Espace de travail :</translation>
        </message>
        <message>
            <source>Merge workspace: report</source>
            <translation>Fusionner un espace de travail : rapport</translation>
        </message>
        <message>
            <source>&lt;b&gt;Merged {source}&lt;/b&gt;&lt;br&gt;{value}</source>
            <translation>&lt;b&gt;Fusion de {source} effectuée&lt;/b&gt;&lt;br&gt;{value}</translation>
        </message>
        <message>
            <source>Both texts of the note are kept</source>
            <translation>Les deux textes de la note sont conservés</translation>
        </message>
        <message>
            <source>{who} saved this note while you were editing it: both texts are kept</source>
            <translation>{who} a enregistré cette note pendant que vous la modifiiez : les deux textes sont conservés</translation>
        </message>
        <message>
            <source>&lt;b&gt;{who} saved this note while you were editing it.&lt;/b&gt; Both texts are kept: theirs in the note, yours in a new note beside it on the same paragraph. Compare them and keep what you agree on; Ctrl+Z takes yours back.</source>
            <translation>&lt;b&gt;{who} a enregistré cette note pendant que vous la modifiiez.&lt;/b&gt; Les deux textes sont conservés : le sien dans la note, le vôtre dans une nouvelle note placée à côté, sur le même paragraphe. Comparez-les et gardez ce sur quoi vous êtes d'accord ; Ctrl+Z retire le vôtre.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{who} saved this note while you were editing it.&lt;/b&gt; Both texts are kept: the saved one in the note, yours in a new note beside it on the same paragraph. Compare them and keep what you agree on; Ctrl+Z takes yours back.</source>
            <translation>&lt;b&gt;{who} a enregistré cette note pendant que vous la modifiiez.&lt;/b&gt; Les deux textes sont conservés : le texte enregistré dans la note, le vôtre dans une nouvelle note placée à côté, sur le même paragraphe. Comparez-les et gardez ce sur quoi vous êtes d'accord ; Ctrl+Z retire le vôtre.</translation>
        </message>
        <message>
            <source>Your text (a new note)</source>
            <translation>Votre texte (une nouvelle note)</translation>
        </message>
        <message>
            <source>Propose a reading of the short numbers</source>
            <translation>Proposer une lecture des numéros abrégés</translation>
        </message>
        <message>
            <source>&amp;Accept this reading</source>
            <translation>&amp;Accepter cette lecture</translation>
        </message>
        <message>
            <source>Review of the document</source>
            <translation>Examen du document</translation>
        </message>
        <message>
            <source>Which review is &lt;b&gt;{title}&lt;/b&gt; part of?</source>
            <translation>De quel examen &lt;b&gt;{title}&lt;/b&gt; fait-il partie ?</translation>
        </message>
        <message>
            <source>a guess</source>
            <translation>une supposition</translation>
        </message>
        <message>
            <source>placed</source>
            <translation>attribué</translation>
        </message>
        <message>
            <source>Now {value} ({state}): {review_reason}</source>
            <translation>Actuellement {value} ({state}) : {review_reason}</translation>
        </message>
        <message>
            <source>in none</source>
            <translation>dans aucun</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message>
            <source>State: ISO code (SVN) or a code (SVN-1)</source>
            <translation>État : code ISO (SVN) ou code (SVN-1)</translation>
        </message>
        <message>
            <source>cycle </source>
            <translation>cycle </translation>
        </message>
        <message>
            <source>&amp;Another:</source>
            <translation>&amp;Autre :</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Touche</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>Passages</translation>
        </message>
        <message>
            <source>F2 renames · Del deletes · Alt+↑/↓ moves · 1–9 gives the selected tag its key (0 takes it away) · drag a tag onto another to put it in that group · Ctrl+Z undoes</source>
            <translation>F2 renomme · Del supprime · Alt+↑/↓ déplace · 1–9 attribue sa touche à l'étiquette sélectionnée (0 la retire) · faites glisser une étiquette sur une autre pour la placer dans ce groupe · Ctrl+Z annule</translation>
        </message>
        <message>
            <source>Manage tags</source>
            <translation>Gérer les étiquettes</translation>
        </message>
        <message>
            <source>The key 1–9 that toggles the tag on the current paragraph</source>
            <translation>La touche 1–9 qui applique ou retire l'étiquette sur le paragraphe en cours</translation>
        </message>
        <message>
            <source>{value} ({value2})</source>
            <translation>{value} ({value2})</translation>
        </message>
        <message>
            <source>There is no other tag to merge into</source>
            <translation>Il n'y a pas d'autre étiquette dans laquelle fusionner</translation>
        </message>
        <message numerus="yes">
            <source>%n tag(s)</source>
            <translation>
                <numerusform>%n étiquette</numerusform>
                <numerusform>%n étiquettes</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge tags</source>
            <translation>Fusionner des étiquettes</translation>
        </message>
        <message>
            <source>Merge {what} into:</source>
            <translation>Fusionner {what} dans :</translation>
        </message>
        <message>
            <source>Group tags</source>
            <translation>Grouper des étiquettes</translation>
        </message>
        <message>
            <source>Put them in the group (a tag's name, or a new one):</source>
            <translation>Les placer dans le groupe (nom d'une étiquette, ou nouveau nom) :</translation>
        </message>
        <message>
            <source>Import as new version of…</source>
            <translation>Importer comme nouvelle version de…</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; becomes the next version of the document chosen here: its paragraphs are matched with the latest version's, and the notes, tags, links and reviewed marks follow them.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; devient la version suivante du document choisi ici : ses paragraphes sont mis en correspondance avec ceux de la dernière version, et les notes, étiquettes, liens et marques de révision les suivent.</translation>
        </message>
        <message>
            <source>&amp;Import as new version</source>
            <translation>&amp;Importer comme nouvelle version</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Ce qui a changé</translation>
        </message>
        <message>
            <source>Work on paragraphs that are gone</source>
            <translation>Travail sur les paragraphes disparus</translation>
        </message>
        <message>
            <source>&amp;Show this version</source>
            <translation>&amp;Afficher cette version</translation>
        </message>
        <message>
            <source>Read it in the reading pane (an earlier one read-only)</source>
            <translation>La lire dans le volet de lecture (une version antérieure en lecture seule)</translation>
        </message>
        <message>
            <source>Versions of “{title}”</source>
            <translation>Versions de « {title} »</translation>
        </message>
        <message>
            <source>Work on paragraphs that are gone ({n})</source>
            <translation>Travail sur les paragraphes disparus ({n})</translation>
        </message>
        <message>
            <source>Import files</source>
            <translation>Importer des fichiers</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>Ouvrir un espace de travail</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Nouvel espace de travail</translation>
        </message>
        <message>
            <source>{name} already exists; use File → Open to open it.</source>
            <translation>{name} existe déjà ; utilisez Fichier → Ouvrir pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Open recent</source>
            <translation>Espaces de travail récents</translation>
        </message>
        <message>
            <source>{path} is no longer there (moved or deleted); it is removed from the list.</source>
            <translation>{path} n'existe plus (déplacé ou supprimé) ; il est retiré de la liste.</translation>
        </message>
        <message>
            <source>Reviewer name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Your name, recorded on the links, tags and notes you make:</source>
            <translation>Votre nom, enregistré sur les liens, étiquettes et notes que vous créez :</translation>
        </message>
        <message>
            <source>New links, tags and notes are recorded as {name}</source>
            <translation>Les nouveaux liens, étiquettes et notes sont enregistrés au nom de {name}</translation>
        </message>
        <message>
            <source>The Word export is not available: {exc}</source>
            <translation>L'export Word n'est pas disponible : {exc}</translation>
        </message>
        <message>
            <source>Restored {name}; the state before is kept as {name2}</source>
            <translation>{name} restauré ; l'état précédent est conservé sous {name2}</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.txt *.md *.csv *.xlsx);;All files (*)</source>
            <translation>Documents (*.pdf *.docx *.txt *.md *.csv *.xlsx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Importing {name} ({value} of {total})…</source>
            <translation>Importation de {name} ({value} sur {total})…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) imported. </source>
            <translation>
                <numerusform>%n fichier importé. </numerusform>
                <numerusform>%n fichiers importés. </numerusform>
            </translation>
        </message>
        <message>
            <source>Some files were not imported</source>
            <translation>Certains fichiers n'ont pas été importés</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported:&lt;ul&gt;{rows}&lt;/ul&gt;Fix or convert the file and import it again.</source>
            <translation>
                <numerusform>%n fichier n'a pas pu être importé :&lt;ul&gt;{rows}&lt;/ul&gt;Corrigez ou convertissez le fichier et importez-le à nouveau.</numerusform>
                <numerusform>%n fichiers n'ont pas pu être importés :&lt;ul&gt;{rows}&lt;/ul&gt;Corrigez ou convertissez les fichiers et importez-les à nouveau.</numerusform>
            </translation>
        </message>
        <message>
            <source>The paragraph is reviewed as it now reads: the mark goes (Space; Ctrl+Z undoes)</source>
            <translation>Le paragraphe est révisé tel qu'il se lit maintenant : la marque disparaît (Space ; Ctrl+Z annule)</translation>
        </message>
        <message>
            <source>Clear mark</source>
            <translation>Effacer la marque</translation>
        </message>
        <message>
            <source>Take the mark off without marking it reviewed</source>
            <translation>Retirer la marque sans marquer le paragraphe comme révisé</translation>
        </message>
        <message>
            <source>&lt;span style='color:{value}'&gt;✎ {value2}&lt;/span&gt;</source>
            <translation>&lt;span style='color:{value}'&gt;✎ {value2}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;i style='color:{MUTED}'&gt;Not in the version before.&lt;/i&gt;</source>
            <translation>&lt;i style='color:{MUTED}'&gt;Absent de la version précédente.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Welcome to UPR Reviewer.&lt;/b&gt; Your name is recorded on the links, tags and notes you make:</source>
            <translation>&lt;b&gt;Bienvenue dans UPR Reviewer.&lt;/b&gt; Votre nom est enregistré sur les liens, étiquettes et notes que vous créez :</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>&amp;Save name</source>
            <translation>&amp;Enregistrer le nom</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <source>Record your work as “{suggestion}” for now; the name can be changed any time (Edit › Reviewer name…)</source>
            <translation>Enregistrer votre travail sous le nom « {suggestion} » pour l'instant ; le nom peut être changé à tout moment (Édition › Votre nom…)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>{value}, {at:%Y-%m-%d %H:%M} UTC: {text}</source>
            <translation>{value}, {at:%Y-%m-%d %H:%M} UTC : {text}</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Révisé</translation>
        </message>
        <message>
            <source>Mark this paragraph reviewed (Space or Ctrl+R)</source>
            <translation>Marquer ce paragraphe comme révisé (Space ou Ctrl+R)</translation>
        </message>
        <message>
            <source>Link: type 28.294 or words of a recommendation</source>
            <translation>Lier : saisissez 28.294 ou des mots d'une recommandation</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lier</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <source>Confirm the selected link (Y; click the link first)</source>
            <translation>Confirmer le lien sélectionné (Y ; cliquez d'abord sur le lien)</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rejeter</translation>
        </message>
        <message>
            <source>Reject the selected link (X; click the link first)</source>
            <translation>Rejeter le lien sélectionné (X ; cliquez d'abord sur le lien)</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Supprimer le lien</translation>
        </message>
        <message>
            <source>Remove the selected link (Shift+Delete)</source>
            <translation>Supprimer le lien sélectionné (Shift+Delete)</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Paragraphe</translation>
        </message>
        <message>
            <source>not named yet (work recorded as {author})</source>
            <translation>pas encore nommé (travail enregistré sous {author})</translation>
        </message>
        <message>
            <source>Reviewer: {who}</source>
            <translation>Réviseur : {who}</translation>
        </message>
        <message>
            <source>Updated with changes saved by {who}</source>
            <translation>Mis à jour avec les modifications enregistrées par {who}</translation>
        </message>
        <message>
            <source>Document coverage</source>
            <translation>Couverture du document</translation>
        </message>
        <message>
            <source>Write a note… (saved as you type)</source>
            <translation>Rédigez une note… (enregistrée au fil de la saisie)</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nouvelle note</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected note (undo brings it back)</source>
            <translation>Supprimer la note sélectionnée (Annuler la rétablit)</translation>
        </message>
        <message>
            <source>Editing the note by {value}</source>
            <translation>Modification de la note de {value}</translation>
        </message>
        <message>
            <source>A note on the words</source>
            <translation>Une note sur les mots</translation>
        </message>
        <message>
            <source>On “{words}”</source>
            <translation>Sur « {words} »</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Modification…</translation>
        </message>
        <message>
            <source>Saved as {author}</source>
            <translation>Enregistrée au nom de {author}</translation>
        </message>
        <message>
            <source>Saved beside {who}'s text</source>
            <translation>Enregistrée à côté du texte de {who}</translation>
        </message>
        <message>
            <source>Note deleted (Ctrl+Z brings it back)</source>
            <translation>Note supprimée (Ctrl+Z la rétablit)</translation>
        </message>
        <message>
            <source>Filter notes by words…</source>
            <translation>Filtrer les notes par mots…</translation>
        </message>
        <message>
            <source>Only this reviewer's notes</source>
            <translation>Uniquement les notes de cet auteur</translation>
        </message>
        <message>
            <source>Only the notes on this document</source>
            <translation>Uniquement les notes sur ce document</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>Tous les examens</translation>
        </message>
        <message>
            <source>The notes of every review, not only the window's</source>
            <translation>Les notes de tous les examens, pas seulement celui de la fenêtre</translation>
        </message>
        <message>
            <source>all reviews</source>
            <translation>tous les examens</translation>
        </message>
        <message>
            <source>No notes in {where} yet: Ctrl+Shift+N writes one on a paragraph</source>
            <translation>Pas encore de note dans {where} : Ctrl+Shift+N en rédige une sur un paragraphe</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) in {where}</source>
            <translation>
                <numerusform>%n note dans {where}</numerusform>
                <numerusform>%n notes dans {where}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} of %n note(s) in {where}</source>
            <translation>
                <numerusform>{n} sur %n note dans {where}</numerusform>
                <numerusform>{n} sur %n notes dans {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the file at this page</source>
            <translation>Ouvrir le fichier à cette page</translation>
        </message>
        <message>
            <source>Open the original in the system's PDF viewer</source>
            <translation>Ouvrir l'original dans la visionneuse PDF du système</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>Page {page} sur {count}</translation>
        </message>
        <message>
            <source>{value}%</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>Where this document's file is was not recorded: it was imported before the page view existed, or from another program.  Locate the file (or import it again) to see its pages here.</source>
            <translation>L'emplacement du fichier de ce document n'a pas été enregistré : il a été importé avant l'existence de la vue de la page, ou depuis un autre programme.  Localisez le fichier (ou importez-le à nouveau) pour voir ses pages ici.</translation>
        </message>
        <message>
            <source>The original file is not at {path} any more: it was moved, renamed or deleted.  Locate it to see its pages here.</source>
            <translation>Le fichier original ne se trouve plus à l'emplacement {path} : il a été déplacé, renommé ou supprimé.  Localisez-le pour voir ses pages ici.</translation>
        </message>
        <message>
            <source>The file at {path} is not the one that was imported: its content has changed since (another version saved over it?).  Locate the file that was imported to see its pages here.</source>
            <translation>Le fichier situé à l'emplacement {path} n'est pas celui qui a été importé : son contenu a changé depuis (une autre version enregistrée par-dessus ?).  Localisez le fichier qui a été importé pour voir ses pages ici.</translation>
        </message>
        <message>
            <source>A Word document has no fixed pages to show here: where its pages break depends on the program that lays it out.  Open it in Word or LibreOffice to see it as printed.</source>
            <translation>Un document Word n'a pas de pages fixes à afficher ici : la mise en page dépend du programme qui l'affiche.  Ouvrez-le dans Word ou LibreOffice pour le voir tel qu'il sera imprimé.</translation>
        </message>
        <message>
            <source>A text file has no pages to show.</source>
            <translation>Un fichier texte n'a pas de pages à afficher.</translation>
        </message>
        <message>
            <source>Where this paragraph stands on the page is not known (it was imported before the page view): import the file again to highlight it.</source>
            <translation>La position de ce paragraphe sur la page est inconnue (il a été importé avant l'existence de la vue de la page) : importez à nouveau le fichier pour le mettre en évidence.</translation>
        </message>
        <message>
            <source>Select a paragraph to see the page it stands on.</source>
            <translation>Sélectionnez un paragraphe pour voir la page où il se trouve.</translation>
        </message>
        <message>
            <source>&amp;Locate the file…</source>
            <translation>&amp;Localiser le fichier…</translation>
        </message>
        <message>
            <source>Open in &amp;Word/LibreOffice</source>
            <translation>Ouvrir dans &amp;Word/LibreOffice</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Ouvrir le fichier</translation>
        </message>
        <message>
            <source>Words of the paragraph with a tag or a note: Enter shows them in the reading pane, Delete removes the tag or the note (Ctrl+Z brings it back)</source>
            <translation>Mots du paragraphe portant une étiquette ou une note : Enter les affiche dans le volet de lecture, Delete supprime l'étiquette ou la note (Ctrl+Z la rétablit)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected passage's tag or note (Delete)</source>
            <translation>Retirer l'étiquette ou la note du passage sélectionné (Delete)</translation>
        </message>
        <message>
            <source>Passages ({n})</source>
            <translation>Passages ({n})</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmer</translation>
        </message>
        <message>
            <source>This document is part of this review</source>
            <translation>Ce document fait partie de cet examen</translation>
        </message>
        <message>
            <source>Other review…</source>
            <translation>Autre examen…</translation>
        </message>
        <message>
            <source>How this document's short numbers read against the report</source>
            <translation>Comment les numéros abrégés de ce document se lisent par rapport au rapport</translation>
        </message>
        <message>
            <source>Read as:</source>
            <translation>Lire comme :</translation>
        </message>
        <message>
            <source>&amp;Propose a reading…</source>
            <translation>&amp;Proposer une lecture…</translation>
        </message>
        <message>
            <source>Try every order the numbers may follow against what the sections citing them are about, and choose one with its evidence</source>
            <translation>Essayer chaque ordre que peuvent suivre les numéros par rapport au sujet des sections qui les citent, et en choisir un avec ses éléments justificatifs</translation>
        </message>
        <message>
            <source>Y accept · X reject · ↑↓ choose · Ctrl+Z undo</source>
            <translation>Y accepter · X rejeter · ↑↓ choisir · Ctrl+Z annuler</translation>
        </message>
        <message>
            <source>Recommendations of the review's previous cycle that this paragraph likely speaks to without citing them, ranked by the words they share.
They count nowhere until accepted.  Y accepts the selected one (it becomes a confirmed link), X rejects it (it is never suggested again for this paragraph); Ctrl+Z undoes.  Review › Suggest for this document (Ctrl+Shift+S) ranks them again.</source>
            <translation>Recommandations du cycle précédent de l'examen que ce paragraphe traite probablement sans les citer, classées selon les mots qu'elles ont en commun avec lui.
Elles ne comptent nulle part tant qu'elles ne sont pas acceptées.  Y accepte celle qui est sélectionnée (elle devient un lien confirmé), X la rejette (elle ne sera plus jamais suggérée pour ce paragraphe) ; Ctrl+Z annule.  Révision › Suggérer pour ce document (Ctrl+Shift+S) les classe à nouveau.</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Suggérées</translation>
        </message>
        <message>
            <source>No open suggestions left for this paragraph.</source>
            <translation>Plus aucune suggestion en attente pour ce paragraphe.</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <source>Accept the selected suggestion: it becomes a confirmed link (Y)</source>
            <translation>Accepter la suggestion sélectionnée : elle devient un lien confirmé (Y)</translation>
        </message>
        <message>
            <source>Reject the selected suggestion: it is never suggested again for this paragraph (X)</source>
            <translation>Rejeter la suggestion sélectionnée : elle ne sera plus jamais suggérée pour ce paragraphe (X)</translation>
        </message>
        <message>
            <source>Rejected suggestions are never suggested again for this paragraph.  To link one after all, type its number in the Link field.</source>
            <translation>Les suggestions rejetées ne sont plus jamais suggérées pour ce paragraphe.  Pour en lier une malgré tout, saisissez son numéro dans le champ Lier.</translation>
        </message>
        <message numerus="yes">
            <source>Suggested (%n)</source>
            <translation>
                <numerusform>Suggérées (%n)</numerusform>
                <numerusform>Suggérées (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;span style='color:{MUTED}'&gt;Rejected here: {numbers}&lt;/span&gt;</source>
            <translation>&lt;span style='color:{MUTED}'&gt;Rejetées ici : {numbers}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>New tag… (Enter adds it to this paragraph)</source>
            <translation>Nouvelle étiquette… (Enter l'ajoute à ce paragraphe)</translation>
        </message>
        <message>
            <source>Read another version of the document (earlier ones are read-only)</source>
            <translation>Lire une autre version du document (les versions antérieures sont en lecture seule)</translation>
        </message>
        <message>
            <source>Back to the &amp;latest</source>
            <translation>&amp;Revenir à la dernière version</translation>
        </message>
        <message>
            <source>Versions…</source>
            <translation>Versions…</translation>
        </message>
        <message>
            <source>Every version: what changed, the work kept on paragraphs gone</source>
            <translation>Toutes les versions : ce qui a changé, le travail conservé sur les paragraphes disparus</translation>
        </message>
        <message>
            <source>The review you work on (Ctrl+Shift+R)</source>
            <translation>L'examen sur lequel vous travaillez (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>someone has edited the note since; their text is left as it is</source>
            <translation>quelqu'un a modifié la note entre-temps ; son texte est laissé tel quel</translation>
        </message>
        <message>
            <source>Save note beside a colleague's</source>
            <translation>Enregistrer la note à côté de celle d'un collègue</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>This finding is about the whole document</source>
            <translation>Ce constat porte sur l'ensemble du document</translation>
        </message>
        <message>
            <source>Finding dismissed for this document (Ctrl+Z brings it back)</source>
            <translation>Constat écarté pour ce document (Ctrl+Z le rétablit)</translation>
        </message>
        <message>
            <source>Check a draft first (F7)</source>
            <translation>Vérifiez d'abord un projet (F7)</translation>
        </message>
        <message>
            <source>Save check report</source>
            <translation>Enregistrer le rapport de vérification</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Document Word (*.docx)</translation>
        </message>
        <message>
            <source>The check report was not saved: {exc}</source>
            <translation>Le rapport de vérification n'a pas été enregistré : {exc}</translation>
        </message>
        <message numerus="yes">
            <source>Check report saved: {file} (%n finding(s))</source>
            <translation>
                <numerusform>Rapport de vérification enregistré : {file} (%n constat)</numerusform>
                <numerusform>Rapport de vérification enregistré : {file} (%n constats)</numerusform>
            </translation>
        </message>
        <message>
            <source>; the file changed since it was checked: comments went by text</source>
            <translation> ; le fichier a changé depuis la vérification : les commentaires ont été placés d'après le texte</translation>
        </message>
        <message numerus="yes">
            <source>Annotated copy saved: {file} (%n comment(s)){note}</source>
            <translation>
                <numerusform>Copie annotée enregistrée : {file} (%n commentaire){note}</numerusform>
                <numerusform>Copie annotée enregistrée : {file} (%n commentaires){note}</numerusform>
            </translation>
        </message>
        <message>
            <source>No annotated copy: {reason}</source>
            <translation>Pas de copie annotée : {reason}</translation>
        </message>
        <message>
            <source>Where is the draft {file}?</source>
            <translation>Où se trouve le projet {file} ?</translation>
        </message>
        <message>
            <source>Save annotated copy</source>
            <translation>Enregistrer la copie annotée</translation>
        </message>
        <message>
            <source>The annotated copy was not saved: {exc}</source>
            <translation>La copie annotée n'a pas été enregistrée : {exc}</translation>
        </message>
        <message>
            <source>Ren&amp;ame document…</source>
            <translation>Renomm&amp;er le document…</translation>
        </message>
        <message>
            <source>A new title for the selected document</source>
            <translation>Un nouveau titre pour le document sélectionné</translation>
        </message>
        <message>
            <source>Edit document detai&amp;ls…</source>
            <translation>Mo&amp;difier les détails du document…</translation>
        </message>
        <message>
            <source>The selected document's title, organisation and kind</source>
            <translation>Le titre, l'organisation et le type du document sélectionné</translation>
        </message>
        <message>
            <source>Remove &amp;document…</source>
            <translation>Su&amp;pprimer le document…</translation>
        </message>
        <message>
            <source>Remove the selected document with its paragraphs and review work (Ctrl+Z brings it back)</source>
            <translation>Supprimer le document sélectionné avec ses paragraphes et le travail de révision (Ctrl+Z le rétablit)</translation>
        </message>
        <message>
            <source>Select a document first</source>
            <translation>Sélectionnez d'abord un document</translation>
        </message>
        <message>
            <source>“{title}” is back</source>
            <translation>« {title} » est rétabli</translation>
        </message>
        <message>
            <source>Skipped {names}: already in the workspace in another format</source>
            <translation>Non importé(s), car déjà dans l'espace de travail sous un autre format : {names}</translation>
        </message>
        <message>
            <source>An import is running: {names} not imported; import it again after</source>
            <translation>Une importation est en cours : {names} non importé(s) ; importez-les à nouveau ensuite</translation>
        </message>
        <message>
            <source>C&amp;heck pane</source>
            <translation>Volet de &amp;vérification</translation>
        </message>
        <message>
            <source>Every version of the document, what changed, the work on gone paragraphs</source>
            <translation>Toutes les versions du document, ce qui a changé, le travail sur les paragraphes disparus</translation>
        </message>
        <message>
            <source>Indexing…</source>
            <translation>Indexation…</translation>
        </message>
        <message>
            <source>New paragraphs are being added to the search index; everything else works</source>
            <translation>Les nouveaux paragraphes sont en cours d'ajout à l'index de recherche ; tout le reste fonctionne</translation>
        </message>
        <message numerus="yes">
            <source>Indexing %n document(s) for search…</source>
            <translation>
                <numerusform>Indexation de %n document pour la recherche…</numerusform>
                <numerusform>Indexation de %n documents pour la recherche…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Search does not find the paragraphs of %n document(s) yet: they are being indexed</source>
            <translation>
                <numerusform>La recherche ne trouve pas encore les paragraphes de %n document : ils sont en cours d'indexation</numerusform>
                <numerusform>La recherche ne trouve pas encore les paragraphes de %n documents : ils sont en cours d'indexation</numerusform>
            </translation>
        </message>
        <message>
            <source>Wait for the import or merge under way to finish</source>
            <translation>Attendez la fin de l'importation ou de la fusion en cours</translation>
        </message>
        <message>
            <source>Merged {source}: {value}</source>
            <translation>Fusion de {source} effectuée : {value}</translation>
        </message>
        <message>
            <source>Wait for the merge or copy under way to finish</source>
            <translation>Attendez la fin de la fusion ou de la copie en cours</translation>
        </message>
        <message>
            <source>Copied {total} rows to {target}</source>
            <translation>{total} lignes copiées vers {target}</translation>
        </message>
        <message>
            <source>{value}: {value2}…</source>
            <translation>{value} : {value2}…</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>&amp;Page view</source>
            <translation>Vue de la &amp;page</translation>
        </message>
        <message>
            <source>The PDF page of the selected paragraph, the paragraph highlighted</source>
            <translation>La page PDF du paragraphe sélectionné, avec le paragraphe mis en évidence</translation>
        </message>
        <message>
            <source>The file is not where it was: locate it first</source>
            <translation>Le fichier n'est plus à son emplacement : localisez-le d'abord</translation>
        </message>
        <message>
            <source>Opened {name} at page {page}</source>
            <translation>{name} ouvert à la page {page}</translation>
        </message>
        <message>
            <source>No program to open {name} was found on this computer</source>
            <translation>Aucun programme permettant d'ouvrir {name} n'a été trouvé sur cet ordinateur</translation>
        </message>
        <message>
            <source>Opened {name} in the system's viewer: go to page {page}</source>
            <translation>{name} ouvert dans la visionneuse du système : allez à la page {page}</translation>
        </message>
        <message>
            <source>Opened {name} in the program for Word documents</source>
            <translation>{name} ouvert dans le programme des documents Word</translation>
        </message>
        <message>
            <source>Opened {name}</source>
            <translation>{name} ouvert</translation>
        </message>
        <message>
            <source>Found: {path}</source>
            <translation>Trouvé : {path}</translation>
        </message>
        <message>
            <source>Select words in the paragraph first: drag over them, or press F2 then Shift+arrows</source>
            <translation>Sélectionnez d'abord des mots dans le paragraphe : faites glisser la souris dessus, ou appuyez sur F2 puis Shift+flèches</translation>
        </message>
        <message>
            <source>Untagged “{words}” from “{name}” (Ctrl+Z undoes)</source>
            <translation>Étiquette « {name} » retirée de « {words} » (Ctrl+Z pour annuler)</translation>
        </message>
        <message>
            <source>Tagged “{words}” as “{name}” (Ctrl+Z undoes)</source>
            <translation>« {words} » étiqueté « {name} » (Ctrl+Z pour annuler)</translation>
        </message>
        <message>
            <source>Tag the selected words</source>
            <translation>Étiqueter les mots sélectionnés</translation>
        </message>
        <message>
            <source>New tag:</source>
            <translation>Nouvelle étiquette :</translation>
        </message>
        <message>
            <source>Shift+arrows select words; then 1–9 tag them, Shift+N notes them; Esc leaves</source>
            <translation>Shift+flèches sélectionne des mots ; puis 1–9 les étiquette, Shift+N les annote ; Esc pour sortir</translation>
        </message>
        <message>
            <source>Select a paragraph first</source>
            <translation>Sélectionnez d'abord un paragraphe</translation>
        </message>
        <message>
            <source>&amp;Tag selection</source>
            <translation>É&amp;tiqueter la sélection</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Système</translation>
        </message>
        <message>
            <source>Follow the desktop's light or dark scheme</source>
            <translation>Suivre le thème clair ou sombre du bureau</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <source>Dark text on light panes</source>
            <translation>Texte sombre sur volets clairs</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>S&amp;ombre</translation>
        </message>
        <message>
            <source>Light text on dark panes</source>
            <translation>Texte clair sur volets sombres</translation>
        </message>
        <message>
            <source>&lt;b&gt;No documents yet&lt;/b&gt;&lt;br&gt;Import submissions and UN documents (PDF, Word, text), or drop their files here.</source>
            <translation>&lt;b&gt;Aucun document pour l'instant&lt;/b&gt;&lt;br&gt;Importez des communications et des documents de l'ONU (PDF, Word, texte), ou déposez leurs fichiers ici.</translation>
        </message>
        <message>
            <source>&lt;b&gt;No documents in this review yet&lt;/b&gt;&lt;br&gt;Import its documents, or drop their files here; “All reviews” in the toolbar shows every document.</source>
            <translation>&lt;b&gt;Aucun document dans cet examen pour l'instant&lt;/b&gt;&lt;br&gt;Importez ses documents, ou déposez leurs fichiers ici ; « Tous les examens » dans la barre d'outils affiche tous les documents.</translation>
        </message>
        <message>
            <source>&lt;b&gt;No recommendations yet&lt;/b&gt;&lt;br&gt;The registry fills from the UN documents that list them: the Working Group's report on a review (A/HRC/…, PDF or Word), its addendum with the State's responses, OHCHR's thematic list of recommendations, or a UPR Info database export (XLSX or CSV).  Import them, or drop their files here; submissions citing them then link to them.</source>
            <translation>&lt;b&gt;Aucune recommandation pour l'instant&lt;/b&gt;&lt;br&gt;Le registre se remplit à partir des documents de l'ONU qui les énumèrent : le rapport du Groupe de travail sur un examen (A/HRC/…, PDF ou Word), son additif contenant les réponses de l'État, la liste thématique des recommandations du HCDH, ou un export de la base de données UPR Info (XLSX ou CSV).  Importez-les, ou déposez leurs fichiers ici ; les communications qui les citent y sont alors liées.</translation>
        </message>
        <message>
            <source>No notes on this paragraph</source>
            <translation>Aucune note sur ce paragraphe</translation>
        </message>
        <message>
            <source>&lt;b&gt;No recommendations for this review yet&lt;/b&gt;&lt;br&gt;Import the Working Group's report on it (A/HRC/…), its addendum with the State's responses or OHCHR's thematic list.</source>
            <translation>&lt;b&gt;Aucune recommandation pour cet examen pour l'instant&lt;/b&gt;&lt;br&gt;Importez le rapport du Groupe de travail le concernant (A/HRC/…), son additif contenant les réponses de l'État ou la liste thématique du HCDH.</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <source>Links, tags and notes are recorded as {name}</source>
            <translation>Les liens, étiquettes et notes sont enregistrés au nom de {name}</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>Importer des fichiers…</translation>
        </message>
        <message>
            <source>&lt;b&gt;¶ 2&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:small'&gt;Title&lt;/span&gt;</source>
            <translation>&lt;b&gt;¶ 2&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:small'&gt;Titre&lt;/span&gt;</translation>
        </message>
        <message>
            <source>{current_review} is no longer a review: showing all reviews</source>
            <translation>{current_review} n'est plus un examen : affichage de tous les examens</translation>
        </message>
        <message>
            <source>No review {code} in this workspace</source>
            <translation>Aucun examen {code} dans cet espace de travail</translation>
        </message>
        <message>
            <source> Review: </source>
            <translation> Examen : </translation>
        </message>
        <message>
            <source>Choose a review first: predecessors are found for one review</source>
            <translation>Choisissez d'abord un examen : les antécédents sont recherchés pour un examen à la fois</translation>
        </message>
        <message numerus="yes">
            <source>%n possible predecessor(s) in the earlier cycles of {review}; confirm or reject them in the Paragraph pane</source>
            <translation>
                <numerusform>%n antécédent possible dans les cycles précédents de {review} ; confirmez-le ou rejetez-le dans le volet Paragraphe</numerusform>
                <numerusform>%n antécédents possibles dans les cycles précédents de {review} ; confirmez-les ou rejetez-les dans le volet Paragraphe</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}” is part of {label}</source>
            <translation>« {title} » fait partie de {label}</translation>
        </message>
        <message>
            <source>; choose that review to see it</source>
            <translation> ; choisissez cet examen pour le voir</translation>
        </message>
        <message>
            <source>Moved “{title}” to {label}{where} (Ctrl+Z puts it back)</source>
            <translation>« {title} » déplacé vers {label}{where} (Ctrl+Z pour le remettre)</translation>
        </message>
        <message>
            <source>A team workspace is backed up on its server by its administrator (pg_dump); the command line's `copy --to FILE.sqlite` takes a copy to a file</source>
            <translation>Un espace de travail d'équipe est sauvegardé sur son serveur par son administrateur (pg_dump) ; la commande `copy --to FILE.sqlite` en fait une copie dans un fichier</translation>
        </message>
        <message>
            <source>Connect to &amp;team workspace…</source>
            <translation>Se connec&amp;ter à un espace de travail d'équipe…</translation>
        </message>
        <message>
            <source>Open a PostgreSQL database the team shares: server, database, user (the password is never stored)</source>
            <translation>Ouvrir une base de données PostgreSQL partagée par l'équipe : serveur, base de données, utilisateur (le mot de passe n'est jamais enregistré)</translation>
        </message>
        <message>
            <source>Paragraph histor&amp;y</source>
            <translation>&amp;Historique du paragraphe</translation>
        </message>
        <message>
            <source>Who did what to the selected paragraph, and when</source>
            <translation>Qui a fait quoi sur le paragraphe sélectionné, et quand</translation>
        </message>
        <message>
            <source>Who did what to the paragraph, and when (Ctrl+H)</source>
            <translation>Qui a fait quoi sur le paragraphe, et quand (Ctrl+H)</translation>
        </message>
        <message>
            <source>Team workspace (your role: {role})  </source>
            <translation>Espace de travail d'équipe (votre rôle : {role})  </translation>
        </message>
        <message>
            <source>This window cannot open another workspace</source>
            <translation>Cette fenêtre ne peut pas ouvrir un autre espace de travail</translation>
        </message>
        <message>
            <source>Version {} is read-only: “Back to the latest” (above the paragraphs) to work on it</source>
            <translation>La version {} est en lecture seule : « Revenir à la dernière version » (au-dessus des paragraphes) pour y travailler</translation>
        </message>
        <message>
            <source>No version {version} of this document</source>
            <translation>Aucune version {version} de ce document</translation>
        </message>
        <message>
            <source>Reading version {version} of “{title}” (read-only)</source>
            <translation>Lecture de la version {version} de « {title} » (lecture seule)</translation>
        </message>
        <message>
            <source>No paragraph here changed since reviewed</source>
            <translation>Aucun paragraphe n'a changé ici depuis sa révision</translation>
        </message>
        <message>
            <source>Only a document with paragraphs of its own can have versions</source>
            <translation>Seul un document ayant ses propres paragraphes peut avoir des versions</translation>
        </message>
        <message>
            <source>An import is running; try again when it has finished</source>
            <translation>Une importation est en cours ; réessayez lorsqu'elle sera terminée</translation>
        </message>
        <message>
            <source>“{title}”: {r}</source>
            <translation>« {title} » : {r}</translation>
        </message>
        <message>
            <source>Words, in any order (text, recommending States, State under review); a number: 115.1 lists 115.1, 115.10–115.19 and 115.100–115.199, and selects 115.1; 28. lists all of paragraph 28; a report symbol: A/HRC/28/15; or a mix: A/HRC/40/6 28.294</source>
            <translation>Des mots, dans n'importe quel ordre (texte, États auteurs des recommandations, État examiné) ; un numéro : 115.1 affiche 115.1, 115.10–115.19 et 115.100–115.199, et sélectionne 115.1 ; 28. affiche tout le paragraphe 28 ; une cote : A/HRC/28/15 ; ou une combinaison : A/HRC/40/6 28.294</translation>
        </message>
        <message>
            <source>Something went wrong inside UPR Reviewer: a program error, not something you did. Your work saved so far is safe, and the window stays open.</source>
            <translation>Une erreur s'est produite dans UPR Reviewer : il s'agit d'une erreur du programme, et non d'une erreur de votre part. Le travail enregistré jusqu'ici est en sécurité, et la fenêtre reste ouverte.</translation>
        </message>
        <message>
            <source>{value}
Also: {message}</source>
            <translation>{value}
Également : {message}</translation>
        </message>
        <message>
            <source>Also: {message}</source>
            <translation>Également : {message}</translation>
        </message>
        <message>
            <source>Coverage — {value}</source>
            <translation>Couverture — {value}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, comma-separated (*.csv)</source>
            <translation>CSV, séparateur virgule (*.csv)</translation>
        </message>
        <message>
            <source>Export coverage</source>
            <translation>Exporter la couverture</translation>
        </message>
        <message>
            <source>Export the coverage of {review}</source>
            <translation>Exporter la couverture de {review}</translation>
        </message>
        <message>
            <source>Exported the coverage of {review} to {name}</source>
            <translation>Couverture de {review} exportée vers {name}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;span style='color:{value}'&gt;{text}&lt;/span&gt;</source>
            <translation>&lt;span style='color:{value}'&gt;{text}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;span style='color:{MUTED}'&gt;No paragraph selected&lt;/span&gt;</source>
            <translation>&lt;span style='color:{MUTED}'&gt;Aucun paragraphe sélectionné&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{where}&lt;/b&gt;&lt;span style='color:{MUTED}'&gt;{page}&lt;/span&gt;&lt;br&gt;&lt;span style='color:{MUTED}; font-size:small'&gt;{short}&lt;/span&gt;</source>
            <translation>&lt;b&gt;{where}&lt;/b&gt;&lt;span style='color:{MUTED}'&gt;{page}&lt;/span&gt;&lt;br&gt;&lt;span style='color:{MUTED}; font-size:small'&gt;{short}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Sources give different texts</source>
            <translation>Les sources donnent des textes différents</translation>
        </message>
        <message>
            <source>Its text changed in a new version after someone worked on it (notes, tags, links or a reviewed mark followed it): read the difference, then mark it reviewed</source>
            <translation>Son texte a changé dans une nouvelle version après que quelqu'un y a travaillé (des notes, étiquettes, liens ou une marque de révision l'ont suivi) : lisez la différence, puis marquez-le comme révisé</translation>
        </message>
        <message>
            <source>Read only (your role: reader)</source>
            <translation>Lecture seule (votre rôle : lecteur)</translation>
        </message>
        <message numerus="yes">
            <source> (+%n more)</source>
            <translation>
                <numerusform> (+%n autre)</numerusform>
                <numerusform> (+%n autres)</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggesting for “{short}”{more}…</source>
            <translation>Suggestions pour « {short} »{more}…</translation>
        </message>
        <message>
            <source>No tag {n} yet: press T to create one</source>
            <translation>Pas encore d'étiquette {n} : appuyez sur T pour en créer une</translation>
        </message>
        <message>
            <source>Rank, for each paragraph of the selected document, the recommendations it likely speaks to without citing them (they count nowhere until accepted with Y)</source>
            <translation>Classer, pour chaque paragraphe du document sélectionné, les recommandations qu'il traite probablement sans les citer (elles ne comptent nulle part tant qu'elles n'ont pas été acceptées avec Y)</translation>
        </message>
        <message>
            <source>Suggestions for “{title}” are on their way</source>
            <translation>Les suggestions pour « {title} » sont en cours</translation>
        </message>
        <message>
            <source>Import the document's file again, as its next version, each time it is saved (in Word or LibreOffice); the window follows</source>
            <translation>Réimporter le fichier du document, comme sa version suivante, à chaque enregistrement (dans Word ou LibreOffice) ; la fenêtre suit</translation>
        </message>
        <message>
            <source>Stopped watching “{title}”</source>
            <translation>Surveillance de « {title} » arrêtée</translation>
        </message>
        <message>
            <source>Stopped watching the file</source>
            <translation>Surveillance du fichier arrêtée</translation>
        </message>
        <message>
            <source>Cannot watch this document's file: {reason}</source>
            <translation>Impossible de surveiller le fichier de ce document : {reason}</translation>
        </message>
        <message>
            <source>Watching {name}: each save is imported as the next version of “{title}”</source>
            <translation>Surveillance de {name} : chaque enregistrement est importé comme version suivante de « {title} »</translation>
        </message>
        <message>
            <source>Where is {file}? (the file to watch)</source>
            <translation>Où se trouve {file} ? (le fichier à surveiller)</translation>
        </message>
        <message>
            <source>{file};;All files (*)</source>
            <translation>{file};;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Not for this document: {reason}</source>
            <translation>Pas pour ce document : {reason}</translation>
        </message>
        <message numerus="yes">
            <source>◉ Watching %n file(s)</source>
            <translation>
                <numerusform>◉ %n fichier surveillé</numerusform>
                <numerusform>◉ %n fichiers surveillés</numerusform>
            </translation>
        </message>
        <message>
            <source>Draft saved ({name}) but not imported: {error}</source>
            <translation>Projet enregistré ({name}) mais non importé : {error}</translation>
        </message>
        <message>
            <source>Draft saved ({name}): {result}</source>
            <translation>Projet enregistré ({name}) : {result}</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>Lan&amp;gue</translation>
        </message>
        <message>
            <source>&amp;System language</source>
            <translation>Langue du &amp;système</translation>
        </message>
        <message>
            <source>The window's translations could not be loaded; it stays as it is</source>
            <translation>Les traductions de la fenêtre n'ont pas pu être chargées ; elle reste telle quelle</translation>
        </message>
        <message>
            <source>The window speaks the chosen language from the next start</source>
            <translation>La fenêtre sera dans la langue choisie au prochain démarrage</translation>
        </message>
        <message>
            <source>The window now speaks {language}; the undo history starts afresh</source>
            <translation>La fenêtre est maintenant en {language} ; l'historique des annulations repart de zéro</translation>
        </message>
        <message>
            <source>Accept suggestion {number}</source>
            <translation>Accepter la suggestion {number}</translation>
        </message>
        <message>
            <source>Reject suggestion {number}</source>
            <translation>Rejeter la suggestion {number}</translation>
        </message>
        <message>
            <source>Daily backup: {name}</source>
            <translation>Sauvegarde quotidienne : {name}</translation>
        </message>
    </context>
</TS>
