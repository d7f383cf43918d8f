<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
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
        <translation>Importer des communications et des documents de l&apos;ONU (ou déposer des fichiers sur la fenêtre)</translation>
    </message>
    <message>
        <source>Import as new &amp;version of…</source>
        <translation>Importer comme nouvelle &amp;version de…</translation>
    </message>
    <message>
        <source>A file holding the next version of a document already here: its paragraphs&apos; work follows them</source>
        <translation>Un fichier contenant la version suivante d&apos;un document déjà présent&#xa0;: le travail sur ses paragraphes les suit</translation>
    </message>
    <message>
        <source>&amp;Watch this file</source>
        <translation>&amp;Surveiller ce fichier</translation>
    </message>
    <message>
        <source>Import the selected document&apos;s file again each time it is saved</source>
        <translation>Réimporter le fichier du document sélectionné à chaque enregistrement</translation>
    </message>
    <message>
        <source>&amp;Export Word brief…</source>
        <translation>E&amp;xporter la note d&apos;information Word…</translation>
    </message>
    <message>
        <source>The review&apos;s coverage as a workbook (XLSX) or CSV</source>
        <translation>La couverture de l&apos;examen sous forme de classeur (XLSX) ou de fichier CSV</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Backup copies of this workspace: restore one, or back up now</source>
        <translation>Copies de sauvegarde de cet espace de travail&#xa0;: en restaurer une, ou sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Merge workspace…</source>
        <translation>&amp;Fusionner un espace de travail…</translation>
    </message>
    <message>
        <source>Bring another copy&apos;s documents and work (a laptop&apos;s file, a colleague&apos;s, the team database) into this workspace</source>
        <translation>Intégrer dans cet espace de travail les documents et le travail d&apos;une autre copie (le fichier d&apos;un ordinateur portable, celui d&apos;un collègue, la base de données de l&apos;équipe)</translation>
    </message>
    <message>
        <source>&amp;Copy workspace to…</source>
        <translation>&amp;Copier l&apos;espace de travail vers…</translation>
    </message>
    <message>
        <source>Every row of this workspace to a new file (to work offline) or an empty team database</source>
        <translation>Toutes les lignes de cet espace de travail vers un nouveau fichier (pour travailler hors ligne) ou une base de données d&apos;équipe vide</translation>
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
        <translation>Le paragraphe suivant dont le texte a changé dans une nouvelle version après qu&apos;on y a travaillé</translation>
    </message>
    <message>
        <source>Chec&amp;k draft</source>
        <translation>&amp;Vérifier le projet</translation>
    </message>
    <message>
        <source>The selected draft against the UPR guidelines and the recommendations: citations, form, coverage</source>
        <translation>Le projet sélectionné au regard des directives de l&apos;EPU et des recommandations&#xa0;: citations, forme, couverture</translation>
    </message>
    <message>
        <source>Every version of the selected document</source>
        <translation>Toutes les versions du document sélectionné</translation>
    </message>
    <message>
        <source>Document&apos;s re&amp;view…</source>
        <translation>&amp;Examen du document…</translation>
    </message>
    <message>
        <source>Which review the selected document is part of</source>
        <translation>L&apos;examen dont fait partie le document sélectionné</translation>
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
        <source>The orders the selected document&apos;s short numbers may follow, each with how many land on recommendations about their section</source>
        <translation>Les ordres que peuvent suivre les numéros abrégés du document sélectionné, chacun avec le nombre de numéros qui tombent sur des recommandations portant sur leur section</translation>
    </message>
    <message>
        <source>Find &amp;earlier-cycle predecessors</source>
        <translation>Rechercher les &amp;antécédents des cycles précédents</translation>
    </message>
    <message>
        <source>Suggest, for the review&apos;s recommendations, those the State received in its two earlier cycles</source>
        <translation>Suggérer, pour les recommandations de l&apos;examen, celles que l&apos;État a reçues lors de ses deux cycles précédents</translation>
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
        <source>The paragraph&apos;s suggestions: ↑↓ choose, Y accepts, X rejects</source>
        <translation>Les suggestions du paragraphe&#xa0;: ↑↓ pour choisir, Y pour accepter, X pour rejeter</translation>
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
        <source>Keys into the paragraph&apos;s text: Shift+arrows select words, Esc leaves; 1–9 then tag just those words</source>
        <translation>Le clavier passe dans le texte du paragraphe&#xa0;: Shift+flèches sélectionne des mots, Esc pour sortir&#xa0;; 1–9 étiquette ensuite uniquement ces mots</translation>
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
        <translation>Renommer, colorer, fusionner, supprimer, ordonner et grouper les étiquettes&#xa0;; choisir la touche 1–9 de chacune</translation>
    </message>
    <message>
        <source>Toggle tag &amp;{n}</source>
        <translation>Basculer l&apos;étiquette &amp;{n}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Choose the revie&amp;w…</source>
        <translation>Choisir l&apos;&amp;examen…</translation>
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
        <source>Which recommendations the review&apos;s documents address</source>
        <translation>Les recommandations que traitent les documents de l&apos;examen</translation>
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
        <translation>Toutes les notes de l&apos;examen&#xa0;: filtrer par auteur, document, mots&#xa0;; Enter ouvre le paragraphe</translation>
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
        <translation>Barre d&apos;outils</translation>
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
        <translation>À &amp;propos d&apos;UPR Reviewer</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
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
        <translation>Impossible d&apos;écrire {path}</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>&amp;Enregistrer au format PNG…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Copier l&apos;image</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Étiquetés</translation>
    </message>
    <message>
        <source>daily copy</source>
        <translation>copie quotidienne</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
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
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <source>Copies are kept in {folder}</source>
        <translation>Les copies sont conservées dans {folder}</translation>
    </message>
    <message>
        <source>No copies yet; they go in {folder}</source>
        <translation>Aucune copie pour l&apos;instant&#xa0;; elles iront dans {folder}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Make the workspace what it was on {created} ({reason})?

The current state is backed up first, so you can come back to it from this list.</source>
        <translation>Rétablir l&apos;espace de travail tel qu&apos;il était le {created} ({reason})&#xa0;?

