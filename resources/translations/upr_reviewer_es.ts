<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Espacios de trabajo &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Import submissions and UN documents (or drop files on the window)</source>
        <translation>Importar contribuciones y documentos de las Naciones Unidas (o soltar archivos en la ventana)</translation>
    </message>
    <message>
        <source>Import as new &amp;version of…</source>
        <translation>Importar como nueva &amp;versión de…</translation>
    </message>
    <message>
        <source>A file holding the next version of a document already here: its paragraphs&apos; work follows them</source>
        <translation>Un archivo que contiene la siguiente versión de un documento ya presente: el trabajo sobre sus párrafos los sigue</translation>
    </message>
    <message>
        <source>&amp;Watch this file</source>
        <translation>Vi&amp;gilar este archivo</translation>
    </message>
    <message>
        <source>Import the selected document&apos;s file again each time it is saved</source>
        <translation>Volver a importar el archivo del documento seleccionado cada vez que se guarde</translation>
    </message>
    <message>
        <source>&amp;Export Word brief…</source>
        <translation>E&amp;xportar nota informativa de Word…</translation>
    </message>
    <message>
        <source>The review&apos;s coverage as a workbook (XLSX) or CSV</source>
        <translation>La cobertura del examen como libro de Excel (XLSX) o CSV</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar desde co&amp;pia de seguridad…</translation>
    </message>
    <message>
        <source>Backup copies of this workspace: restore one, or back up now</source>
        <translation>Copias de seguridad de este espacio de trabajo: restaurar una o hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Merge workspace…</source>
        <translation>&amp;Fusionar espacio de trabajo…</translation>
    </message>
    <message>
        <source>Bring another copy&apos;s documents and work (a laptop&apos;s file, a colleague&apos;s, the team database) into this workspace</source>
        <translation>Incorporar a este espacio de trabajo los documentos y el trabajo de otra copia (el archivo de un portátil, el de un colega, la base de datos del equipo)</translation>
    </message>
    <message>
        <source>&amp;Copy workspace to…</source>
        <translation>&amp;Copiar espacio de trabajo a…</translation>
    </message>
    <message>
        <source>Every row of this workspace to a new file (to work offline) or an empty team database</source>
        <translation>Todas las filas de este espacio de trabajo a un archivo nuevo (para trabajar sin conexión) o a una base de datos de equipo vacía</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Reviewer &amp;name…</source>
        <translation>Su &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Link to recommendation…</source>
        <translation>&amp;Vincular a una recomendación…</translation>
    </message>
    <message>
        <source>&amp;Confirm link</source>
        <translation>&amp;Confirmar vínculo</translation>
    </message>
    <message>
        <source>Confirm the selected link, or accept the selected suggestion</source>
        <translation>Confirmar el vínculo seleccionado o aceptar la sugerencia seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;ject link</source>
        <translation>Rec&amp;hazar vínculo</translation>
    </message>
    <message>
        <source>Reject the selected link, or the selected suggestion (never suggested again for the paragraph)</source>
        <translation>Rechazar el vínculo seleccionado o la sugerencia seleccionada (no se volverá a sugerir para el párrafo)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Desvincular</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>&amp;Marcar como revisado</translation>
    </message>
    <message>
        <source>Mark the paragraph reviewed, or not</source>
        <translation>Marcar el párrafo como revisado, o no</translation>
    </message>
    <message>
        <source>&amp;Next paragraph</source>
        <translation>&amp;Párrafo siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous paragraph</source>
        <translation>Párrafo &amp;anterior</translation>
    </message>
    <message>
        <source>Next c&amp;hanged paragraph</source>
        <translation>Siguiente párrafo modi&amp;ficado</translation>
    </message>
    <message>
        <source>The next paragraph whose text changed in a new version after work on it</source>
        <translation>El siguiente párrafo cuyo texto cambió en una nueva versión después de haberse trabajado en él</translation>
    </message>
    <message>
        <source>Chec&amp;k draft</source>
        <translation>Compro&amp;bar borrador</translation>
    </message>
    <message>
        <source>The selected draft against the UPR guidelines and the recommendations: citations, form, coverage</source>
        <translation>El borrador seleccionado frente a las directrices del EPU y las recomendaciones: citas, forma, cobertura</translation>
    </message>
    <message>
        <source>Every version of the selected document</source>
        <translation>Todas las versiones del documento seleccionado</translation>
    </message>
    <message>
        <source>Document&apos;s re&amp;view…</source>
        <translation>&amp;Examen del documento…</translation>
    </message>
    <message>
        <source>Which review the selected document is part of</source>
        <translation>El examen del que forma parte el documento seleccionado</translation>
    </message>
    <message>
        <source>Export covera&amp;ge…</source>
        <translation>Exportar cober&amp;tura…</translation>
    </message>
    <message>
        <source>Next unrev&amp;iewed</source>
        <translation>Siguiente &amp;no revisado</translation>
    </message>
    <message>
        <source>Versions o&amp;f this document…</source>
        <translation>Versiones de este doc&amp;umento…</translation>
    </message>
    <message>
        <source>Propose a reading of short num&amp;bers…</source>
        <translation>Proponer una lec&amp;tura de los números abreviados…</translation>
    </message>
    <message>
        <source>The orders the selected document&apos;s short numbers may follow, each with how many land on recommendations about their section</source>
        <translation>Los órdenes que pueden seguir los números abreviados del documento seleccionado, cada uno con cuántos números corresponden a recomendaciones sobre su sección</translation>
    </message>
    <message>
        <source>Find &amp;earlier-cycle predecessors</source>
        <translation>Buscar antecedentes de c&amp;iclos anteriores</translation>
    </message>
    <message>
        <source>Suggest, for the review&apos;s recommendations, those the State received in its two earlier cycles</source>
        <translation>Sugerir, para las recomendaciones del examen, las que el Estado recibió en sus dos ciclos anteriores</translation>
    </message>
    <message>
        <source>&amp;Suggest for this document</source>
        <translation>Su&amp;gerir para este documento</translation>
    </message>
    <message>
        <source>Go to su&amp;ggestions</source>
        <translation>Ir a las &amp;sugerencias</translation>
    </message>
    <message>
        <source>The paragraph&apos;s suggestions: ↑↓ choose, Y accepts, X rejects</source>
        <translation>Las sugerencias del párrafo: ↑↓ para elegir, Y para aceptar, X para rechazar</translation>
    </message>
    <message>
        <source>&amp;Write a note</source>
        <translation>Esc&amp;ribir una nota</translation>
    </message>
    <message>
        <source>Select te&amp;xt in paragraph</source>
        <translation>Seleccionar te&amp;xto del párrafo</translation>
    </message>
    <message>
        <source>Keys into the paragraph&apos;s text: Shift+arrows select words, Esc leaves; 1–9 then tag just those words</source>
        <translation>El teclado entra en el texto del párrafo: Shift+flechas selecciona palabras, Esc sale; luego 1–9 etiqueta solo esas palabras</translation>
    </message>
    <message>
        <source>Note &amp;on selection</source>
        <translation>Nota sobre &amp;la selección</translation>
    </message>
    <message>
        <source>A note on the words selected in the paragraph</source>
        <translation>Una nota sobre las palabras seleccionadas en el párrafo</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>Eliminar n&amp;ota</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>&amp;New tag…</source>
        <translation>&amp;Nueva etiqueta…</translation>
    </message>
    <message>
        <source>&amp;Manage tags…</source>
        <translation>&amp;Gestionar etiquetas…</translation>
    </message>
    <message>
        <source>Rename, colour, merge, delete, order and group tags; choose the key 1–9 of each</source>
        <translation>Cambiar el nombre, cambiar el color, fusionar, eliminar, ordenar y agrupar etiquetas; elegir la tecla 1–9 de cada una</translation>
    </message>
    <message>
        <source>Toggle tag &amp;{n}</source>
        <translation>Alternar etiqueta &amp;{n}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Choose the revie&amp;w…</source>
        <translation>Elegir el &amp;examen…</translation>
    </message>
    <message>
        <source>Work on one review, or on all of them</source>
        <translation>Trabajar en un examen o en todos</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lectura</translation>
    </message>
    <message>
        <source>Re&amp;commendations</source>
        <translation>&amp;Recomendaciones</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>&amp;Cobertura</translation>
    </message>
    <message>
        <source>Which recommendations the review&apos;s documents address</source>
        <translation>Qué recomendaciones abordan los documentos del examen</translation>
    </message>
    <message>
        <source>&amp;Documents list</source>
        <translation>Lista de &amp;documentos</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Every note of the review: filter by author, document, words; Enter opens the paragraph</source>
        <translation>Todas las notas del examen: filtrar por autor, documento, palabras; Enter abre el párrafo</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About UPR Reviewer</source>
        <translation>Acerca &amp;de UPR Reviewer</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Guardar como PNG</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>No se pudo escribir {path}</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>&amp;Guardar como PNG…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Copiar imagen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Etiquetados</translation>
    </message>
    <message>
        <source>daily copy</source>
        <translation>copia diaria</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source> newest copies</source>
        <translation> copias más recientes</translation>
    </message>
    <message>
        <source>&amp;Keep the</source>
        <translation>&amp;Conservar las</translation>
    </message>
    <message>
        <source>&amp;Restore this copy</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Crear copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>Copies are kept in {folder}</source>
        <translation>Las copias se guardan en {folder}</translation>
    </message>
    <message>
        <source>No copies yet; they go in {folder}</source>
        <translation>Aún no hay copias; se guardarán en {folder}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Crear copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Make the workspace what it was on {created} ({reason})?

The current state is backed up first, so you can come back to it from this list.</source>
        <translation>¿Devolver el espacio de trabajo al estado del {created} ({reason})?

