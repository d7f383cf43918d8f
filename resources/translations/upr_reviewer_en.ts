<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import submissions and UN documents (or drop files on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as new &amp;version of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding the next version of a document already here: its paragraphs&apos; work follows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the selected document&apos;s file again each time it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Word brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review&apos;s coverage as a workbook (XLSX) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copies of this workspace: restore one, or back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring another copy&apos;s documents and work (a laptop&apos;s file, a colleague&apos;s, the team database) into this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy workspace to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of this workspace to a new file (to work offline) or an empty team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to recommendation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the selected link, or accept the selected suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected link, or the selected suggestion (never suggested again for the paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the paragraph reviewed, or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next c&amp;hanged paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next paragraph whose text changed in a new version after work on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected draft against the UPR guidelines and the recommendations: citations, form, coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document&apos;s re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which review the selected document is part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export covera&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unrev&amp;iewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions o&amp;f this document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a reading of short num&amp;bers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders the selected document&apos;s short numbers may follow, each with how many land on recommendations about their section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;earlier-cycle predecessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest, for the review&apos;s recommendations, those the State received in its two earlier cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest for this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to su&amp;ggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph&apos;s suggestions: ↑↓ choose, Y accepts, X rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select te&amp;xt in paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys into the paragraph&apos;s text: Shift+arrows select words, Esc leaves; 1–9 then tag just those words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note &amp;on selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the words selected in the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename, colour, merge, delete, order and group tags; choose the key 1–9 of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle tag &amp;{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the revie&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on one review, or on all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;commendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which recommendations the review&apos;s documents address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note of the review: filter by author, document, words; Enter opens the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About UPR Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, in any order (text, recommending States, State under review); a number: 115.1 lists 115.1, 115.10–115.19 and 115.100–115.199, and selects 115.1; 28. lists all of paragraph 28; a report symbol: A/HRC/28/15; or a mix: A/HRC/40/6 28.294</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{typed}” has no recommendation number; type one like 28.294 or pick from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is ambiguous or unknown: type the report symbol too, e.g. A/HRC/40/6 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside UPR Reviewer: a program error, not something you did. Your work saved so far is safe, and the window stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details could not be written down; please report what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in {file}: please send that file with a note of what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}
Also: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> newest copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copies yet; they go in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the workspace what it was on {created} ({reason})?

The current state is backed up first, so you can come back to it from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By recommendation (what the submissions say about each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By document (paragraphs with their recommendations, tags, notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tag (paragraphs under each tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs linked, tagged or noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only paragraphs linked to a recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tagged paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only paragraphs with notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review: its documents, and the recommendations made in it or that its documents respond to (the previous review&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraphs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any report, or e.g. A/HRC/40/6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any theme, or a code (A12) or words of its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes as Word comments (otherwise as text under each paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links accepted from the suggestions (marked as such)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reviewer named on the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer named on the cover (Edit › Reviewer name…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;wer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the brief&apos;s headings, labels and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to save the .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workspace: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All its documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Word brief as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPR brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable: never (a server on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow: only if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer: if the server offers it (libpq&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require: always, without checking the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca: always, the certificate signed by a known authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full: always, the certificate naming this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database the team shares: everyone&apos;s tags, notes and links, seen by the others as they are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://ana@db.example.org:5432/upr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the URL your administrator gave you, or fill in the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your PostgreSQL login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to this connection only; the program never stores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SS&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s port is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {place}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not accepted; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a password: type it and press Connect. It is used for this connection only, never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage — {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It brought recommendations to the registry: its kind is what it was imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s)</source>
        <translation>
            <numerusform>%n footnote</numerusform>
            <numerusform>%n footnotes</numerusform>
        </translation>
    </message>
    <message>
        <source>{paragraphs} and {footnotes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) with theirs</source>
        <translation>
            <numerusform>%n earlier version with its own</numerusform>
            <numerusform>%n earlier versions with theirs</numerusform>
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
            <numerusform>%n link made by a reviewer</numerusform>
            <numerusform>%n links made by reviewers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed mark(s)</source>
        <translation>
            <numerusform>%n reviewed mark</numerusform>
            <numerusform>%n reviewed marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed check finding(s)</source>
        <translation>
            <numerusform>%n dismissed check finding</numerusform>
            <numerusform>%n dismissed check findings</numerusform>
        </translation>
    </message>
    <message>
        <source>no review work (no tags, notes, links made by reviewers or reviewed marks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n recommendation(s) it brought stay in the registry, with the links other documents make to them.</source>
        <translation>
            <numerusform>The %n recommendation it brought stays in the registry, with the links other documents make to it.</numerusform>
            <numerusform>The %n recommendations it brought stay in the registry, with the links other documents make to them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove &lt;b&gt;“{title}”&lt;/b&gt; ({file}) from the workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup copy of the workspace is made first, and Edit › Undo (Ctrl+Z) brings it back with everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going with it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: the same text as “{title}” (document {number}, {file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files hold the text of a document already here, in another format:&lt;ul&gt;{rows}&lt;/ul&gt;Imported, they would be a document of their own, and every search would find the text twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds the text of a document already here, in another format:&lt;ul&gt;{rows}&lt;/ul&gt;Imported, it would be a document of its own, and every search would find the text twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding of &lt;b&gt;{name}&lt;/b&gt; could not be recognised with certainty. Choose the one in which the text reads correctly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encodings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text read in this encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The text read in this encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Word brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the brief in the program the system uses for .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating the length…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {pages} pages: narrow it before a meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not estimate the length: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating the length before writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: narrow the choices, or Export again to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n page(s)</source>
        <translation>
            <numerusform>about %n page</numerusform>
            <numerusform>about %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not open {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To narrow it: {ways}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To narrow it, choose fewer documents or recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This brief will run to about %n page(s).</source>
        <translation>
            <numerusform>This brief will run to about %n page.</numerusform>
            <numerusform>This brief will run to about %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n page(s)</source>
        <translation>
            <numerusform>Write %n page</numerusform>
            <numerusform>Write %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back and narrow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the brief?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{review} coverage.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage is that of one review: choose a review first (the Review switcher in the toolbar, Ctrl+Shift+R), then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the coverage of {review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage export is not available: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the coverage of {review} to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single keys work while the reading pane or a list has focus; in a text field they type as usual.  Up/Down also move through paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read stakeholder submissions, link paragraphs to Universal Periodic Review recommendations, tag and annotate them, and export Word briefs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(team workspace; your role: {role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the GNU AGPL-3.0-or-later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About UPR Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPR Reviewer workspaces (*.sqlite *.upr.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predecessor decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations&apos; texts in other languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>%n row added</numerusform>
            <numerusform>%n rows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) updated</source>
        <translation>
            <numerusform>%n row updated</numerusform>
            <numerusform>%n rows updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) (both texts kept)</source>
        <translation>
            <numerusform>%n conflict (both texts kept)</numerusform>
            <numerusform>%n conflicts (both texts kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(s) added</source>
        <translation>
            <numerusform>%n history entry added</numerusform>
            <numerusform>%n history entries added</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new: this workspace already had all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .sqlite file, or postgresql://user@host/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if ~/.pgpass or $PGPASSWORD lacks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring another copy&apos;s documents and work into this workspace: a copy taken to a laptop, a colleague&apos;s file, or the team&apos;s database. Nothing is lost: when both copies changed one note or decided one link, the later stays and the other is kept beside it or in the history. The other copy is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy workspace to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this workspace, every row as it is, to a new file (to work offline) or to an empty team database. Work on the copy can be merged back later with File › Merge workspace….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge workspace: report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged {source}&lt;/b&gt;&lt;br&gt;{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other copy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both copies changed these; nothing was lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace as it was before the merge: {name} (File › Restore from backup…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both texts of the note are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this note while you were editing it: both texts are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} saved this note while you were editing it.&lt;/b&gt; Both texts are kept: theirs in the note, yours in a new note beside it on the same paragraph. Compare them and keep what you agree on; Ctrl+Z takes yours back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} saved this note while you were editing it.&lt;/b&gt; Both texts are kept: the saved one in the note, yours in a new note beside it on the same paragraph. Compare them and keep what you agree on; Ctrl+Z takes yours back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}&apos;s text (saved {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text (a new note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers landing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a reading of the short numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short numbers read against {report}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{landed} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept this reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order to try: the report&apos;s numbers are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reading}: {landed} of {total} numbers land on recommendations about their section&apos;s subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which review is &lt;b&gt;{title}&lt;/b&gt; part of?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now {value} ({state}): {review_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {pages} on {paper}: {paragraphs} from {documents}, {recommendations}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep only paragraphs linked, tagged or noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit the recommendations to a report, theme or position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: ISO code (SVN) or a code (SVN-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs tagged (latest versions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key 1–9 that toggles it on a paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A group of %n tag(s)</source>
        <translation>
            <numerusform>A group of %n tag</numerusform>
            <numerusform>A group of %n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>F2 renames · Del deletes · Alt+↑/↓ moves · 1–9 gives the selected tag its key (0 takes it away) · drag a tag onto another to put it in that group · Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key 1–9 that toggles the tag on the current paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({value2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other tag to merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group tags in “{group}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected tags is in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take tags out of their group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {what} into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged {tags} into “{target}”: %n paragraph(s) moved — Ctrl+Z undoes</source>
        <translation>
            <numerusform>Merged {tags} into “{target}”: %n paragraph moved — Ctrl+Z undoes</numerusform>
            <numerusform>Merged {tags} into “{target}”: %n paragraphs moved — Ctrl+Z undoes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {tags} from %n paragraph(s) — Ctrl+Z undoes</source>
        <translation>
            <numerusform>Deleted {tags} from %n paragraph — Ctrl+Z undoes</numerusform>
            <numerusform>Deleted {tags} from %n paragraphs — Ctrl+Z undoes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move tag “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key} for “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key} toggles “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key for “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put them in the group (a tag&apos;s name, or a new one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as new version of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; becomes the next version of the document chosen here: its paragraphs are matched with the latest version&apos;s, and the notes, tags, links and reviewed marks follow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{paragraph} of version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work on paragraphs that are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs of earlier versions that no later paragraph continues. The work on them is kept there; copy what still applies to the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first version: %n paragraph(s).</source>
        <translation>
            <numerusform>The first version: %n paragraph.</numerusform>
            <numerusform>The first version: %n paragraphs.</numerusform>
        </translation>
    </message>
    <message>
        <source>From version {old} to {new}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts} kept on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on paragraphs that are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it in the reading pane (an earlier one read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on paragraphs that are gone ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists; use File → Open to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is no longer there (moved or deleted); it is removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, recorded on the links, tags and notes you make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New links, tags and notes are recorded as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word export is not available: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {name}; the state before is kept as {name2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.md *.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name} ({value} of {total})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported. </source>
        <translation>
            <numerusform>%n file imported. </numerusform>
            <numerusform>%n files imported. </numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:&lt;ul&gt;{rows}&lt;/ul&gt;Fix or convert the file and import it again.</source>
        <translation>
            <numerusform>%n file could not be imported:&lt;ul&gt;{rows}&lt;/ul&gt;Fix or convert the file and import it again.</numerusform>
            <numerusform>%n files could not be imported:&lt;ul&gt;{rows}&lt;/ul&gt;Fix or convert the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The paragraph is reviewed as it now reads: the mark goes (Space; Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the mark off without marking it reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{value}&apos;&gt;✎ {value2}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i style=&apos;color:{MUTED}&apos;&gt;Not in the version before.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the UN&apos;s lists of recommendations, or a document without paragraphs: it is not one of the documents whose coverage is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cites {n} of {review}&apos;s %n recommendation(s)</source>
        <translation>
            <numerusform>Cites {n} of {review}&apos;s %n recommendation</numerusform>
            <numerusform>Cites {n} of {review}&apos;s %n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cites {n} of the %n recommendation(s)</source>
        <translation>
            <numerusform>Cites {n} of the %n recommendation</numerusform>
            <numerusform>Cites {n} of the %n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more suggested</source>
        <translation>
            <numerusform>%n more suggested</numerusform>
            <numerusform>%n more suggested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the %n theme(s) it writes about, {more} more it does not cite.</source>
        <translation>
            <numerusform>On the %n theme it writes about, {more} more it does not cite.</numerusform>
            <numerusform>On the %n themes it writes about, {more} more it does not cite.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{value}&apos;&gt;{text}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cites ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s); double-click to read</source>
        <translation>
            <numerusform>%n paragraph; double-click to read</numerusform>
            <numerusform>%n paragraphs; double-click to read</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested, not yet confirmed ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suggested link; double-click to read and confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected, not cited ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” does not cite {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to UPR Reviewer.&lt;/b&gt; Your name is recorded on the links, tags and notes you make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your work as “{suggestion}” for now; the name can be changed any time (Edit › Reviewer name…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the tag “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged the words “{quote}” as “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the tag “{tag}” off the words “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noted “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited a note: “{text}” (was “{before}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved a note beside a colleague&apos;s edit: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the note “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked it reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared its reviewed mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked it to {recommendation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the link to {recommendation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought back “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed the link to {recommendation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected the link to {recommendation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested the link to {recommendation} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read now: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a paragraph to see its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing done to this paragraph yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}, {at:%Y-%m-%d %H:%M} UTC: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History: %n action(s), newest first</source>
        <translation>
            <numerusform>History: %n action, newest first</numerusform>
            <numerusform>History: %n actions, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} (earlier ones: right-click › Versions…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) in the registry</source>
        <translation>
            <numerusform>%n recommendation in the registry</numerusform>
            <numerusform>%n recommendations in the registry</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: {review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a guess: confirm it from the right-click menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{review} is a guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs marked reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this paragraph reviewed (Space or Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: type 28.294 or words of a recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the paragraph to a recommendation: pick one from the list (click, or Down then Enter) or type its number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the selected link (Y; click the link first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected link (X; click the link first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected link (Shift+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the paragraph&apos;s document cites, and what it was expected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named yet (work recorded as {author})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes saved by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note… (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected note (undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the note by {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on “{words}”… (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved beside {who}&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on a passage quotes it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph&apos;s label and pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the passage: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(edited {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or Enter opens the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter notes by words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this reviewer&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the notes on this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes of every review, not only the window&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes in {where} yet: Ctrl+Shift+N writes one on a paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in {where}</source>
        <translation>
            <numerusform>%n note in {where}</numerusform>
            <numerusform>%n notes in {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n note(s) in {where}</source>
        <translation>
            <numerusform>{n} of %n note in {where}</numerusform>
            <numerusform>{n} of %n notes in {where}</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file at this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original in the system&apos;s PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not in the workspace any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened as a PDF any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this document&apos;s file is was not recorded: it was imported before the page view existed, or from another program.  Locate the file (or import it again) to see its pages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original file is not at {path} any more: it was moved, renamed or deleted.  Locate it to see its pages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file at {path} is not the one that was imported: its content has changed since (another version saved over it?).  Locate the file that was imported to see its pages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Word document has no fixed pages to show here: where its pages break depends on the program that lays it out.  Open it in Word or LibreOffice to see it as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text file has no pages to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this paragraph stands on the page is not known (it was imported before the page view): import the file again to highlight it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a paragraph to see the page it stands on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locate the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Word/LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paragraph selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED}&apos;&gt;No paragraph selected&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{where}&lt;/b&gt;&lt;span style=&apos;color:{MUTED}&apos;&gt;{page}&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;color:{MUTED}; font-size:small&apos;&gt;{short}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of the paragraph with a tag or a note: Enter shows them in the reading pane, Delete removes the tag or the note (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected passage&apos;s tag or note (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “{name}” removed from “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “{words}” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is part of this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this document&apos;s short numbers read against the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose a reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try every order the numbers may follow against what the sections citing them are about, and choose one with its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in {review} ({code}) by a guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} of {count} unresolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y accept · X reject · ↑↓ choose · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations of the review&apos;s previous cycle that this paragraph likely speaks to without citing them, ranked by the words they share.
They count nowhere until accepted.  Y accepts the selected one (it becomes a confirmed link), X rejects it (it is never suggested again for this paragraph); Ctrl+Z undoes.  Review › Suggest for this document (Ctrl+Shift+S) ranks them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open suggestions left for this paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected suggestion: it becomes a confirmed link (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected suggestion: it is never suggested again for this paragraph (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected suggestions are never suggested again for this paragraph.  To link one after all, type its number in the Link field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suggested (%n)</source>
        <translation>
            <numerusform>Suggested (%n)</numerusform>
            <numerusform>Suggested (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED}&apos;&gt;Rejected here: {numbers}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag… (Enter adds it to this paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle “{name}” on this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shortcut {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the group “{group}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read another version of the document (earlier ones are read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version: what changed, the work kept on paragraphs gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {n} of {total}&lt;/b&gt;: read-only; work goes on the latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) changed since reviewed</source>
        <translation>
            <numerusform>%n paragraph changed since reviewed</numerusform>
            <numerusform>%n paragraphs changed since reviewed</numerusform>
        </translation>
    </message>
    <message>
        <source>(&lt;a href=&apos;next&apos;&gt;next&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paragraph changed since reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching &lt;b&gt;{name}&lt;/b&gt; (&lt;a href=&apos;stop&apos;&gt;stop&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources give different texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in cycle {cycle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also recommended {where} by {states}: {number} — {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also recommended {where}: {number} — {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(what each says differently from the text above is highlighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its text changed in a new version after someone worked on it (notes, tags, links or a reviewed mark followed it): read the difference, then mark it reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split from a longer paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged from several paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n split</source>
        <translation>
            <numerusform>%n split</numerusform>
            <numerusform>%n split</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <source>no paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>{counts} on paragraphs that are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} in version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: removed words struck through, added ones underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{version} (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}, imported {when}, %n paragraph(s)</source>
        <translation>
            <numerusform>{file}, imported {when}, %n paragraph</numerusform>
            <numerusform>{file}, imported {when}, %n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage is that of one review: which of the recommendations it responds to its documents address.
Choose a review to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review you work on (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the coverage as a workbook (XLSX) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words or a number (28.294)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme (a recommendation with several counts under each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The State&apos;s position on the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the recommendations no document addresses (a confirmed link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell: paragraphs citing the recommendation — &lt;b&gt;2&lt;/b&gt; confirmed, &lt;span style=&apos;color:${cell_suggested_text}&apos;&gt;1?&lt;/span&gt; suggested; a stronger blue: more paragraphs. Click a cell (or Enter) to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recommending State, not only the 25 with the most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The States&apos; order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recommendations first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most addressed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only themes with an addressed recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the themes nothing addresses (a shorter chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart as a picture at twice its size, for a slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents of {review} respond to no recommendations in this workspace yet.
Import the previous review&apos;s Working Group report or its thematic list: its recommendations are the rows of the coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{review} · coverage by its %n document(s)</source>
        <translation>
            <numerusform>{review} · coverage by its %n document</numerusform>
            <numerusform>{review} · coverage by its %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>{review} · no document with paragraphs yet: import its submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only (your role: reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{read_only}: you may read this team workspace but not change it; its administrator can give you the reviewers&apos; role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role is {role}: you may tag, note, link and mark paragraphs reviewed, but not import, remove or edit documents; its administrator can give you the editors&apos; role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role is {role}: you may tag, note, link and mark paragraphs reviewed, but not change this; its administrator can give you the editors&apos; role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not undo {action}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not redo {action}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggesting for “{short}”{more}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone has edited the note since; their text is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add passage note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note beside a colleague&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” brought recommendations: there is no draft to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking “{title}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding is about the whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding dismissed for this document (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a Word (.docx) draft can carry comments; this one is {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a draft first (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} - check.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check report was not saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check report saved: {file} (%n finding(s))</source>
        <translation>
            <numerusform>Check report saved: {file} (%n finding)</numerusform>
            <numerusform>Check report saved: {file} (%n findings)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (checked).docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the file changed since it was checked: comments went by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Annotated copy saved: {file} (%n comment(s)){note}</source>
        <translation>
            <numerusform>Annotated copy saved: {file} (%n comment){note}</numerusform>
            <numerusform>Annotated copy saved: {file} (%n comments){note}</numerusform>
        </translation>
    </message>
    <message>
        <source>No annotated copy: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the draft {file}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save annotated copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotated copy was not saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version} of “{title}” (document {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” (document {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is already in the workspace as {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Imported %n file</numerusform>
            <numerusform>Imported %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>, {n} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the workspace: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} as {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} repeats “{title}” (document {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ren&amp;ame document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new title for the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit document detai&amp;ls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected document&apos;s title, organisation and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected document with its paragraphs and review work (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its title, organisation and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it with its paragraphs and review work (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{title}”; Edit › Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(backup copy: {file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {names}: already in the workspace in another format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running: {names} not imported; import it again after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the document, what changed, the work on gone paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;new version of this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file holding the document&apos;s next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the file again as the next version each time it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New paragraphs are being added to the search index; everything else works</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n document(s) for search…</source>
        <translation>
            <numerusform>Indexing %n document for search…</numerusform>
            <numerusform>Indexing %n documents for search…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search does not find the paragraphs of %n document(s) yet: they are being indexed</source>
        <translation>
            <numerusform>Search does not find the paragraphs of %n document yet: they are being indexed</numerusform>
            <numerusform>Search does not find the paragraphs of %n documents yet: they are being indexed</numerusform>
        </translation>
    </message>
    <message>
        <source>reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier cycles&apos; recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import or merge under way to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {source}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the merge or copy under way to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {total} rows to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {total} rows to {target}.

Work on the copy can be merged back with File › Merge workspace….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: {value2}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag {n} yet: press T to create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF page of the selected paragraph, the paragraph highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not where it was: locate it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name} at page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to open {name} was found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name} in the system&apos;s viewer: go to page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name} in the program for Word documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate “{file}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select words in the paragraph first: drag over them, or press F2 then Shift+arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged “{words}” from “{name}” (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged “{words}” as “{name}” (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+arrows select words; then 1–9 tag them, Shift+N notes them; Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a paragraph first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark text on light panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on dark panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No documents yet&lt;/b&gt;&lt;br&gt;Import submissions and UN documents (PDF, Word, text), or drop their files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No documents in this review yet&lt;/b&gt;&lt;br&gt;Import its documents, or drop their files here; “All reviews” in the toolbar shows every document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendations yet&lt;/b&gt;&lt;br&gt;The registry fills from the UN documents that list them: the Working Group&apos;s report on a review (A/HRC/…, PDF or Word), its addendum with the State&apos;s responses, OHCHR&apos;s thematic list of recommendations, or a UPR Info database export (XLSX or CSV).  Import them, or drop their files here; submissions citing them then link to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes on this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendations for this review yet&lt;/b&gt;&lt;br&gt;Import the Working Group&apos;s report on it (A/HRC/…), its addendum with the State&apos;s responses or OHCHR&apos;s thematic list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links, tags and notes are recorded as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;¶ 2&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:small&apos;&gt;Title&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current_review} is no longer a review: showing all reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review {code} in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Review: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a review first: predecessors are found for one review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible predecessor(s) in the earlier cycles of {review}; confirm or reject them in the Paragraph pane</source>
        <translation>
            <numerusform>%n possible predecessor in the earlier cycles of {review}; confirm or reject them in the Paragraph pane</numerusform>
            <numerusform>%n possible predecessors in the earlier cycles of {review}; confirm or reject them in the Paragraph pane</numerusform>
        </translation>
    </message>
    <message>
        <source>no review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm review {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of its review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is part of {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; choose that review to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{title}” to {label}{where} (Ctrl+Z puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to propose: its short numbers read directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read short numbers as {reading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read short numbers automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank, for each paragraph of the selected document, the recommendations it likely speaks to without citing them (they count nowhere until accepted with Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a document first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions for “{title}” are on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) for {paragraphs} of {of} paragraphs of “{title}”</source>
        <translation>
            <numerusform>%n suggestion for {paragraphs} of {of} paragraphs of “{title}”</numerusform>
            <numerusform>%n suggestions for {paragraphs} of {of} paragraphs of “{title}”</numerusform>
        </translation>
    </message>
    <message>
        <source>; Y accepts one, X rejects it (Paragraph pane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions for “{title}”: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions cannot be made for “{title}”: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace is backed up on its server by its administrator (pg_dump); the command line&apos;s `copy --to FILE.sqlite` takes a copy to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PostgreSQL database the team shares: server, database, user (the password is never stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what to the selected paragraph, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what to the paragraph, and when (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team workspace (your role: {role})  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window cannot open another workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {} is read-only: “Back to the latest” (above the paragraphs) to work on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version {version} of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading version {version} of “{title}” (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paragraph here has changed since it was reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a document with paragraphs of its own can have versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the document&apos;s file again, as its next version, each time it is saved (in Word or LibreOffice); the window follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier version: watch the document&apos;s latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it brought recommendations to the registry: such files have no versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped watching “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped watching the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch this document&apos;s file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching {name}: each save is imported as the next version of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is {file}? (the file to watch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file};;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewed share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm review: {review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;verage of this document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendations it cites, and those it was expected to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this document: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations its paragraphs likely speak to without citing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>◉ Watching %n file(s)</source>
        <translation>
            <numerusform>◉ Watching %n file</numerusform>
            <numerusform>◉ Watching %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved ({name}) but not imported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved ({name}): {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s translations could not be loaded; it stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window speaks the chosen language from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window now speaks {language}; the undo history starts afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-suggest {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link to {number} is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestion {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject suggestion {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untag “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed (changed paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unreviewed (changed paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark changed since reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear “changed since reviewed”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm {number} as earlier recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject {number} as earlier recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-suggest {number} as earlier recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is no longer suggested as an earlier recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendations to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage by State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more State(s)</source>
        <translation>
            <numerusform>and %n more State</numerusform>
            <numerusform>and %n more States</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{state}: %n recommendation(s), {addressed} addressed</source>
        <translation>
            <numerusform>{state}: %n recommendation, {addressed} addressed</numerusform>
            <numerusform>{state}: %n recommendations, {addressed} addressed</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to filter the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each cell: recommendations addressed / the theme&apos;s recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {n} of {total} addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{theme}: {n} of {total} addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rec(s)</source>
        <translation>
            <numerusform>%n rec</numerusform>
            <numerusform>%n recs</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Addresses {n} of the {total} recommendations shown: %n confirmed paragraph(s), {suggested} suggested</source>
        <translation>
            <numerusform>Addresses {n} of the {total} recommendations shown: %n confirmed paragraph, {suggested} suggested</numerusform>
            <numerusform>Addresses {n} of the {total} recommendations shown: %n confirmed paragraphs, {suggested} suggested</numerusform>
        </translation>
    </message>
    <message>
        <source>How many documents address each recommendation (a confirmed link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by the first theme of each recommendation (the filter&apos;s theme when one is chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n doc(s)</source>
        <translation>
            <numerusform>%n doc</numerusform>
            <numerusform>%n docs</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{review}: {state}, cycle {cycle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, session {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated by {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents not placed in any review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the document was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs citing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Working Group report that made the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State under review: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph {n} (unnumbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guidelines&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words allowed (footnotes aside); the guidelines&apos;: {one} for one organisation, {joint} for a joint submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joint submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count &amp;footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the selected finding for this document (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the selected dismissed finding again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dis&amp;missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings as a Word report (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;annotated copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a draft to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} of {limit} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing left to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dismissed</source>
        <translation>
            <numerusform>, %n dismissed</numerusform>
            <numerusform>, %n dismissed</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: {fix}
Key: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the Word draft with each finding as a comment on its paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} does not cite {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmed</numerusform>
            <numerusform>%n confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested</source>
        <translation>
            <numerusform>%n suggested</numerusform>
            <numerusform>%n suggested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} cites {number} in %n paragraph(s) ({links})
Click (or Enter) to read them</source>
        <translation>
            <numerusform>{who} cites {number} in %n paragraph ({links})
Click (or Enter) to read it</numerusform>
            <numerusform>{who} cites {number} in %n paragraphs ({links})
Click (or Enter) to read them</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{addressed} of {total} recommendations addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) cite {number}</source>
        <translation>
            <numerusform>%n paragraph cites {number}</numerusform>
            <numerusform>%n paragraphs cite {number}</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to read the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed by nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody addressed ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) · {addressed} addressed</source>
        <translation>
            <numerusform>%n recommendation · {addressed} addressed</numerusform>
            <numerusform>%n recommendations · {addressed} addressed</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {n} of {total} · {addressed} addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{review}: recommendations addressed, by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recommendations} recommendations × {documents} documents; a recommendation with several themes counts under each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{review}: recommendations by recommending State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recommendations} recommendations; addressed: a document has a confirmed link to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed by {documents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no State named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} does not cite {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which documents the filters run over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only paragraphs with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only paragraphs linked to this recommendation (e.g. 28.294)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document of {review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation “{text}” in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents of {review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) match the filters</source>
        <translation>
            <numerusform>%n paragraph matches the filters</numerusform>
            <numerusform>%n paragraphs match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no paragraphs to read: it fed the recommendation registry (see View → Recommendations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paragraph matches these filters — &lt;a href=&apos;clear&apos;&gt;Clear filters&lt;/a&gt; (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a submission (File → Import, Ctrl+I) or drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every paragraph here is reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme (thematic list code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, a number (28.294) or a report (A/HRC/40/6)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Down arrow or Enter: into the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a recommendation to see the paragraphs citing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n recommendation(s)</source>
        <translation>
            <numerusform>{n} of %n recommendation</numerusform>
            <numerusform>{n} of %n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n paragraph(s)</source>
        <translation>
            <numerusform>Cited by %n paragraph</numerusform>
            <numerusform>Cited by %n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <source> · double-click one to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · suggested for %n more</source>
        <translation>
            <numerusform> · suggested for %n more</numerusform>
            <numerusform> · suggested for %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources disagree (≠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words are ANDed; &quot;quotes&quot; keep a phrase, educat* matches a prefix, OR gives alternatives. Enter opens the best hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search paragraphs (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}+ paragraphs, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s), best first</source>
        <translation>
            <numerusform>%n paragraph, best first</numerusform>
            <numerusform>%n paragraphs, best first</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review chosen: every review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WG report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text not in the registry yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation text(s)</source>
        <translation>
            <numerusform>%n recommendation text</numerusform>
            <numerusform>%n recommendation texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n predecessor decision(s)</source>
        <translation>
            <numerusform>%n predecessor decision</numerusform>
            <numerusform>%n predecessor decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed finding(s)</source>
        <translation>
            <numerusform>%n dismissed finding</numerusform>
            <numerusform>%n dismissed findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged paragraph(s)</source>
        <translation>
            <numerusform>%n tagged paragraph</numerusform>
            <numerusform>%n tagged paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged passage(s)</source>
        <translation>
            <numerusform>%n tagged passage</numerusform>
            <numerusform>%n tagged passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(s)</source>
        <translation>
            <numerusform>%n history entry</numerusform>
            <numerusform>%n history entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review report(s)</source>
        <translation>
            <numerusform>%n review report</numerusform>
            <numerusform>%n review reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation source(s)</source>
        <translation>
            <numerusform>%n recommendation source</numerusform>
            <numerusform>%n recommendation sources</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}”, paragraph {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”, paragraph #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{tag}” on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{tag}” on a passage of {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} → {recommendation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewed mark of {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed here on {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on paragraphs this workspace does not have (their document is not here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” ({stamp})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” ({stamp}): kept beside it as a note of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} ({stamp})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} ({stamp}): earlier, kept in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic list order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the State&apos;s responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By recommending State (as UPR Info lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under {paragraph}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under {paragraph} ({first}–{last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running order across {paragraphs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running order, {paragraph} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running order from {paragraphs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (1–{count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}, shifted by {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{report} is not in the registry yet; import its Working Group report or thematic list and these numbers resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{report} numbers its recommendations under {paragraphs}; which does recommendation {example} mean? The numbers wait for a reading: `numbering` proposes one from the subjects of the sections citing them, or choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous review, {review}, whose report is not in the workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report of the previous review, {review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are read against {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the report they refer to (set-report), or place the document in its review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the document&apos;s review first: its short numbers are read against the previous review&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of them name no recommendation of {report}: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its short numbers are read against {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the report its short numbers refer to (set-report), or place the document in its review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{report} is not in the registry yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cites no short numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under &apos;{section}&apos; {landed} of {total} numbers land on {about} with this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendations about {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}, {printed} of {total} with the printed order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}; {missing} name no recommendation in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No short numbers to read, or no recommendations to read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order gives these numbers any recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {landed} of {total} numbers land on recommendations about the subjects of the sections citing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} (the printed order: {printed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said}; the next best, {label}: {landed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order fits. The best, {said}; choose a reading by hand, or leave the numbers unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order fits better than the others: {best} and {next} both land {landed} of {total} numbers on their sections&apos; subjects; choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsure: {doubts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {second}; {third}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{symbol} names Working Group session {session}, of no known cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its symbol {symbol}: {state}, Working Group session {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not name the State under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names {state} but no session or cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{report}, the review of {state} ({cycle:ordinal} cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review of {state} ({cycle:ordinal} cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cites {state}&apos;s recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cites {state}&apos;s recommendations but names {other} most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names {state} most ({count} times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cites the recommendations of several States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names {state} only {count} times among others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cites {symbols} ({cycle:ordinal} cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cites recommendations of the {first:ordinal} and {second:ordinal} cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cites recommendations of the {cycles} cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it says it is for the {cycle:ordinal} cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cites no recommendations and names no cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing tells its review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is a {kind}: suggestions are made for submissions, national reports and summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working Group report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State&apos;s responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thematic list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is in no review: place it in its review first (its review&apos;s previous cycle gives the recommendations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is in review {code}, whose previous cycle&apos;s recommendations are not in the workspace: import that cycle&apos;s Working Group report or thematic list, or move the document to its review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is in review {code} (placed there uncertainly), whose previous cycle&apos;s recommendations are not in the workspace: import that cycle&apos;s Working Group report or thematic list, or move the document to its review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treaty: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same State: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}st cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}nd cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}rd cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}th cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, Working Group session {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n recommendation(s) made</source>
        <translation>
            <numerusform>, %n recommendation made</numerusform>
            <numerusform>, %n recommendations made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n link(s)</source>
        <translation>
            <numerusform>, %n link</numerusform>
            <numerusform>, %n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Working Group report: {symbols}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) placed by a guess</source>
        <translation>
            <numerusform>%n document placed by a guess</numerusform>
            <numerusform>%n documents placed by a guess</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every review&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Every document, grouped by review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another: Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} suggested, score {score}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched words: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y accepts it (a confirmed link), X rejects it (never suggested again for this paragraph); Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPR Reviewer cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(details in {file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {label}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review not certain: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open suggestions for this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion left here; click a link to confirm or reject it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted suggestion {number} (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected suggestion {number} (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is a suggestion: X rejects it, Y accepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {words} as “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untag “{name}” from {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag “{old}” to “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of tag “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {tags} into “{target}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)</source>
        <translation>
            <numerusform>Delete %n tag</numerusform>
            <numerusform>Delete %n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged (it holds version {version} already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported as a document of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version} imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) changed</source>
        <translation>
            <numerusform>%n paragraph changed</numerusform>
            <numerusform>%n paragraphs changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since reviewed</source>
        <translation>
            <numerusform>%n changed since reviewed</numerusform>
            <numerusform>%n changed since reviewed</numerusform>
        </translation>
    </message>
</context>
</TS>