L&apos;état actuel est d&apos;abord sauvegardé&#xa0;: vous pourrez y revenir depuis cette liste.</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>By recommendation (what the submissions say about each)</source>
        <translation>Par recommandation (ce que les communications disent de chacune)</translation>
    </message>
    <message>
        <source>By document (paragraphs with their recommendations, tags, notes)</source>
        <translation>Par document (paragraphes avec leurs recommandations, étiquettes, notes)</translation>
    </message>
    <message>
        <source>By tag (paragraphs under each tag)</source>
        <translation>Par étiquette (paragraphes sous chaque étiquette)</translation>
    </message>
    <message>
        <source>Paragraphs linked, tagged or noted</source>
        <translation>Paragraphes liés, étiquetés ou annotés</translation>
    </message>
    <message>
        <source>Only paragraphs linked to a recommendation</source>
        <translation>Seulement les paragraphes liés à une recommandation</translation>
    </message>
    <message>
        <source>Only tagged paragraphs</source>
        <translation>Seulement les paragraphes étiquetés</translation>
    </message>
    <message>
        <source>Only paragraphs with notes</source>
        <translation>Seulement les paragraphes annotés</translation>
    </message>
    <message>
        <source>All paragraphs</source>
        <translation>Tous les paragraphes</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A review: its documents, and the recommendations made in it or that its documents respond to (the previous review&apos;s)</source>
        <translation>Un examen&#xa0;: ses documents, et les recommandations formulées lors de cet examen ou auxquelles ses documents répondent (celles de l&apos;examen précédent)</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>&amp;Examen&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Arrange:</source>
        <translation>&amp;Classer par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paragraphs:</source>
        <translation>Para&amp;graphes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Doc&amp;ument&#xa0;:</translation>
    </message>
    <message>
        <source>any report, or e.g. A/HRC/40/6</source>
        <translation>tout rapport, ou p. ex. A/HRC/40/6</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>any theme, or a code (A12) or words of its name</source>
        <translation>tout thème, ou un code (A12) ou des mots de son intitulé</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Thè&amp;me&#xa0;:</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>Pos&amp;ition&#xa0;:</translation>
    </message>
    <message>
        <source>Notes as Word comments (otherwise as text under each paragraph)</source>
        <translation>Notes en commentaires Word (sinon en texte sous chaque paragraphe)</translation>
    </message>
    <message>
        <source>Links accepted from the suggestions (marked as such)</source>
        <translation>Liens acceptés à partir des suggestions (signalés comme tels)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>no reviewer named on the brief</source>
        <translation>aucun nom sur la note d&apos;information</translation>
    </message>
    <message>
        <source>The reviewer named on the cover (Edit › Reviewer name…)</source>
        <translation>Le nom indiqué sur la page de couverture (Édition › Votre nom…)</translation>
    </message>
    <message>
        <source>Revie&amp;wer:</source>
        <translation>Éta&amp;blie par&#xa0;:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Format du papier&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the brief&apos;s headings, labels and dates</source>
        <translation>La langue des titres, libellés et dates de la note d&apos;information</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
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
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>Could not read the workspace: {exc}</source>
        <translation>Impossible de lire l&apos;espace de travail&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>All its documents</source>
        <translation>Tous ses documents</translation>
    </message>
    <message>
        <source>Save the Word brief as</source>
        <translation>Enregistrer la note d&apos;information Word sous</translation>
    </message>
    <message>
        <source>UPR brief</source>
        <translation>Note d&apos;information EPU</translation>
    </message>
    <message>
        <source>disable: never (a server on this computer)</source>
        <translation>disable&#xa0;: jamais (un serveur sur cet ordinateur)</translation>
    </message>
    <message>
        <source>allow: only if the server insists</source>
        <translation>allow&#xa0;: seulement si le serveur l&apos;exige</translation>
    </message>
    <message>
        <source>prefer: if the server offers it (libpq&apos;s default)</source>
        <translation>prefer&#xa0;: si le serveur le propose (par défaut dans libpq)</translation>
    </message>
    <message>
        <source>require: always, without checking the certificate</source>
        <translation>require&#xa0;: toujours, sans vérifier le certificat</translation>
    </message>
    <message>
        <source>verify-ca: always, the certificate signed by a known authority</source>
        <translation>verify-ca&#xa0;: toujours, certificat signé par une autorité connue</translation>
    </message>
    <message>
        <source>verify-full: always, the certificate naming this server</source>
        <translation>verify-full&#xa0;: toujours, certificat au nom de ce serveur</translation>
    </message>
    <message>
        <source>Connect to team workspace</source>
        <translation>Se connecter à un espace de travail d&apos;équipe</translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database the team shares: everyone&apos;s tags, notes and links, seen by the others as they are made.</source>
        <translation>Un espace de travail d&apos;équipe est une base de données PostgreSQL partagée par l&apos;équipe&#xa0;: les étiquettes, notes et liens de chacun, visibles par les autres dès leur création.</translation>
    </message>
    <message>
        <source>postgresql://ana@db.example.org:5432/upr</source>
        <translation>postgresql://ana@db.example.org:5432/upr</translation>
    </message>
    <message>
        <source>Paste the URL your administrator gave you, or fill in the fields</source>
        <translation>Collez l&apos;URL fournie par votre administrateur, ou remplissez les champs</translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (vide&#xa0;: cet ordinateur)</translation>
    </message>
    <message>
        <source>upr</source>
        <translation>upr</translation>
    </message>
    <message>
        <source>your PostgreSQL login</source>
        <translation>votre identifiant PostgreSQL</translation>
    </message>
    <message>
        <source>Given to this connection only; the program never stores it</source>
        <translation>Fourni pour cette connexion uniquement&#xa0;; le programme ne l&apos;enregistre jamais</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;tilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>SS&amp;L:</source>
        <translation>SS&amp;L&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>The URL&apos;s port is not a number</source>
        <translation>Le port indiqué dans l&apos;URL n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Connecting to {place}…</source>
        <translation>Connexion à {place}…</translation>
    </message>
    <message>
        <source>Connected as {role}</source>
        <translation>Connecté en tant que {role}</translation>
    </message>
    <message>
        <source>The password was not accepted; type it again.</source>
        <translation>Le mot de passe n&apos;a pas été accepté&#xa0;; saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>The server asks for a password: type it and press Connect. It is used for this connection only, never stored.</source>
        <translation>Le serveur demande un mot de passe&#xa0;: saisissez-le et appuyez sur Se connecter. Il ne sert qu&apos;à cette connexion et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Renommer le document</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>Modifier les détails du document</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation>Qui l&apos;a rédigé</translation>
    </message>
    <message>
        <source>It brought recommendations to the registry: its kind is what it was imported as</source>
        <translation>Ce document a apporté des recommandations au registre&#xa0;: son type est celui sous lequel il a été importé</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s)</source>
        <translation>
            <numerusform>%n note de bas de page</numerusform>
            <numerusform>%n notes de bas de page</numerusform>
        </translation>
    </message>
    <message>
        <source>{paragraphs} and {footnotes}</source>
        <translation>{paragraphs} et {footnotes}</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) with theirs</source>
        <translation>
            <numerusform>%n version antérieure avec la sienne</numerusform>
            <numerusform>%n versions antérieures avec les leurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) made by a reviewer</source>
        <translation>
            <numerusform>%n lien fait par un réviseur</numerusform>
            <numerusform>%n liens faits par des réviseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed mark(s)</source>
        <translation>
            <numerusform>%n marque «&#xa0;révisé&#xa0;»</numerusform>
            <numerusform>%n marques «&#xa0;révisé&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed check finding(s)</source>
        <translation>
            <numerusform>%n constat de vérification écarté</numerusform>
            <numerusform>%n constats de vérification écartés</numerusform>
        </translation>
    </message>
    <message>
        <source>no review work (no tags, notes, links made by reviewers or reviewed marks)</source>
        <translation>aucun travail de révision (ni étiquettes, ni notes, ni liens faits par des réviseurs, ni marques «&#xa0;révisé&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <source>The %n recommendation(s) it brought stay in the registry, with the links other documents make to them.</source>
        <translation>
            <numerusform>La %n recommandation qu&apos;il a apportée reste dans le registre, avec les liens que d&apos;autres documents y font.</numerusform>
            <numerusform>Les %n recommandations qu&apos;il a apportées restent dans le registre, avec les liens que d&apos;autres documents y font.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove &lt;b&gt;“{title}”&lt;/b&gt; ({file}) from the workspace?</source>
        <translation>Retirer &lt;b&gt;«&#xa0;{title}&#xa0;»&lt;/b&gt; ({file}) de l&apos;espace de travail&#xa0;?</translation>
    </message>
    <message>
        <source>A backup copy of the workspace is made first, and Edit › Undo (Ctrl+Z) brings it back with everything.</source>
        <translation>Une copie de sauvegarde de l&apos;espace de travail est faite d&apos;abord, et Édition › Annuler (Ctrl+Z) le rétablit avec tout son contenu.</translation>
    </message>
    <message>
        <source>Going with it:</source>
        <translation>Partent avec lui&#xa0;:</translation>
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
        <source>&lt;b&gt;{name}&lt;/b&gt;: the same text as “{title}” (document {number}, {file})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&#xa0;: le même texte que «&#xa0;{title}&#xa0;» (document {number}, {file})</translation>
    </message>
    <message>
        <source>Already in the workspace</source>
        <translation>Déjà dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>These files hold the text of a document already here, in another format:&lt;ul&gt;{rows}&lt;/ul&gt;Imported, they would be a document of their own, and every search would find the text twice.</source>
        <translation>Ces fichiers contiennent le texte d&apos;un document déjà présent, sous un autre format&#xa0;:&lt;ul&gt;{rows}&lt;/ul&gt;Une fois importés, ils formeraient un document distinct, et chaque recherche trouverait le texte deux fois.</translation>
    </message>
    <message>
        <source>This file holds the text of a document already here, in another format:&lt;ul&gt;{rows}&lt;/ul&gt;Imported, it would be a document of its own, and every search would find the text twice.</source>
        <translation>Ce fichier contient le texte d&apos;un document déjà présent, sous un autre format&#xa0;:&lt;ul&gt;{rows}&lt;/ul&gt;Une fois importé, il formerait un document distinct, et chaque recherche trouverait le texte deux fois.</translation>
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
        <translation>Choisir l&apos;encodage du texte</translation>
    </message>
    <message>
        <source>The encoding of &lt;b&gt;{name}&lt;/b&gt; could not be recognised with certainty. Choose the one in which the text reads correctly:</source>
        <translation>L&apos;encodage de &lt;b&gt;{name}&lt;/b&gt; n&apos;a pas pu être reconnu avec certitude. Choisissez celui dans lequel le texte se lit correctement&#xa0;:</translation>
    </message>
    <message>
        <source>Encodings</source>
        <translation>Encodages</translation>
    </message>
    <message>
        <source>The text read in this encoding</source>
        <translation>Le texte lu dans cet encodage</translation>
    </message>
    <message>
        <source>&amp;The text read in this encoding:</source>
        <translation>&amp;Texte lu dans cet encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Laying out the brief</source>
        <translation>Mise en page de la note d&apos;information</translation>
    </message>
    <message>
        <source>Export Word brief</source>
        <translation>Exporter la note d&apos;information Word</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Longueur&#xa0;:</translation>
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
        <translation>Ouvrir la note d&apos;information dans le programme que le système utilise pour les fichiers .docx</translation>
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
        <source>more than {pages} pages: narrow it before a meeting?</source>
        <translation>plus de {pages} pages&#xa0;: la restreindre avant une réunion&#xa0;?</translation>
    </message>
    <message>
        <source>Could not estimate the length: {error}</source>
        <translation>Impossible d&apos;estimer la longueur&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Choose where to save the brief.</source>
        <translation>Choisissez où enregistrer la note d&apos;information.</translation>
    </message>
    <message>
        <source>Estimating the length before writing…</source>
        <translation>Estimation de la longueur avant la génération…</translation>
    </message>
    <message>
        <source>Not written: narrow the choices, or Export again to write it.</source>
        <translation>Non générée&#xa0;: restreignez les choix, ou cliquez à nouveau sur Exporter pour la générer.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Génération de {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>about %n page(s)</source>
        <translation>
            <numerusform>environ %n page</numerusform>
            <numerusform>environ %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {what}</source>
        <translation>{file} écrit&#xa0;: {what}</translation>
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
        <source>The system could not open {file}.</source>
        <translation>Le système n&apos;a pas pu ouvrir {file}.</translation>
    </message>
    <message>
        <source>The brief was not written</source>
        <translation>La note d&apos;information n&apos;a pas été générée</translation>
    </message>
    <message>
        <source>To narrow it: {ways}.</source>
        <translation>Pour la restreindre&#xa0;: {ways}.</translation>
    </message>
    <message>
        <source>To narrow it, choose fewer documents or recommendations.</source>
        <translation>Pour la restreindre, choisissez moins de documents ou de recommandations.</translation>
    </message>
    <message>
        <source>A long brief</source>
        <translation>Une longue note d&apos;information</translation>
    </message>
    <message numerus="yes">
        <source>This brief will run to about %n page(s).</source>
        <translation>
            <numerusform>Cette note d&apos;information fera environ %n page.</numerusform>
            <numerusform>Cette note d&apos;information fera environ %n pages.</numerusform>
        </translation>
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
        <translation>Remplacer la note d&apos;information&#xa0;?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} existe déjà dans {parent}. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Single keys work while the reading pane or a list has focus; in a text field they type as usual.  Up/Down also move through paragraphs.</source>
        <translation>Les touches simples agissent quand le volet de lecture ou une liste a le focus&#xa0;; dans un champ de texte, elles écrivent comme d&apos;habitude.  Haut/Bas parcourent aussi les paragraphes.</translation>
    </message>
    <message>
        <source>Read stakeholder submissions, link paragraphs to Universal Periodic Review recommendations, tag and annotate them, and export Word briefs.</source>
        <translation>Lire les communications des parties prenantes, lier leurs paragraphes aux recommandations de l&apos;examen périodique universel, les étiqueter et les annoter, et exporter des notes d&apos;information Word.</translation>
    </message>
    <message>
        <source>Workspace: {place}</source>
        <translation>Espace de travail&#xa0;: {place}</translation>
    </message>
    <message>
        <source>(team workspace; your role: {role})</source>
        <translation>(espace de travail d&apos;équipe&#xa0;; votre rôle&#xa0;: {role})</translation>
    </message>
    <message>
        <source>Licensed under the GNU AGPL-3.0-or-later.</source>
        <translation>Sous licence GNU AGPL-3.0 ou ultérieure.</translation>
    </message>
    <message>
        <source>About UPR Reviewer</source>
        <translation>À propos d&apos;UPR Reviewer</translation>
    </message>
    <message>
        <source>UPR Reviewer workspaces (*.sqlite *.upr.sqlite *.db);;All files (*)</source>
        <translation>Espaces de travail UPR Reviewer (*.sqlite *.upr.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>Predecessor decisions</source>
        <translation>Décisions sur les antécédents</translation>
    </message>
    <message>
        <source>Dismissed findings</source>
        <translation>Constats écartés</translation>
    </message>
    <message>
        <source>Tagged paragraphs</source>
        <translation>Paragraphes étiquetés</translation>
    </message>
    <message>
        <source>Tagged passages</source>
        <translation>Passages étiquetés</translation>
    </message>
    <message>
        <source>Reviewed marks</source>
        <translation>Marques «&#xa0;révisé&#xa0;»</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entrées d&apos;historique</translation>
    </message>
    <message>
        <source>Recommendations&apos; texts in other languages</source>
        <translation>Textes des recommandations dans d&apos;autres langues</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>%n ligne ajoutée</numerusform>
            <numerusform>%n lignes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) updated</source>
        <translation>
            <numerusform>%n ligne mise à jour</numerusform>
            <numerusform>%n lignes mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) (both texts kept)</source>
        <translation>
            <numerusform>%n conflit (les deux textes conservés)</numerusform>
            <numerusform>%n conflits (les deux textes conservés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(s) added</source>
        <translation>
            <numerusform>%n entrée d&apos;historique ajoutée</numerusform>
            <numerusform>%n entrées d&apos;historique ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new: this workspace already had all of it</source>
        <translation>rien de nouveau&#xa0;: cet espace de travail avait déjà tout</translation>
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
        <translation>&amp;Espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Merge workspace</source>
        <translation>Fusionner un espace de travail</translation>
    </message>
    <message>
        <source>Bring another copy&apos;s documents and work into this workspace: a copy taken to a laptop, a colleague&apos;s file, or the team&apos;s database. Nothing is lost: when both copies changed one note or decided one link, the later stays and the other is kept beside it or in the history. The other copy is only read.</source>
        <translation>Intégrer dans cet espace de travail les documents et le travail d&apos;une autre copie&#xa0;: une copie emportée sur un ordinateur portable, le fichier d&apos;un collègue ou la base de données de l&apos;équipe. Rien n&apos;est perdu&#xa0;: quand les deux copies ont modifié une même note ou tranché un même lien, la plus récente reste et l&apos;autre est conservée à côté ou dans l&apos;historique. L&apos;autre copie est seulement lue.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Copy workspace to</source>
        <translation>Copier l&apos;espace de travail vers</translation>
    </message>
    <message>
        <source>Copy this workspace, every row as it is, to a new file (to work offline) or to an empty team database. Work on the copy can be merged back later with File › Merge workspace….</source>
        <translation>Copier cet espace de travail, chaque ligne telle quelle, vers un nouveau fichier (pour travailler hors ligne) ou une base de données d&apos;équipe vide. Le travail fait sur la copie pourra être réintégré plus tard avec Fichier › Fusionner un espace de travail….</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Merge workspace: report</source>
        <translation>Fusionner un espace de travail&#xa0;: rapport</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged {source}&lt;/b&gt;&lt;br&gt;{value}</source>
        <translation>&lt;b&gt;Fusion de {source} effectuée&lt;/b&gt;&lt;br&gt;{value}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Kept here</source>
        <translation>Gardé ici</translation>
    </message>
    <message>
        <source>The other copy&apos;s</source>
        <translation>Celui de l&apos;autre copie</translation>
    </message>
    <message>
        <source>Both copies changed these; nothing was lost:</source>
        <translation>Les deux copies ont modifié ceci&#xa0;; rien n&apos;a été perdu&#xa0;:</translation>
    </message>
    <message>
        <source>Not brought in</source>
        <translation>Non intégré</translation>
    </message>
    <message>
        <source>The workspace as it was before the merge: {name} (File › Restore from backup…)</source>
        <translation>L&apos;espace de travail tel qu&apos;il était avant la fusion&#xa0;: {name} (Fichier › Restaurer une sauvegarde…)</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collègue</translation>
    </message>
    <message>
        <source>Both texts of the note are kept</source>
        <translation>Les deux textes de la note sont conservés</translation>
    </message>
    <message>
        <source>{who} saved this note while you were editing it: both texts are kept</source>
        <translation>{who} a enregistré cette note pendant que vous la modifiiez&#xa0;: les deux textes sont conservés</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} saved this note while you were editing it.&lt;/b&gt; Both texts are kept: theirs in the note, yours in a new note beside it on the same paragraph. Compare them and keep what you agree on; Ctrl+Z takes yours back.</source>
        <translation>&lt;b&gt;{who} a enregistré cette note pendant que vous la modifiiez.&lt;/b&gt; Les deux textes sont conservés&#xa0;: le sien dans la note, le vôtre dans une nouvelle note placée à côté, sur le même paragraphe. Comparez-les et gardez ce sur quoi vous êtes d&apos;accord&#xa0;; Ctrl+Z retire le vôtre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} saved this note while you were editing it.&lt;/b&gt; Both texts are kept: the saved one in the note, yours in a new note beside it on the same paragraph. Compare them and keep what you agree on; Ctrl+Z takes yours back.</source>
        <translation>&lt;b&gt;{who} a enregistré cette note pendant que vous la modifiiez.&lt;/b&gt; Les deux textes sont conservés&#xa0;: le texte enregistré dans la note, le vôtre dans une nouvelle note placée à côté, sur le même paragraphe. Comparez-les et gardez ce sur quoi vous êtes d&apos;accord&#xa0;; Ctrl+Z retire le vôtre.</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(supprimée depuis)</translation>
    </message>
    <message>
        <source>{who}&apos;s text (saved {when})</source>
        <translation>Texte de {who} (enregistré le {when})</translation>
    </message>
    <message>
        <source>{who}&apos;s text</source>
        <translation>Texte de {who}</translation>
    </message>
    <message>
        <source>Your text (a new note)</source>
        <translation>Votre texte (une nouvelle note)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Numbers landing</source>
        <translation>Numéros concordants</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Propose a reading of the short numbers</source>
        <translation>Proposer une lecture des numéros abrégés</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>aucun rapport</translation>
    </message>
    <message>
        <source>Short numbers read against {report}</source>
        <translation>Numéros abrégés lus par rapport à {report}</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>accepted now</source>
        <translation>acceptée actuellement</translation>
    </message>
    <message>
        <source>{landed} of {total}</source>
        <translation>{landed} sur {total}</translation>
    </message>
    <message>
        <source>&amp;Accept this reading</source>
        <translation>&amp;Accepter cette lecture</translation>
    </message>
    <message>
        <source>No order to try: the report&apos;s numbers are not known.</source>
        <translation>Aucun ordre à essayer&#xa0;: les numéros du rapport ne sont pas connus.</translation>
    </message>
    <message>
        <source>{reading}: {landed} of {total} numbers land on recommendations about their section&apos;s subject.</source>
        <translation>{reading}&#xa0;: {landed} numéros sur {total} tombent sur des recommandations portant sur le sujet de leur section.</translation>
    </message>
    <message>
        <source>Review of the document</source>
        <translation>Examen du document</translation>
    </message>
    <message>
        <source>Which review is &lt;b&gt;{title}&lt;/b&gt; part of?</source>
        <translation>De quel examen &lt;b&gt;{title}&lt;/b&gt; fait-il partie&#xa0;?</translation>
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
        <translation>Actuellement {value} ({state})&#xa0;: {review_reason}</translation>
    </message>
    <message>
        <source>in none</source>
        <translation>dans aucun</translation>
    </message>
    <message>
        <source>Estimating</source>
        <translation>Estimation</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>About {pages}: nothing matches these choices.</source>
        <translation>Environ {pages}&#xa0;: rien ne correspond à ces choix.</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>About {pages} on {paper}: {paragraphs} from {documents}, {recommendations}</source>
        <translation>Environ {pages} en {paper}&#xa0;: {paragraphs} de {documents}, {recommendations}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>choose one review</source>
        <translation>choisir un seul examen</translation>
    </message>
    <message>
        <source>keep only paragraphs linked, tagged or noted</source>
        <translation>ne garder que les paragraphes liés, étiquetés ou annotés</translation>
    </message>
    <message>
        <source>choose one document</source>
        <translation>choisir un seul document</translation>
    </message>
    <message>
        <source>limit the recommendations to a report, theme or position</source>
        <translation>limiter les recommandations à un rapport, un thème ou une position</translation>
    </message>
    <message>
        <source>Not in a review</source>
        <translation>Dans aucun examen</translation>
    </message>
    <message>
        <source>Another review…</source>
        <translation>Un autre examen…</translation>
    </message>
    <message>
        <source>State: ISO code (SVN) or a code (SVN-1)</source>
        <translation>État&#xa0;: code ISO (SVN) ou code (SVN-1)</translation>
    </message>
    <message>
        <source>cycle </source>
        <translation>cycle </translation>
    </message>
    <message>
        <source>&amp;Another:</source>
        <translation>&amp;Autre&#xa0;:</translation>
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
        <source>Paragraphs tagged (latest versions)</source>
        <translation>Paragraphes étiquetés (dernières versions)</translation>
    </message>
    <message>
        <source>The key 1–9 that toggles it on a paragraph</source>
        <translation>La touche 1–9 qui l&apos;applique à un paragraphe ou l&apos;en retire</translation>
    </message>
    <message numerus="yes">
        <source>A group of %n tag(s)</source>
        <translation>
            <numerusform>Un groupe de %n étiquette</numerusform>
            <numerusform>Un groupe de %n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>F2 renames · Del deletes · Alt+↑/↓ moves · 1–9 gives the selected tag its key (0 takes it away) · drag a tag onto another to put it in that group · Ctrl+Z undoes</source>
        <translation>F2 renomme · Del supprime · Alt+↑/↓ déplace · 1–9 attribue sa touche à l&apos;étiquette sélectionnée (0 la retire) · faites glisser une étiquette sur une autre pour la placer dans ce groupe · Ctrl+Z annule</translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation>Gérer les étiquettes</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Aucune touche</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Touche {key}</translation>
    </message>
    <message>
        <source>The key 1–9 that toggles the tag on the current paragraph</source>
        <translation>La touche 1–9 qui applique ou retire l&apos;étiquette sur le paragraphe en cours</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;ouleur…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Grouper…</translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation>D&amp;égrouper</translation>
    </message>
    <message>
        <source>{value} ({value2})</source>
        <translation>{value} ({value2})</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”</source>
        <translation>«&#xa0;{old}&#xa0;» renommée en «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation>Couleur de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>There is no other tag to merge into</source>
        <translation>Il n&apos;y a pas d&apos;autre étiquette dans laquelle fusionner</translation>
    </message>
    <message>
        <source>Group tags in “{group}”</source>
        <translation>Grouper des étiquettes dans «&#xa0;{group}&#xa0;»</translation>
    </message>
    <message>
        <source>None of the selected tags is in a group</source>
        <translation>Aucune des étiquettes sélectionnées n&apos;est dans un groupe</translation>
    </message>
    <message>
        <source>Take tags out of their group</source>
        <translation>Sortir des étiquettes de leur groupe</translation>
    </message>
    <message>
        <source>Move tags</source>
        <translation>Déplacer des étiquettes</translation>
    </message>
    <message>
        <source>the tag is gone</source>
        <translation>l&apos;étiquette n&apos;existe plus</translation>
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
        <translation>Fusionner {what} dans&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Merged {tags} into “{target}”: %n paragraph(s) moved — Ctrl+Z undoes</source>
        <translation>
            <numerusform>{tags} fusionnée(s) dans «&#xa0;{target}&#xa0;»&#xa0;: %n paragraphe déplacé — Ctrl+Z annule</numerusform>
            <numerusform>{tags} fusionnée(s) dans «&#xa0;{target}&#xa0;»&#xa0;: %n paragraphes déplacés — Ctrl+Z annule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {tags} from %n paragraph(s) — Ctrl+Z undoes</source>
        <translation>
            <numerusform>{tags} supprimée(s) de %n paragraphe — Ctrl+Z annule</numerusform>
            <numerusform>{tags} supprimée(s) de %n paragraphes — Ctrl+Z annule</numerusform>
        </translation>
    </message>
    <message>
        <source>Move tag “{name}”</source>
        <translation>Déplacer l&apos;étiquette «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Key {key} for “{name}”</source>
        <translation>Touche {key} pour «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Key {key} toggles “{name}”</source>
        <translation>La touche {key} applique ou retire «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>No key for “{name}”</source>
        <translation>Aucune touche pour «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Grouper des étiquettes</translation>
    </message>
    <message>
        <source>Put them in the group (a tag&apos;s name, or a new one):</source>
        <translation>Les placer dans le groupe (nom d&apos;une étiquette, ou nouveau nom)&#xa0;:</translation>
    </message>
    <message>
        <source>Import as new version of…</source>
        <translation>Importer comme nouvelle version de…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; becomes the next version of the document chosen here: its paragraphs are matched with the latest version&apos;s, and the notes, tags, links and reviewed marks follow them.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; devient la version suivante du document choisi ici&#xa0;: ses paragraphes sont mis en correspondance avec ceux de la dernière version, et les notes, étiquettes, liens et marques de révision les suivent.</translation>
    </message>
    <message>
        <source>&amp;Import as new version</source>
        <translation>&amp;Importer comme nouvelle version</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>paragraphe {number}</translation>
    </message>
    <message>
        <source>{paragraph} of version {version}</source>
        <translation>{paragraph} de la version {version}</translation>
    </message>
    <message>
        <source>read it there</source>
        <translation>le lire là</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>No work on paragraphs that are gone.</source>
        <translation>Aucun travail sur des paragraphes disparus.</translation>
    </message>
    <message>
        <source>Paragraphs of earlier versions that no later paragraph continues. The work on them is kept there; copy what still applies to the latest version.</source>
        <translation>Paragraphes de versions antérieures qu&apos;aucun paragraphe ultérieur ne prolonge. Le travail fait sur eux y est conservé&#xa0;; copiez ce qui s&apos;applique encore à la dernière version.</translation>
    </message>
    <message numerus="yes">
        <source>The first version: %n paragraph(s).</source>
        <translation>
            <numerusform>La première version&#xa0;: %n paragraphe.</numerusform>
            <numerusform>La première version&#xa0;: %n paragraphes.</numerusform>
        </translation>
    </message>
    <message>
        <source>From version {old} to {new}:</source>
        <translation>De la version {old} à la version {new}&#xa0;:</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>Paragraphe {number}</translation>
    </message>
    <message>
        <source>{counts} kept on it</source>
        <translation>{counts} conservé(s) dessus</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
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
        <translation>Versions de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Work on paragraphs that are gone ({n})</source>
        <translation>Travail sur les paragraphes disparus ({n})</translation>
    </message>
    <message>
        <source>&amp;Show the latest version</source>
        <translation>&amp;Afficher la dernière version</translation>
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
        <translation>{name} existe déjà&#xa0;; utilisez Fichier → Ouvrir pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No other workspace yet</source>
        <translation>Aucun autre espace de travail pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>{path} is no longer there (moved or deleted); it is removed from the list.</source>
        <translation>{path} n&apos;existe plus (déplacé ou supprimé)&#xa0;; il est retiré de la liste.</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name, recorded on the links, tags and notes you make:</source>
        <translation>Votre nom, enregistré sur les liens, étiquettes et notes que vous créez&#xa0;:</translation>
    </message>
    <message>
        <source>New links, tags and notes are recorded as {name}</source>
        <translation>Les nouveaux liens, étiquettes et notes sont enregistrés au nom de {name}</translation>
    </message>
    <message>
        <source>The Word export is not available: {exc}</source>
        <translation>L&apos;export Word n&apos;est pas disponible&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>Restored {name}; the state before is kept as {name2}</source>
        <translation>{name} restauré&#xa0;; l&apos;état précédent est conservé sous {name2}</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.md *.csv *.xlsx);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.txt *.md *.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier…</numerusform>
            <numerusform>Importation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing {name} ({value} of {total})…</source>
        <translation>Importation de {name} ({value} sur {total})…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>L&apos;importation a échoué</translation>
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
        <translation>Certains fichiers n&apos;ont pas été importés</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:&lt;ul&gt;{rows}&lt;/ul&gt;Fix or convert the file and import it again.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé&#xa0;:&lt;ul&gt;{rows}&lt;/ul&gt;Corrigez ou convertissez le fichier et importez-le à nouveau.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés&#xa0;:&lt;ul&gt;{rows}&lt;/ul&gt;Corrigez ou convertissez les fichiers et importez-les à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The paragraph is reviewed as it now reads: the mark goes (Space; Ctrl+Z undoes)</source>
        <translation>Le paragraphe est révisé tel qu&apos;il se lit maintenant&#xa0;: la marque disparaît (Space&#xa0;; Ctrl+Z annule)</translation>
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
        <source>&lt;span style=&apos;color:{value}&apos;&gt;✎ {value2}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{value}&apos;&gt;✎ {value2}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;i style=&apos;color:{MUTED}&apos;&gt;Not in the version before.&lt;/i&gt;</source>
        <translation>&lt;i style=&apos;color:{MUTED}&apos;&gt;Absent de la version précédente.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to UPR Reviewer.&lt;/b&gt; Your name is recorded on the links, tags and notes you make:</source>
        <translation>&lt;b&gt;Bienvenue dans UPR Reviewer.&lt;/b&gt; Votre nom est enregistré sur les liens, étiquettes et notes que vous créez&#xa0;:</translation>
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
        <translation>Enregistrer votre travail sous le nom «&#xa0;{suggestion}&#xa0;» pour l&apos;instant&#xa0;; le nom peut être changé à tout moment (Édition › Votre nom…)</translation>
    </message>
    <message>
        <source>tagged “{tag}”</source>
        <translation>a étiqueté «&#xa0;{tag}&#xa0;»</translation>
    </message>
    <message>
        <source>removed the tag “{tag}”</source>
        <translation>a retiré l&apos;étiquette «&#xa0;{tag}&#xa0;»</translation>
    </message>
    <message>
        <source>tagged the words “{quote}” as “{tag}”</source>
        <translation>a étiqueté les mots «&#xa0;{quote}&#xa0;» comme «&#xa0;{tag}&#xa0;»</translation>
    </message>
    <message>
        <source>took the tag “{tag}” off the words “{quote}”</source>
        <translation>a retiré l&apos;étiquette «&#xa0;{tag}&#xa0;» des mots «&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <source>noted “{text}”</source>
        <translation>a noté «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>edited a note: “{text}” (was “{before}”)</source>
        <translation>a modifié une note&#xa0;: «&#xa0;{text}&#xa0;» (était «&#xa0;{before}&#xa0;»)</translation>
    </message>
    <message>
        <source>saved a note beside a colleague&apos;s edit: “{text}”</source>
        <translation>a enregistré une note à côté de la modification d&apos;un collègue&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>deleted the note “{text}”</source>
        <translation>a supprimé la note «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>marked it reviewed</source>
        <translation>l&apos;a marqué comme révisé</translation>
    </message>
    <message>
        <source>cleared its reviewed mark</source>
        <translation>a retiré sa marque «&#xa0;révisé&#xa0;»</translation>
    </message>
    <message>
        <source>linked it to {recommendation}</source>
        <translation>l&apos;a lié à {recommendation}</translation>
    </message>
    <message>
        <source>removed the link to {recommendation}</source>
        <translation>a supprimé le lien vers {recommendation}</translation>
    </message>
    <message>
        <source>imported “{title}”</source>
        <translation>a importé «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>removed “{title}”</source>
        <translation>a retiré «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>brought back “{title}”</source>
        <translation>a rétabli «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>confirmed the link to {recommendation}</source>
        <translation>a confirmé le lien vers {recommendation}</translation>
    </message>
    <message>
        <source>rejected the link to {recommendation}</source>
        <translation>a rejeté le lien vers {recommendation}</translation>
    </message>
    <message>
        <source>suggested the link to {recommendation} again</source>
        <translation>a de nouveau suggéré le lien vers {recommendation}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Paragraph history</source>
        <translation>Historique du paragraphe</translation>
    </message>
    <message>
        <source>The history cannot be read now: {error}</source>
        <translation>L&apos;historique ne peut pas être lu maintenant&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Select a paragraph to see its history</source>
        <translation>Sélectionnez un paragraphe pour voir son historique</translation>
    </message>
    <message>
        <source>Nothing done to this paragraph yet</source>
        <translation>Rien n&apos;a encore été fait sur ce paragraphe</translation>
    </message>
    <message>
        <source>{value}, {at:%Y-%m-%d %H:%M} UTC: {text}</source>
        <translation>{value}, {at:%Y-%m-%d %H:%M} UTC&#xa0;: {text}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message numerus="yes">
        <source>History: %n action(s), newest first</source>
        <translation>
            <numerusform>Historique&#xa0;: %n action, la plus récente d&apos;abord</numerusform>
            <numerusform>Historique&#xa0;: %n actions, les plus récentes d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <source>Version {number} (earlier ones: right-click › Versions…)</source>
        <translation>Version {number} (les précédentes&#xa0;: clic droit › Versions…)</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) in the registry</source>
        <translation>
            <numerusform>%n recommandation dans le registre</numerusform>
            <numerusform>%n recommandations dans le registre</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: {review}</source>
        <translation>Examen&#xa0;: {review}</translation>
    </message>
    <message>
        <source>(a guess: confirm it from the right-click menu)</source>
        <translation>(une supposition&#xa0;: confirmez-la depuis le menu du clic droit)</translation>
    </message>
    <message>
        <source>{review} is a guess</source>
        <translation>{review} est une supposition</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <source>Paragraphs marked reviewed</source>
        <translation>Paragraphes marqués comme révisés</translation>
    </message>
    <message>
        <source>Mark this paragraph reviewed (Space or Ctrl+R)</source>
        <translation>Marquer ce paragraphe comme révisé (Space ou Ctrl+R)</translation>
    </message>
    <message>
        <source>Link: type 28.294 or words of a recommendation</source>
        <translation>Lier&#xa0;: saisissez 28.294 ou des mots d&apos;une recommandation</translation>
    </message>
    <message>
        <source>Link the paragraph to a recommendation: pick one from the list (click, or Down then Enter) or type its number and press Enter.</source>
        <translation>Lier le paragraphe à une recommandation : choisissez-en une dans la liste (clic, ou Bas puis Entrée) ou tapez son numéro et appuyez sur Entrée.</translation>
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
        <translation>Confirmer le lien sélectionné (Y&#xa0;; cliquez d&apos;abord sur le lien)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Reject the selected link (X; click the link first)</source>
        <translation>Rejeter le lien sélectionné (X&#xa0;; cliquez d&apos;abord sur le lien)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Remove the selected link (Shift+Delete)</source>
        <translation>Supprimer le lien sélectionné (Shift+Delete)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What the paragraph&apos;s document cites, and what it was expected to</source>
        <translation>Ce que cite le document du paragraphe, et ce qu&apos;il devait citer</translation>
    </message>
    <message>
        <source>Linked to {number}</source>
        <translation>Lié à {number}</translation>
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
        <translation>Réviseur&#xa0;: {who}</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>Updated with changes saved by {who}</source>
        <translation>Mis à jour avec les modifications enregistrées par {who}</translation>
    </message>
    <message>
        <source>Document coverage</source>
        <translation>Couverture</translation>
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
        <translation>Sur «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>Your note on “{words}”… (saved as you type)</source>
        <translation>Votre note sur «&#xa0;{words}&#xa0;»… (enregistrée au fil de la saisie)</translation>
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
        <source>Note saved</source>
        <translation>Note enregistrée</translation>
    </message>
    <message>
        <source>Saved beside {who}&apos;s text</source>
        <translation>Enregistrée à côté du texte de {who}</translation>
    </message>
    <message>
        <source>Note deleted (Ctrl+Z brings it back)</source>
        <translation>Note supprimée (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>A note on a passage quotes it first</source>
        <translation>Une note sur un passage le cite d&apos;abord</translation>
    </message>
    <message>
        <source>The paragraph&apos;s label and pages</source>
        <translation>Le numéro du paragraphe et ses pages</translation>
    </message>
    <message>
        <source>On the passage: “{quote}”</source>
        <translation>Sur le passage&#xa0;: «&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <source>(edited {when})</source>
        <translation>(modifiée le {when})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Click or Enter opens the paragraph</source>
        <translation>Un clic ou Entrée ouvre le paragraphe</translation>
    </message>
    <message>
        <source>Filter notes by words…</source>
        <translation>Filtrer les notes par mots…</translation>
    </message>
    <message>
        <source>Only this reviewer&apos;s notes</source>
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
        <source>The notes of every review, not only the window&apos;s</source>
        <translation>Les notes de tous les examens, pas seulement celui de la fenêtre</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Tout auteur</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>Tout document</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation>tous les examens</translation>
    </message>
    <message>
        <source>No notes in {where} yet: Ctrl+Shift+N writes one on a paragraph</source>
        <translation>Pas encore de note dans {where}&#xa0;: Ctrl+Shift+N en rédige une sur un paragraphe</translation>
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
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Page précédente (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Page suivante (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Zoom avant (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Ajuster la page à la largeur (Ctrl+0)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Open the file at this page</source>
        <translation>Ouvrir le fichier à cette page</translation>
    </message>
    <message>
        <source>Open the original in the system&apos;s PDF viewer</source>
        <translation>Ouvrir l&apos;original dans la visionneuse PDF du système</translation>
    </message>
    <message>
        <source>The document is not in the workspace any more.</source>
        <translation>Le document n&apos;est plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>Le fichier ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>The file cannot be opened as a PDF any more.</source>
        <translation>Le fichier ne peut plus être ouvert comme PDF.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>Where this document&apos;s file is was not recorded: it was imported before the page view existed, or from another program.  Locate the file (or import it again) to see its pages here.</source>
        <translation>L&apos;emplacement du fichier de ce document n&apos;a pas été enregistré&#xa0;: il a été importé avant l&apos;existence de la vue de la page, ou depuis un autre programme.  Localisez le fichier (ou importez-le à nouveau) pour voir ses pages ici.</translation>
    </message>
    <message>
        <source>The original file is not at {path} any more: it was moved, renamed or deleted.  Locate it to see its pages here.</source>
        <translation>Le fichier original ne se trouve plus à l&apos;emplacement {path}&#xa0;: il a été déplacé, renommé ou supprimé.  Localisez-le pour voir ses pages ici.</translation>
    </message>
    <message>
        <source>The file at {path} is not the one that was imported: its content has changed since (another version saved over it?).  Locate the file that was imported to see its pages here.</source>
        <translation>Le fichier situé à l&apos;emplacement {path} n&apos;est pas celui qui a été importé&#xa0;: son contenu a changé depuis (une autre version enregistrée par-dessus&#xa0;?).  Localisez le fichier qui a été importé pour voir ses pages ici.</translation>
    </message>
    <message>
        <source>A Word document has no fixed pages to show here: where its pages break depends on the program that lays it out.  Open it in Word or LibreOffice to see it as printed.</source>
        <translation>Un document Word n&apos;a pas de pages fixes à afficher ici&#xa0;: la mise en page dépend du programme qui l&apos;affiche.  Ouvrez-le dans Word ou LibreOffice pour le voir tel qu&apos;il sera imprimé.</translation>
    </message>
    <message>
        <source>A text file has no pages to show.</source>
        <translation>Un fichier texte n&apos;a pas de pages à afficher.</translation>
    </message>
    <message>
        <source>Where this paragraph stands on the page is not known (it was imported before the page view): import the file again to highlight it.</source>
        <translation>La position de ce paragraphe sur la page est inconnue (il a été importé avant l&apos;existence de la vue de la page)&#xa0;: importez à nouveau le fichier pour le mettre en évidence.</translation>
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
        <source>tag {name}</source>
        <translation>étiquette {name}</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>note&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Words of the paragraph with a tag or a note: Enter shows them in the reading pane, Delete removes the tag or the note (Ctrl+Z brings it back)</source>
        <translation>Mots du paragraphe portant une étiquette ou une note&#xa0;: Enter les affiche dans le volet de lecture, Delete supprime l&apos;étiquette ou la note (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected passage&apos;s tag or note (Delete)</source>
        <translation>Retirer l&apos;étiquette ou la note du passage sélectionné (Delete)</translation>
    </message>
    <message>
        <source>Passages ({n})</source>
        <translation>Passages ({n})</translation>
    </message>
    <message>
        <source>Tag “{name}” removed from “{words}”</source>
        <translation>Étiquette «&#xa0;{name}&#xa0;» retirée de «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>Note on “{words}” deleted</source>
        <translation>Note sur «&#xa0;{words}&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>(Ctrl+Z brings it back)</source>
        <translation>(Ctrl+Z la rétablit)</translation>
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
        <source>How this document&apos;s short numbers read against the report</source>
        <translation>Comment les numéros abrégés de ce document se lisent par rapport au rapport</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lire comme&#xa0;:</translation>
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
        <source>Placed in {review} ({code}) by a guess</source>
        <translation>Placé dans {review} ({code}) par supposition</translation>
    </message>
    <message>
        <source>Short numbers</source>
        <translation>Numéros abrégés</translation>
    </message>
    <message>
        <source>({n} of {count} unresolved)</source>
        <translation>({n} sur {count} non résolus)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Y accept · X reject · ↑↓ choose · Ctrl+Z undo</source>
        <translation>Y accepter · X rejeter · ↑↓ choisir · Ctrl+Z annuler</translation>
    </message>
    <message>
        <source>Recommendations of the review&apos;s previous cycle that this paragraph likely speaks to without citing them, ranked by the words they share.
They count nowhere until accepted.  Y accepts the selected one (it becomes a confirmed link), X rejects it (it is never suggested again for this paragraph); Ctrl+Z undoes.  Review › Suggest for this document (Ctrl+Shift+S) ranks them again.</source>
        <translation>Recommandations du cycle précédent de l&apos;examen que ce paragraphe traite probablement sans les citer, classées selon les mots qu&apos;elles ont en commun avec lui.
Elles ne comptent nulle part tant qu&apos;elles ne sont pas acceptées.  Y accepte celle qui est sélectionnée (elle devient un lien confirmé), X la rejette (elle ne sera plus jamais suggérée pour ce paragraphe)&#xa0;; Ctrl+Z annule.  Révision › Suggérer pour ce document (Ctrl+Shift+S) les classe à nouveau.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérées</translation>
    </message>
    <message>
        <source>Suggested recommendations</source>
        <translation>Recommandations suggérées</translation>
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
        <translation>Accepter la suggestion sélectionnée&#xa0;: elle devient un lien confirmé (Y)</translation>
    </message>
    <message>
        <source>Reject the selected suggestion: it is never suggested again for this paragraph (X)</source>
        <translation>Rejeter la suggestion sélectionnée&#xa0;: elle ne sera plus jamais suggérée pour ce paragraphe (X)</translation>
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
        <source>&lt;span style=&apos;color:{MUTED}&apos;&gt;Rejected here: {numbers}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{MUTED}&apos;&gt;Rejetées ici&#xa0;: {numbers}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>New tag… (Enter adds it to this paragraph)</source>
        <translation>Nouvelle étiquette… (Enter l&apos;ajoute à ce paragraphe)</translation>
    </message>
    <message>
        <source>Toggle “{name}” on this paragraph</source>
        <translation>Appliquer ou retirer «&#xa0;{name}&#xa0;» sur ce paragraphe</translation>
    </message>
    <message>
        <source>(shortcut {key})</source>
        <translation>(raccourci {key})</translation>
    </message>
    <message>
        <source>in the group “{group}”</source>
        <translation>dans le groupe «&#xa0;{group}&#xa0;»</translation>
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
        <translation>Toutes les versions&#xa0;: ce qui a changé, le travail conservé sur les paragraphes disparus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {n} of {total}&lt;/b&gt;: read-only; work goes on the latest version</source>
        <translation>&lt;b&gt;Version {n} sur {total}&lt;/b&gt; : lecture seule ; le travail se fait sur la dernière version</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) changed since reviewed</source>
        <translation>
            <numerusform>%n paragraphe modifié depuis sa révision</numerusform>
            <numerusform>%n paragraphes modifiés depuis leur révision</numerusform>
        </translation>
    </message>
    <message>
        <source>(&lt;a href=&apos;next&apos;&gt;next&lt;/a&gt;)</source>
        <translation>(&lt;a href=&apos;next&apos;&gt;suivant&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>No paragraph changed since reviewed</source>
        <translation>Aucun paragraphe modifié depuis sa révision</translation>
    </message>
    <message>
        <source>Watching &lt;b&gt;{name}&lt;/b&gt; (&lt;a href=&apos;stop&apos;&gt;stop&lt;/a&gt;)</source>
        <translation>Surveillance de &lt;b&gt;{name}&lt;/b&gt; (&lt;a href=&apos;stop&apos;&gt;arrêter&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Coverage is that of one review: which of the recommendations it responds to its documents address.
Choose a review to see it.</source>
        <translation>La couverture est celle d&apos;un examen : lesquelles des recommandations auxquelles il répond ses documents traitent.
Choisissez un examen pour la voir.</translation>
    </message>
    <message>
        <source>Choose a review…</source>
        <translation>Choisir un examen…</translation>
    </message>
    <message>
        <source>The review you work on (Ctrl+Shift+R)</source>
        <translation>L&apos;examen sur lequel vous travaillez (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the coverage as a workbook (XLSX) or CSV</source>
        <translation>Exporter la couverture sous forme de classeur (XLSX) ou de fichier CSV</translation>
    </message>
    <message>
        <source>Words or a number (28.294)…</source>
        <translation>Mots ou numéro (28.294)…</translation>
    </message>
    <message>
        <source>Theme (a recommendation with several counts under each)</source>
        <translation>Thème (une recommandation qui en a plusieurs compte sous chacun)</translation>
    </message>
    <message>
        <source>Recommending State</source>
        <translation>État recommandant</translation>
    </message>
    <message>
        <source>The State&apos;s position on the recommendation</source>
        <translation>La position de l&apos;État sur la recommandation</translation>
    </message>
    <message>
        <source>Nobody addressed</source>
        <translation>Traitées par personne</translation>
    </message>
    <message>
        <source>Only the recommendations no document addresses (a confirmed link)</source>
        <translation>Uniquement les recommandations qu&apos;aucun document ne traite (un lien confirmé)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every recommendation</source>
        <translation>Afficher toutes les recommandations</translation>
    </message>
    <message>
        <source>Cell: paragraphs citing the recommendation — &lt;b&gt;2&lt;/b&gt; confirmed, &lt;span style=&apos;color:${cell_suggested_text}&apos;&gt;1?&lt;/span&gt; suggested; a stronger blue: more paragraphs. Click a cell (or Enter) to read them.</source>
        <translation>Cellule : paragraphes citant la recommandation — &lt;b&gt;2&lt;/b&gt; confirmés, &lt;span style=&apos;color:${cell_suggested_text}&apos;&gt;1?&lt;/span&gt; suggéré ; un bleu plus soutenu : plus de paragraphes. Cliquez sur une cellule (ou Entrée) pour les lire.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Tous les États</translation>
    </message>
    <message>
        <source>Every recommending State, not only the 25 with the most</source>
        <translation>Tous les États recommandants, pas seulement les 25 qui en ont fait le plus</translation>
    </message>
    <message>
        <source>The States&apos; order</source>
        <translation>L&apos;ordre des États</translation>
    </message>
    <message>
        <source>Most recommendations first</source>
        <translation>Plus de recommandations d&apos;abord</translation>
    </message>
    <message>
        <source>Most addressed first</source>
        <translation>Plus traitées d&apos;abord</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <source>Only themes with an addressed recommendation</source>
        <translation>Uniquement les thèmes ayant une recommandation traitée</translation>
    </message>
    <message>
        <source>Leave out the themes nothing addresses (a shorter chart)</source>
        <translation>Omettre les thèmes que rien ne traite (un graphique plus court)</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>By &amp;theme</source>
        <translation>Par &amp;thème</translation>
    </message>
    <message>
        <source>By &amp;State</source>
        <translation>Par &amp;État</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer au format PNG…</translation>
    </message>
    <message>
        <source>The chart as a picture at twice its size, for a slide</source>
        <translation>Le graphique sous forme d&apos;image au double de sa taille, pour une diapositive</translation>
    </message>
    <message>
        <source>The documents of {review} respond to no recommendations in this workspace yet.
Import the previous review&apos;s Working Group report or its thematic list: its recommendations are the rows of the coverage.</source>
        <translation>Les documents de {review} ne répondent encore à aucune recommandation de cet espace de travail.
Importez le rapport du Groupe de travail de l&apos;examen précédent ou sa liste thématique : ses recommandations sont les lignes de la couverture.</translation>
    </message>
    <message numerus="yes">
        <source>{review} · coverage by its %n document(s)</source>
        <translation>
            <numerusform>{review} · couverture par son document (%n)</numerusform>
            <numerusform>{review} · couverture par ses %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>{review} · no document with paragraphs yet: import its submissions</source>
        <translation>{review} · aucun document avec des paragraphes pour l&apos;instant : importez ses communications</translation>
    </message>
    <message>
        <source>someone has edited the note since; their text is left as it is</source>
        <translation>quelqu&apos;un a modifié la note entre-temps&#xa0;; son texte est laissé tel quel</translation>
    </message>
    <message>
        <source>the note is gone</source>
        <translation>la note n&apos;existe plus</translation>
    </message>
    <message>
        <source>Add passage note</source>
        <translation>Ajouter une note sur un passage</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Save note beside a colleague&apos;s</source>
        <translation>Enregistrer la note à côté de celle d&apos;un collègue</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>“{title}” brought recommendations: there is no draft to check.</source>
        <translation>«&#xa0;{title}&#xa0;» a apporté des recommandations&#xa0;: il n&apos;y a pas de projet à vérifier.</translation>
    </message>
    <message>
        <source>no draft</source>
        <translation>aucun projet</translation>
    </message>
    <message>
        <source>Checking “{title}”…</source>
        <translation>Vérification de «&#xa0;{title}&#xa0;»…</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>La vérification a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This finding is about the whole document</source>
        <translation>Ce constat porte sur l&apos;ensemble du document</translation>
    </message>
    <message>
        <source>Finding dismissed for this document (Ctrl+Z brings it back)</source>
        <translation>Constat écarté pour ce document (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <source>only a Word (.docx) draft can carry comments; this one is {format}</source>
        <translation>seul un projet Word (.docx) peut porter des commentaires&#xa0;; celui-ci est en {format}</translation>
    </message>
    <message>
        <source>Check a draft first (F7)</source>
        <translation>Vérifiez d&apos;abord un projet (F7)</translation>
    </message>
    <message>
        <source>{title} - check.docx</source>
        <translation>{title} - vérification.docx</translation>
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
        <translation>Le rapport de vérification n&apos;a pas été enregistré&#xa0;: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Check report saved: {file} (%n finding(s))</source>
        <translation>
            <numerusform>Rapport de vérification enregistré&#xa0;: {file} (%n constat)</numerusform>
            <numerusform>Rapport de vérification enregistré&#xa0;: {file} (%n constats)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (checked).docx</source>
        <translation>{name} (vérifié).docx</translation>
    </message>
    <message>
        <source>; the file changed since it was checked: comments went by text</source>
        <translation>&#xa0;; le fichier a changé depuis la vérification&#xa0;: les commentaires ont été placés d&apos;après le texte</translation>
    </message>
    <message numerus="yes">
        <source>Annotated copy saved: {file} (%n comment(s)){note}</source>
        <translation>
            <numerusform>Copie annotée enregistrée&#xa0;: {file} (%n commentaire){note}</numerusform>
            <numerusform>Copie annotée enregistrée&#xa0;: {file} (%n commentaires){note}</numerusform>
        </translation>
    </message>
    <message>
        <source>No annotated copy: {reason}</source>
        <translation>Pas de copie annotée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Where is the draft {file}?</source>
        <translation>Où se trouve le projet {file}&#xa0;?</translation>
    </message>
    <message>
        <source>Save annotated copy</source>
        <translation>Enregistrer la copie annotée</translation>
    </message>
    <message>
        <source>The annotated copy was not saved: {exc}</source>
        <translation>La copie annotée n&apos;a pas été enregistrée&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>version {version} of “{title}” (document {number})</source>
        <translation>version {version} de «&#xa0;{title}&#xa0;» (document {number})</translation>
    </message>
    <message>
        <source>“{title}” (document {number})</source>
        <translation>«&#xa0;{title}&#xa0;» (document {number})</translation>
    </message>
    <message>
        <source>{file} is already in the workspace as {document}</source>
        <translation>{file} est déjà dans l&apos;espace de travail&#xa0;: {document}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message>
        <source>, {n} failed</source>
        <translation>, {n} en échec</translation>
    </message>
    <message>
        <source>already in the workspace: </source>
        <translation>déjà dans l&apos;espace de travail : </translation>
    </message>
    <message>
        <source>{file} as {document}</source>
        <translation>{file}&#xa0;: {document}</translation>
    </message>
    <message>
        <source>{file} repeats “{title}” (document {number})</source>
        <translation>{file} reprend «&#xa0;{title}&#xa0;» (document {number})</translation>
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
        <source>The selected document&apos;s title, organisation and kind</source>
        <translation>Le titre, l&apos;organisation et le type du document sélectionné</translation>
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
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>A new title</source>
        <translation>Un nouveau titre</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Modifier les &amp;détails…</translation>
    </message>
    <message>
        <source>Its title, organisation and kind</source>
        <translation>Son titre, son organisation et son type</translation>
    </message>
    <message>
        <source>R&amp;emove…</source>
        <translation>R&amp;etirer…</translation>
    </message>
    <message>
        <source>Remove it with its paragraphs and review work (Ctrl+Z brings it back)</source>
        <translation>Le retirer avec ses paragraphes et le travail de révision (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <source>Removed “{title}”; Edit › Undo brings it back</source>
        <translation>«&#xa0;{title}&#xa0;» retiré&#xa0;; Édition › Annuler le rétablit</translation>
    </message>
    <message>
        <source>(backup copy: {file})</source>
        <translation>(copie de sauvegarde&#xa0;: {file})</translation>
    </message>
    <message>
        <source>Select a document first</source>
        <translation>Sélectionnez d&apos;abord un document</translation>
    </message>
    <message>
        <source>“{title}” is back</source>
        <translation>«&#xa0;{title}&#xa0;» est rétabli</translation>
    </message>
    <message>
        <source>The document was not brought back</source>
        <translation>Le document n&apos;a pas été rétabli</translation>
    </message>
    <message>
        <source>Skipped {names}: already in the workspace in another format</source>
        <translation>Non importé(s), car déjà dans l&apos;espace de travail sous un autre format&#xa0;: {names}</translation>
    </message>
    <message>
        <source>An import is running: {names} not imported; import it again after</source>
        <translation>Une importation est en cours&#xa0;: {names} non importé(s)&#xa0;; importez-les à nouveau ensuite</translation>
    </message>
    <message>
        <source>C&amp;heck pane</source>
        <translation>Volet de &amp;vérification</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>Every version of the document, what changed, the work on gone paragraphs</source>
        <translation>Toutes les versions du document, ce qui a changé, le travail sur les paragraphes disparus</translation>
    </message>
    <message>
        <source>Import a &amp;new version of this…</source>
        <translation>Importer une &amp;nouvelle version de celui-ci…</translation>
    </message>
    <message>
        <source>Choose the file holding the document&apos;s next version</source>
        <translation>Choisir le fichier contenant la version suivante du document</translation>
    </message>
    <message>
        <source>Import the file again as the next version each time it is saved</source>
        <translation>Réimporter le fichier comme version suivante chaque fois qu&apos;il est enregistré</translation>
    </message>
    <message>
        <source>Chec&amp;k this draft</source>
        <translation>&amp;Vérifier ce projet</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexation…</translation>
    </message>
    <message>
        <source>New paragraphs are being added to the search index; everything else works</source>
        <translation>Les nouveaux paragraphes sont en cours d&apos;ajout à l&apos;index de recherche&#xa0;; tout le reste fonctionne</translation>
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
            <numerusform>La recherche ne trouve pas encore les paragraphes de %n document&#xa0;: ils sont en cours d&apos;indexation</numerusform>
            <numerusform>La recherche ne trouve pas encore les paragraphes de %n documents&#xa0;: ils sont en cours d&apos;indexation</numerusform>
        </translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>examens</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>le registre</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>paragraphes</translation>
    </message>
    <message>
        <source>dismissed findings</source>
        <translation>constats écartés</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>tagged paragraphs</source>
        <translation>paragraphes étiquetés</translation>
    </message>
    <message>
        <source>tagged passages</source>
        <translation>passages étiquetés</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>l’historique</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <source>reviewed marks</source>
        <translation>marques «&#xa0;révisé&#xa0;»</translation>
    </message>
    <message>
        <source>citations</source>
        <translation>citations</translation>
    </message>
    <message>
        <source>footnotes</source>
        <translation>notes de bas de page</translation>
    </message>
    <message>
        <source>earlier cycles&apos; recommendations</source>
        <translation>recommandations des cycles précédents</translation>
    </message>
    <message>
        <source>Wait for the import or merge under way to finish</source>
        <translation>Attendez la fin de l&apos;importation ou de la fusion en cours</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <source>Merged {source}: {value}</source>
        <translation>Fusion de {source} effectuée&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Wait for the merge or copy under way to finish</source>
        <translation>Attendez la fin de la fusion ou de la copie en cours</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copie en cours…</translation>
    </message>
    <message>
        <source>Copy workspace</source>
        <translation>Copier l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Copied {total} rows to {target}</source>
        <translation>{total} lignes copiées vers {target}</translation>
    </message>
    <message>
        <source>Copied {total} rows to {target}.

Work on the copy can be merged back with File › Merge workspace….</source>
        <translation>{total} lignes copiées vers {target}.

Le travail fait sur la copie peut être réintégré avec Fichier › Fusionner un espace de travail….</translation>
    </message>
    <message>
        <source>{value}: {value2}…</source>
        <translation>{value}&#xa0;: {value2}…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
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
        <translation>Le fichier n&apos;est plus à son emplacement&#xa0;: localisez-le d&apos;abord</translation>
    </message>
    <message>
        <source>Opened {name} at page {page}</source>
        <translation>{name} ouvert à la page {page}</translation>
    </message>
    <message>
        <source>No program to open {name} was found on this computer</source>
        <translation>Aucun programme permettant d&apos;ouvrir {name} n&apos;a été trouvé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Opened {name} in the system&apos;s viewer: go to page {page}</source>
        <translation>{name} ouvert dans la visionneuse du système&#xa0;: allez à la page {page}</translation>
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
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Locate “{file}”</source>
        <translation>Retrouver «&#xa0;{file}&#xa0;»</translation>
    </message>
    <message>
        <source>Found: {path}</source>
        <translation>Trouvé&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Select words in the paragraph first: drag over them, or press F2 then Shift+arrows</source>
        <translation>Sélectionnez d&apos;abord des mots dans le paragraphe&#xa0;: faites glisser la souris dessus, ou appuyez sur F2 puis Shift+flèches</translation>
    </message>
    <message>
        <source>Untagged “{words}” from “{name}” (Ctrl+Z undoes)</source>
        <translation>Étiquette «&#xa0;{name}&#xa0;» retirée de «&#xa0;{words}&#xa0;» (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>Tagged “{words}” as “{name}” (Ctrl+Z undoes)</source>
        <translation>«&#xa0;{words}&#xa0;» étiqueté «&#xa0;{name}&#xa0;» (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>Tag the selected words</source>
        <translation>Étiqueter les mots sélectionnés</translation>
    </message>
    <message>
        <source>New tag:</source>
        <translation>Nouvelle étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Shift+arrows select words; then 1–9 tag them, Shift+N notes them; Esc leaves</source>
        <translation>Shift+flèches sélectionne des mots&#xa0;; puis 1–9 les étiquette, Shift+N les annote&#xa0;; Esc pour sortir</translation>
    </message>
    <message>
        <source>Select a paragraph first</source>
        <translation>Sélectionnez d&apos;abord un paragraphe</translation>
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
        <source>Follow the desktop&apos;s light or dark scheme</source>
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
        <translation>&lt;b&gt;Aucun document pour l&apos;instant&lt;/b&gt;&lt;br&gt;Importez des communications et des documents de l&apos;ONU (PDF, Word, texte), ou déposez leurs fichiers ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No documents in this review yet&lt;/b&gt;&lt;br&gt;Import its documents, or drop their files here; “All reviews” in the toolbar shows every document.</source>
        <translation>&lt;b&gt;Aucun document dans cet examen pour l&apos;instant&lt;/b&gt;&lt;br&gt;Importez ses documents, ou déposez leurs fichiers ici&#xa0;; «&#xa0;Tous les examens&#xa0;» dans la barre d&apos;outils affiche tous les documents.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendations yet&lt;/b&gt;&lt;br&gt;The registry fills from the UN documents that list them: the Working Group&apos;s report on a review (A/HRC/…, PDF or Word), its addendum with the State&apos;s responses, OHCHR&apos;s thematic list of recommendations, or a UPR Info database export (XLSX or CSV).  Import them, or drop their files here; submissions citing them then link to them.</source>
        <translation>&lt;b&gt;Aucune recommandation pour l&apos;instant&lt;/b&gt;&lt;br&gt;Le registre se remplit à partir des documents de l&apos;ONU qui les énumèrent&#xa0;: le rapport du Groupe de travail sur un examen (A/HRC/…, PDF ou Word), son additif contenant les réponses de l&apos;État, la liste thématique des recommandations du HCDH, ou un export de la base de données UPR Info (XLSX ou CSV).  Importez-les, ou déposez leurs fichiers ici&#xa0;; les communications qui les citent y sont alors liées.</translation>
    </message>
    <message>
        <source>No notes on this paragraph</source>
        <translation>Aucune note sur ce paragraphe</translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendations for this review yet&lt;/b&gt;&lt;br&gt;Import the Working Group&apos;s report on it (A/HRC/…), its addendum with the State&apos;s responses or OHCHR&apos;s thematic list.</source>
        <translation>&lt;b&gt;Aucune recommandation pour cet examen pour l&apos;instant&lt;/b&gt;&lt;br&gt;Importez le rapport du Groupe de travail le concernant (A/HRC/…), son additif contenant les réponses de l&apos;État ou la liste thématique du HCDH.</translation>
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
        <source>&lt;b&gt;¶ 2&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:small&apos;&gt;Title&lt;/span&gt;</source>
        <translation>&lt;b&gt;¶ 2&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:small&apos;&gt;Titre&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{current_review} is no longer a review: showing all reviews</source>
        <translation>{current_review} n&apos;est plus un examen&#xa0;: affichage de tous les examens</translation>
    </message>
    <message>
        <source>No review {code} in this workspace</source>
        <translation>Aucun examen {code} dans cet espace de travail</translation>
    </message>
    <message>
        <source> Review: </source>
        <translation> Examen&#xa0;: </translation>
    </message>
    <message>
        <source>Choose a review first: predecessors are found for one review</source>
        <translation>Choisissez d&apos;abord un examen&#xa0;: les antécédents sont recherchés pour un examen à la fois</translation>
    </message>
    <message numerus="yes">
        <source>%n possible predecessor(s) in the earlier cycles of {review}; confirm or reject them in the Paragraph pane</source>
        <translation>
            <numerusform>%n antécédent possible dans les cycles précédents de {review}&#xa0;; confirmez-le ou rejetez-le dans le volet Paragraphe</numerusform>
            <numerusform>%n antécédents possibles dans les cycles précédents de {review}&#xa0;; confirmez-les ou rejetez-les dans le volet Paragraphe</numerusform>
        </translation>
    </message>
    <message>
        <source>no review</source>
        <translation>aucun examen</translation>
    </message>
    <message>
        <source>Confirm review {code}</source>
        <translation>Confirmer l&apos;examen {code}</translation>
    </message>
    <message>
        <source>Move to {code}</source>
        <translation>Déplacer vers {code}</translation>
    </message>
    <message>
        <source>Take out of its review</source>
        <translation>Sortir de son examen</translation>
    </message>
    <message>
        <source>“{title}” is part of {label}</source>
        <translation>«&#xa0;{title}&#xa0;» fait partie de {label}</translation>
    </message>
    <message>
        <source>; choose that review to see it</source>
        <translation>&#xa0;; choisissez cet examen pour le voir</translation>
    </message>
    <message>
        <source>Moved “{title}” to {label}{where} (Ctrl+Z puts it back)</source>
        <translation>«&#xa0;{title}&#xa0;» déplacé vers {label}{where} (Ctrl+Z pour le remettre)</translation>
    </message>
    <message>
        <source>Nothing to propose: its short numbers read directly</source>
        <translation>Rien à proposer&#xa0;: ses numéros abrégés se lisent directement</translation>
    </message>
    <message>
        <source>Read short numbers as {reading}</source>
        <translation>Lire les numéros abrégés selon {reading}</translation>
    </message>
    <message>
        <source>Read short numbers automatically</source>
        <translation>Lire les numéros abrégés automatiquement</translation>
    </message>
    <message>
        <source>A team workspace is backed up on its server by its administrator (pg_dump); the command line&apos;s `copy --to FILE.sqlite` takes a copy to a file</source>
        <translation>Un espace de travail d&apos;équipe est sauvegardé sur son serveur par son administrateur (pg_dump)&#xa0;; la commande `copy --to FILE.sqlite` en fait une copie dans un fichier</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace…</source>
        <translation>Se connec&amp;ter à un espace de travail d&apos;équipe…</translation>
    </message>
    <message>
        <source>Open a PostgreSQL database the team shares: server, database, user (the password is never stored)</source>
        <translation>Ouvrir une base de données PostgreSQL partagée par l&apos;équipe&#xa0;: serveur, base de données, utilisateur (le mot de passe n&apos;est jamais enregistré)</translation>
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
        <translation>Espace de travail d&apos;équipe (votre rôle&#xa0;: {role})  </translation>
    </message>
    <message>
        <source>This window cannot open another workspace</source>
        <translation>Cette fenêtre ne peut pas ouvrir un autre espace de travail</translation>
    </message>
    <message>
        <source>Version {} is read-only: “Back to the latest” (above the paragraphs) to work on it</source>
        <translation>La version {} est en lecture seule&#xa0;: «&#xa0;Revenir à la dernière version&#xa0;» (au-dessus des paragraphes) pour y travailler</translation>
    </message>
    <message>
        <source>No version {version} of this document</source>
        <translation>Aucune version {version} de ce document</translation>
    </message>
    <message>
        <source>Reading version {version} of “{title}” (read-only)</source>
        <translation>Lecture de la version {version} de «&#xa0;{title}&#xa0;» (lecture seule)</translation>
    </message>
    <message>
        <source>No paragraph here has changed since it was reviewed</source>
        <translation>Aucun paragraphe n&apos;a été modifié ici depuis sa révision</translation>
    </message>
    <message>
        <source>Only a document with paragraphs of its own can have versions</source>
        <translation>Seul un document ayant ses propres paragraphes peut avoir des versions</translation>
    </message>
    <message>
        <source>An import is running; try again when it has finished</source>
        <translation>Une importation est en cours&#xa0;; réessayez lorsqu&apos;elle sera terminée</translation>
    </message>
    <message>
        <source>“{title}”: {r}</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: {r}</translation>
    </message>
    <message>
        <source>Words, in any order (text, recommending States, State under review); a number: 115.1 lists 115.1, 115.10–115.19 and 115.100–115.199, and selects 115.1; 28. lists all of paragraph 28; a report symbol: A/HRC/28/15; or a mix: A/HRC/40/6 28.294</source>
        <translation>Des mots, dans n&apos;importe quel ordre (texte, États auteurs des recommandations, État examiné)&#xa0;; un numéro&#xa0;: 115.1 affiche 115.1, 115.10–115.19 et 115.100–115.199, et sélectionne 115.1&#xa0;; 28. affiche tout le paragraphe 28&#xa0;; une cote&#xa0;: A/HRC/28/15&#xa0;; ou une combinaison&#xa0;: A/HRC/40/6 28.294</translation>
    </message>
    <message>
        <source>“{typed}” has no recommendation number; type one like 28.294 or pick from the list</source>
        <translation>«&#xa0;{typed}&#xa0;» ne contient pas de numéro de recommandation&#xa0;; saisissez-en un comme 28.294 ou choisissez dans la liste</translation>
    </message>
    <message>
        <source>{number} is ambiguous or unknown: type the report symbol too, e.g. A/HRC/40/6 {number}</source>
        <translation>{number} est ambigu ou inconnu&#xa0;: saisissez aussi la cote du rapport, par ex. A/HRC/40/6 {number}</translation>
    </message>
    <message>
        <source>Something went wrong inside UPR Reviewer: a program error, not something you did. Your work saved so far is safe, and the window stays open.</source>
        <translation>Une erreur s&apos;est produite dans UPR Reviewer&#xa0;: il s&apos;agit d&apos;une erreur du programme, et non d&apos;une erreur de votre part. Le travail enregistré jusqu&apos;ici est en sécurité, et la fenêtre reste ouverte.</translation>
    </message>
    <message>
        <source>The details could not be written down; please report what you were doing.</source>
        <translation>Les détails n&apos;ont pas pu être enregistrés&#xa0;; merci de signaler ce que vous faisiez.</translation>
    </message>
    <message>
        <source>The details are in {file}: please send that file with a note of what you were doing.</source>
        <translation>Les détails sont dans {file}&#xa0;: merci d&apos;envoyer ce fichier avec un mot sur ce que vous faisiez.</translation>
    </message>
    <message>
        <source>{value}
Also: {message}</source>
        <translation>{value}
Également&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Also: {message}</source>
        <translation>Également&#xa0;: {message}</translation>
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
        <source>{review} coverage.xlsx</source>
        <translation>{review} couverture.xlsx</translation>
    </message>
    <message>
        <source>The coverage is that of one review: choose a review first (the Review switcher in the toolbar, Ctrl+Shift+R), then export it.</source>
        <translation>La couverture est celle d&apos;un examen&#xa0;: choisissez d&apos;abord un examen (le sélecteur d&apos;examen de la barre d&apos;outils, Ctrl+Maj+R), puis exportez-la.</translation>
    </message>
    <message>
        <source>Export the coverage of {review}</source>
        <translation>Exporter la couverture de {review}</translation>
    </message>
    <message>
        <source>The coverage export is not available: {error}</source>
        <translation>L&apos;export de la couverture n&apos;est pas disponible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The coverage was not exported</source>
        <translation>La couverture n&apos;a pas été exportée</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>Impossible d&apos;écrire {file}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Exported the coverage of {review} to {name}</source>
        <translation>Couverture de {review} exportée vers {name}</translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation>Aucun document sélectionné</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>One of the UN&apos;s lists of recommendations, or a document without paragraphs: it is not one of the documents whose coverage is counted.</source>
        <translation>Une des listes de recommandations de l&apos;ONU, ou un document sans paragraphes&#xa0;: il ne fait pas partie des documents dont la couverture est comptée.</translation>
    </message>
    <message numerus="yes">
        <source>Cites {n} of {review}&apos;s %n recommendation(s)</source>
        <translation>
            <numerusform>Cite {n} de la %n recommandation de {review}</numerusform>
            <numerusform>Cite {n} des %n recommandations de {review}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cites {n} of the %n recommendation(s)</source>
        <translation>
            <numerusform>Cite {n} de la %n recommandation</numerusform>
            <numerusform>Cite {n} des %n recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more suggested</source>
        <translation>
            <numerusform>%n autre suggérée</numerusform>
            <numerusform>%n autres suggérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the %n theme(s) it writes about, {more} more it does not cite.</source>
        <translation>
            <numerusform>Sur le %n thème qu&apos;il traite, {more} autres qu&apos;il ne cite pas.</numerusform>
            <numerusform>Sur les %n thèmes qu&apos;il traite, {more} autres qu&apos;il ne cite pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{value}&apos;&gt;{text}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{value}&apos;&gt;{text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Cites ({n})</source>
        <translation>Cite ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s); double-click to read</source>
        <translation>
            <numerusform>%n paragraphe&#xa0;; double-cliquez pour lire</numerusform>
            <numerusform>%n paragraphes&#xa0;; double-cliquez pour lire</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested, not yet confirmed ({n})</source>
        <translation>Suggérées, pas encore confirmées ({n})</translation>
    </message>
    <message>
        <source>a suggested link; double-click to read and confirm it</source>
        <translation>un lien suggéré&#xa0;; double-cliquez pour le lire et le confirmer</translation>
    </message>
    <message>
        <source>Expected, not cited ({n})</source>
        <translation>Attendues, non citées ({n})</translation>
    </message>
    <message>
        <source>“{title}” does not cite {number}</source>
        <translation>«&#xa0;{title}&#xa0;» ne cite pas {number}</translation>
    </message>
    <message>
        <source>No paragraph selected</source>
        <translation>Aucun paragraphe sélectionné</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED}&apos;&gt;No paragraph selected&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{MUTED}&apos;&gt;Aucun paragraphe sélectionné&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{where}&lt;/b&gt;&lt;span style=&apos;color:{MUTED}&apos;&gt;{page}&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;color:{MUTED}; font-size:small&apos;&gt;{short}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{where}&lt;/b&gt;&lt;span style=&apos;color:{MUTED}&apos;&gt;{page}&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;color:{MUTED}; font-size:small&apos;&gt;{short}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Sources give different texts</source>
        <translation>Les sources donnent des textes différents</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>Note de bas de page</translation>
    </message>
    <message>
        <source>in cycle {cycle}</source>
        <translation>au cycle {cycle}</translation>
    </message>
    <message>
        <source>in {symbol}</source>
        <translation>dans {symbol}</translation>
    </message>
    <message>
        <source>also recommended {where} by {states}: {number} — {position}</source>
        <translation>également recommandée {where} par {states}&#xa0;: {number} — {position}</translation>
    </message>
    <message>
        <source>also recommended {where}: {number} — {position}</source>
        <translation>également recommandée {where}&#xa0;: {number} — {position}</translation>
    </message>
    <message>
        <source>(what each says differently from the text above is highlighted)</source>
        <translation>(ce que chacune dit autrement que le texte ci-dessus est surligné)</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>pas de texte</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Changed since reviewed</source>
        <translation>Modifié depuis la révision</translation>
    </message>
    <message>
        <source>Its text changed in a new version after someone worked on it (notes, tags, links or a reviewed mark followed it): read the difference, then mark it reviewed</source>
        <translation>Son texte a changé dans une nouvelle version après que quelqu&apos;un y a travaillé (des notes, étiquettes, liens ou une marque de révision l&apos;ont suivi)&#xa0;: lisez la différence, puis marquez-le comme révisé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>split from a longer paragraph</source>
        <translation>détaché d&apos;un paragraphe plus long</translation>
    </message>
    <message>
        <source>merged from several paragraphs</source>
        <translation>fusionné à partir de plusieurs paragraphes</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacé</numerusform>
            <numerusform>%n déplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n split</source>
        <translation>
            <numerusform>%n scindé</numerusform>
            <numerusform>%n scindés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n fusionné</numerusform>
            <numerusform>%n fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>no paragraphs</source>
        <translation>aucun paragraphe</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>{counts} on paragraphs that are gone</source>
        <translation>{counts} sur des paragraphes disparus</translation>
    </message>
    <message>
        <source>{what} in version {version}</source>
        <translation>{what} dans la version {version}</translation>
    </message>
    <message>
        <source>was {labels}</source>
        <translation>était {labels}</translation>
    </message>
    <message>
        <source>{what}: removed words struck through, added ones underlined</source>
        <translation>{what}&#xa0;: mots supprimés barrés, mots ajoutés soulignés</translation>
    </message>
    <message>
        <source>v{version} (latest)</source>
        <translation>v{version} (dernière)</translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message numerus="yes">
        <source>{file}, imported {when}, %n paragraph(s)</source>
        <translation>
            <numerusform>{file}, importé le {when}, %n paragraphe</numerusform>
            <numerusform>{file}, importé le {when}, %n paragraphes</numerusform>
        </translation>
    </message>
    <message>
        <source>latest</source>
        <translation>dernière</translation>
    </message>
    <message>
        <source>the first version</source>
        <translation>la première version</translation>
    </message>
    <message>
        <source>Read only (your role: reader)</source>
        <translation>Lecture seule (votre rôle&#xa0;: lecteur)</translation>
    </message>
    <message>
        <source>{read_only}: you may read this team workspace but not change it; its administrator can give you the reviewers&apos; role</source>
        <translation>{read_only}&#xa0;: vous pouvez lire cet espace de travail d&apos;équipe mais pas le modifier&#xa0;; son administrateur peut vous donner le rôle de réviseur</translation>
    </message>
    <message>
        <source>Your role is {role}: you may tag, note, link and mark paragraphs reviewed, but not import, remove or edit documents; its administrator can give you the editors&apos; role</source>
        <translation>Votre rôle est {role}&#xa0;: vous pouvez étiqueter, annoter, lier et marquer des paragraphes comme révisés, mais pas importer, retirer ni modifier des documents&#xa0;; son administrateur peut vous donner le rôle d&apos;éditeur</translation>
    </message>
    <message>
        <source>Your role is {role}: you may tag, note, link and mark paragraphs reviewed, but not change this; its administrator can give you the editors&apos; role</source>
        <translation>Votre rôle est {role}&#xa0;: vous pouvez étiqueter, annoter, lier et marquer des paragraphes comme révisés, mais pas modifier ceci&#xa0;; son administrateur peut vous donner le rôle d&apos;éditeur</translation>
    </message>
    <message>
        <source>could not undo {action}: {error}</source>
        <translation>impossible d&apos;annuler «&#xa0;{action}&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <source>could not redo {action}: {error}</source>
        <translation>impossible de rétablir «&#xa0;{action}&#xa0;»&#xa0;: {error}</translation>
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
        <translation>Suggestions pour «&#xa0;{short}&#xa0;»{more}…</translation>
    </message>
    <message>
        <source>No tag {n} yet: press T to create one</source>
        <translation>Pas encore d&apos;étiquette {n}&#xa0;: appuyez sur T pour en créer une</translation>
    </message>
    <message>
        <source>Rank, for each paragraph of the selected document, the recommendations it likely speaks to without citing them (they count nowhere until accepted with Y)</source>
        <translation>Classer, pour chaque paragraphe du document sélectionné, les recommandations qu&apos;il traite probablement sans les citer (elles ne comptent nulle part tant qu&apos;elles n&apos;ont pas été acceptées avec Y)</translation>
    </message>
    <message>
        <source>select a document first</source>
        <translation>sélectionnez d&apos;abord un document</translation>
    </message>
    <message>
        <source>Suggestions for “{title}” are on their way</source>
        <translation>Les suggestions pour «&#xa0;{title}&#xa0;» sont en cours</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) for {paragraphs} of {of} paragraphs of “{title}”</source>
        <translation>
            <numerusform>%n suggestion pour {paragraphs} des {of} paragraphes de « {title} »</numerusform>
            <numerusform>%n suggestions pour {paragraphs} des {of} paragraphes de « {title} »</numerusform>
        </translation>
    </message>
    <message>
        <source>; Y accepts one, X rejects it (Paragraph pane)</source>
        <translation> ; Y en accepte une, X la rejette (volet Paragraphe)</translation>
    </message>
    <message>
        <source>No suggestions for “{title}”: {error}</source>
        <translation>Pas de suggestions pour « {title} » : {error}</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Pas de suggestions</translation>
    </message>
    <message>
        <source>Suggestions cannot be made for “{title}”: {reason}.</source>
        <translation>Aucune suggestion ne peut être faite pour « {title} » : {reason}.</translation>
    </message>
    <message>
        <source>Import the document&apos;s file again, as its next version, each time it is saved (in Word or LibreOffice); the window follows</source>
        <translation>Réimporter le fichier du document, comme sa version suivante, à chaque enregistrement (dans Word ou LibreOffice)&#xa0;; la fenêtre suit</translation>
    </message>
    <message>
        <source>an earlier version: watch the document&apos;s latest version</source>
        <translation>une version antérieure&#xa0;: surveillez la dernière version du document</translation>
    </message>
    <message>
        <source>it brought recommendations to the registry: such files have no versions</source>
        <translation>il a apporté des recommandations au registre&#xa0;: ces fichiers n&apos;ont pas de versions</translation>
    </message>
    <message>
        <source>Stopped watching “{title}”</source>
        <translation>Surveillance de «&#xa0;{title}&#xa0;» arrêtée</translation>
    </message>
    <message>
        <source>Stopped watching the file</source>
        <translation>Surveillance du fichier arrêtée</translation>
    </message>
    <message>
        <source>Cannot watch this document&apos;s file: {reason}</source>
        <translation>Impossible de surveiller le fichier de ce document&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Watching {name}: each save is imported as the next version of “{title}”</source>
        <translation>Surveillance de {name}&#xa0;: chaque enregistrement est importé comme version suivante de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Where is {file}? (the file to watch)</source>
        <translation>Où se trouve {file}&#xa0;? (le fichier à surveiller)</translation>
    </message>
    <message>
        <source>{file};;All files (*)</source>
        <translation>{file};;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Date &amp;imported</source>
        <translation>Date d&apos;&amp;importation</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>&amp;Paragraphes</translation>
    </message>
    <message>
        <source>&amp;Reviewed share</source>
        <translation>Part &amp;révisée</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Décroissant</translation>
    </message>
    <message>
        <source>&amp;Confirm review: {review}</source>
        <translation>&amp;Confirmer l&apos;examen&#xa0;: {review}</translation>
    </message>
    <message>
        <source>&amp;Move to review</source>
        <translation>&amp;Déplacer vers l&apos;examen</translation>
    </message>
    <message>
        <source>Co&amp;verage of this document…</source>
        <translation>Co&amp;uverture de ce document…</translation>
    </message>
    <message>
        <source>The recommendations it cites, and those it was expected to address</source>
        <translation>Les recommandations qu&apos;il cite, et celles qu&apos;il était censé traiter</translation>
    </message>
    <message>
        <source>Not for this document: {reason}</source>
        <translation>Pas pour ce document&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Recommendations its paragraphs likely speak to without citing them</source>
        <translation>Les recommandations dont ses paragraphes parlent probablement sans les citer</translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation>&amp;Autre…</translation>
    </message>
    <message numerus="yes">
        <source>◉ Watching %n file(s)</source>
        <translation>
            <numerusform>◉ %n fichier surveillé</numerusform>
            <numerusform>◉ %n fichiers surveillés</numerusform>
        </translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>Draft saved ({name}) but not imported: {error}</source>
        <translation>Projet enregistré ({name}) mais non importé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Draft saved ({name}): {result}</source>
        <translation>Projet enregistré ({name})&#xa0;: {result}</translation>
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
        <source>The window&apos;s translations could not be loaded; it stays as it is</source>
        <translation>Les traductions de la fenêtre n&apos;ont pas pu être chargées&#xa0;; elle reste telle quelle</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from the next start</source>
        <translation>La fenêtre sera dans la langue choisie au prochain démarrage</translation>
    </message>
    <message>
        <source>The window now speaks {language}; the undo history starts afresh</source>
        <translation>La fenêtre est maintenant en {language}&#xa0;; l&apos;historique des annulations repart de zéro</translation>
    </message>
    <message>
        <source>Link to {number}</source>
        <translation>Lier à {number}</translation>
    </message>
    <message>
        <source>Confirm {number}</source>
        <translation>Confirmer {number}</translation>
    </message>
    <message>
        <source>Reject {number}</source>
        <translation>Rejeter {number}</translation>
    </message>
    <message>
        <source>Re-suggest {number}</source>
        <translation>Suggérer à nouveau {number}</translation>
    </message>
    <message>
        <source>the link to {number} is gone</source>
        <translation>le lien vers {number} n&apos;existe plus</translation>
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
        <source>Unlink {number}</source>
        <translation>Délier {number}</translation>
    </message>
    <message>
        <source>Tag “{name}”</source>
        <translation>Étiqueter «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Untag “{name}”</source>
        <translation>Retirer l&apos;étiquette «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Mark reviewed (changed paragraph)</source>
        <translation>Marquer comme révisé (paragraphe modifié)</translation>
    </message>
    <message>
        <source>Mark unreviewed (changed paragraph)</source>
        <translation>Marquer comme non révisé (paragraphe modifié)</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme révisé</translation>
    </message>
    <message>
        <source>Mark unreviewed</source>
        <translation>Marquer comme non révisé</translation>
    </message>
    <message>
        <source>Mark changed since reviewed</source>
        <translation>Marquer «&#xa0;modifié depuis la révision&#xa0;»</translation>
    </message>
    <message>
        <source>Clear “changed since reviewed”</source>
        <translation>Effacer «&#xa0;modifié depuis la révision&#xa0;»</translation>
    </message>
    <message>
        <source>Confirm {number} as earlier recommendation</source>
        <translation>Confirmer {number} comme recommandation antérieure</translation>
    </message>
    <message>
        <source>Reject {number} as earlier recommendation</source>
        <translation>Rejeter {number} comme recommandation antérieure</translation>
    </message>
    <message>
        <source>Re-suggest {number} as earlier recommendation</source>
        <translation>Suggérer à nouveau {number} comme recommandation antérieure</translation>
    </message>
    <message>
        <source>{number} is no longer suggested as an earlier recommendation</source>
        <translation>{number} n&apos;est plus suggérée comme recommandation antérieure</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Écarter le constat</translation>
    </message>
    <message>
        <source>Restore finding</source>
        <translation>Rétablir le constat</translation>
    </message>
    <message>
        <source>Daily backup: {name}</source>
        <translation>Sauvegarde quotidienne&#xa0;: {name}</translation>
    </message>
    <message>
        <source>No recommendations to show</source>
        <translation>Aucune recommandation à afficher</translation>
    </message>
    <message>
        <source>coverage by State</source>
        <translation>couverture par État</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>recommandations</translation>
    </message>
    <message>
        <source>addressed</source>
        <translation>traitées</translation>
    </message>
    <message>
        <source>{n} addressed</source>
        <translation>{n} traitées</translation>
    </message>
    <message numerus="yes">
        <source>and %n more State(s)</source>
        <translation>
            <numerusform>et %n autre État</numerusform>
            <numerusform>et %n autres États</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{state}: %n recommendation(s), {addressed} addressed</source>
        <translation>
            <numerusform>{state} : %n recommandation, {addressed} traitée(s)</numerusform>
            <numerusform>{state} : %n recommandations, {addressed} traitée(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to filter the matrix</source>
        <translation>Cliquez pour filtrer la matrice</translation>
    </message>
    <message>
        <source>each cell: recommendations addressed / the theme&apos;s recommendations</source>
        <translation>chaque cellule : recommandations traitées / recommandations du thème</translation>
    </message>
    <message>
        <source>coverage by theme</source>
        <translation>couverture par thème</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{who}: {n} of {total} addressed</source>
        <translation>{who} : {n} sur {total} traitées</translation>
    </message>
    <message>
        <source>{theme}: {n} of {total} addressed</source>
        <translation>{theme} : {n} sur {total} traitées</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Traitée par</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>États recommandants</translation>
    </message>
    <message numerus="yes">
        <source>%n rec(s)</source>
        <translation>
            <numerusform>%n recomm.</numerusform>
            <numerusform>%n recomm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rec.</source>
        <translation>
            <numerusform>%n rec.</numerusform>
            <numerusform>%n rec.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>Addresses {n} of the {total} recommendations shown: %n confirmed paragraph(s), {suggested} suggested</source>
        <translation>
            <numerusform>Traite {n} des {total} recommandations affichées : %n paragraphe confirmé, {suggested} suggéré(s)</numerusform>
            <numerusform>Traite {n} des {total} recommandations affichées : %n paragraphes confirmés, {suggested} suggéré(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>How many documents address each recommendation (a confirmed link)</source>
        <translation>Combien de documents traitent chaque recommandation (un lien confirmé)</translation>
    </message>
    <message>
        <source>Grouped by the first theme of each recommendation (the filter&apos;s theme when one is chosen)</source>
        <translation>Regroupées selon le premier thème de chaque recommandation (le thème du filtre quand il y en a un)</translation>
    </message>
    <message numerus="yes">
        <source>%n doc(s)</source>
        <translation>
            <numerusform>%n doc.</numerusform>
            <numerusform>%n doc.</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} to confirm</source>
        <translation> · {n} à confirmer</translation>
    </message>
    <message>
        <source>{review}: {state}, cycle {cycle}</source>
        <translation>{review} : {state}, cycle {cycle}</translation>
    </message>
    <message>
        <source>, session {n}</source>
        <translation>, session {n}</translation>
    </message>
    <message>
        <source>Dated by {what}</source>
        <translation>Daté d&apos;après {what}</translation>
    </message>
    <message>
        <source>Documents not placed in any review</source>
        <translation>Documents rattachés à aucun examen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>The day the document was imported</source>
        <translation>Le jour où le document a été importé</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>SuR</source>
        <translation>EsE</translation>
    </message>
    <message>
        <source>Paragraphs citing it</source>
        <translation>Paragraphes qui la citent</translation>
    </message>
    <message>
        <source>The Working Group report that made the recommendation</source>
        <translation>Le rapport du Groupe de travail qui contient la recommandation</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>État examiné</translation>
    </message>
    <message>
        <source>State under review: {state}</source>
        <translation>État examiné&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>paragraph {n} (unnumbered)</source>
        <translation>paragraphe {n} (non numéroté)</translation>
    </message>
    <message>
        <source>whole document</source>
        <translation>ensemble du document</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Dismissed by {who}</source>
        <translation>Écarté par {who}</translation>
    </message>
    <message>
        <source>the guidelines&apos;</source>
        <translation>celle des directives</translation>
    </message>
    <message>
        <source>Words allowed (footnotes aside); the guidelines&apos;: {one} for one organisation, {joint} for a joint submission</source>
        <translation>Mots autorisés (hors notes de bas de page) ; selon les directives : {one} pour une organisation, {joint} pour une communication conjointe</translation>
    </message>
    <message>
        <source>&amp;Word limit:</source>
        <translation>Limite de &amp;mots :</translation>
    </message>
    <message>
        <source>&amp;Joint submission</source>
        <translation>Communication &amp;conjointe</translation>
    </message>
    <message>
        <source>Count &amp;footnotes</source>
        <translation>Compter les notes de &amp;bas de page</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>Re&amp;vérifier</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Écarter</translation>
    </message>
    <message>
        <source>Dismiss the selected finding for this document (Delete)</source>
        <translation>Écarter le constat sélectionné pour ce document (Suppr)</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>List the selected dismissed finding again</source>
        <translation>Afficher de nouveau le constat écarté sélectionné</translation>
    </message>
    <message>
        <source>Show dis&amp;missed</source>
        <translation>Affic&amp;her les écartés</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <source>The findings as a Word report (.docx)</source>
        <translation>Les constats sous forme de rapport Word (.docx)</translation>
    </message>
    <message>
        <source>Save &amp;annotated copy…</source>
        <translation>Enregistrer une copie &amp;annotée…</translation>
    </message>
    <message>
        <source>Select a draft to check it.</source>
        <translation>Sélectionnez un projet pour le vérifier.</translation>
    </message>
    <message>
        <source>{words} of {limit} words</source>
        <translation>{words} mots sur {limit}</translation>
    </message>
    <message>
        <source>nothing left to fix</source>
        <translation>plus rien à corriger</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dismissed</source>
        <translation>
            <numerusform>, %n écarté</numerusform>
            <numerusform>, %n écartés</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: {fix}
Key: {key}</source>
        <translation>Correction : {fix}
Clé : {key}</translation>
    </message>
    <message>
        <source>A copy of the Word draft with each finding as a comment on its paragraph</source>
        <translation>Une copie du projet Word avec chaque constat en commentaire sur son paragraphe</translation>
    </message>
    <message>
        <source>Not available: {reason}</source>
        <translation>Non disponible : {reason}</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Aucun thème</translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation>Document {number}</translation>
    </message>
    <message>
        <source>{who} does not cite {number}</source>
        <translation>{who} ne cite pas {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmé</numerusform>
            <numerusform>%n confirmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested</source>
        <translation>
            <numerusform>%n suggéré</numerusform>
            <numerusform>%n suggérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} cites {number} in %n paragraph(s) ({links})
Click (or Enter) to read them</source>
        <translation>
            <numerusform>{who} cite {number} dans %n paragraphe ({links})
Cliquez (ou Entrée) pour le lire</numerusform>
            <numerusform>{who} cite {number} dans %n paragraphes ({links})
Cliquez (ou Entrée) pour les lire</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>{addressed} of {total} recommendations addressed</source>
        <translation>{addressed} recommandations traitées sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) cite {number}</source>
        <translation>
            <numerusform>%n paragraphe cite {number}</numerusform>
            <numerusform>%n paragraphes citent {number}</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>Paragraphe {n}</translation>
    </message>
    <message>
        <source>(suggested)</source>
        <translation>(suggéré)</translation>
    </message>
    <message>
        <source>Select a row to read the recommendation</source>
        <translation>Sélectionnez une ligne pour lire la recommandation</translation>
    </message>
    <message>
        <source>Addressed by nobody</source>
        <translation>Traitée par personne</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Any State</source>
        <translation>Tous les États</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Toutes les positions</translation>
    </message>
    <message>
        <source>Nobody addressed ({n})</source>
        <translation>Traitées par personne ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) · {addressed} addressed</source>
        <translation>
            <numerusform>%n recommandation · {addressed} traitée(s)</numerusform>
            <numerusform>%n recommandations · {addressed} traitée(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {n} of {total} · {addressed} addressed</source>
        <translation>{n} affichées sur {total} · {addressed} traitées</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation> (filtré)</translation>
    </message>
    <message>
        <source>{review}: recommendations addressed, by theme</source>
        <translation>{review} : recommandations traitées, par thème</translation>
    </message>
    <message>
        <source>{recommendations} recommendations × {documents} documents; a recommendation with several themes counts under each</source>
        <translation>{recommendations} recommandations × {documents} documents ; une recommandation ayant plusieurs thèmes compte sous chacun</translation>
    </message>
    <message>
        <source>{review}: recommendations by recommending State</source>
        <translation>{review} : recommandations par État recommandant</translation>
    </message>
    <message>
        <source>{recommendations} recommendations; addressed: a document has a confirmed link to it</source>
        <translation>{recommendations} recommandations ; traitée : un document a un lien confirmé vers elle</translation>
    </message>
    <message>
        <source>Addressed by {documents}</source>
        <translation>Traitée par {documents}</translation>
    </message>
    <message>
        <source>no State named</source>
        <translation>aucun État nommé</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>aucun thème</translation>
    </message>
    <message>
        <source>{document} does not cite {number}</source>
        <translation>{document} ne cite pas {number}</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>Which documents the filters run over</source>
        <translation>Les documents sur lesquels portent les filtres</translation>
    </message>
    <message>
        <source>Only paragraphs with this tag</source>
        <translation>Uniquement les paragraphes portant cette étiquette</translation>
    </message>
    <message>
        <source>Recommendation…</source>
        <translation>Recomm.…</translation>
    </message>
    <message>
        <source>Only paragraphs linked to this recommendation (e.g. 28.294)</source>
        <translation>Uniquement les paragraphes liés à cette recommandation (p. ex. 28.294)</translation>
    </message>
    <message>
        <source>Has note</source>
        <translation>Avec note</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Non révisés</translation>
    </message>
    <message>
        <source>Clear the filters (Ctrl+Shift+X)</source>
        <translation>Effacer les filtres (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Whole review</source>
        <translation>Tout l&apos;examen</translation>
    </message>
    <message>
        <source>Every document of {review}</source>
        <translation>Tous les documents de {review}</translation>
    </message>
    <message>
        <source>Every document of the workspace</source>
        <translation>Tous les documents de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>No recommendation “{text}” in the registry</source>
        <translation>Aucune recommandation « {text} » dans le registre</translation>
    </message>
    <message>
        <source>All documents of {review}</source>
        <translation>Tous les documents de {review}</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) match the filters</source>
        <translation>
            <numerusform>%n paragraphe correspond aux filtres</numerusform>
            <numerusform>%n paragraphes correspondent aux filtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} reviewed</source>
        <translation> · {n} révisé(s)</translation>
    </message>
    <message>
        <source> · version {n}</source>
        <translation> · version {n}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>This document has no paragraphs to read: it fed the recommendation registry (see View → Recommendations).</source>
        <translation>Ce document n&apos;a pas de paragraphes à lire : il a alimenté le registre des recommandations (voir Affichage → Recommandations).</translation>
    </message>
    <message>
        <source>No paragraph matches these filters — &lt;a href=&apos;clear&apos;&gt;Clear filters&lt;/a&gt; (Ctrl+Shift+X)</source>
        <translation>Aucun paragraphe ne correspond à ces filtres — &lt;a href=&apos;clear&apos;&gt;Effacer les filtres&lt;/a&gt; (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Import a submission (File → Import, Ctrl+I) or drop files here.</source>
        <translation>Importez une communication (Fichier → Importer, Ctrl+I) ou déposez des fichiers ici.</translation>
    </message>
    <message>
        <source>Every paragraph here is reviewed</source>
        <translation>Tous les paragraphes ici sont révisés</translation>
    </message>
    <message>
        <source>Theme (thematic list code)</source>
        <translation>Thème (code de la liste thématique)</translation>
    </message>
    <message>
        <source>Cited or not</source>
        <translation>Citées ou non</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Citées</translation>
    </message>
    <message>
        <source>Not cited</source>
        <translation>Non citées</translation>
    </message>
    <message>
        <source>Words, a number (28.294) or a report (A/HRC/40/6)…</source>
        <translation>Mots, numéro (28.294) ou rapport (A/HRC/40/6)…</translation>
    </message>
    <message>
        <source>. Down arrow or Enter: into the list.</source>
        <translation>. Flèche vers le bas ou Entrée : dans la liste.</translation>
    </message>
    <message>
        <source>Select a recommendation to see the paragraphs citing it</source>
        <translation>Sélectionnez une recommandation pour voir les paragraphes qui la citent</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n recommendation(s)</source>
        <translation>
            <numerusform>{n} sur %n recommandation</numerusform>
            <numerusform>{n} sur %n recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>document {id}</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n paragraph(s)</source>
        <translation>
            <numerusform>Citée par %n paragraphe</numerusform>
            <numerusform>Citée par %n paragraphes</numerusform>
        </translation>
    </message>
    <message>
        <source> · double-click one to read it</source>
        <translation> · double-cliquez sur l&apos;un d&apos;eux pour le lire</translation>
    </message>
    <message numerus="yes">
        <source> · suggested for %n more</source>
        <translation>
            <numerusform> · suggérée pour %n autre</numerusform>
            <numerusform> · suggérée pour %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources disagree (≠)</source>
        <translation>Sources divergentes (≠)</translation>
    </message>
    <message>
        <source>Words are ANDed; &quot;quotes&quot; keep a phrase, educat* matches a prefix, OR gives alternatives. Enter opens the best hit.</source>
        <translation>Tous les mots sont exigés ; les « guillemets » gardent une expression, éduc* cherche un préfixe, OR donne des variantes. Entrée ouvre le meilleur résultat.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Search paragraphs (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>This review</source>
        <translation>Cet examen</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Où chercher</translation>
    </message>
    <message>
        <source>{n}+ paragraphs, best first</source>
        <translation>{n}+ paragraphes, les meilleurs d&apos;abord</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s), best first</source>
        <translation>
            <numerusform>%n paragraphe, les meilleurs d&apos;abord</numerusform>
            <numerusform>%n paragraphes, les meilleurs d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Only {review}</source>
        <translation>Uniquement {review}</translation>
    </message>
    <message>
        <source>No review chosen: every review</source>
        <translation>Aucun examen choisi : tous les examens</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>WG report</source>
        <translation>Rapport du GT</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Thematic list</source>
        <translation>Liste thématique</translation>
    </message>
    <message>
        <source>National report</source>
        <translation>Rapport national</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>text not in the registry yet</source>
        <translation>texte pas encore dans le registre</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation text(s)</source>
        <translation>
            <numerusform>%n texte de recommandation</numerusform>
            <numerusform>%n textes de recommandation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n predecessor decision(s)</source>
        <translation>
            <numerusform>%n décision sur une recommandation antérieure</numerusform>
            <numerusform>%n décisions sur des recommandations antérieures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed finding(s)</source>
        <translation>
            <numerusform>%n constat écarté</numerusform>
            <numerusform>%n constats écartés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe étiqueté</numerusform>
            <numerusform>%n paragraphes étiquetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged passage(s)</source>
        <translation>
            <numerusform>%n passage étiqueté</numerusform>
            <numerusform>%n passages étiquetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(s)</source>
        <translation>
            <numerusform>%n entrée d’historique</numerusform>
            <numerusform>%n entrées d’historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review report(s)</source>
        <translation>
            <numerusform>%n rapport d’examen</numerusform>
            <numerusform>%n rapports d’examen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation source(s)</source>
        <translation>
            <numerusform>%n source de recommandations</numerusform>
            <numerusform>%n sources de recommandations</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}”, paragraph {label}</source>
        <translation>« {title} », paragraphe {label}</translation>
    </message>
    <message>
        <source>“{title}”, paragraph #{number}</source>
        <translation>« {title} », paragraphe nº {number}</translation>
    </message>
    <message>
        <source>paragraph {id}</source>
        <translation>paragraphe {id}</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>l’espace de travail</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>« {title} »</translation>
    </message>
    <message>
        <source>“{tag}” on {where}</source>
        <translation>« {tag} » sur {where}</translation>
    </message>
    <message>
        <source>“{tag}” on a passage of {where}</source>
        <translation>« {tag} » sur un passage de {where}</translation>
    </message>
    <message>
        <source>“{text}” on {where}</source>
        <translation>« {text} » sur {where}</translation>
    </message>
    <message>
        <source>{where} → {recommendation}</source>
        <translation>{where} → {recommendation}</translation>
    </message>
    <message>
        <source>the reviewed mark of {where}</source>
        <translation>la marque «&#xa0;révisé&#xa0;» de {where}</translation>
    </message>
    <message>
        <source>a note on {where}</source>
        <translation>une note sur {where}</translation>
    </message>
    <message>
        <source>removed here on {when} by {who}</source>
        <translation>supprimé ici le {when} par {who}</translation>
    </message>
    <message>
        <source>on paragraphs this workspace does not have (their document is not here)</source>
        <translation>sur des paragraphes absents de cet espace de travail (leur document n’y est pas)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>“{text}” ({stamp})</source>
        <translation>« {text} » ({stamp})</translation>
    </message>
    <message>
        <source>“{text}” ({stamp}): kept beside it as a note of its own</source>
        <translation>« {text} » ({stamp}) : conservée à côté comme note distincte</translation>
    </message>
    <message>
        <source>{status} ({stamp})</source>
        <translation>{status} ({stamp})</translation>
    </message>
    <message>
        <source>{status} ({stamp}): earlier, kept in the history</source>
        <translation>{status} ({stamp}) : antérieure, conservée dans l’historique</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>Thematic list order</source>
        <translation>Ordre de la liste thématique</translation>
    </message>
    <message>
        <source>Order of the State&apos;s responses</source>
        <translation>Ordre des réponses de l’État</translation>
    </message>
    <message>
        <source>By recommending State (as UPR Info lists them)</source>
        <translation>Par État auteur de la recommandation (comme UPR Info les liste)</translation>
    </message>
    <message>
        <source>Under {paragraph}</source>
        <translation>Sous {paragraph}</translation>
    </message>
    <message>
        <source>Under {paragraph} ({first}–{last})</source>
        <translation>Sous {paragraph} ({first}–{last})</translation>
    </message>
    <message>
        <source>Running order across {paragraphs}</source>
        <translation>Ordre continu sur {paragraphs}</translation>
    </message>
    <message>
        <source>Printed order</source>
        <translation>Ordre imprimé</translation>
    </message>
    <message>
        <source>Running order, {paragraph} first</source>
        <translation>Ordre continu, {paragraph} d’abord</translation>
    </message>
    <message>
        <source>Running order from {paragraphs}</source>
        <translation>Ordre continu à partir de {paragraphs}</translation>
    </message>
    <message>
        <source>{label} (1–{count})</source>
        <translation>{label} (1–{count})</translation>
    </message>
    <message>
        <source>{label}, shifted by {offset}</source>
        <translation>{label}, décalé de {offset}</translation>
    </message>
    <message>
        <source>{report} is not in the registry yet; import its Working Group report or thematic list and these numbers resolve</source>
        <translation>{report} n’est pas encore dans le registre ; importez le rapport du Groupe de travail ou la liste thématique et ces numéros seront résolus</translation>
    </message>
    <message>
        <source>{report} numbers its recommendations under {paragraphs}; which does recommendation {example} mean? The numbers wait for a reading: `numbering` proposes one from the subjects of the sections citing them, or choose one</source>
        <translation>{report} numérote ses recommandations sous {paragraphs} ; laquelle désigne la recommandation {example} ? Les numéros attendent une lecture : `numbering` en propose une d’après les sujets des sections qui les citent, ou choisissez-en une</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>named in the document</source>
        <translation>indiqué dans le document</translation>
    </message>
    <message>
        <source>the previous review, {review}, whose report is not in the workspace yet</source>
        <translation>l’examen précédent, {review}, dont le rapport n’est pas encore dans l’espace de travail</translation>
    </message>
    <message>
        <source>the report of the previous review, {review}</source>
        <translation>le rapport de l’examen précédent, {review}</translation>
    </message>
    <message>
        <source>They are read against {where}.</source>
        <translation>Ils sont lus d’après {where}.</translation>
    </message>
    <message>
        <source>Name the report they refer to (set-report), or place the document in its review</source>
        <translation>Indiquez le rapport auquel ils renvoient (set-report) ou placez le document dans son examen</translation>
    </message>
    <message>
        <source>Confirm the document&apos;s review first: its short numbers are read against the previous review&apos;s report</source>
        <translation>Confirmez d’abord l’examen du document : ses numéros courts sont lus d’après le rapport de l’examen précédent</translation>
    </message>
    <message>
        <source>{count} of them name no recommendation of {report}: {numbers}</source>
        <translation>{count} d’entre eux ne désignent aucune recommandation de {report} : {numbers}</translation>
    </message>
    <message>
        <source>Its short numbers are read against {where}</source>
        <translation>Ses numéros courts sont lus d’après {where}</translation>
    </message>
    <message>
        <source>Name the report its short numbers refer to (set-report), or place the document in its review</source>
        <translation>Indiquez le rapport auquel renvoient ses numéros courts (set-report) ou placez le document dans son examen</translation>
    </message>
    <message>
        <source>{report} is not in the registry yet</source>
        <translation>{report} n’est pas encore dans le registre</translation>
    </message>
    <message>
        <source>The document cites no short numbers</source>
        <translation>Le document ne cite aucun numéro court</translation>
    </message>
    <message>
        <source>under &apos;{section}&apos; {landed} of {total} numbers land on {about} with this order</source>
        <translation>sous « {section} », {landed} numéros sur {total} tombent sur {about} avec cet ordre</translation>
    </message>
    <message>
        <source>recommendations about {subject}</source>
        <translation>des recommandations portant sur {subject}</translation>
    </message>
    <message>
        <source>its subject</source>
        <translation>son sujet</translation>
    </message>
    <message>
        <source>{line}, {printed} of {total} with the printed order</source>
        <translation>{line}, {printed} sur {total} avec l’ordre imprimé</translation>
    </message>
    <message>
        <source>{line}; {missing} name no recommendation in this order</source>
        <translation>{line} ; {missing} ne désignent aucune recommandation dans cet ordre</translation>
    </message>
    <message>
        <source>No short numbers to read, or no recommendations to read them</source>
        <translation>Aucun numéro court à lire, ou aucune recommandation pour les lire</translation>
    </message>
    <message>
        <source>No order gives these numbers any recommendation</source>
        <translation>Aucun ordre ne donne de recommandation à ces numéros</translation>
    </message>
    <message>
        <source>{label}: {landed} of {total} numbers land on recommendations about the subjects of the sections citing them</source>
        <translation>{label} : {landed} numéros sur {total} tombent sur des recommandations portant sur les sujets des sections qui les citent</translation>
    </message>
    <message>
        <source>{said} (the printed order: {printed})</source>
        <translation>{said} (l’ordre imprimé : {printed})</translation>
    </message>
    <message>
        <source>{said}; the next best, {label}: {landed}</source>
        <translation>{said} ; le suivant, {label} : {landed}</translation>
    </message>
    <message>
        <source>No order fits. The best, {said}; choose a reading by hand, or leave the numbers unlinked</source>
        <translation>Aucun ordre ne convient. Le meilleur, {said} ; choisissez une lecture vous-même ou laissez les numéros sans lien</translation>
    </message>
    <message>
        <source>No order fits better than the others: {best} and {next} both land {landed} of {total} numbers on their sections&apos; subjects; choose one</source>
        <translation>Aucun ordre ne convient mieux que les autres : {best} et {next} font tous deux tomber {landed} numéros sur {total} sur les sujets de leurs sections ; choisissez-en un</translation>
    </message>
    <message>
        <source>unsure: {doubts}</source>
        <translation>incertain : {doubts}</translation>
    </message>
    <message>
        <source>{first}; {second}; {third}</source>
        <translation>{first} ; {second} ; {third}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first} ; {second}</translation>
    </message>
    <message>
        <source>{symbol} names Working Group session {session}, of no known cycle</source>
        <translation>{symbol} indique la session {session} du Groupe de travail, d’aucun cycle connu</translation>
    </message>
    <message>
        <source>its symbol {symbol}: {state}, Working Group session {session}</source>
        <translation>sa cote {symbol} : {state}, session {session} du Groupe de travail</translation>
    </message>
    <message>
        <source>it does not name the State under review</source>
        <translation>il ne nomme pas l’État examiné</translation>
    </message>
    <message>
        <source>it names {state} but no session or cycle</source>
        <translation>il nomme {state} mais aucune session ni aucun cycle</translation>
    </message>
    <message>
        <source>{report}, the review of {state} ({cycle:ordinal} cycle)</source>
        <translation>{report}, l’examen de {state} ({cycle:ordinal}e cycle)</translation>
    </message>
    <message>
        <source>the review of {state} ({cycle:ordinal} cycle)</source>
        <translation>l’examen de {state} ({cycle:ordinal}e cycle)</translation>
    </message>
    <message>
        <source>it cites {state}&apos;s recommendations</source>
        <translation>il cite les recommandations adressées à {state}</translation>
    </message>
    <message>
        <source>it cites {state}&apos;s recommendations but names {other} most</source>
        <translation>il cite les recommandations adressées à {state} mais nomme surtout {other}</translation>
    </message>
    <message>
        <source>it names {state} most ({count} times)</source>
        <translation>il nomme surtout {state} ({count} fois)</translation>
    </message>
    <message>
        <source>it cites the recommendations of several States</source>
        <translation>il cite les recommandations de plusieurs États</translation>
    </message>
    <message>
        <source>it names {state} only {count} times among others</source>
        <translation>il ne nomme {state} que {count} fois parmi d’autres</translation>
    </message>
    <message>
        <source>it names no State</source>
        <translation>il ne nomme aucun État</translation>
    </message>
    <message>
        <source>it cites {symbols} ({cycle:ordinal} cycle)</source>
        <translation>il cite {symbols} ({cycle:ordinal}e cycle)</translation>
    </message>
    <message>
        <source>it cites recommendations of the {first:ordinal} and {second:ordinal} cycles</source>
        <translation>il cite des recommandations des {first:ordinal}e et {second:ordinal}e cycles</translation>
    </message>
    <message>
        <source>it cites recommendations of the {cycles} cycles</source>
        <translation>il cite des recommandations des cycles {cycles}</translation>
    </message>
    <message>
        <source>it says it is for the {cycle:ordinal} cycle</source>
        <translation>il dit être destiné au {cycle:ordinal}e cycle</translation>
    </message>
    <message>
        <source>it cites no recommendations and names no cycle</source>
        <translation>il ne cite aucune recommandation et ne nomme aucun cycle</translation>
    </message>
    <message>
        <source>nothing tells its review</source>
        <translation>rien n’indique son examen</translation>
    </message>
    <message>
        <source>chosen by {who}</source>
        <translation>choisi par {who}</translation>
    </message>
    <message>
        <source>“{title}” is a {kind}: suggestions are made for submissions, national reports and summaries</source>
        <translation>« {title} » est de type « {kind} » : les suggestions sont faites pour les contributions, les rapports nationaux et les résumés</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>Working Group report</source>
        <translation>rapport du Groupe de travail</translation>
    </message>
    <message>
        <source>State&apos;s responses</source>
        <translation>réponses de l’État</translation>
    </message>
    <message>
        <source>thematic list</source>
        <translation>liste thématique</translation>
    </message>
    <message>
        <source>national report</source>
        <translation>rapport national</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>document of another kind</source>
        <translation>document d’un autre type</translation>
    </message>
    <message>
        <source>the document is in no review: place it in its review first (its review&apos;s previous cycle gives the recommendations)</source>
        <translation>le document n’appartient à aucun examen : placez-le d’abord dans son examen (le cycle précédent de cet examen fournit les recommandations)</translation>
    </message>
    <message>
        <source>the document is in review {code}, whose previous cycle&apos;s recommendations are not in the workspace: import that cycle&apos;s Working Group report or thematic list, or move the document to its review</source>
        <translation>le document appartient à l’examen {code}, dont les recommandations du cycle précédent ne sont pas dans l’espace de travail : importez le rapport du Groupe de travail ou la liste thématique de ce cycle, ou déplacez le document vers son examen</translation>
    </message>
    <message>
        <source>the document is in review {code} (placed there uncertainly), whose previous cycle&apos;s recommendations are not in the workspace: import that cycle&apos;s Working Group report or thematic list, or move the document to its review</source>
        <translation>le document appartient à l’examen {code} (placé là sans certitude), dont les recommandations du cycle précédent ne sont pas dans l’espace de travail : importez le rapport du Groupe de travail ou la liste thématique de ce cycle, ou déplacez le document vers son examen</translation>
    </message>
    <message>
        <source>treaty: {items}</source>
        <translation>traité : {items}</translation>
    </message>
    <message>
        <source>words: {items}</source>
        <translation>mots : {items}</translation>
    </message>
    <message>
        <source>same State: {items}</source>
        <translation>même État : {items}</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>note de bas de page</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>dans le texte</translation>
    </message>
    <message>
        <source>section heading</source>
        <translation>titre de section</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Soutenue</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Prise en note</translation>
    </message>
    <message>
        <source>Partially supported</source>
        <translation>Partiellement soutenue</translation>
    </message>
    <message>
        <source>To be examined</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Acceptées :</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>Suggérées :</translation>
    </message>
    <message>
        <source>accepted suggestion</source>
        <translation>suggestion acceptée</translation>
    </message>
    <message>
        <source>on “{words}”</source>
        <translation>sur «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>{n}st cycle</source>
        <translation>{n}er cycle</translation>
    </message>
    <message>
        <source>{n}nd cycle</source>
        <translation>{n}e cycle</translation>
    </message>
    <message>
        <source>{n}rd cycle</source>
        <translation>{n}e cycle</translation>
    </message>
    <message>
        <source>{n}th cycle</source>
        <translation>{n}e cycle</translation>
    </message>
    <message>
        <source>, Working Group session {n}</source>
        <translation>, {n}e session du Groupe de travail</translation>
    </message>
    <message numerus="yes">
        <source>, %n recommendation(s) made</source>
        <translation>
            <numerusform>, %n recommandation formulée</numerusform>
            <numerusform>, %n recommandations formulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n link(s)</source>
        <translation>
            <numerusform>, %n lien</numerusform>
            <numerusform>, %n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Working Group report: {symbols}</source>
        <translation>Rapport du Groupe de travail : {symbols}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) placed by a guess</source>
        <translation>
            <numerusform>%n document rattaché par supposition</numerusform>
            <numerusform>%n documents rattachés par supposition</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>every review&apos;s documents</source>
        <translation>les documents de tous les examens</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n examen</numerusform>
            <numerusform>%n examens</numerusform>
        </translation>
    </message>
    <message>
        <source>Every document, grouped by review</source>
        <translation>Tous les documents, regroupés par examen</translation>
    </message>
    <message>
        <source>Choose another: Ctrl+Shift+R</source>
        <translation>En choisir un autre : Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>{number} suggested, score {score}: {text}</source>
        <translation>{number} suggérée, score {score} : {text}</translation>
    </message>
    <message>
        <source>Matched words: {words}</source>
        <translation>Mots en commun : {words}</translation>
    </message>
    <message>
        <source>Y accepts it (a confirmed link), X rejects it (never suggested again for this paragraph); Ctrl+Z undoes.</source>
        <translation>Y l&apos;accepte (un lien confirmé), X la rejette (plus jamais suggérée pour ce paragraphe) ; Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>score {score}</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggérée</translation>
    </message>
    <message>
        <source>text not in the registry</source>
        <translation>texte absent du registre</translation>
    </message>
    <message>
        <source>matched: {words}</source>
        <translation>en commun : {words}</translation>
    </message>
    <message>
        <source>UPR Reviewer cannot start</source>
        <translation>UPR Reviewer ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Cannot open the team workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail d&apos;équipe</translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation>erreur inattendue&#xa0;: {kind}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>(details in {file})</source>
        <translation>(détails dans {file})</translation>
    </message>
    <message>
        <source>Remove “{title}”</source>
        <translation>Retirer «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Rename “{title}”</source>
        <translation>Renommer «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit details of “{title}”</source>
        <translation>Modifier les détails de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>the team workspace</source>
        <translation>l&apos;espace de travail d&apos;équipe</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} sur {host}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>service “{name}”</source>
        <translation>service «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Paragraph {label}: {text}</source>
        <translation>Paragraphe {label}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Review not certain: {reason}</source>
        <translation>Examen incertain&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No open suggestions for this paragraph</source>
        <translation>Aucune suggestion en attente pour ce paragraphe</translation>
    </message>
    <message>
        <source>No suggestion left here; click a link to confirm or reject it</source>
        <translation>Plus aucune suggestion ici&#xa0;; cliquez sur un lien pour le confirmer ou le rejeter</translation>
    </message>
    <message>
        <source>Accepted suggestion {number} (Ctrl+Z undoes)</source>
        <translation>Suggestion {number} acceptée (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>Rejected suggestion {number} (Ctrl+Z undoes)</source>
        <translation>Suggestion {number} rejetée (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>{number} is a suggestion: X rejects it, Y accepts it</source>
        <translation>{number} est une suggestion&#xa0;: X la rejette, Y l&apos;accepte</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>confirmer</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rejeter</translation>
    </message>
    <message>
        <source>Tag: {name}</source>
        <translation>Étiquette&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Note&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Tag {words} as “{name}”</source>
        <translation>Étiqueter {words} comme «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Untag “{name}” from {words}</source>
        <translation>Retirer l&apos;étiquette «&#xa0;{name}&#xa0;» de {words}</translation>
    </message>
    <message>
        <source>Rename tag “{old}” to “{new}”</source>
        <translation>Renommer l&apos;étiquette «&#xa0;{old}&#xa0;» en «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>Colour of tag “{name}”</source>
        <translation>Couleur de l&apos;étiquette «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Merge {tags} into “{target}”</source>
        <translation>Fusionner {tags} dans «&#xa0;{target}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete tag “{name}”</source>
        <translation>Supprimer l&apos;étiquette «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)</source>
        <translation>
            <numerusform>Supprimer %n étiquette</numerusform>
            <numerusform>Supprimer %n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged (it holds version {version} already)</source>
        <translation>inchangé (il contient déjà la version {version})</translation>
    </message>
    <message>
        <source>imported as a document of its own</source>
        <translation>importé comme document à part entière</translation>
    </message>
    <message>
        <source>version {version} imported</source>
        <translation>version {version} importée</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) changed</source>
        <translation>
            <numerusform>%n paragraphe modifié</numerusform>
            <numerusform>%n paragraphes modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since reviewed</source>
        <translation>
            <numerusform>%n modifié depuis la révision</numerusform>
            <numerusform>%n modifiés depuis la révision</numerusform>
        </translation>
    </message>
</context>
</TS>