Antes se guarda una copia del estado actual, para que pueda volver a él desde esta lista.</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>By recommendation (what the submissions say about each)</source>
        <translation>Por recomendación (lo que las contribuciones dicen de cada una)</translation>
    </message>
    <message>
        <source>By document (paragraphs with their recommendations, tags, notes)</source>
        <translation>Por documento (párrafos con sus recomendaciones, etiquetas y notas)</translation>
    </message>
    <message>
        <source>By tag (paragraphs under each tag)</source>
        <translation>Por etiqueta (párrafos bajo cada etiqueta)</translation>
    </message>
    <message>
        <source>Paragraphs linked, tagged or noted</source>
        <translation>Párrafos vinculados, etiquetados o con notas</translation>
    </message>
    <message>
        <source>Only paragraphs linked to a recommendation</source>
        <translation>Solo los párrafos vinculados a una recomendación</translation>
    </message>
    <message>
        <source>Only tagged paragraphs</source>
        <translation>Solo los párrafos etiquetados</translation>
    </message>
    <message>
        <source>Only paragraphs with notes</source>
        <translation>Solo los párrafos con notas</translation>
    </message>
    <message>
        <source>All paragraphs</source>
        <translation>Todos los párrafos</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A review: its documents, and the recommendations made in it or that its documents respond to (the previous review&apos;s)</source>
        <translation>Un examen: sus documentos y las recomendaciones formuladas en él o a las que responden sus documentos (las del examen anterior)</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>&amp;Examen:</translation>
    </message>
    <message>
        <source>&amp;Arrange:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>&amp;Paragraphs:</source>
        <translation>&amp;Párrafos:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>any report, or e.g. A/HRC/40/6</source>
        <translation>cualquier informe, o p. ej. A/HRC/40/6</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>any theme, or a code (A12) or words of its name</source>
        <translation>cualquier tema, o un código (A12) o palabras de su nombre</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Tem&amp;a:</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>Posi&amp;ción:</translation>
    </message>
    <message>
        <source>Notes as Word comments (otherwise as text under each paragraph)</source>
        <translation>Notas como comentarios de Word (si no, como texto debajo de cada párrafo)</translation>
    </message>
    <message>
        <source>Links accepted from the suggestions (marked as such)</source>
        <translation>Vínculos aceptados a partir de las sugerencias (marcados como tales)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>no reviewer named on the brief</source>
        <translation>sin nombre en la nota informativa</translation>
    </message>
    <message>
        <source>The reviewer named on the cover (Edit › Reviewer name…)</source>
        <translation>El nombre que figura en la portada (Editar › Su nombre…)</translation>
    </message>
    <message>
        <source>Revie&amp;wer:</source>
        <translation>Ela&amp;borada por:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Tamaño de pape&amp;l:</translation>
    </message>
    <message>
        <source>The language of the brief&apos;s headings, labels and dates</source>
        <translation>El idioma de los títulos, etiquetas y fechas de la nota informativa</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>where to save the .docx</source>
        <translation>dónde guardar el archivo .docx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exami&amp;nar…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Could not read the workspace: {exc}</source>
        <translation>No se pudo leer el espacio de trabajo: {exc}</translation>
    </message>
    <message>
        <source>All its documents</source>
        <translation>Todos sus documentos</translation>
    </message>
    <message>
        <source>Save the Word brief as</source>
        <translation>Guardar la nota informativa de Word como</translation>
    </message>
    <message>
        <source>UPR brief</source>
        <translation>Nota informativa EPU</translation>
    </message>
    <message>
        <source>disable: never (a server on this computer)</source>
        <translation>disable: nunca (un servidor en este equipo)</translation>
    </message>
    <message>
        <source>allow: only if the server insists</source>
        <translation>allow: solo si el servidor lo exige</translation>
    </message>
    <message>
        <source>prefer: if the server offers it (libpq&apos;s default)</source>
        <translation>prefer: si el servidor lo ofrece (lo predeterminado en libpq)</translation>
    </message>
    <message>
        <source>require: always, without checking the certificate</source>
        <translation>require: siempre, sin comprobar el certificado</translation>
    </message>
    <message>
        <source>verify-ca: always, the certificate signed by a known authority</source>
        <translation>verify-ca: siempre, con el certificado firmado por una autoridad conocida</translation>
    </message>
    <message>
        <source>verify-full: always, the certificate naming this server</source>
        <translation>verify-full: siempre, con el certificado a nombre de este servidor</translation>
    </message>
    <message>
        <source>Connect to team workspace</source>
        <translation>Conectar a espacio de trabajo de equipo</translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database the team shares: everyone&apos;s tags, notes and links, seen by the others as they are made.</source>
        <translation>Un espacio de trabajo de equipo es una base de datos PostgreSQL que comparte el equipo: las etiquetas, notas y vínculos de cada persona, que los demás ven en cuanto se crean.</translation>
    </message>
    <message>
        <source>postgresql://ana@db.example.org:5432/upr</source>
        <translation>postgresql://ana@db.example.org:5432/upr</translation>
    </message>
    <message>
        <source>Paste the URL your administrator gave you, or fill in the fields</source>
        <translation>Pegue la URL que le dio su administrador o rellene los campos</translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (vacío: esta computadora)</translation>
    </message>
    <message>
        <source>upr</source>
        <translation>upr</translation>
    </message>
    <message>
        <source>your PostgreSQL login</source>
        <translation>su usuario de PostgreSQL</translation>
    </message>
    <message>
        <source>Given to this connection only; the program never stores it</source>
        <translation>Se proporciona solo para esta conexión; el programa nunca la guarda</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <source>SS&amp;L:</source>
        <translation>SS&amp;L:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>The URL&apos;s port is not a number</source>
        <translation>El puerto de la URL no es un número</translation>
    </message>
    <message>
        <source>Connecting to {place}…</source>
        <translation>Conectando con {place}…</translation>
    </message>
    <message>
        <source>Connected as {role}</source>
        <translation>Conectado como {role}</translation>
    </message>
    <message>
        <source>The password was not accepted; type it again.</source>
        <translation>La contraseña no fue aceptada; escríbala de nuevo.</translation>
    </message>
    <message>
        <source>The server asks for a password: type it and press Connect. It is used for this connection only, never stored.</source>
        <translation>El servidor pide una contraseña: escríbala y pulse Conectar. Solo se usa para esta conexión y nunca se guarda.</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Cambiar el nombre del documento</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>Editar los datos del documento</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation>Quién lo escribió</translation>
    </message>
    <message>
        <source>It brought recommendations to the registry: its kind is what it was imported as</source>
        <translation>Aportó recomendaciones al registro: su tipo es aquel con el que se importó</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar el &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s)</source>
        <translation>
            <numerusform>%n nota al pie</numerusform>
            <numerusform>%n notas al pie</numerusform>
        </translation>
    </message>
    <message>
        <source>{paragraphs} and {footnotes}</source>
        <translation>{paragraphs} y {footnotes}</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) with theirs</source>
        <translation>
            <numerusform>%n versión anterior con lo suyo</numerusform>
            <numerusform>%n versiones anteriores con lo suyo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) made by a reviewer</source>
        <translation>
            <numerusform>%n vínculo hecho por un revisor</numerusform>
            <numerusform>%n vínculos hechos por revisores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed mark(s)</source>
        <translation>
            <numerusform>%n marca de revisado</numerusform>
            <numerusform>%n marcas de revisado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed check finding(s)</source>
        <translation>
            <numerusform>%n observación de la comprobación descartada</numerusform>
            <numerusform>%n observaciones de la comprobación descartadas</numerusform>
        </translation>
    </message>
    <message>
        <source>no review work (no tags, notes, links made by reviewers or reviewed marks)</source>
        <translation>ningún trabajo de revisión (ni etiquetas, ni notas, ni vínculos hechos por revisores, ni marcas de revisado)</translation>
    </message>
    <message numerus="yes">
        <source>The %n recommendation(s) it brought stay in the registry, with the links other documents make to them.</source>
        <translation>
            <numerusform>La %n recomendación que aportó permanece en el registro, con los vínculos que otros documentos hacen a ella.</numerusform>
            <numerusform>Las %n recomendaciones que aportó permanecen en el registro, con los vínculos que otros documentos hacen a ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove &lt;b&gt;“{title}”&lt;/b&gt; ({file}) from the workspace?</source>
        <translation>¿Quitar &lt;b&gt;“{title}”&lt;/b&gt; ({file}) del espacio de trabajo?</translation>
    </message>
    <message>
        <source>A backup copy of the workspace is made first, and Edit › Undo (Ctrl+Z) brings it back with everything.</source>
        <translation>Antes se hace una copia de seguridad del espacio de trabajo, y Edición › Deshacer (Ctrl+Z) lo recupera con todo.</translation>
    </message>
    <message>
        <source>Going with it:</source>
        <translation>Se eliminan con él:</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: the same text as “{title}” (document {number}, {file})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: el mismo texto que “{title}” (documento {number}, {file})</translation>
    </message>
    <message>
        <source>Already in the workspace</source>
        <translation>Ya está en el espacio de trabajo</translation>
    </message>
    <message>
        <source>These files hold the text of a document already here, in another format:&lt;ul&gt;{rows}&lt;/ul&gt;Imported, they would be a document of their own, and every search would find the text twice.</source>
        <translation>Estos archivos contienen el texto de un documento que ya está aquí, en otro formato:&lt;ul&gt;{rows}&lt;/ul&gt;Si se importaran, serían un documento aparte, y cada búsqueda encontraría el texto dos veces.</translation>
    </message>
    <message>
        <source>This file holds the text of a document already here, in another format:&lt;ul&gt;{rows}&lt;/ul&gt;Imported, it would be a document of its own, and every search would find the text twice.</source>
        <translation>Este archivo contiene el texto de un documento que ya está aquí, en otro formato:&lt;ul&gt;{rows}&lt;/ul&gt;Si se importara, sería un documento aparte, y cada búsqueda encontraría el texto dos veces.</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>&amp;Import anyway</source>
        <translation>&amp;Importar de todos modos</translation>
    </message>
    <message>
        <source>Choose the text encoding</source>
        <translation>Elegir la codificación del texto</translation>
    </message>
    <message>
        <source>The encoding of &lt;b&gt;{name}&lt;/b&gt; could not be recognised with certainty. Choose the one in which the text reads correctly:</source>
        <translation>No se pudo reconocer con certeza la codificación de &lt;b&gt;{name}&lt;/b&gt;. Elija aquella con la que el texto se lee correctamente:</translation>
    </message>
    <message>
        <source>Encodings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>The text read in this encoding</source>
        <translation>El texto leído con esta codificación</translation>
    </message>
    <message>
        <source>&amp;The text read in this encoding:</source>
        <translation>&amp;Texto leído con esta codificación:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>Laying out the brief</source>
        <translation>Maquetando la nota informativa</translation>
    </message>
    <message>
        <source>Export Word brief</source>
        <translation>Exportar nota informativa de Word</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Extensión:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ab&amp;rir</translation>
    </message>
    <message>
        <source>Open the brief in the program the system uses for .docx</source>
        <translation>Abrir la nota informativa en el programa que el sistema usa para los archivos .docx</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Estimating the length…</source>
        <translation>Calculando la extensión…</translation>
    </message>
    <message>
        <source>more than {pages} pages: narrow it before a meeting?</source>
        <translation>más de {pages} páginas: ¿reducirla antes de una reunión?</translation>
    </message>
    <message>
        <source>Could not estimate the length: {error}</source>
        <translation>No se pudo calcular la extensión: {error}</translation>
    </message>
    <message>
        <source>Choose where to save the brief.</source>
        <translation>Elija dónde guardar la nota informativa.</translation>
    </message>
    <message>
        <source>Estimating the length before writing…</source>
        <translation>Calculando la extensión antes de generarla…</translation>
    </message>
    <message>
        <source>Not written: narrow the choices, or Export again to write it.</source>
        <translation>No se generó: restrinja las opciones, o pulse Exportar de nuevo para generarla.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Generando {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>about %n page(s)</source>
        <translation>
            <numerusform>unas %n página</numerusform>
            <numerusform>unas %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {what}</source>
        <translation>Se escribió {file}: {what}</translation>
    </message>
    <message>
        <source>{message}.</source>
        <translation>{message}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The system could not open {file}.</source>
        <translation>El sistema no pudo abrir {file}.</translation>
    </message>
    <message>
        <source>The brief was not written</source>
        <translation>No se generó la nota informativa</translation>
    </message>
    <message>
        <source>To narrow it: {ways}.</source>
        <translation>Para reducirla: {ways}.</translation>
    </message>
    <message>
        <source>To narrow it, choose fewer documents or recommendations.</source>
        <translation>Para reducirla, elija menos documentos o recomendaciones.</translation>
    </message>
    <message>
        <source>A long brief</source>
        <translation>Una nota informativa larga</translation>
    </message>
    <message numerus="yes">
        <source>This brief will run to about %n page(s).</source>
        <translation>
            <numerusform>Esta nota informativa tendrá unas %n página.</numerusform>
            <numerusform>Esta nota informativa tendrá unas %n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n page(s)</source>
        <translation>
            <numerusform>Escribir %n página</numerusform>
            <numerusform>Escribir %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back and narrow it</source>
        <translation>Volver atrás para restringirla</translation>
    </message>
    <message>
        <source>Replace the brief?</source>
        <translation>¿Reemplazar la nota informativa?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} ya existe en {parent}. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Single keys work while the reading pane or a list has focus; in a text field they type as usual.  Up/Down also move through paragraphs.</source>
        <translation>Las teclas sueltas funcionan cuando el panel de lectura o una lista tiene el foco; en un campo de texto escriben como siempre.  Arriba/Abajo también recorren los párrafos.</translation>
    </message>
    <message>
        <source>Read stakeholder submissions, link paragraphs to Universal Periodic Review recommendations, tag and annotate them, and export Word briefs.</source>
        <translation>Leer las contribuciones de las partes interesadas, vincular sus párrafos a las recomendaciones del examen periódico universal, etiquetarlos y anotarlos, y exportar notas informativas de Word.</translation>
    </message>
    <message>
        <source>Workspace: {place}</source>
        <translation>Espacio de trabajo: {place}</translation>
    </message>
    <message>
        <source>(team workspace; your role: {role})</source>
        <translation>(espacio de trabajo de equipo; su función: {role})</translation>
    </message>
    <message>
        <source>Licensed under the GNU AGPL-3.0-or-later.</source>
        <translation>Con licencia GNU AGPL-3.0 o posterior.</translation>
    </message>
    <message>
        <source>About UPR Reviewer</source>
        <translation>Acerca de UPR Reviewer</translation>
    </message>
    <message>
        <source>UPR Reviewer workspaces (*.sqlite *.upr.sqlite *.db);;All files (*)</source>
        <translation>Espacios de trabajo de UPR Reviewer (*.sqlite *.upr.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <source>Predecessor decisions</source>
        <translation>Decisiones sobre antecedentes</translation>
    </message>
    <message>
        <source>Dismissed findings</source>
        <translation>Observaciones descartadas</translation>
    </message>
    <message>
        <source>Tagged paragraphs</source>
        <translation>Párrafos etiquetados</translation>
    </message>
    <message>
        <source>Tagged passages</source>
        <translation>Fragmentos etiquetados</translation>
    </message>
    <message>
        <source>Reviewed marks</source>
        <translation>Marcas de revisado</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entradas del historial</translation>
    </message>
    <message>
        <source>Recommendations&apos; texts in other languages</source>
        <translation>Textos de las recomendaciones en otros idiomas</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>%n fila añadida</numerusform>
            <numerusform>%n filas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) updated</source>
        <translation>
            <numerusform>%n fila actualizada</numerusform>
            <numerusform>%n filas actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) (both texts kept)</source>
        <translation>
            <numerusform>%n conflicto (se conservan ambos textos)</numerusform>
            <numerusform>%n conflictos (se conservan ambos textos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(s) added</source>
        <translation>
            <numerusform>%n entrada del historial añadida</numerusform>
            <numerusform>%n entradas del historial añadidas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new: this workspace already had all of it</source>
        <translation>nada nuevo: este espacio de trabajo ya lo tenía todo</translation>
    </message>
    <message>
        <source>a .sqlite file, or postgresql://user@host/database</source>
        <translation>un archivo .sqlite, o postgresql://user@host/database</translation>
    </message>
    <message>
        <source>only if ~/.pgpass or $PGPASSWORD lacks it</source>
        <translation>solo si ~/.pgpass o $PGPASSWORD no la contiene</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Espacio de trabajo:</translation>
    </message>
    <message>
        <source>Merge workspace</source>
        <translation>Combinar espacio de trabajo</translation>
    </message>
    <message>
        <source>Bring another copy&apos;s documents and work into this workspace: a copy taken to a laptop, a colleague&apos;s file, or the team&apos;s database. Nothing is lost: when both copies changed one note or decided one link, the later stays and the other is kept beside it or in the history. The other copy is only read.</source>
        <translation>Incorporar a este espacio de trabajo los documentos y el trabajo de otra copia: una copia llevada a un portátil, el archivo de un colega o la base de datos del equipo. No se pierde nada: cuando ambas copias cambiaron una misma nota o decidieron un mismo vínculo, se queda la más reciente y la otra se guarda al lado o en el historial. La otra copia solo se lee.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <source>Copy workspace to</source>
        <translation>Copiar el espacio de trabajo a</translation>
    </message>
    <message>
        <source>Copy this workspace, every row as it is, to a new file (to work offline) or to an empty team database. Work on the copy can be merged back later with File › Merge workspace….</source>
        <translation>Copiar este espacio de trabajo, cada fila tal cual, a un archivo nuevo (para trabajar sin conexión) o a una base de datos de equipo vacía. El trabajo hecho en la copia se puede volver a combinar después con Archivo › Combinar espacio de trabajo….</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Merge workspace: report</source>
        <translation>Fusionar espacio de trabajo: informe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged {source}&lt;/b&gt;&lt;br&gt;{value}</source>
        <translation>&lt;b&gt;Fusión de {source} realizada&lt;/b&gt;&lt;br&gt;{value}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Kept here</source>
        <translation>Conservado aquí</translation>
    </message>
    <message>
        <source>The other copy&apos;s</source>
        <translation>El de la otra copia</translation>
    </message>
    <message>
        <source>Both copies changed these; nothing was lost:</source>
        <translation>Ambas copias cambiaron esto; no se perdió nada:</translation>
    </message>
    <message>
        <source>Not brought in</source>
        <translation>No incorporado</translation>
    </message>
    <message>
        <source>The workspace as it was before the merge: {name} (File › Restore from backup…)</source>
        <translation>El espacio de trabajo tal como estaba antes de combinar: {name} (Archivo › Restaurar desde copia de seguridad…)</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un colega</translation>
    </message>
    <message>
        <source>Both texts of the note are kept</source>
        <translation>Se conservan los dos textos de la nota</translation>
    </message>
    <message>
        <source>{who} saved this note while you were editing it: both texts are kept</source>
        <translation>{who} guardó esta nota mientras usted la editaba: se conservan los dos textos</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} saved this note while you were editing it.&lt;/b&gt; Both texts are kept: theirs in the note, yours in a new note beside it on the same paragraph. Compare them and keep what you agree on; Ctrl+Z takes yours back.</source>
        <translation>&lt;b&gt;{who} guardó esta nota mientras usted la editaba.&lt;/b&gt; Se conservan los dos textos: el de esa persona en la nota y el que usted escribió en una nueva nota junto a ella, en el mismo párrafo. Compárelos y conserve aquello en lo que estén de acuerdo; Ctrl+Z retira su texto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} saved this note while you were editing it.&lt;/b&gt; Both texts are kept: the saved one in the note, yours in a new note beside it on the same paragraph. Compare them and keep what you agree on; Ctrl+Z takes yours back.</source>
        <translation>&lt;b&gt;{who} guardó esta nota mientras usted la editaba.&lt;/b&gt; Se conservan los dos textos: el guardado en la nota y el que usted escribió en una nueva nota junto a ella, en el mismo párrafo. Compárelos y conserve aquello en lo que estén de acuerdo; Ctrl+Z retira su texto.</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(eliminada desde entonces)</translation>
    </message>
    <message>
        <source>{who}&apos;s text (saved {when})</source>
        <translation>Texto de {who} (guardado el {when})</translation>
    </message>
    <message>
        <source>{who}&apos;s text</source>
        <translation>Texto de {who}</translation>
    </message>
    <message>
        <source>Your text (a new note)</source>
        <translation>Su texto (una nueva nota)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Numbers landing</source>
        <translation>Números que coinciden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Propose a reading of the short numbers</source>
        <translation>Proponer una lectura de los números abreviados</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>ningún informe</translation>
    </message>
    <message>
        <source>Short numbers read against {report}</source>
        <translation>Números abreviados leídos con respecto a {report}</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>accepted now</source>
        <translation>aceptada actualmente</translation>
    </message>
    <message>
        <source>{landed} of {total}</source>
        <translation>{landed} de {total}</translation>
    </message>
    <message>
        <source>&amp;Accept this reading</source>
        <translation>&amp;Aceptar esta lectura</translation>
    </message>
    <message>
        <source>No order to try: the report&apos;s numbers are not known.</source>
        <translation>No hay ningún orden que probar: no se conocen los números del informe.</translation>
    </message>
    <message>
        <source>{reading}: {landed} of {total} numbers land on recommendations about their section&apos;s subject.</source>
        <translation>{reading}: {landed} de {total} números corresponden a recomendaciones sobre el tema de su sección.</translation>
    </message>
    <message>
        <source>Review of the document</source>
        <translation>Examen del documento</translation>
    </message>
    <message>
        <source>Which review is &lt;b&gt;{title}&lt;/b&gt; part of?</source>
        <translation>¿De qué examen forma parte &lt;b&gt;{title}&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>a guess</source>
        <translation>una suposición</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>asignado</translation>
    </message>
    <message>
        <source>Now {value} ({state}): {review_reason}</source>
        <translation>Ahora {value} ({state}): {review_reason}</translation>
    </message>
    <message>
        <source>in none</source>
        <translation>en ninguno</translation>
    </message>
    <message>
        <source>Estimating</source>
        <translation>Calculando</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>About {pages}: nothing matches these choices.</source>
        <translation>Unas {pages}: nada coincide con estas opciones.</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>About {pages} on {paper}: {paragraphs} from {documents}, {recommendations}</source>
        <translation>Unas {pages} en {paper}: {paragraphs} de {documents}, {recommendations}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>choose one review</source>
        <translation>elegir un solo examen</translation>
    </message>
    <message>
        <source>keep only paragraphs linked, tagged or noted</source>
        <translation>conservar solo los párrafos vinculados, etiquetados o con notas</translation>
    </message>
    <message>
        <source>choose one document</source>
        <translation>elegir un solo documento</translation>
    </message>
    <message>
        <source>limit the recommendations to a report, theme or position</source>
        <translation>limitar las recomendaciones a un informe, tema o posición</translation>
    </message>
    <message>
        <source>Not in a review</source>
        <translation>En ningún examen</translation>
    </message>
    <message>
        <source>Another review…</source>
        <translation>Otro examen…</translation>
    </message>
    <message>
        <source>State: ISO code (SVN) or a code (SVN-1)</source>
        <translation>Estado: código ISO (SVN) o un código (SVN-1)</translation>
    </message>
    <message>
        <source>cycle </source>
        <translation>ciclo </translation>
    </message>
    <message>
        <source>&amp;Another:</source>
        <translation>&amp;Otro:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Paragraphs tagged (latest versions)</source>
        <translation>Párrafos etiquetados (últimas versiones)</translation>
    </message>
    <message>
        <source>The key 1–9 that toggles it on a paragraph</source>
        <translation>La tecla 1–9 que la pone o quita en un párrafo</translation>
    </message>
    <message numerus="yes">
        <source>A group of %n tag(s)</source>
        <translation>
            <numerusform>Un grupo de %n etiqueta</numerusform>
            <numerusform>Un grupo de %n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>F2 renames · Del deletes · Alt+↑/↓ moves · 1–9 gives the selected tag its key (0 takes it away) · drag a tag onto another to put it in that group · Ctrl+Z undoes</source>
        <translation>F2 cambia el nombre · Del elimina · Alt+↑/↓ mueve · 1–9 asigna su tecla a la etiqueta seleccionada (0 se la quita) · arrastre una etiqueta sobre otra para ponerla en ese grupo · Ctrl+Z deshace</translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation>Gestionar etiquetas</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Sin tecla</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Tecla {key}</translation>
    </message>
    <message>
        <source>The key 1–9 that toggles the tag on the current paragraph</source>
        <translation>La tecla 1–9 que pone o quita la etiqueta en el párrafo actual</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;olor…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Combinar con…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>A&amp;grupar…</translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation>&amp;Desagrupar</translation>
    </message>
    <message>
        <source>{value} ({value2})</source>
        <translation>{value} ({value2})</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”</source>
        <translation>“{old}” se llama ahora “{new}”</translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation>Color de “{name}”</translation>
    </message>
    <message>
        <source>There is no other tag to merge into</source>
        <translation>No hay otra etiqueta en la que fusionar</translation>
    </message>
    <message>
        <source>Group tags in “{group}”</source>
        <translation>Agrupar etiquetas en “{group}”</translation>
    </message>
    <message>
        <source>None of the selected tags is in a group</source>
        <translation>Ninguna de las etiquetas seleccionadas está en un grupo</translation>
    </message>
    <message>
        <source>Take tags out of their group</source>
        <translation>Sacar etiquetas de su grupo</translation>
    </message>
    <message>
        <source>Move tags</source>
        <translation>Mover etiquetas</translation>
    </message>
    <message>
        <source>the tag is gone</source>
        <translation>la etiqueta ya no existe</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionar etiquetas</translation>
    </message>
    <message>
        <source>Merge {what} into:</source>
        <translation>Fusionar {what} en:</translation>
    </message>
    <message numerus="yes">
        <source>Merged {tags} into “{target}”: %n paragraph(s) moved — Ctrl+Z undoes</source>
        <translation>
            <numerusform>{tags} combinada(s) con “{target}”: %n párrafo movido — Ctrl+Z deshace</numerusform>
            <numerusform>{tags} combinada(s) con “{target}”: %n párrafos movidos — Ctrl+Z deshace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {tags} from %n paragraph(s) — Ctrl+Z undoes</source>
        <translation>
            <numerusform>{tags} eliminada(s) de %n párrafo — Ctrl+Z deshace</numerusform>
            <numerusform>{tags} eliminada(s) de %n párrafos — Ctrl+Z deshace</numerusform>
        </translation>
    </message>
    <message>
        <source>Move tag “{name}”</source>
        <translation>Mover la etiqueta “{name}”</translation>
    </message>
    <message>
        <source>Key {key} for “{name}”</source>
        <translation>Tecla {key} para “{name}”</translation>
    </message>
    <message>
        <source>Key {key} toggles “{name}”</source>
        <translation>La tecla {key} pone o quita “{name}”</translation>
    </message>
    <message>
        <source>No key for “{name}”</source>
        <translation>Sin tecla para “{name}”</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Agrupar etiquetas</translation>
    </message>
    <message>
        <source>Put them in the group (a tag&apos;s name, or a new one):</source>
        <translation>Ponerlas en el grupo (el nombre de una etiqueta o uno nuevo):</translation>
    </message>
    <message>
        <source>Import as new version of…</source>
        <translation>Importar como nueva versión de…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; becomes the next version of the document chosen here: its paragraphs are matched with the latest version&apos;s, and the notes, tags, links and reviewed marks follow them.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; pasa a ser la siguiente versión del documento elegido aquí: sus párrafos se emparejan con los de la última versión, y las notas, etiquetas, vínculos y marcas de revisado los siguen.</translation>
    </message>
    <message>
        <source>&amp;Import as new version</source>
        <translation>&amp;Importar como nueva versión</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>párrafo {number}</translation>
    </message>
    <message>
        <source>{paragraph} of version {version}</source>
        <translation>{paragraph} de la versión {version}</translation>
    </message>
    <message>
        <source>read it there</source>
        <translation>leerlo allí</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>No work on paragraphs that are gone.</source>
        <translation>Ningún trabajo en párrafos que ya no están.</translation>
    </message>
    <message>
        <source>Paragraphs of earlier versions that no later paragraph continues. The work on them is kept there; copy what still applies to the latest version.</source>
        <translation>Párrafos de versiones anteriores que ningún párrafo posterior continúa. El trabajo hecho en ellos se conserva allí; copie lo que siga siendo válido en la última versión.</translation>
    </message>
    <message numerus="yes">
        <source>The first version: %n paragraph(s).</source>
        <translation>
            <numerusform>La primera versión: %n párrafo.</numerusform>
            <numerusform>La primera versión: %n párrafos.</numerusform>
        </translation>
    </message>
    <message>
        <source>From version {old} to {new}:</source>
        <translation>De la versión {old} a la {new}:</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>Párrafo {number}</translation>
    </message>
    <message>
        <source>{counts} kept on it</source>
        <translation>{counts} conservado(s) en él</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Work on paragraphs that are gone</source>
        <translation>Trabajo sobre párrafos desaparecidos</translation>
    </message>
    <message>
        <source>&amp;Show this version</source>
        <translation>&amp;Mostrar esta versión</translation>
    </message>
    <message>
        <source>Read it in the reading pane (an earlier one read-only)</source>
        <translation>Leerla en el panel de lectura (una versión anterior, en solo lectura)</translation>
    </message>
    <message>
        <source>Versions of “{title}”</source>
        <translation>Versiones de “{title}”</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Work on paragraphs that are gone ({n})</source>
        <translation>Trabajo sobre párrafos desaparecidos ({n})</translation>
    </message>
    <message>
        <source>&amp;Show the latest version</source>
        <translation>&amp;Mostrar la última versión</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>{name} already exists; use File → Open to open it.</source>
        <translation>{name} ya existe; use Archivo → Abrir para abrirlo.</translation>
    </message>
    <message>
        <source>No other workspace yet</source>
        <translation>Aún no hay otro espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>{path} is no longer there (moved or deleted); it is removed from the list.</source>
        <translation>{path} ya no está allí (se movió o se eliminó); se quita de la lista.</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, recorded on the links, tags and notes you make:</source>
        <translation>Su nombre, que queda registrado en los vínculos, etiquetas y notas que cree:</translation>
    </message>
    <message>
        <source>New links, tags and notes are recorded as {name}</source>
        <translation>Los nuevos vínculos, etiquetas y notas se registran a nombre de {name}</translation>
    </message>
    <message>
        <source>The Word export is not available: {exc}</source>
        <translation>La exportación a Word no está disponible: {exc}</translation>
    </message>
    <message>
        <source>Restored {name}; the state before is kept as {name2}</source>
        <translation>Se restauró {name}; el estado anterior se conserva como {name2}</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.md *.csv *.xlsx);;All files (*)</source>
        <translation>Documentos (*.pdf *.docx *.txt *.md *.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing {name} ({value} of {total})…</source>
        <translation>Importando {name} ({value} de {total})…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported. </source>
        <translation>
            <numerusform>%n archivo importado. </numerusform>
            <numerusform>%n archivos importados. </numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Algunos archivos no se importaron</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:&lt;ul&gt;{rows}&lt;/ul&gt;Fix or convert the file and import it again.</source>
        <translation>
            <numerusform>%n archivo no se pudo importar:&lt;ul&gt;{rows}&lt;/ul&gt;Corrija o convierta el archivo y vuelva a importarlo.</numerusform>
            <numerusform>%n archivos no se pudieron importar:&lt;ul&gt;{rows}&lt;/ul&gt;Corrija o convierta los archivos y vuelva a importarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The paragraph is reviewed as it now reads: the mark goes (Space; Ctrl+Z undoes)</source>
        <translation>El párrafo queda revisado tal como se lee ahora: la marca desaparece (Space; Ctrl+Z deshace)</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>Quitar marca</translation>
    </message>
    <message>
        <source>Take the mark off without marking it reviewed</source>
        <translation>Quitar la marca sin marcarlo como revisado</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{value}&apos;&gt;✎ {value2}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{value}&apos;&gt;✎ {value2}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;i style=&apos;color:{MUTED}&apos;&gt;Not in the version before.&lt;/i&gt;</source>
        <translation>&lt;i style=&apos;color:{MUTED}&apos;&gt;No estaba en la versión anterior.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to UPR Reviewer.&lt;/b&gt; Your name is recorded on the links, tags and notes you make:</source>
        <translation>&lt;b&gt;Le damos la bienvenida a UPR Reviewer.&lt;/b&gt; Su nombre queda registrado en los vínculos, etiquetas y notas que cree:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>&amp;Guardar nombre</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Record your work as “{suggestion}” for now; the name can be changed any time (Edit › Reviewer name…)</source>
        <translation>Registrar su trabajo como “{suggestion}” por ahora; el nombre puede cambiarse en cualquier momento (Editar › Su nombre…)</translation>
    </message>
    <message>
        <source>tagged “{tag}”</source>
        <translation>etiquetó “{tag}”</translation>
    </message>
    <message>
        <source>removed the tag “{tag}”</source>
        <translation>quitó la etiqueta “{tag}”</translation>
    </message>
    <message>
        <source>tagged the words “{quote}” as “{tag}”</source>
        <translation>etiquetó las palabras “{quote}” como “{tag}”</translation>
    </message>
    <message>
        <source>took the tag “{tag}” off the words “{quote}”</source>
        <translation>quitó la etiqueta “{tag}” de las palabras “{quote}”</translation>
    </message>
    <message>
        <source>noted “{text}”</source>
        <translation>anotó “{text}”</translation>
    </message>
    <message>
        <source>edited a note: “{text}” (was “{before}”)</source>
        <translation>editó una nota: “{text}” (antes “{before}”)</translation>
    </message>
    <message>
        <source>saved a note beside a colleague&apos;s edit: “{text}”</source>
        <translation>guardó una nota junto a la edición de un colega: “{text}”</translation>
    </message>
    <message>
        <source>deleted the note “{text}”</source>
        <translation>eliminó la nota “{text}”</translation>
    </message>
    <message>
        <source>marked it reviewed</source>
        <translation>lo marcó como revisado</translation>
    </message>
    <message>
        <source>cleared its reviewed mark</source>
        <translation>quitó su marca de revisado</translation>
    </message>
    <message>
        <source>linked it to {recommendation}</source>
        <translation>lo vinculó a {recommendation}</translation>
    </message>
    <message>
        <source>removed the link to {recommendation}</source>
        <translation>quitó el vínculo a {recommendation}</translation>
    </message>
    <message>
        <source>imported “{title}”</source>
        <translation>importó “{title}”</translation>
    </message>
    <message>
        <source>removed “{title}”</source>
        <translation>quitó “{title}”</translation>
    </message>
    <message>
        <source>brought back “{title}”</source>
        <translation>recuperó “{title}”</translation>
    </message>
    <message>
        <source>confirmed the link to {recommendation}</source>
        <translation>confirmó el vínculo a {recommendation}</translation>
    </message>
    <message>
        <source>rejected the link to {recommendation}</source>
        <translation>rechazó el vínculo a {recommendation}</translation>
    </message>
    <message>
        <source>suggested the link to {recommendation} again</source>
        <translation>volvió a sugerir el vínculo a {recommendation}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Paragraph history</source>
        <translation>Historial del párrafo</translation>
    </message>
    <message>
        <source>The history cannot be read now: {error}</source>
        <translation>No se puede leer el historial ahora: {error}</translation>
    </message>
    <message>
        <source>Select a paragraph to see its history</source>
        <translation>Seleccione un párrafo para ver su historial</translation>
    </message>
    <message>
        <source>Nothing done to this paragraph yet</source>
        <translation>Aún no se ha hecho nada en este párrafo</translation>
    </message>
    <message>
        <source>{value}, {at:%Y-%m-%d %H:%M} UTC: {text}</source>
        <translation>{value}, {at:%Y-%m-%d %H:%M} UTC: {text}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message numerus="yes">
        <source>History: %n action(s), newest first</source>
        <translation>
            <numerusform>Historial: %n acción, la más reciente primero</numerusform>
            <numerusform>Historial: %n acciones, las más recientes primero</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Version {number} (earlier ones: right-click › Versions…)</source>
        <translation>Versión {number} (las anteriores: clic derecho › Versiones…)</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) in the registry</source>
        <translation>
            <numerusform>%n recomendación en el registro</numerusform>
            <numerusform>%n recomendaciones en el registro</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: {review}</source>
        <translation>Examen: {review}</translation>
    </message>
    <message>
        <source>(a guess: confirm it from the right-click menu)</source>
        <translation>(una suposición: confírmela desde el menú del clic derecho)</translation>
    </message>
    <message>
        <source>{review} is a guess</source>
        <translation>{review} es una suposición</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Párrafos</translation>
    </message>
    <message>
        <source>Paragraphs marked reviewed</source>
        <translation>Párrafos marcados como revisados</translation>
    </message>
    <message>
        <source>Mark this paragraph reviewed (Space or Ctrl+R)</source>
        <translation>Marcar este párrafo como revisado (Space o Ctrl+R)</translation>
    </message>
    <message>
        <source>Link: type 28.294 or words of a recommendation</source>
        <translation>Vincular: escriba 28.294 o palabras de una recomendación</translation>
    </message>
    <message>
        <source>Link the paragraph to a recommendation: pick one from the list (click, or Down then Enter) or type its number and press Enter.</source>
        <translation>Vincular el párrafo a una recomendación: elija una de la lista (clic, o Abajo y luego Intro) o escriba su número y pulse Intro.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm the selected link (Y; click the link first)</source>
        <translation>Confirmar el vínculo seleccionado (Y; primero haga clic en el vínculo)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Reject the selected link (X; click the link first)</source>
        <translation>Rechazar el vínculo seleccionado (X; primero haga clic en el vínculo)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Remove the selected link (Shift+Delete)</source>
        <translation>Quitar el vínculo seleccionado (Shift+Delete)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What the paragraph&apos;s document cites, and what it was expected to</source>
        <translation>Lo que cita el documento del párrafo y lo que se esperaba que citara</translation>
    </message>
    <message>
        <source>Linked to {number}</source>
        <translation>Vinculado a {number}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>not named yet (work recorded as {author})</source>
        <translation>aún sin nombre (trabajo registrado como {author})</translation>
    </message>
    <message>
        <source>Reviewer: {who}</source>
        <translation>Revisor: {who}</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un colega</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>Updated with changes saved by {who}</source>
        <translation>Actualizado con los cambios guardados por {who}</translation>
    </message>
    <message>
        <source>Document coverage</source>
        <translation>Cobertura del documento</translation>
    </message>
    <message>
        <source>Write a note… (saved as you type)</source>
        <translation>Escriba una nota… (se guarda mientras escribe)</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected note (undo brings it back)</source>
        <translation>Eliminar la nota seleccionada (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>Editing the note by {value}</source>
        <translation>Editando la nota de {value}</translation>
    </message>
    <message>
        <source>A note on the words</source>
        <translation>Una nota sobre las palabras</translation>
    </message>
    <message>
        <source>On “{words}”</source>
        <translation>Sobre “{words}”</translation>
    </message>
    <message>
        <source>Your note on “{words}”… (saved as you type)</source>
        <translation>Su nota sobre “{words}”… (se guarda mientras escribe)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Saved as {author}</source>
        <translation>Guardada como {author}</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Nota guardada</translation>
    </message>
    <message>
        <source>Saved beside {who}&apos;s text</source>
        <translation>Guardada junto al texto de {who}</translation>
    </message>
    <message>
        <source>Note deleted (Ctrl+Z brings it back)</source>
        <translation>Nota eliminada (Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>A note on a passage quotes it first</source>
        <translation>Una nota sobre un fragmento lo cita primero</translation>
    </message>
    <message>
        <source>The paragraph&apos;s label and pages</source>
        <translation>La etiqueta del párrafo y sus páginas</translation>
    </message>
    <message>
        <source>On the passage: “{quote}”</source>
        <translation>Sobre el fragmento: “{quote}”</translation>
    </message>
    <message>
        <source>(edited {when})</source>
        <translation>(editada el {when})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Click or Enter opens the paragraph</source>
        <translation>Un clic o Intro abre el párrafo</translation>
    </message>
    <message>
        <source>Filter notes by words…</source>
        <translation>Filtrar notas por palabras…</translation>
    </message>
    <message>
        <source>Only this reviewer&apos;s notes</source>
        <translation>Solo las notas de este autor</translation>
    </message>
    <message>
        <source>Only the notes on this document</source>
        <translation>Solo las notas sobre este documento</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>Todos los exámenes</translation>
    </message>
    <message>
        <source>The notes of every review, not only the window&apos;s</source>
        <translation>Las notas de todos los exámenes, no solo las del examen de la ventana</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Cualquier autor</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>Cualquier documento</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation>todos los exámenes</translation>
    </message>
    <message>
        <source>No notes in {where} yet: Ctrl+Shift+N writes one on a paragraph</source>
        <translation>Aún no hay notas en {where}: Ctrl+Shift+N escribe una en un párrafo</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in {where}</source>
        <translation>
            <numerusform>%n nota en {where}</numerusform>
            <numerusform>%n notas en {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n note(s) in {where}</source>
        <translation>
            <numerusform>{n} de %n nota en {where}</numerusform>
            <numerusform>{n} de %n notas en {where}</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Página anterior (Ctrl+RePág)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Página siguiente (Ctrl+AvPág)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Acercar (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Ajustar la página al ancho (Ctrl+0)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar ancho</translation>
    </message>
    <message>
        <source>Open the file at this page</source>
        <translation>Abrir el archivo en esta página</translation>
    </message>
    <message>
        <source>Open the original in the system&apos;s PDF viewer</source>
        <translation>Abrir el original en el visor de PDF del sistema</translation>
    </message>
    <message>
        <source>The document is not in the workspace any more.</source>
        <translation>El documento ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>No se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <source>The file cannot be opened as a PDF any more.</source>
        <translation>El archivo ya no se puede abrir como PDF.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>Where this document&apos;s file is was not recorded: it was imported before the page view existed, or from another program.  Locate the file (or import it again) to see its pages here.</source>
        <translation>No se registró dónde está el archivo de este documento: se importó antes de que existiera la vista de página, o desde otro programa.  Localice el archivo (o vuelva a importarlo) para ver sus páginas aquí.</translation>
    </message>
    <message>
        <source>The original file is not at {path} any more: it was moved, renamed or deleted.  Locate it to see its pages here.</source>
        <translation>El archivo original ya no está en {path}: se movió, se le cambió el nombre o se eliminó.  Localícelo para ver sus páginas aquí.</translation>
    </message>
    <message>
        <source>The file at {path} is not the one that was imported: its content has changed since (another version saved over it?).  Locate the file that was imported to see its pages here.</source>
        <translation>El archivo que está en {path} no es el que se importó: su contenido ha cambiado desde entonces (¿se guardó otra versión encima?).  Localice el archivo que se importó para ver sus páginas aquí.</translation>
    </message>
    <message>
        <source>A Word document has no fixed pages to show here: where its pages break depends on the program that lays it out.  Open it in Word or LibreOffice to see it as printed.</source>
        <translation>Un documento de Word no tiene páginas fijas que mostrar aquí: dónde se cortan sus páginas depende del programa que lo compagina.  Ábralo en Word o LibreOffice para verlo tal como se imprimirá.</translation>
    </message>
    <message>
        <source>A text file has no pages to show.</source>
        <translation>Un archivo de texto no tiene páginas que mostrar.</translation>
    </message>
    <message>
        <source>Where this paragraph stands on the page is not known (it was imported before the page view): import the file again to highlight it.</source>
        <translation>No se sabe dónde está este párrafo en la página (se importó antes de que existiera la vista de página): vuelva a importar el archivo para resaltarlo.</translation>
    </message>
    <message>
        <source>Select a paragraph to see the page it stands on.</source>
        <translation>Seleccione un párrafo para ver la página en la que está.</translation>
    </message>
    <message>
        <source>&amp;Locate the file…</source>
        <translation>&amp;Localizar el archivo…</translation>
    </message>
    <message>
        <source>Open in &amp;Word/LibreOffice</source>
        <translation>Abrir en &amp;Word/LibreOffice</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>tag {name}</source>
        <translation>etiqueta {name}</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>nota: {text}</translation>
    </message>
    <message>
        <source>Words of the paragraph with a tag or a note: Enter shows them in the reading pane, Delete removes the tag or the note (Ctrl+Z brings it back)</source>
        <translation>Palabras del párrafo con una etiqueta o una nota: Enter las muestra en el panel de lectura, Delete quita la etiqueta o la nota (Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected passage&apos;s tag or note (Delete)</source>
        <translation>Quitar la etiqueta o la nota del fragmento seleccionado (Delete)</translation>
    </message>
    <message>
        <source>Passages ({n})</source>
        <translation>Fragmentos ({n})</translation>
    </message>
    <message>
        <source>Tag “{name}” removed from “{words}”</source>
        <translation>Etiqueta “{name}” quitada de “{words}”</translation>
    </message>
    <message>
        <source>Note on “{words}” deleted</source>
        <translation>Nota sobre “{words}” eliminada</translation>
    </message>
    <message>
        <source>(Ctrl+Z brings it back)</source>
        <translation>(Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>This document is part of this review</source>
        <translation>Este documento forma parte de este examen</translation>
    </message>
    <message>
        <source>Other review…</source>
        <translation>Otro examen…</translation>
    </message>
    <message>
        <source>How this document&apos;s short numbers read against the report</source>
        <translation>Cómo se leen los números abreviados de este documento con respecto al informe</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Leer como:</translation>
    </message>
    <message>
        <source>&amp;Propose a reading…</source>
        <translation>&amp;Proponer una lectura…</translation>
    </message>
    <message>
        <source>Try every order the numbers may follow against what the sections citing them are about, and choose one with its evidence</source>
        <translation>Probar cada orden que pueden seguir los números frente al tema de las secciones que los citan, y elegir uno con su justificación</translation>
    </message>
    <message>
        <source>Placed in {review} ({code}) by a guess</source>
        <translation>Asignado a {review} ({code}) por suposición</translation>
    </message>
    <message>
        <source>Short numbers</source>
        <translation>Números abreviados</translation>
    </message>
    <message>
        <source>({n} of {count} unresolved)</source>
        <translation>({n} de {count} sin resolver)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Y accept · X reject · ↑↓ choose · Ctrl+Z undo</source>
        <translation>Y aceptar · X rechazar · ↑↓ elegir · Ctrl+Z deshacer</translation>
    </message>
    <message>
        <source>Recommendations of the review&apos;s previous cycle that this paragraph likely speaks to without citing them, ranked by the words they share.
They count nowhere until accepted.  Y accepts the selected one (it becomes a confirmed link), X rejects it (it is never suggested again for this paragraph); Ctrl+Z undoes.  Review › Suggest for this document (Ctrl+Shift+S) ranks them again.</source>
        <translation>Recomendaciones del ciclo anterior del examen a las que probablemente se refiere este párrafo sin citarlas, clasificadas por las palabras que comparten con él.
No cuentan en ninguna parte hasta que se aceptan.  Y acepta la seleccionada (se convierte en un vínculo confirmado), X la rechaza (no se volverá a sugerir para este párrafo); Ctrl+Z deshace.  Revisión › Sugerir para este documento (Ctrl+Shift+S) vuelve a clasificarlas.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugeridas</translation>
    </message>
    <message>
        <source>Suggested recommendations</source>
        <translation>Recomendaciones sugeridas</translation>
    </message>
    <message>
        <source>No open suggestions left for this paragraph.</source>
        <translation>No quedan sugerencias pendientes para este párrafo.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept the selected suggestion: it becomes a confirmed link (Y)</source>
        <translation>Aceptar la sugerencia seleccionada: se convierte en un vínculo confirmado (Y)</translation>
    </message>
    <message>
        <source>Reject the selected suggestion: it is never suggested again for this paragraph (X)</source>
        <translation>Rechazar la sugerencia seleccionada: no se volverá a sugerir para este párrafo (X)</translation>
    </message>
    <message>
        <source>Rejected suggestions are never suggested again for this paragraph.  To link one after all, type its number in the Link field.</source>
        <translation>Las sugerencias rechazadas no se vuelven a sugerir para este párrafo.  Para vincular una de todos modos, escriba su número en el campo Vincular.</translation>
    </message>
    <message numerus="yes">
        <source>Suggested (%n)</source>
        <translation>
            <numerusform>Sugeridas (%n)</numerusform>
            <numerusform>Sugeridas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED}&apos;&gt;Rejected here: {numbers}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{MUTED}&apos;&gt;Rechazadas aquí: {numbers}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>New tag… (Enter adds it to this paragraph)</source>
        <translation>Nueva etiqueta… (Enter la añade a este párrafo)</translation>
    </message>
    <message>
        <source>Toggle “{name}” on this paragraph</source>
        <translation>Poner o quitar “{name}” en este párrafo</translation>
    </message>
    <message>
        <source>(shortcut {key})</source>
        <translation>(atajo {key})</translation>
    </message>
    <message>
        <source>in the group “{group}”</source>
        <translation>en el grupo “{group}”</translation>
    </message>
    <message>
        <source>Read another version of the document (earlier ones are read-only)</source>
        <translation>Leer otra versión del documento (las anteriores son de solo lectura)</translation>
    </message>
    <message>
        <source>Back to the &amp;latest</source>
        <translation>&amp;Volver a la última versión</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Versiones…</translation>
    </message>
    <message>
        <source>Every version: what changed, the work kept on paragraphs gone</source>
        <translation>Todas las versiones: lo que cambió, el trabajo conservado sobre párrafos desaparecidos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {n} of {total}&lt;/b&gt;: read-only; work goes on the latest version</source>
        <translation>&lt;b&gt;Versión {n} de {total}&lt;/b&gt;: solo lectura; el trabajo se hace en la última versión</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) changed since reviewed</source>
        <translation>
            <numerusform>%n párrafo modificado desde su revisión</numerusform>
            <numerusform>%n párrafos modificados desde su revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>(&lt;a href=&apos;next&apos;&gt;next&lt;/a&gt;)</source>
        <translation>(&lt;a href=&apos;next&apos;&gt;siguiente&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>No paragraph changed since reviewed</source>
        <translation>Ningún párrafo modificado desde su revisión</translation>
    </message>
    <message>
        <source>Watching &lt;b&gt;{name}&lt;/b&gt; (&lt;a href=&apos;stop&apos;&gt;stop&lt;/a&gt;)</source>
        <translation>Vigilando &lt;b&gt;{name}&lt;/b&gt; (&lt;a href=&apos;stop&apos;&gt;detener&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Coverage is that of one review: which of the recommendations it responds to its documents address.
Choose a review to see it.</source>
        <translation>La cobertura es la de un examen: cuáles de las recomendaciones a las que responde abordan sus documentos.
Elija un examen para verla.</translation>
    </message>
    <message>
        <source>Choose a review…</source>
        <translation>Elegir un examen…</translation>
    </message>
    <message>
        <source>The review you work on (Ctrl+Shift+R)</source>
        <translation>El examen en el que trabaja (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the coverage as a workbook (XLSX) or CSV</source>
        <translation>Exportar la cobertura como libro (XLSX) o CSV</translation>
    </message>
    <message>
        <source>Words or a number (28.294)…</source>
        <translation>Palabras o un número (28.294)…</translation>
    </message>
    <message>
        <source>Theme (a recommendation with several counts under each)</source>
        <translation>Tema (una recomendación con varios cuenta en cada uno)</translation>
    </message>
    <message>
        <source>Recommending State</source>
        <translation>Estado recomendante</translation>
    </message>
    <message>
        <source>The State&apos;s position on the recommendation</source>
        <translation>La posición del Estado sobre la recomendación</translation>
    </message>
    <message>
        <source>Nobody addressed</source>
        <translation>Sin abordar</translation>
    </message>
    <message>
        <source>Only the recommendations no document addresses (a confirmed link)</source>
        <translation>Solo las recomendaciones que ningún documento aborda (un vínculo confirmado)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Show every recommendation</source>
        <translation>Mostrar todas las recomendaciones</translation>
    </message>
    <message>
        <source>Cell: paragraphs citing the recommendation — &lt;b&gt;2&lt;/b&gt; confirmed, &lt;span style=&apos;color:${cell_suggested_text}&apos;&gt;1?&lt;/span&gt; suggested; a stronger blue: more paragraphs. Click a cell (or Enter) to read them.</source>
        <translation>Celda: párrafos que citan la recomendación — &lt;b&gt;2&lt;/b&gt; confirmados, &lt;span style=&apos;color:${cell_suggested_text}&apos;&gt;1?&lt;/span&gt; sugerido; un azul más intenso: más párrafos. Haga clic en una celda (o Intro) para leerlos.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Todos los Estados</translation>
    </message>
    <message>
        <source>Every recommending State, not only the 25 with the most</source>
        <translation>Todos los Estados recomendantes, no solo los 25 con más</translation>
    </message>
    <message>
        <source>The States&apos; order</source>
        <translation>El orden de los Estados</translation>
    </message>
    <message>
        <source>Most recommendations first</source>
        <translation>Más recomendaciones primero</translation>
    </message>
    <message>
        <source>Most addressed first</source>
        <translation>Más abordadas primero</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Por nombre</translation>
    </message>
    <message>
        <source>Only themes with an addressed recommendation</source>
        <translation>Solo los temas con una recomendación abordada</translation>
    </message>
    <message>
        <source>Leave out the themes nothing addresses (a shorter chart)</source>
        <translation>Omitir los temas que nada aborda (un gráfico más corto)</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <source>By &amp;theme</source>
        <translation>Por &amp;tema</translation>
    </message>
    <message>
        <source>By &amp;State</source>
        <translation>Por &amp;Estado</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>The chart as a picture at twice its size, for a slide</source>
        <translation>El gráfico como imagen al doble de su tamaño, para una diapositiva</translation>
    </message>
    <message>
        <source>The documents of {review} respond to no recommendations in this workspace yet.
Import the previous review&apos;s Working Group report or its thematic list: its recommendations are the rows of the coverage.</source>
        <translation>Los documentos de {review} aún no responden a ninguna recomendación de este espacio de trabajo.
Importe el informe del Grupo de Trabajo del examen anterior o su lista temática: sus recomendaciones son las filas de la cobertura.</translation>
    </message>
    <message numerus="yes">
        <source>{review} · coverage by its %n document(s)</source>
        <translation>
            <numerusform>{review} · cobertura de su %n documento</numerusform>
            <numerusform>{review} · cobertura de sus %n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>{review} · no document with paragraphs yet: import its submissions</source>
        <translation>{review} · aún no hay documentos con párrafos: importe sus contribuciones</translation>
    </message>
    <message>
        <source>someone has edited the note since; their text is left as it is</source>
        <translation>alguien ha editado la nota desde entonces; su texto se deja como está</translation>
    </message>
    <message>
        <source>the note is gone</source>
        <translation>la nota ya no existe</translation>
    </message>
    <message>
        <source>Add passage note</source>
        <translation>Añadir nota sobre un fragmento</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Save note beside a colleague&apos;s</source>
        <translation>Guardar la nota junto a la de un colega</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>“{title}” brought recommendations: there is no draft to check.</source>
        <translation>“{title}” aportó recomendaciones: no hay ningún borrador que comprobar.</translation>
    </message>
    <message>
        <source>no draft</source>
        <translation>ningún borrador</translation>
    </message>
    <message>
        <source>Checking “{title}”…</source>
        <translation>Comprobando “{title}”…</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>La comprobación falló: {error}</translation>
    </message>
    <message>
        <source>This finding is about the whole document</source>
        <translation>Esta observación se refiere a todo el documento</translation>
    </message>
    <message>
        <source>Finding dismissed for this document (Ctrl+Z brings it back)</source>
        <translation>Observación descartada para este documento (Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <source>only a Word (.docx) draft can carry comments; this one is {format}</source>
        <translation>solo un borrador de Word (.docx) puede llevar comentarios; este es {format}</translation>
    </message>
    <message>
        <source>Check a draft first (F7)</source>
        <translation>Compruebe primero un borrador (F7)</translation>
    </message>
    <message>
        <source>{title} - check.docx</source>
        <translation>{title} - comprobación.docx</translation>
    </message>
    <message>
        <source>Save check report</source>
        <translation>Guardar informe de comprobación</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>The check report was not saved: {exc}</source>
        <translation>No se guardó el informe de comprobación: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Check report saved: {file} (%n finding(s))</source>
        <translation>
            <numerusform>Informe de comprobación guardado: {file} (%n observación)</numerusform>
            <numerusform>Informe de comprobación guardado: {file} (%n observaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (checked).docx</source>
        <translation>{name} (comprobado).docx</translation>
    </message>
    <message>
        <source>; the file changed since it was checked: comments went by text</source>
        <translation>; el archivo cambió desde la comprobación: los comentarios se colocaron según el texto</translation>
    </message>
    <message numerus="yes">
        <source>Annotated copy saved: {file} (%n comment(s)){note}</source>
        <translation>
            <numerusform>Copia anotada guardada: {file} (%n comentario){note}</numerusform>
            <numerusform>Copia anotada guardada: {file} (%n comentarios){note}</numerusform>
        </translation>
    </message>
    <message>
        <source>No annotated copy: {reason}</source>
        <translation>No hay copia anotada: {reason}</translation>
    </message>
    <message>
        <source>Where is the draft {file}?</source>
        <translation>¿Dónde está el borrador {file}?</translation>
    </message>
    <message>
        <source>Save annotated copy</source>
        <translation>Guardar copia anotada</translation>
    </message>
    <message>
        <source>The annotated copy was not saved: {exc}</source>
        <translation>No se guardó la copia anotada: {exc}</translation>
    </message>
    <message>
        <source>version {version} of “{title}” (document {number})</source>
        <translation>versión {version} de “{title}” (documento {number})</translation>
    </message>
    <message>
        <source>“{title}” (document {number})</source>
        <translation>“{title}” (documento {number})</translation>
    </message>
    <message>
        <source>{file} is already in the workspace as {document}</source>
        <translation>{file} ya está en el espacio de trabajo como {document}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n archivo importado</numerusform>
            <numerusform>%n archivos importados</numerusform>
        </translation>
    </message>
    <message>
        <source>, {n} failed</source>
        <translation>, {n} fallidos</translation>
    </message>
    <message>
        <source>already in the workspace: </source>
        <translation>ya en el espacio de trabajo: </translation>
    </message>
    <message>
        <source>{file} as {document}</source>
        <translation>{file} como {document}</translation>
    </message>
    <message>
        <source>{file} repeats “{title}” (document {number})</source>
        <translation>{file} repite “{title}” (documento {number})</translation>
    </message>
    <message>
        <source>Ren&amp;ame document…</source>
        <translation>Cam&amp;biar nombre del documento…</translation>
    </message>
    <message>
        <source>A new title for the selected document</source>
        <translation>Un nuevo título para el documento seleccionado</translation>
    </message>
    <message>
        <source>Edit document detai&amp;ls…</source>
        <translation>Editar &amp;detalles del documento…</translation>
    </message>
    <message>
        <source>The selected document&apos;s title, organisation and kind</source>
        <translation>El título, la organización y el tipo del documento seleccionado</translation>
    </message>
    <message>
        <source>Remove &amp;document…</source>
        <translation>Eliminar d&amp;ocumento…</translation>
    </message>
    <message>
        <source>Remove the selected document with its paragraphs and review work (Ctrl+Z brings it back)</source>
        <translation>Eliminar el documento seleccionado con sus párrafos y el trabajo de revisión (Ctrl+Z lo recupera)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>A new title</source>
        <translation>Un título nuevo</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Editar los &amp;datos…</translation>
    </message>
    <message>
        <source>Its title, organisation and kind</source>
        <translation>Su título, organización y tipo</translation>
    </message>
    <message>
        <source>R&amp;emove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove it with its paragraphs and review work (Ctrl+Z brings it back)</source>
        <translation>Quitarlo con sus párrafos y el trabajo de revisión (Ctrl+Z lo recupera)</translation>
    </message>
    <message>
        <source>Removed “{title}”; Edit › Undo brings it back</source>
        <translation>Se quitó “{title}”; Edición › Deshacer lo recupera</translation>
    </message>
    <message>
        <source>(backup copy: {file})</source>
        <translation>(copia de seguridad: {file})</translation>
    </message>
    <message>
        <source>Select a document first</source>
        <translation>Seleccione primero un documento</translation>
    </message>
    <message>
        <source>“{title}” is back</source>
        <translation>“{title}” se ha recuperado</translation>
    </message>
    <message>
        <source>The document was not brought back</source>
        <translation>El documento no se recuperó</translation>
    </message>
    <message>
        <source>Skipped {names}: already in the workspace in another format</source>
        <translation>Omitidos por estar ya en el espacio de trabajo en otro formato: {names}</translation>
    </message>
    <message>
        <source>An import is running: {names} not imported; import it again after</source>
        <translation>Hay una importación en curso: no se importó {names}; vuelva a importarlo después</translation>
    </message>
    <message>
        <source>C&amp;heck pane</source>
        <translation>Panel de co&amp;mprobación</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiones…</translation>
    </message>
    <message>
        <source>Every version of the document, what changed, the work on gone paragraphs</source>
        <translation>Todas las versiones del documento, lo que cambió y el trabajo sobre los párrafos desaparecidos</translation>
    </message>
    <message>
        <source>Import a &amp;new version of this…</source>
        <translation>Importar una versión &amp;nueva de este…</translation>
    </message>
    <message>
        <source>Choose the file holding the document&apos;s next version</source>
        <translation>Elegir el archivo con la versión siguiente del documento</translation>
    </message>
    <message>
        <source>Import the file again as the next version each time it is saved</source>
        <translation>Volver a importar el archivo como versión siguiente cada vez que se guarde</translation>
    </message>
    <message>
        <source>Chec&amp;k this draft</source>
        <translation>Compro&amp;bar este borrador</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexando…</translation>
    </message>
    <message>
        <source>New paragraphs are being added to the search index; everything else works</source>
        <translation>Se están añadiendo párrafos nuevos al índice de búsqueda; todo lo demás funciona</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n document(s) for search…</source>
        <translation>
            <numerusform>Indexando %n documento para la búsqueda…</numerusform>
            <numerusform>Indexando %n documentos para la búsqueda…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search does not find the paragraphs of %n document(s) yet: they are being indexed</source>
        <translation>
            <numerusform>La búsqueda aún no encuentra los párrafos de %n documento: se están indexando</numerusform>
            <numerusform>La búsqueda aún no encuentra los párrafos de %n documentos: se están indexando</numerusform>
        </translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>exámenes</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>el registro</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>párrafos</translation>
    </message>
    <message>
        <source>dismissed findings</source>
        <translation>observaciones descartadas</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>tagged paragraphs</source>
        <translation>párrafos etiquetados</translation>
    </message>
    <message>
        <source>tagged passages</source>
        <translation>pasajes etiquetados</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>el historial</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>links</source>
        <translation>vínculos</translation>
    </message>
    <message>
        <source>reviewed marks</source>
        <translation>marcas de revisado</translation>
    </message>
    <message>
        <source>citations</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>footnotes</source>
        <translation>notas a pie de página</translation>
    </message>
    <message>
        <source>earlier cycles&apos; recommendations</source>
        <translation>recomendaciones de ciclos anteriores</translation>
    </message>
    <message>
        <source>Wait for the import or merge under way to finish</source>
        <translation>Espere a que termine la importación o la fusión en curso</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Combinando…</translation>
    </message>
    <message>
        <source>Merged {source}: {value}</source>
        <translation>Fusión de {source} realizada: {value}</translation>
    </message>
    <message>
        <source>Wait for the merge or copy under way to finish</source>
        <translation>Espere a que termine la fusión o la copia en curso</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <source>Copy workspace</source>
        <translation>Copiar espacio de trabajo</translation>
    </message>
    <message>
        <source>Copied {total} rows to {target}</source>
        <translation>{total} filas copiadas a {target}</translation>
    </message>
    <message>
        <source>Copied {total} rows to {target}.

Work on the copy can be merged back with File › Merge workspace….</source>
        <translation>Se copiaron {total} filas a {target}.

El trabajo hecho en la copia se puede volver a combinar con Archivo › Combinar espacio de trabajo….</translation>
    </message>
    <message>
        <source>{value}: {value2}…</source>
        <translation>{value}: {value2}…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>&amp;Page view</source>
        <translation>Vista de &amp;página</translation>
    </message>
    <message>
        <source>The PDF page of the selected paragraph, the paragraph highlighted</source>
        <translation>La página PDF del párrafo seleccionado, con el párrafo resaltado</translation>
    </message>
    <message>
        <source>The file is not where it was: locate it first</source>
        <translation>El archivo no está donde estaba: localícelo primero</translation>
    </message>
    <message>
        <source>Opened {name} at page {page}</source>
        <translation>Se abrió {name} en la página {page}</translation>
    </message>
    <message>
        <source>No program to open {name} was found on this computer</source>
        <translation>No se encontró en esta computadora ningún programa para abrir {name}</translation>
    </message>
    <message>
        <source>Opened {name} in the system&apos;s viewer: go to page {page}</source>
        <translation>Se abrió {name} en el visor del sistema: vaya a la página {page}</translation>
    </message>
    <message>
        <source>Opened {name} in the program for Word documents</source>
        <translation>Se abrió {name} en el programa para documentos de Word</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Se abrió {name}</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Locate “{file}”</source>
        <translation>Localizar “{file}”</translation>
    </message>
    <message>
        <source>Found: {path}</source>
        <translation>Encontrado: {path}</translation>
    </message>
    <message>
        <source>Select words in the paragraph first: drag over them, or press F2 then Shift+arrows</source>
        <translation>Seleccione primero palabras del párrafo: arrastre sobre ellas, o pulse F2 y luego Shift+flechas</translation>
    </message>
    <message>
        <source>Untagged “{words}” from “{name}” (Ctrl+Z undoes)</source>
        <translation>Se quitó la etiqueta “{name}” de “{words}” (Ctrl+Z deshace)</translation>
    </message>
    <message>
        <source>Tagged “{words}” as “{name}” (Ctrl+Z undoes)</source>
        <translation>Se etiquetó “{words}” como “{name}” (Ctrl+Z deshace)</translation>
    </message>
    <message>
        <source>Tag the selected words</source>
        <translation>Etiquetar las palabras seleccionadas</translation>
    </message>
    <message>
        <source>New tag:</source>
        <translation>Nueva etiqueta:</translation>
    </message>
    <message>
        <source>Shift+arrows select words; then 1–9 tag them, Shift+N notes them; Esc leaves</source>
        <translation>Shift+flechas selecciona palabras; luego 1–9 las etiqueta, Shift+N les añade una nota; Esc sale</translation>
    </message>
    <message>
        <source>Select a paragraph first</source>
        <translation>Seleccione primero un párrafo</translation>
    </message>
    <message>
        <source>&amp;Tag selection</source>
        <translation>&amp;Etiquetar la selección</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark scheme</source>
        <translation>Seguir el esquema claro u oscuro del escritorio</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>Dark text on light panes</source>
        <translation>Texto oscuro sobre paneles claros</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Light text on dark panes</source>
        <translation>Texto claro sobre paneles oscuros</translation>
    </message>
    <message>
        <source>&lt;b&gt;No documents yet&lt;/b&gt;&lt;br&gt;Import submissions and UN documents (PDF, Word, text), or drop their files here.</source>
        <translation>&lt;b&gt;Aún no hay documentos&lt;/b&gt;&lt;br&gt;Importe contribuciones y documentos de las Naciones Unidas (PDF, Word, texto), o suelte sus archivos aquí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No documents in this review yet&lt;/b&gt;&lt;br&gt;Import its documents, or drop their files here; “All reviews” in the toolbar shows every document.</source>
        <translation>&lt;b&gt;Aún no hay documentos en este examen&lt;/b&gt;&lt;br&gt;Importe sus documentos, o suelte sus archivos aquí; “Todos los exámenes” en la barra de herramientas muestra todos los documentos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendations yet&lt;/b&gt;&lt;br&gt;The registry fills from the UN documents that list them: the Working Group&apos;s report on a review (A/HRC/…, PDF or Word), its addendum with the State&apos;s responses, OHCHR&apos;s thematic list of recommendations, or a UPR Info database export (XLSX or CSV).  Import them, or drop their files here; submissions citing them then link to them.</source>
        <translation>&lt;b&gt;Aún no hay recomendaciones&lt;/b&gt;&lt;br&gt;El registro se llena a partir de los documentos de las Naciones Unidas que las enumeran: el informe del Grupo de Trabajo sobre un examen (A/HRC/…, PDF o Word), su adición con las respuestas del Estado, la lista temática de recomendaciones del ACNUDH o una exportación de la base de datos de UPR Info (XLSX o CSV).  Impórtelos, o suelte sus archivos aquí; las contribuciones que las citan quedarán vinculadas a ellas.</translation>
    </message>
    <message>
        <source>No notes on this paragraph</source>
        <translation>No hay notas sobre este párrafo</translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendations for this review yet&lt;/b&gt;&lt;br&gt;Import the Working Group&apos;s report on it (A/HRC/…), its addendum with the State&apos;s responses or OHCHR&apos;s thematic list.</source>
        <translation>&lt;b&gt;Aún no hay recomendaciones para este examen&lt;/b&gt;&lt;br&gt;Importe el informe del Grupo de Trabajo sobre él (A/HRC/…), su adición con las respuestas del Estado o la lista temática del ACNUDH.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Links, tags and notes are recorded as {name}</source>
        <translation>Los vínculos, etiquetas y notas se registran a nombre de {name}</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <source>&lt;b&gt;¶ 2&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:small&apos;&gt;Title&lt;/span&gt;</source>
        <translation>&lt;b&gt;¶ 2&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:small&apos;&gt;Título&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{current_review} is no longer a review: showing all reviews</source>
        <translation>{current_review} ya no es un examen: se muestran todos los exámenes</translation>
    </message>
    <message>
        <source>No review {code} in this workspace</source>
        <translation>No hay ningún examen {code} en este espacio de trabajo</translation>
    </message>
    <message>
        <source> Review: </source>
        <translation> Examen: </translation>
    </message>
    <message>
        <source>Choose a review first: predecessors are found for one review</source>
        <translation>Elija primero un examen: los antecedentes se buscan para un examen concreto</translation>
    </message>
    <message numerus="yes">
        <source>%n possible predecessor(s) in the earlier cycles of {review}; confirm or reject them in the Paragraph pane</source>
        <translation>
            <numerusform>%n posible antecedente en los ciclos anteriores de {review}; confírmelo o rechácelo en el panel Párrafo</numerusform>
            <numerusform>%n posibles antecedentes en los ciclos anteriores de {review}; confírmelos o rechácelos en el panel Párrafo</numerusform>
        </translation>
    </message>
    <message>
        <source>no review</source>
        <translation>ningún examen</translation>
    </message>
    <message>
        <source>Confirm review {code}</source>
        <translation>Confirmar el examen {code}</translation>
    </message>
    <message>
        <source>Move to {code}</source>
        <translation>Mover a {code}</translation>
    </message>
    <message>
        <source>Take out of its review</source>
        <translation>Sacar de su examen</translation>
    </message>
    <message>
        <source>“{title}” is part of {label}</source>
        <translation>“{title}” forma parte de {label}</translation>
    </message>
    <message>
        <source>; choose that review to see it</source>
        <translation>; elija ese examen para verlo</translation>
    </message>
    <message>
        <source>Moved “{title}” to {label}{where} (Ctrl+Z puts it back)</source>
        <translation>“{title}” se movió a {label}{where} (Ctrl+Z lo devuelve)</translation>
    </message>
    <message>
        <source>Nothing to propose: its short numbers read directly</source>
        <translation>Nada que proponer: sus números abreviados se leen directamente</translation>
    </message>
    <message>
        <source>Read short numbers as {reading}</source>
        <translation>Leer los números abreviados según {reading}</translation>
    </message>
    <message>
        <source>Read short numbers automatically</source>
        <translation>Leer los números abreviados automáticamente</translation>
    </message>
    <message>
        <source>A team workspace is backed up on its server by its administrator (pg_dump); the command line&apos;s `copy --to FILE.sqlite` takes a copy to a file</source>
        <translation>El administrador de un espacio de trabajo de equipo hace sus copias de seguridad en el servidor (pg_dump); el comando `copy --to FILE.sqlite` de la línea de comandos hace una copia en un archivo</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace…</source>
        <translation>Conectar a espacio de trabajo de &amp;equipo…</translation>
    </message>
    <message>
        <source>Open a PostgreSQL database the team shares: server, database, user (the password is never stored)</source>
        <translation>Abrir una base de datos PostgreSQL que comparte el equipo: servidor, base de datos, usuario (la contraseña nunca se guarda)</translation>
    </message>
    <message>
        <source>Paragraph histor&amp;y</source>
        <translation>&amp;Historial del párrafo</translation>
    </message>
    <message>
        <source>Who did what to the selected paragraph, and when</source>
        <translation>Quién hizo qué en el párrafo seleccionado, y cuándo</translation>
    </message>
    <message>
        <source>Who did what to the paragraph, and when (Ctrl+H)</source>
        <translation>Quién hizo qué en el párrafo, y cuándo (Ctrl+H)</translation>
    </message>
    <message>
        <source>Team workspace (your role: {role})  </source>
        <translation>Espacio de trabajo de equipo (su rol: {role})  </translation>
    </message>
    <message>
        <source>This window cannot open another workspace</source>
        <translation>Esta ventana no puede abrir otro espacio de trabajo</translation>
    </message>
    <message>
        <source>Version {} is read-only: “Back to the latest” (above the paragraphs) to work on it</source>
        <translation>La versión {} es de solo lectura: use “Volver a la última versión” (encima de los párrafos) para trabajar en ella</translation>
    </message>
    <message>
        <source>No version {version} of this document</source>
        <translation>No existe la versión {version} de este documento</translation>
    </message>
    <message>
        <source>Reading version {version} of “{title}” (read-only)</source>
        <translation>Leyendo la versión {version} de “{title}” (solo lectura)</translation>
    </message>
    <message>
        <source>No paragraph here has changed since it was reviewed</source>
        <translation>Ningún párrafo de aquí ha cambiado desde que se revisó</translation>
    </message>
    <message>
        <source>Only a document with paragraphs of its own can have versions</source>
        <translation>Solo un documento con párrafos propios puede tener versiones</translation>
    </message>
    <message>
        <source>An import is running; try again when it has finished</source>
        <translation>Hay una importación en curso; vuelva a intentarlo cuando haya terminado</translation>
    </message>
    <message>
        <source>“{title}”: {r}</source>
        <translation>“{title}”: {r}</translation>
    </message>
    <message>
        <source>Words, in any order (text, recommending States, State under review); a number: 115.1 lists 115.1, 115.10–115.19 and 115.100–115.199, and selects 115.1; 28. lists all of paragraph 28; a report symbol: A/HRC/28/15; or a mix: A/HRC/40/6 28.294</source>
        <translation>Palabras, en cualquier orden (texto, Estados recomendantes, Estado examinado); un número: 115.1 muestra 115.1, 115.10–115.19 y 115.100–115.199, y selecciona 115.1; 28. muestra todo el párrafo 28; una signatura: A/HRC/28/15; o una combinación: A/HRC/40/6 28.294</translation>
    </message>
    <message>
        <source>“{typed}” has no recommendation number; type one like 28.294 or pick from the list</source>
        <translation>“{typed}” no tiene número de recomendación; escriba uno como 28.294 o elija de la lista</translation>
    </message>
    <message>
        <source>{number} is ambiguous or unknown: type the report symbol too, e.g. A/HRC/40/6 {number}</source>
        <translation>{number} es ambiguo o desconocido: escriba también la signatura del informe, p. ej. A/HRC/40/6 {number}</translation>
    </message>
    <message>
        <source>Something went wrong inside UPR Reviewer: a program error, not something you did. Your work saved so far is safe, and the window stays open.</source>
        <translation>Algo salió mal dentro de UPR Reviewer: es un error del programa, no algo que usted haya hecho. El trabajo guardado hasta ahora está a salvo y la ventana sigue abierta.</translation>
    </message>
    <message>
        <source>The details could not be written down; please report what you were doing.</source>
        <translation>No se pudieron guardar los detalles; informe de lo que estaba haciendo.</translation>
    </message>
    <message>
        <source>The details are in {file}: please send that file with a note of what you were doing.</source>
        <translation>Los detalles están en {file}: envíe ese archivo con una nota sobre lo que estaba haciendo.</translation>
    </message>
    <message>
        <source>{value}
Also: {message}</source>
        <translation>{value}
Además: {message}</translation>
    </message>
    <message>
        <source>Also: {message}</source>
        <translation>Además: {message}</translation>
    </message>
    <message>
        <source>Coverage — {value}</source>
        <translation>Cobertura — {value}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, separado por comas (*.csv)</translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation>Exportar cobertura</translation>
    </message>
    <message>
        <source>{review} coverage.xlsx</source>
        <translation>{review} cobertura.xlsx</translation>
    </message>
    <message>
        <source>The coverage is that of one review: choose a review first (the Review switcher in the toolbar, Ctrl+Shift+R), then export it.</source>
        <translation>La cobertura es la de un examen: elija primero un examen (el selector de examen de la barra de herramientas, Ctrl+Mayús+R) y luego expórtela.</translation>
    </message>
    <message>
        <source>Export the coverage of {review}</source>
        <translation>Exportar la cobertura de {review}</translation>
    </message>
    <message>
        <source>The coverage export is not available: {error}</source>
        <translation>La exportación de la cobertura no está disponible: {error}</translation>
    </message>
    <message>
        <source>The coverage was not exported</source>
        <translation>La cobertura no se exportó</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>No se pudo escribir {file}: {error}</translation>
    </message>
    <message>
        <source>Exported the coverage of {review} to {name}</source>
        <translation>Cobertura de {review} exportada a {name}</translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation>Ningún documento seleccionado</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>One of the UN&apos;s lists of recommendations, or a document without paragraphs: it is not one of the documents whose coverage is counted.</source>
        <translation>Una de las listas de recomendaciones de las Naciones Unidas, o un documento sin párrafos: no es uno de los documentos cuya cobertura se cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Cites {n} of {review}&apos;s %n recommendation(s)</source>
        <translation>
            <numerusform>Cita {n} de la %n recomendación de {review}</numerusform>
            <numerusform>Cita {n} de las %n recomendaciones de {review}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cites {n} of the %n recommendation(s)</source>
        <translation>
            <numerusform>Cita {n} de la %n recomendación</numerusform>
            <numerusform>Cita {n} de las %n recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more suggested</source>
        <translation>
            <numerusform>%n más sugerida</numerusform>
            <numerusform>%n más sugeridas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the %n theme(s) it writes about, {more} more it does not cite.</source>
        <translation>
            <numerusform>En el %n tema que trata, {more} más que no cita.</numerusform>
            <numerusform>En los %n temas que trata, {more} más que no cita.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{value}&apos;&gt;{text}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{value}&apos;&gt;{text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Cites ({n})</source>
        <translation>Cita ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s); double-click to read</source>
        <translation>
            <numerusform>%n párrafo; doble clic para leer</numerusform>
            <numerusform>%n párrafos; doble clic para leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested, not yet confirmed ({n})</source>
        <translation>Sugeridas, aún sin confirmar ({n})</translation>
    </message>
    <message>
        <source>a suggested link; double-click to read and confirm it</source>
        <translation>un vínculo sugerido; doble clic para leerlo y confirmarlo</translation>
    </message>
    <message>
        <source>Expected, not cited ({n})</source>
        <translation>Esperadas, no citadas ({n})</translation>
    </message>
    <message>
        <source>“{title}” does not cite {number}</source>
        <translation>“{title}” no cita {number}</translation>
    </message>
    <message>
        <source>No paragraph selected</source>
        <translation>Ningún párrafo seleccionado</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED}&apos;&gt;No paragraph selected&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{MUTED}&apos;&gt;Ningún párrafo seleccionado&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{where}&lt;/b&gt;&lt;span style=&apos;color:{MUTED}&apos;&gt;{page}&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;color:{MUTED}; font-size:small&apos;&gt;{short}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{where}&lt;/b&gt;&lt;span style=&apos;color:{MUTED}&apos;&gt;{page}&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;color:{MUTED}; font-size:small&apos;&gt;{short}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Sources give different texts</source>
        <translation>Las fuentes dan textos distintos</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Cuadro</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>Nota al pie</translation>
    </message>
    <message>
        <source>in cycle {cycle}</source>
        <translation>en el ciclo {cycle}</translation>
    </message>
    <message>
        <source>in {symbol}</source>
        <translation>en {symbol}</translation>
    </message>
    <message>
        <source>also recommended {where} by {states}: {number} — {position}</source>
        <translation>también recomendada {where} por {states}: {number} — {position}</translation>
    </message>
    <message>
        <source>also recommended {where}: {number} — {position}</source>
        <translation>también recomendada {where}: {number} — {position}</translation>
    </message>
    <message>
        <source>(what each says differently from the text above is highlighted)</source>
        <translation>(lo que cada una dice de forma distinta del texto anterior está resaltado)</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>sin texto</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Changed since reviewed</source>
        <translation>Cambiado desde la revisión</translation>
    </message>
    <message>
        <source>Its text changed in a new version after someone worked on it (notes, tags, links or a reviewed mark followed it): read the difference, then mark it reviewed</source>
        <translation>Su texto cambió en una nueva versión después de que alguien trabajara en él (lo siguieron notas, etiquetas, vínculos o una marca de revisado): lea la diferencia y luego márquelo como revisado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>split from a longer paragraph</source>
        <translation>separado de un párrafo más largo</translation>
    </message>
    <message>
        <source>merged from several paragraphs</source>
        <translation>combinado a partir de varios párrafos</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n movido</numerusform>
            <numerusform>%n movidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n editado</numerusform>
            <numerusform>%n editados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n split</source>
        <translation>
            <numerusform>%n dividido</numerusform>
            <numerusform>%n divididos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n combinado</numerusform>
            <numerusform>%n combinados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>no paragraphs</source>
        <translation>ningún párrafo</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>{counts} on paragraphs that are gone</source>
        <translation>{counts} en párrafos que ya no están</translation>
    </message>
    <message>
        <source>{what} in version {version}</source>
        <translation>{what} en la versión {version}</translation>
    </message>
    <message>
        <source>was {labels}</source>
        <translation>era {labels}</translation>
    </message>
    <message>
        <source>{what}: removed words struck through, added ones underlined</source>
        <translation>{what}: palabras eliminadas tachadas, añadidas subrayadas</translation>
    </message>
    <message>
        <source>v{version} (latest)</source>
        <translation>v{version} (última)</translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message numerus="yes">
        <source>{file}, imported {when}, %n paragraph(s)</source>
        <translation>
            <numerusform>{file}, importado el {when}, %n párrafo</numerusform>
            <numerusform>{file}, importado el {when}, %n párrafos</numerusform>
        </translation>
    </message>
    <message>
        <source>latest</source>
        <translation>última</translation>
    </message>
    <message>
        <source>the first version</source>
        <translation>la primera versión</translation>
    </message>
    <message>
        <source>Read only (your role: reader)</source>
        <translation>Solo lectura (su rol: lector)</translation>
    </message>
    <message>
        <source>{read_only}: you may read this team workspace but not change it; its administrator can give you the reviewers&apos; role</source>
        <translation>{read_only}: puede leer este espacio de trabajo de equipo pero no modificarlo; su administrador puede darle la función de revisor</translation>
    </message>
    <message>
        <source>Your role is {role}: you may tag, note, link and mark paragraphs reviewed, but not import, remove or edit documents; its administrator can give you the editors&apos; role</source>
        <translation>Su función es {role}: puede etiquetar, anotar, vincular y marcar párrafos como revisados, pero no importar, quitar ni editar documentos; su administrador puede darle la función de editor</translation>
    </message>
    <message>
        <source>Your role is {role}: you may tag, note, link and mark paragraphs reviewed, but not change this; its administrator can give you the editors&apos; role</source>
        <translation>Su función es {role}: puede etiquetar, anotar, vincular y marcar párrafos como revisados, pero no cambiar esto; su administrador puede darle la función de editor</translation>
    </message>
    <message>
        <source>could not undo {action}: {error}</source>
        <translation>no se pudo deshacer «{action}»: {error}</translation>
    </message>
    <message>
        <source>could not redo {action}: {error}</source>
        <translation>no se pudo rehacer «{action}»: {error}</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n más)</numerusform>
            <numerusform> (+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggesting for “{short}”{more}…</source>
        <translation>Sugiriendo para “{short}”{more}…</translation>
    </message>
    <message>
        <source>No tag {n} yet: press T to create one</source>
        <translation>Aún no hay ninguna etiqueta {n}: pulse T para crear una</translation>
    </message>
    <message>
        <source>Rank, for each paragraph of the selected document, the recommendations it likely speaks to without citing them (they count nowhere until accepted with Y)</source>
        <translation>Clasificar, para cada párrafo del documento seleccionado, las recomendaciones a las que probablemente se refiere sin citarlas (no cuentan en ninguna parte hasta que se aceptan con Y)</translation>
    </message>
    <message>
        <source>select a document first</source>
        <translation>seleccione primero un documento</translation>
    </message>
    <message>
        <source>Suggestions for “{title}” are on their way</source>
        <translation>Las sugerencias para “{title}” están en camino</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>el documento</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) for {paragraphs} of {of} paragraphs of “{title}”</source>
        <translation>
            <numerusform>%n sugerencia para {paragraphs} de {of} párrafos de “{title}”</numerusform>
            <numerusform>%n sugerencias para {paragraphs} de {of} párrafos de “{title}”</numerusform>
        </translation>
    </message>
    <message>
        <source>; Y accepts one, X rejects it (Paragraph pane)</source>
        <translation>; Y acepta una, X la rechaza (panel Párrafo)</translation>
    </message>
    <message>
        <source>No suggestions for “{title}”: {error}</source>
        <translation>No hay sugerencias para “{title}”: {error}</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <source>Suggestions cannot be made for “{title}”: {reason}.</source>
        <translation>No se pueden hacer sugerencias para “{title}”: {reason}.</translation>
    </message>
    <message>
        <source>Import the document&apos;s file again, as its next version, each time it is saved (in Word or LibreOffice); the window follows</source>
        <translation>Volver a importar el archivo del documento, como su siguiente versión, cada vez que se guarde (en Word o LibreOffice); la ventana lo sigue</translation>
    </message>
    <message>
        <source>an earlier version: watch the document&apos;s latest version</source>
        <translation>una versión anterior: vigile la última versión del documento</translation>
    </message>
    <message>
        <source>it brought recommendations to the registry: such files have no versions</source>
        <translation>aportó recomendaciones al registro: esos archivos no tienen versiones</translation>
    </message>
    <message>
        <source>Stopped watching “{title}”</source>
        <translation>Se dejó de vigilar “{title}”</translation>
    </message>
    <message>
        <source>Stopped watching the file</source>
        <translation>Se dejó de vigilar el archivo</translation>
    </message>
    <message>
        <source>Cannot watch this document&apos;s file: {reason}</source>
        <translation>No se puede vigilar el archivo de este documento: {reason}</translation>
    </message>
    <message>
        <source>Watching {name}: each save is imported as the next version of “{title}”</source>
        <translation>Vigilando {name}: cada vez que se guarda, se importa como la siguiente versión de “{title}”</translation>
    </message>
    <message>
        <source>Where is {file}? (the file to watch)</source>
        <translation>¿Dónde está {file}? (el archivo que se vigilará)</translation>
    </message>
    <message>
        <source>{file};;All files (*)</source>
        <translation>{file};;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Date &amp;imported</source>
        <translation>Fecha de &amp;importación</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>&amp;Párrafos</translation>
    </message>
    <message>
        <source>&amp;Reviewed share</source>
        <translation>Proporción &amp;revisada</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Descendente</translation>
    </message>
    <message>
        <source>&amp;Confirm review: {review}</source>
        <translation>&amp;Confirmar el examen: {review}</translation>
    </message>
    <message>
        <source>&amp;Move to review</source>
        <translation>&amp;Mover al examen</translation>
    </message>
    <message>
        <source>Co&amp;verage of this document…</source>
        <translation>Co&amp;bertura de este documento…</translation>
    </message>
    <message>
        <source>The recommendations it cites, and those it was expected to address</source>
        <translation>Las recomendaciones que cita y las que se esperaba que abordara</translation>
    </message>
    <message>
        <source>Not for this document: {reason}</source>
        <translation>No para este documento: {reason}</translation>
    </message>
    <message>
        <source>Recommendations its paragraphs likely speak to without citing them</source>
        <translation>Recomendaciones de las que probablemente tratan sus párrafos sin citarlas</translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation>&amp;Otro…</translation>
    </message>
    <message numerus="yes">
        <source>◉ Watching %n file(s)</source>
        <translation>
            <numerusform>◉ Vigilando %n archivo</numerusform>
            <numerusform>◉ Vigilando %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>el borrador</translation>
    </message>
    <message>
        <source>Draft saved ({name}) but not imported: {error}</source>
        <translation>Borrador guardado ({name}) pero no importado: {error}</translation>
    </message>
    <message>
        <source>Draft saved ({name}): {result}</source>
        <translation>Borrador guardado ({name}): {result}</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>The window&apos;s translations could not be loaded; it stays as it is</source>
        <translation>No se pudieron cargar las traducciones de la ventana; se queda como está</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from the next start</source>
        <translation>La ventana estará en el idioma elegido a partir del próximo inicio</translation>
    </message>
    <message>
        <source>The window now speaks {language}; the undo history starts afresh</source>
        <translation>La ventana está ahora en {language}; el historial de deshacer empieza de nuevo</translation>
    </message>
    <message>
        <source>Link to {number}</source>
        <translation>Vincular a {number}</translation>
    </message>
    <message>
        <source>Confirm {number}</source>
        <translation>Confirmar {number}</translation>
    </message>
    <message>
        <source>Reject {number}</source>
        <translation>Rechazar {number}</translation>
    </message>
    <message>
        <source>Re-suggest {number}</source>
        <translation>Volver a sugerir {number}</translation>
    </message>
    <message>
        <source>the link to {number} is gone</source>
        <translation>el vínculo a {number} ya no existe</translation>
    </message>
    <message>
        <source>Accept suggestion {number}</source>
        <translation>Aceptar la sugerencia {number}</translation>
    </message>
    <message>
        <source>Reject suggestion {number}</source>
        <translation>Rechazar la sugerencia {number}</translation>
    </message>
    <message>
        <source>Unlink {number}</source>
        <translation>Desvincular {number}</translation>
    </message>
    <message>
        <source>Tag “{name}”</source>
        <translation>Etiquetar “{name}”</translation>
    </message>
    <message>
        <source>Untag “{name}”</source>
        <translation>Quitar la etiqueta “{name}”</translation>
    </message>
    <message>
        <source>Mark reviewed (changed paragraph)</source>
        <translation>Marcar como revisado (párrafo cambiado)</translation>
    </message>
    <message>
        <source>Mark unreviewed (changed paragraph)</source>
        <translation>Marcar como no revisado (párrafo cambiado)</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <source>Mark unreviewed</source>
        <translation>Marcar como no revisado</translation>
    </message>
    <message>
        <source>Mark changed since reviewed</source>
        <translation>Marcar «cambiado desde la revisión»</translation>
    </message>
    <message>
        <source>Clear “changed since reviewed”</source>
        <translation>Quitar “cambiado desde la revisión”</translation>
    </message>
    <message>
        <source>Confirm {number} as earlier recommendation</source>
        <translation>Confirmar {number} como recomendación anterior</translation>
    </message>
    <message>
        <source>Reject {number} as earlier recommendation</source>
        <translation>Rechazar {number} como recomendación anterior</translation>
    </message>
    <message>
        <source>Re-suggest {number} as earlier recommendation</source>
        <translation>Volver a sugerir {number} como recomendación anterior</translation>
    </message>
    <message>
        <source>{number} is no longer suggested as an earlier recommendation</source>
        <translation>{number} ya no se sugiere como recomendación anterior</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Descartar la observación</translation>
    </message>
    <message>
        <source>Restore finding</source>
        <translation>Restablecer la observación</translation>
    </message>
    <message>
        <source>Daily backup: {name}</source>
        <translation>Copia de seguridad diaria: {name}</translation>
    </message>
    <message>
        <source>No recommendations to show</source>
        <translation>No hay recomendaciones que mostrar</translation>
    </message>
    <message>
        <source>coverage by State</source>
        <translation>cobertura por Estado</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>recomendaciones</translation>
    </message>
    <message>
        <source>addressed</source>
        <translation>abordadas</translation>
    </message>
    <message>
        <source>{n} addressed</source>
        <translation>{n} abordadas</translation>
    </message>
    <message numerus="yes">
        <source>and %n more State(s)</source>
        <translation>
            <numerusform>y %n Estado más</numerusform>
            <numerusform>y %n Estados más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{state}: %n recommendation(s), {addressed} addressed</source>
        <translation>
            <numerusform>{state}: %n recomendación, {addressed} abordada(s)</numerusform>
            <numerusform>{state}: %n recomendaciones, {addressed} abordada(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to filter the matrix</source>
        <translation>Haga clic para filtrar la matriz</translation>
    </message>
    <message>
        <source>each cell: recommendations addressed / the theme&apos;s recommendations</source>
        <translation>cada celda: recomendaciones abordadas / recomendaciones del tema</translation>
    </message>
    <message>
        <source>coverage by theme</source>
        <translation>cobertura por tema</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{who}: {n} of {total} addressed</source>
        <translation>{who}: {n} de {total} abordadas</translation>
    </message>
    <message>
        <source>{theme}: {n} of {total} addressed</source>
        <translation>{theme}: {n} de {total} abordadas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Abordada por</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>Estados recomendantes</translation>
    </message>
    <message numerus="yes">
        <source>%n rec(s)</source>
        <translation>
            <numerusform>%n recom.</numerusform>
            <numerusform>%n recom.</numerusform>
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
        <translation>{n} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>Addresses {n} of the {total} recommendations shown: %n confirmed paragraph(s), {suggested} suggested</source>
        <translation>
            <numerusform>Aborda {n} de las {total} recomendaciones mostradas: %n párrafo confirmado, {suggested} sugerido(s)</numerusform>
            <numerusform>Aborda {n} de las {total} recomendaciones mostradas: %n párrafos confirmados, {suggested} sugerido(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>How many documents address each recommendation (a confirmed link)</source>
        <translation>Cuántos documentos abordan cada recomendación (un vínculo confirmado)</translation>
    </message>
    <message>
        <source>Grouped by the first theme of each recommendation (the filter&apos;s theme when one is chosen)</source>
        <translation>Agrupadas por el primer tema de cada recomendación (el tema del filtro cuando se elige uno)</translation>
    </message>
    <message numerus="yes">
        <source>%n doc(s)</source>
        <translation>
            <numerusform>%n doc.</numerusform>
            <numerusform>%n docs.</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} to confirm</source>
        <translation> · {n} por confirmar</translation>
    </message>
    <message>
        <source>{review}: {state}, cycle {cycle}</source>
        <translation>{review}: {state}, ciclo {cycle}</translation>
    </message>
    <message>
        <source>, session {n}</source>
        <translation>, período de sesiones {n}</translation>
    </message>
    <message>
        <source>Dated by {what}</source>
        <translation>Fechado según {what}</translation>
    </message>
    <message>
        <source>Documents not placed in any review</source>
        <translation>Documentos no asignados a ningún examen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>The day the document was imported</source>
        <translation>El día en que se importó el documento</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>SuR</source>
        <translation>EbE</translation>
    </message>
    <message>
        <source>Paragraphs citing it</source>
        <translation>Párrafos que la citan</translation>
    </message>
    <message>
        <source>The Working Group report that made the recommendation</source>
        <translation>El informe del Grupo de Trabajo que formuló la recomendación</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>Estado examinado</translation>
    </message>
    <message>
        <source>State under review: {state}</source>
        <translation>Estado examinado: {state}</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <source>paragraph {n} (unnumbered)</source>
        <translation>párrafo {n} (sin numerar)</translation>
    </message>
    <message>
        <source>whole document</source>
        <translation>todo el documento</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Dismissed by {who}</source>
        <translation>Descartada por {who}</translation>
    </message>
    <message>
        <source>the guidelines&apos;</source>
        <translation>la de las directrices</translation>
    </message>
    <message>
        <source>Words allowed (footnotes aside); the guidelines&apos;: {one} for one organisation, {joint} for a joint submission</source>
        <translation>Palabras permitidas (sin contar las notas al pie); según las directrices: {one} para una organización, {joint} para una contribución conjunta</translation>
    </message>
    <message>
        <source>&amp;Word limit:</source>
        <translation>&amp;Límite de palabras:</translation>
    </message>
    <message>
        <source>&amp;Joint submission</source>
        <translation>Contribución &amp;conjunta</translation>
    </message>
    <message>
        <source>Count &amp;footnotes</source>
        <translation>Contar &amp;notas al pie</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss the selected finding for this document (Delete)</source>
        <translation>Descartar la observación seleccionada para este documento (Supr)</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>R&amp;establecer</translation>
    </message>
    <message>
        <source>List the selected dismissed finding again</source>
        <translation>Volver a mostrar la observación descartada seleccionada</translation>
    </message>
    <message>
        <source>Show dis&amp;missed</source>
        <translation>&amp;Mostrar descartadas</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <source>The findings as a Word report (.docx)</source>
        <translation>Las observaciones como informe de Word (.docx)</translation>
    </message>
    <message>
        <source>Save &amp;annotated copy…</source>
        <translation>Guardar copia &amp;anotada…</translation>
    </message>
    <message>
        <source>Select a draft to check it.</source>
        <translation>Seleccione un borrador para comprobarlo.</translation>
    </message>
    <message>
        <source>{words} of {limit} words</source>
        <translation>{words} de {limit} palabras</translation>
    </message>
    <message>
        <source>nothing left to fix</source>
        <translation>nada pendiente de corregir</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n observación</numerusform>
            <numerusform>%n observaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dismissed</source>
        <translation>
            <numerusform>, %n descartada</numerusform>
            <numerusform>, %n descartadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: {fix}
Key: {key}</source>
        <translation>Corrección: {fix}
Clave: {key}</translation>
    </message>
    <message>
        <source>A copy of the Word draft with each finding as a comment on its paragraph</source>
        <translation>Una copia del borrador de Word con cada observación como comentario en su párrafo</translation>
    </message>
    <message>
        <source>Not available: {reason}</source>
        <translation>No disponible: {reason}</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation>Documento {number}</translation>
    </message>
    <message>
        <source>{who} does not cite {number}</source>
        <translation>{who} no cita {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmado</numerusform>
            <numerusform>%n confirmados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested</source>
        <translation>
            <numerusform>%n sugerido</numerusform>
            <numerusform>%n sugeridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} cites {number} in %n paragraph(s) ({links})
Click (or Enter) to read them</source>
        <translation>
            <numerusform>{who} cita {number} en %n párrafo ({links})
Haga clic (o Intro) para leerlo</numerusform>
            <numerusform>{who} cita {number} en %n párrafos ({links})
Haga clic (o Intro) para leerlos</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>{addressed} of {total} recommendations addressed</source>
        <translation>{addressed} de {total} recomendaciones abordadas</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) cite {number}</source>
        <translation>
            <numerusform>%n párrafo cita {number}</numerusform>
            <numerusform>%n párrafos citan {number}</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>Párrafo {n}</translation>
    </message>
    <message>
        <source>(suggested)</source>
        <translation>(sugerido)</translation>
    </message>
    <message>
        <source>Select a row to read the recommendation</source>
        <translation>Seleccione una fila para leer la recomendación</translation>
    </message>
    <message>
        <source>Addressed by nobody</source>
        <translation>No la aborda nadie</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <source>Any State</source>
        <translation>Cualquier Estado</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Cualquier posición</translation>
    </message>
    <message>
        <source>Nobody addressed ({n})</source>
        <translation>Sin abordar ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) · {addressed} addressed</source>
        <translation>
            <numerusform>%n recomendación · {addressed} abordada(s)</numerusform>
            <numerusform>%n recomendaciones · {addressed} abordada(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {n} of {total} · {addressed} addressed</source>
        <translation>Se muestran {n} de {total} · {addressed} abordadas</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation> (filtrado)</translation>
    </message>
    <message>
        <source>{review}: recommendations addressed, by theme</source>
        <translation>{review}: recomendaciones abordadas, por tema</translation>
    </message>
    <message>
        <source>{recommendations} recommendations × {documents} documents; a recommendation with several themes counts under each</source>
        <translation>{recommendations} recomendaciones × {documents} documentos; una recomendación con varios temas cuenta en cada uno</translation>
    </message>
    <message>
        <source>{review}: recommendations by recommending State</source>
        <translation>{review}: recomendaciones por Estado recomendante</translation>
    </message>
    <message>
        <source>{recommendations} recommendations; addressed: a document has a confirmed link to it</source>
        <translation>{recommendations} recomendaciones; abordada: un documento tiene un vínculo confirmado con ella</translation>
    </message>
    <message>
        <source>Addressed by {documents}</source>
        <translation>Abordada por {documents}</translation>
    </message>
    <message>
        <source>no State named</source>
        <translation>ningún Estado indicado</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>sin tema</translation>
    </message>
    <message>
        <source>{document} does not cite {number}</source>
        <translation>{document} no cita {number}</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Este documento</translation>
    </message>
    <message>
        <source>Which documents the filters run over</source>
        <translation>Los documentos a los que se aplican los filtros</translation>
    </message>
    <message>
        <source>Only paragraphs with this tag</source>
        <translation>Solo los párrafos con esta etiqueta</translation>
    </message>
    <message>
        <source>Recommendation…</source>
        <translation>Recom.…</translation>
    </message>
    <message>
        <source>Only paragraphs linked to this recommendation (e.g. 28.294)</source>
        <translation>Solo los párrafos vinculados a esta recomendación (p. ej. 28.294)</translation>
    </message>
    <message>
        <source>Has note</source>
        <translation>Con nota</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>No revisados</translation>
    </message>
    <message>
        <source>Clear the filters (Ctrl+Shift+X)</source>
        <translation>Borrar los filtros (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Whole review</source>
        <translation>Todo el examen</translation>
    </message>
    <message>
        <source>Every document of {review}</source>
        <translation>Todos los documentos de {review}</translation>
    </message>
    <message>
        <source>Every document of the workspace</source>
        <translation>Todos los documentos del espacio de trabajo</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>No recommendation “{text}” in the registry</source>
        <translation>No hay ninguna recomendación “{text}” en el registro</translation>
    </message>
    <message>
        <source>All documents of {review}</source>
        <translation>Todos los documentos de {review}</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) match the filters</source>
        <translation>
            <numerusform>%n párrafo coincide con los filtros</numerusform>
            <numerusform>%n párrafos coinciden con los filtros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n párrafo</numerusform>
            <numerusform>%n párrafos</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} reviewed</source>
        <translation> · {n} revisado(s)</translation>
    </message>
    <message>
        <source> · version {n}</source>
        <translation> · versión {n}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>This document has no paragraphs to read: it fed the recommendation registry (see View → Recommendations).</source>
        <translation>Este documento no tiene párrafos que leer: alimentó el registro de recomendaciones (vea Ver → Recomendaciones).</translation>
    </message>
    <message>
        <source>No paragraph matches these filters — &lt;a href=&apos;clear&apos;&gt;Clear filters&lt;/a&gt; (Ctrl+Shift+X)</source>
        <translation>Ningún párrafo coincide con estos filtros — &lt;a href=&apos;clear&apos;&gt;Borrar filtros&lt;/a&gt; (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Import a submission (File → Import, Ctrl+I) or drop files here.</source>
        <translation>Importe una contribución (Archivo → Importar, Ctrl+I) o suelte archivos aquí.</translation>
    </message>
    <message>
        <source>Every paragraph here is reviewed</source>
        <translation>Todos los párrafos de aquí están revisados</translation>
    </message>
    <message>
        <source>Theme (thematic list code)</source>
        <translation>Tema (código de la lista temática)</translation>
    </message>
    <message>
        <source>Cited or not</source>
        <translation>Citadas o no</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Citadas</translation>
    </message>
    <message>
        <source>Not cited</source>
        <translation>No citadas</translation>
    </message>
    <message>
        <source>Words, a number (28.294) or a report (A/HRC/40/6)…</source>
        <translation>Palabras, un número (28.294) o un informe (A/HRC/40/6)…</translation>
    </message>
    <message>
        <source>. Down arrow or Enter: into the list.</source>
        <translation>. Flecha abajo o Intro: a la lista.</translation>
    </message>
    <message>
        <source>Select a recommendation to see the paragraphs citing it</source>
        <translation>Seleccione una recomendación para ver los párrafos que la citan</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Leyendo el registro…</translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n recommendation(s)</source>
        <translation>
            <numerusform>{n} de %n recomendación</numerusform>
            <numerusform>{n} de %n recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recomendación</numerusform>
            <numerusform>%n recomendaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>documento {id}</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n paragraph(s)</source>
        <translation>
            <numerusform>Citada por %n párrafo</numerusform>
            <numerusform>Citada por %n párrafos</numerusform>
        </translation>
    </message>
    <message>
        <source> · double-click one to read it</source>
        <translation> · haga doble clic en uno para leerlo</translation>
    </message>
    <message numerus="yes">
        <source> · suggested for %n more</source>
        <translation>
            <numerusform> · sugerida para %n más</numerusform>
            <numerusform> · sugerida para %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources disagree (≠)</source>
        <translation>Fuentes discrepantes (≠)</translation>
    </message>
    <message>
        <source>Words are ANDed; &quot;quotes&quot; keep a phrase, educat* matches a prefix, OR gives alternatives. Enter opens the best hit.</source>
        <translation>Se exigen todas las palabras; las &quot;comillas&quot; mantienen una frase, educ* busca un prefijo, OR da alternativas. Intro abre el mejor resultado.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Search paragraphs (Ctrl+F)</source>
        <translation>Buscar párrafos (Ctrl+F)</translation>
    </message>
    <message>
        <source>This review</source>
        <translation>Este examen</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Dónde buscar</translation>
    </message>
    <message>
        <source>{n}+ paragraphs, best first</source>
        <translation>{n}+ párrafos, los mejores primero</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s), best first</source>
        <translation>
            <numerusform>%n párrafo, los mejores primero</numerusform>
            <numerusform>%n párrafos, los mejores primero</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>Only {review}</source>
        <translation>Solo {review}</translation>
    </message>
    <message>
        <source>No review chosen: every review</source>
        <translation>Ningún examen elegido: todos los exámenes</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>WG report</source>
        <translation>Informe del GT</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Thematic list</source>
        <translation>Lista temática</translation>
    </message>
    <message>
        <source>National report</source>
        <translation>Informe nacional</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>text not in the registry yet</source>
        <translation>texto aún no incluido en el registro</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation text(s)</source>
        <translation>
            <numerusform>%n texto de recomendación</numerusform>
            <numerusform>%n textos de recomendación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n predecessor decision(s)</source>
        <translation>
            <numerusform>%n decisión sobre una recomendación anterior</numerusform>
            <numerusform>%n decisiones sobre recomendaciones anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed finding(s)</source>
        <translation>
            <numerusform>%n observación descartada</numerusform>
            <numerusform>%n observaciones descartadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged paragraph(s)</source>
        <translation>
            <numerusform>%n párrafo etiquetado</numerusform>
            <numerusform>%n párrafos etiquetados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged passage(s)</source>
        <translation>
            <numerusform>%n pasaje etiquetado</numerusform>
            <numerusform>%n pasajes etiquetados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(s)</source>
        <translation>
            <numerusform>%n entrada del historial</numerusform>
            <numerusform>%n entradas del historial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review report(s)</source>
        <translation>
            <numerusform>%n informe de examen</numerusform>
            <numerusform>%n informes de examen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation source(s)</source>
        <translation>
            <numerusform>%n fuente de recomendaciones</numerusform>
            <numerusform>%n fuentes de recomendaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}”, paragraph {label}</source>
        <translation>«{title}», párrafo {label}</translation>
    </message>
    <message>
        <source>“{title}”, paragraph #{number}</source>
        <translation>«{title}», párrafo n.º {number}</translation>
    </message>
    <message>
        <source>paragraph {id}</source>
        <translation>párrafo {id}</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>el espacio de trabajo</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <source>“{tag}” on {where}</source>
        <translation>«{tag}» en {where}</translation>
    </message>
    <message>
        <source>“{tag}” on a passage of {where}</source>
        <translation>«{tag}» en un pasaje de {where}</translation>
    </message>
    <message>
        <source>“{text}” on {where}</source>
        <translation>«{text}» en {where}</translation>
    </message>
    <message>
        <source>{where} → {recommendation}</source>
        <translation>{where} → {recommendation}</translation>
    </message>
    <message>
        <source>the reviewed mark of {where}</source>
        <translation>la marca de revisado de {where}</translation>
    </message>
    <message>
        <source>a note on {where}</source>
        <translation>una nota en {where}</translation>
    </message>
    <message>
        <source>removed here on {when} by {who}</source>
        <translation>eliminado aquí el {when} por {who}</translation>
    </message>
    <message>
        <source>on paragraphs this workspace does not have (their document is not here)</source>
        <translation>en párrafos que este espacio de trabajo no tiene (su documento no está aquí)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>“{text}” ({stamp})</source>
        <translation>«{text}» ({stamp})</translation>
    </message>
    <message>
        <source>“{text}” ({stamp}): kept beside it as a note of its own</source>
        <translation>«{text}» ({stamp}): conservada al lado como nota propia</translation>
    </message>
    <message>
        <source>{status} ({stamp})</source>
        <translation>{status} ({stamp})</translation>
    </message>
    <message>
        <source>{status} ({stamp}): earlier, kept in the history</source>
        <translation>{status} ({stamp}): anterior, conservada en el historial</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Thematic list order</source>
        <translation>Orden de la lista temática</translation>
    </message>
    <message>
        <source>Order of the State&apos;s responses</source>
        <translation>Orden de las respuestas del Estado</translation>
    </message>
    <message>
        <source>By recommending State (as UPR Info lists them)</source>
        <translation>Por Estado recomendante (como los lista UPR Info)</translation>
    </message>
    <message>
        <source>Under {paragraph}</source>
        <translation>Bajo {paragraph}</translation>
    </message>
    <message>
        <source>Under {paragraph} ({first}–{last})</source>
        <translation>Bajo {paragraph} ({first}–{last})</translation>
    </message>
    <message>
        <source>Running order across {paragraphs}</source>
        <translation>Orden continuo a través de {paragraphs}</translation>
    </message>
    <message>
        <source>Printed order</source>
        <translation>Orden impreso</translation>
    </message>
    <message>
        <source>Running order, {paragraph} first</source>
        <translation>Orden continuo, primero {paragraph}</translation>
    </message>
    <message>
        <source>Running order from {paragraphs}</source>
        <translation>Orden continuo desde {paragraphs}</translation>
    </message>
    <message>
        <source>{label} (1–{count})</source>
        <translation>{label} (1–{count})</translation>
    </message>
    <message>
        <source>{label}, shifted by {offset}</source>
        <translation>{label}, desplazado {offset}</translation>
    </message>
    <message>
        <source>{report} is not in the registry yet; import its Working Group report or thematic list and these numbers resolve</source>
        <translation>{report} aún no está en el registro; importe el informe del Grupo de Trabajo o la lista temática y estos números se resolverán</translation>
    </message>
    <message>
        <source>{report} numbers its recommendations under {paragraphs}; which does recommendation {example} mean? The numbers wait for a reading: `numbering` proposes one from the subjects of the sections citing them, or choose one</source>
        <translation>{report} numera sus recomendaciones bajo {paragraphs}; ¿a cuál se refiere la recomendación {example}? Los números esperan una lectura: `numbering` propone una a partir de los temas de las secciones que los citan, o elija una</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>named in the document</source>
        <translation>indicado en el documento</translation>
    </message>
    <message>
        <source>the previous review, {review}, whose report is not in the workspace yet</source>
        <translation>el examen anterior, {review}, cuyo informe aún no está en el espacio de trabajo</translation>
    </message>
    <message>
        <source>the report of the previous review, {review}</source>
        <translation>el informe del examen anterior, {review}</translation>
    </message>
    <message>
        <source>They are read against {where}.</source>
        <translation>Se leen según {where}.</translation>
    </message>
    <message>
        <source>Name the report they refer to (set-report), or place the document in its review</source>
        <translation>Indique el informe al que se refieren (set-report) o asigne el documento a su examen</translation>
    </message>
    <message>
        <source>Confirm the document&apos;s review first: its short numbers are read against the previous review&apos;s report</source>
        <translation>Confirme primero el examen del documento: sus números cortos se leen según el informe del examen anterior</translation>
    </message>
    <message>
        <source>{count} of them name no recommendation of {report}: {numbers}</source>
        <translation>{count} de ellos no designan ninguna recomendación de {report}: {numbers}</translation>
    </message>
    <message>
        <source>Its short numbers are read against {where}</source>
        <translation>Sus números cortos se leen según {where}</translation>
    </message>
    <message>
        <source>Name the report its short numbers refer to (set-report), or place the document in its review</source>
        <translation>Indique el informe al que se refieren sus números cortos (set-report) o asigne el documento a su examen</translation>
    </message>
    <message>
        <source>{report} is not in the registry yet</source>
        <translation>{report} aún no está en el registro</translation>
    </message>
    <message>
        <source>The document cites no short numbers</source>
        <translation>El documento no cita números cortos</translation>
    </message>
    <message>
        <source>under &apos;{section}&apos; {landed} of {total} numbers land on {about} with this order</source>
        <translation>en «{section}», {landed} de {total} números corresponden a {about} con este orden</translation>
    </message>
    <message>
        <source>recommendations about {subject}</source>
        <translation>recomendaciones sobre {subject}</translation>
    </message>
    <message>
        <source>its subject</source>
        <translation>su tema</translation>
    </message>
    <message>
        <source>{line}, {printed} of {total} with the printed order</source>
        <translation>{line}, {printed} de {total} con el orden impreso</translation>
    </message>
    <message>
        <source>{line}; {missing} name no recommendation in this order</source>
        <translation>{line}; {missing} no designan ninguna recomendación en este orden</translation>
    </message>
    <message>
        <source>No short numbers to read, or no recommendations to read them</source>
        <translation>No hay números cortos que leer, o no hay recomendaciones para leerlos</translation>
    </message>
    <message>
        <source>No order gives these numbers any recommendation</source>
        <translation>Ningún orden asigna una recomendación a estos números</translation>
    </message>
    <message>
        <source>{label}: {landed} of {total} numbers land on recommendations about the subjects of the sections citing them</source>
        <translation>{label}: {landed} de {total} números corresponden a recomendaciones sobre los temas de las secciones que los citan</translation>
    </message>
    <message>
        <source>{said} (the printed order: {printed})</source>
        <translation>{said} (el orden impreso: {printed})</translation>
    </message>
    <message>
        <source>{said}; the next best, {label}: {landed}</source>
        <translation>{said}; el siguiente, {label}: {landed}</translation>
    </message>
    <message>
        <source>No order fits. The best, {said}; choose a reading by hand, or leave the numbers unlinked</source>
        <translation>Ningún orden encaja. El mejor, {said}; elija una lectura a mano o deje los números sin vincular</translation>
    </message>
    <message>
        <source>No order fits better than the others: {best} and {next} both land {landed} of {total} numbers on their sections&apos; subjects; choose one</source>
        <translation>Ningún orden encaja mejor que los demás: {best} y {next} hacen corresponder {landed} de {total} números con los temas de sus secciones; elija uno</translation>
    </message>
    <message>
        <source>unsure: {doubts}</source>
        <translation>incierto: {doubts}</translation>
    </message>
    <message>
        <source>{first}; {second}; {third}</source>
        <translation>{first}; {second}; {third}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>{symbol} names Working Group session {session}, of no known cycle</source>
        <translation>{symbol} indica el período de sesiones {session} del Grupo de Trabajo, de ningún ciclo conocido</translation>
    </message>
    <message>
        <source>its symbol {symbol}: {state}, Working Group session {session}</source>
        <translation>su signatura {symbol}: {state}, período de sesiones {session} del Grupo de Trabajo</translation>
    </message>
    <message>
        <source>it does not name the State under review</source>
        <translation>no nombra al Estado examinado</translation>
    </message>
    <message>
        <source>it names {state} but no session or cycle</source>
        <translation>nombra a {state} pero ningún período de sesiones ni ciclo</translation>
    </message>
    <message>
        <source>{report}, the review of {state} ({cycle:ordinal} cycle)</source>
        <translation>{report}, el examen de {state} ({cycle:ordinal}.º ciclo)</translation>
    </message>
    <message>
        <source>the review of {state} ({cycle:ordinal} cycle)</source>
        <translation>el examen de {state} ({cycle:ordinal}.º ciclo)</translation>
    </message>
    <message>
        <source>it cites {state}&apos;s recommendations</source>
        <translation>cita las recomendaciones dirigidas a {state}</translation>
    </message>
    <message>
        <source>it cites {state}&apos;s recommendations but names {other} most</source>
        <translation>cita las recomendaciones dirigidas a {state} pero nombra sobre todo a {other}</translation>
    </message>
    <message>
        <source>it names {state} most ({count} times)</source>
        <translation>nombra sobre todo a {state} ({count} veces)</translation>
    </message>
    <message>
        <source>it cites the recommendations of several States</source>
        <translation>cita las recomendaciones de varios Estados</translation>
    </message>
    <message>
        <source>it names {state} only {count} times among others</source>
        <translation>solo nombra a {state} {count} veces entre otros</translation>
    </message>
    <message>
        <source>it names no State</source>
        <translation>no nombra ningún Estado</translation>
    </message>
    <message>
        <source>it cites {symbols} ({cycle:ordinal} cycle)</source>
        <translation>cita {symbols} ({cycle:ordinal}.º ciclo)</translation>
    </message>
    <message>
        <source>it cites recommendations of the {first:ordinal} and {second:ordinal} cycles</source>
        <translation>cita recomendaciones de los ciclos {first:ordinal}.º y {second:ordinal}.º</translation>
    </message>
    <message>
        <source>it cites recommendations of the {cycles} cycles</source>
        <translation>cita recomendaciones de los ciclos {cycles}</translation>
    </message>
    <message>
        <source>it says it is for the {cycle:ordinal} cycle</source>
        <translation>dice ser para el {cycle:ordinal}.º ciclo</translation>
    </message>
    <message>
        <source>it cites no recommendations and names no cycle</source>
        <translation>no cita recomendaciones ni nombra ningún ciclo</translation>
    </message>
    <message>
        <source>nothing tells its review</source>
        <translation>nada indica su examen</translation>
    </message>
    <message>
        <source>chosen by {who}</source>
        <translation>elegido por {who}</translation>
    </message>
    <message>
        <source>“{title}” is a {kind}: suggestions are made for submissions, national reports and summaries</source>
        <translation>«{title}» es de tipo «{kind}»: las sugerencias se hacen para las contribuciones, los informes nacionales y los resúmenes</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>contribución</translation>
    </message>
    <message>
        <source>Working Group report</source>
        <translation>informe del Grupo de Trabajo</translation>
    </message>
    <message>
        <source>State&apos;s responses</source>
        <translation>respuestas del Estado</translation>
    </message>
    <message>
        <source>thematic list</source>
        <translation>lista temática</translation>
    </message>
    <message>
        <source>national report</source>
        <translation>informe nacional</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>document of another kind</source>
        <translation>documento de otro tipo</translation>
    </message>
    <message>
        <source>the document is in no review: place it in its review first (its review&apos;s previous cycle gives the recommendations)</source>
        <translation>el documento no pertenece a ningún examen: colóquelo primero en su examen (el ciclo anterior de ese examen aporta las recomendaciones)</translation>
    </message>
    <message>
        <source>the document is in review {code}, whose previous cycle&apos;s recommendations are not in the workspace: import that cycle&apos;s Working Group report or thematic list, or move the document to its review</source>
        <translation>el documento pertenece al examen {code}, cuyas recomendaciones del ciclo anterior no están en el espacio de trabajo: importe el informe del Grupo de Trabajo o la lista temática de ese ciclo, o mueva el documento a su examen</translation>
    </message>
    <message>
        <source>the document is in review {code} (placed there uncertainly), whose previous cycle&apos;s recommendations are not in the workspace: import that cycle&apos;s Working Group report or thematic list, or move the document to its review</source>
        <translation>el documento pertenece al examen {code} (colocado allí sin certeza), cuyas recomendaciones del ciclo anterior no están en el espacio de trabajo: importe el informe del Grupo de Trabajo o la lista temática de ese ciclo, o mueva el documento a su examen</translation>
    </message>
    <message>
        <source>treaty: {items}</source>
        <translation>tratado: {items}</translation>
    </message>
    <message>
        <source>words: {items}</source>
        <translation>palabras: {items}</translation>
    </message>
    <message>
        <source>same State: {items}</source>
        <translation>mismo Estado: {items}</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>nota al pie</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>en el texto</translation>
    </message>
    <message>
        <source>section heading</source>
        <translation>título de sección</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Apoyada</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Tomada nota</translation>
    </message>
    <message>
        <source>Partially supported</source>
        <translation>Apoyada parcialmente</translation>
    </message>
    <message>
        <source>To be examined</source>
        <translation>Por examinar</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Aceptadas:</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>Sugeridas:</translation>
    </message>
    <message>
        <source>accepted suggestion</source>
        <translation>sugerencia aceptada</translation>
    </message>
    <message>
        <source>on “{words}”</source>
        <translation>sobre “{words}”</translation>
    </message>
    <message>
        <source>{n}st cycle</source>
        <translation>{n}.er ciclo</translation>
    </message>
    <message>
        <source>{n}nd cycle</source>
        <translation>{n}.º ciclo</translation>
    </message>
    <message>
        <source>{n}rd cycle</source>
        <translation>{n}.er ciclo</translation>
    </message>
    <message>
        <source>{n}th cycle</source>
        <translation>{n}.º ciclo</translation>
    </message>
    <message>
        <source>, Working Group session {n}</source>
        <translation>, {n}.º período de sesiones del Grupo de Trabajo</translation>
    </message>
    <message numerus="yes">
        <source>, %n recommendation(s) made</source>
        <translation>
            <numerusform>, %n recomendación formulada</numerusform>
            <numerusform>, %n recomendaciones formuladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n link(s)</source>
        <translation>
            <numerusform>, %n vínculo</numerusform>
            <numerusform>, %n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Working Group report: {symbols}</source>
        <translation>Informe del Grupo de Trabajo: {symbols}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) placed by a guess</source>
        <translation>
            <numerusform>%n documento asignado por suposición</numerusform>
            <numerusform>%n documentos asignados por suposición</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>every review&apos;s documents</source>
        <translation>los documentos de todos los exámenes</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n examen</numerusform>
            <numerusform>%n exámenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Every document, grouped by review</source>
        <translation>Todos los documentos, agrupados por examen</translation>
    </message>
    <message>
        <source>Choose another: Ctrl+Shift+R</source>
        <translation>Elegir otro: Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>{number} suggested, score {score}: {text}</source>
        <translation>{number} sugerida, puntuación {score}: {text}</translation>
    </message>
    <message>
        <source>Matched words: {words}</source>
        <translation>Palabras en común: {words}</translation>
    </message>
    <message>
        <source>Y accepts it (a confirmed link), X rejects it (never suggested again for this paragraph); Ctrl+Z undoes.</source>
        <translation>Y la acepta (un vínculo confirmado), X la rechaza (nunca se vuelve a sugerir para este párrafo); Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>puntuación {score}</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerida</translation>
    </message>
    <message>
        <source>text not in the registry</source>
        <translation>texto no incluido en el registro</translation>
    </message>
    <message>
        <source>matched: {words}</source>
        <translation>en común: {words}</translation>
    </message>
    <message>
        <source>UPR Reviewer cannot start</source>
        <translation>UPR Reviewer no puede iniciarse</translation>
    </message>
    <message>
        <source>Cannot open the team workspace</source>
        <translation>No se puede abrir el espacio de trabajo de equipo</translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation>error inesperado: {kind}: {error}</translation>
    </message>
    <message>
        <source>(details in {file})</source>
        <translation>(detalles en {file})</translation>
    </message>
    <message>
        <source>Remove “{title}”</source>
        <translation>Quitar “{title}”</translation>
    </message>
    <message>
        <source>Rename “{title}”</source>
        <translation>Cambiar el nombre de “{title}”</translation>
    </message>
    <message>
        <source>Edit details of “{title}”</source>
        <translation>Editar los datos de “{title}”</translation>
    </message>
    <message>
        <source>the team workspace</source>
        <translation>el espacio de trabajo de equipo</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} en {host}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>service “{name}”</source>
        <translation>servicio “{name}”</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>Paragraph {label}: {text}</source>
        <translation>Párrafo {label}: {text}</translation>
    </message>
    <message>
        <source>Review not certain: {reason}</source>
        <translation>Examen no seguro: {reason}</translation>
    </message>
    <message>
        <source>No open suggestions for this paragraph</source>
        <translation>No hay sugerencias pendientes para este párrafo</translation>
    </message>
    <message>
        <source>No suggestion left here; click a link to confirm or reject it</source>
        <translation>No quedan sugerencias aquí; haga clic en un vínculo para confirmarlo o rechazarlo</translation>
    </message>
    <message>
        <source>Accepted suggestion {number} (Ctrl+Z undoes)</source>
        <translation>Sugerencia {number} aceptada (Ctrl+Z deshace)</translation>
    </message>
    <message>
        <source>Rejected suggestion {number} (Ctrl+Z undoes)</source>
        <translation>Sugerencia {number} rechazada (Ctrl+Z deshace)</translation>
    </message>
    <message>
        <source>{number} is a suggestion: X rejects it, Y accepts it</source>
        <translation>{number} es una sugerencia: X la rechaza, Y la acepta</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>confirmar</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rechazar</translation>
    </message>
    <message>
        <source>Tag: {name}</source>
        <translation>Etiqueta: {name}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Nota: {text}</translation>
    </message>
    <message>
        <source>Tag {words} as “{name}”</source>
        <translation>Etiquetar {words} como “{name}”</translation>
    </message>
    <message>
        <source>Untag “{name}” from {words}</source>
        <translation>Quitar la etiqueta “{name}” de {words}</translation>
    </message>
    <message>
        <source>Rename tag “{old}” to “{new}”</source>
        <translation>Cambiar el nombre de la etiqueta “{old}” a “{new}”</translation>
    </message>
    <message>
        <source>Colour of tag “{name}”</source>
        <translation>Color de la etiqueta “{name}”</translation>
    </message>
    <message>
        <source>Merge {tags} into “{target}”</source>
        <translation>Combinar {tags} con “{target}”</translation>
    </message>
    <message>
        <source>Delete tag “{name}”</source>
        <translation>Eliminar la etiqueta “{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)</source>
        <translation>
            <numerusform>Eliminar %n etiqueta</numerusform>
            <numerusform>Eliminar %n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged (it holds version {version} already)</source>
        <translation>sin cambios (ya contiene la versión {version})</translation>
    </message>
    <message>
        <source>imported as a document of its own</source>
        <translation>importado como documento propio</translation>
    </message>
    <message>
        <source>version {version} imported</source>
        <translation>versión {version} importada</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) changed</source>
        <translation>
            <numerusform>%n párrafo cambiado</numerusform>
            <numerusform>%n párrafos cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since reviewed</source>
        <translation>
            <numerusform>%n cambiado desde la revisión</numerusform>
            <numerusform>%n cambiados desde la revisión</numerusform>
        </translation>
    </message>
</context>
</TS>
