<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>alam::ActionRecorder</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split off entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to annotation %1 left no history row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the action for undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::AnnotationStore</name>
    <message>
        <source>there is no document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation %1 has empty or reversed bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation %1 has no label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the annotation %1 to document %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read annotation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation %1 (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the annotations of document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change annotation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 was changed by someone else meanwhile (it is at version %2, this change was made on version %3); nothing was saved. Reload the document and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change annotation %1: an annotation cannot move to another document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change annotation %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete annotation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ArticleView</name>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propagation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::BratReader</name>
    <message>
        <source>%1 is not valid UTF-8, which brat requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text annotation needs an id, a type with offsets, and its text, separated by tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» has no offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a pair of offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offsets %1 %2 lie outside the text of %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span %1 %2 does not end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text at these offsets is «%1», not «%2»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ConllReader</name>
    <message>
        <source>%1, line %2: the token «%3» has no label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ConllTags</name>
    <message>
        <source>«%1» is not a label; expected O or a prefix B-, I-, E- or S- and a type (e.g. B-PERS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label «%1» has the unknown prefix «%2»; expected B-, I-, E- or S-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label «%1» has no type after its prefix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::CorpusSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word or a name to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the mentions of entity %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::CorpusStatsQuery</name>
    <message>
        <source>Cannot count the corpus: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::Database</name>
    <message>
        <source>Cannot open the database: Qt&apos;s %1 driver is not installed (Debian package %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database: no file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1 read-only: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the database %2 is open read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the database file %2 or its folder cannot be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database did not report the new row&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction on the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step inside the transaction failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes to the database %1: %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::DocumentList</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::DocumentListModel</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::DocumentReview</name>
    <message>
        <source>Could not read the entities of document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>«%1» still has %n suggestion(s) to decide. Accept (Enter) or reject (Delete) each one, or use Accept all remaining, then mark the document reviewed.</source>
        <translation>
            <numerusform>«%1» still has %n suggestion to decide. Accept (Enter) or reject (Delete) each one, or use Accept all remaining, then mark the document reviewed.</numerusform>
            <numerusform>«%1» still has %n suggestions to decide. Accept (Enter) or reject (Delete) each one, or use Accept all remaining, then mark the document reviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotation %1 is not in «%2» (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no label %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation cannot grow further that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation cannot shrink further that way: it would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection holds no word to annotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is a %2 entity; the mention is labelled %3. Change the label first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::DocumentStore</name>
    <message>
        <source>Could not add the document «%1»: the same text is already stored as document %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the document «%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up a document by its text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark document %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete document %1: there is no such document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::EntityDirectory</name>
    <message>
        <source>Could not list the %1 entities: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::EntityLinkDialog</name>
    <message>
        <source>Link to entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is the same %2 as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name (any entity of the corpus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n mention(s)</source>
        <translation>
            <numerusform>%1 — %n mention</numerusform>
            <numerusform>%1 — %n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>No other %1 entity matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alam::EntityPanel</name>
    <message>
        <source>Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions in text order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a Latin transliteration of each name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::EntityPanelModel</name>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n mention(s))</source>
        <translation>
            <numerusform>%1 (%n mention)</numerusform>
            <numerusform>%1 (%n mentions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propagation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::EntityStore</name>
    <message>
        <source>An entity needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the entity «%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read entity %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the aliases of entity %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the entity «%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add an alias to entity %1: the alias is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the alias «%1» to entity %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the entities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the entity aliases: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ExportDialog</name>
    <message>
        <source>Also documents not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split clitics off into their own tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include pending suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL, IOB2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL, BIOES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (doccano)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brat standoff (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::FileSink</name>
    <message>
        <source>No file to export to was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::FolderSink</name>
    <message>
        <source>No folder to export to was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file; brat export needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::HistoryStore</name>
    <message>
        <source>Could not mark history entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no history entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A history entry does not hold an annotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A history entry names an unknown annotation status or source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the change (%1 %2) in the history: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (.txt), CoNLL (.conll, .iob, .bio, .bioes), JSON Lines (.jsonl) and brat folders (.txt with .ann). Documents already in the corpus are skipped. You can also drop files on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles and corpora (*.txt *.conll *.iob *.iob2 *.bio *.bioes *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ImportFile</name>
    <message>
        <source>%1 no longer exists (it was moved or deleted after it was listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; Alam imports files of up to %3 MB of this type. Split it into smaller files first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no text (only white space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ImportSources</name>
    <message>
        <source>%1 is not a file type Alam imports (.txt, .conll, .iob, .bio, .jsonl, or a brat .txt with its .ann).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 beside it; brat annotations need their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::Importer</name>
    <message>
        <source>The database %1 is open read-only; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: the database %1 cannot store anything (%2). What was imported before stays stored; files not imported: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported, the database refused to store it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::JobStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this task (what is already done stays)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::Jobs</name>
    <message numerus="yes">
        <source>%n already in the corpus (skipped).</source>
        <translation>
            <numerusform>%n already in the corpus (skipped).</numerusform>
            <numerusform>%n already in the corpus (skipped).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the documents imported before stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping mention(s) could not be written in CoNLL.</source>
        <translation>
            <numerusform>%n overlapping mention could not be written in CoNLL.</numerusform>
            <numerusform>%n overlapping mentions could not be written in CoNLL.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the documents tagged before stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tagger now uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added to the search index.</source>
        <translation>
            <numerusform>%n document added to the search index.</numerusform>
            <numerusform>%n documents added to the search index.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Imported %n document.</numerusform>
            <numerusform>Imported %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They hold %n annotation(s).</source>
        <translation>
            <numerusform>They hold %n annotation.</numerusform>
            <numerusform>They hold %n annotations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) to %1.</source>
        <translation>
            <numerusform>Exported %n document to %1.</numerusform>
            <numerusform>Exported %n documents to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They hold %n mention(s).</source>
        <translation>
            <numerusform>They hold %n mention.</numerusform>
            <numerusform>They hold %n mentions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n document(s) with %1.</source>
        <translation>
            <numerusform>Tagged %n document with %1.</numerusform>
            <numerusform>Tagged %n documents with %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s).</source>
        <translation>
            <numerusform>%n new suggestion.</numerusform>
            <numerusform>%n new suggestions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated suggestion(s) removed.</source>
        <translation>
            <numerusform>%n outdated suggestion removed.</numerusform>
            <numerusform>%n outdated suggestions removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n sentence(s).</source>
        <translation>
            <numerusform>Trained on %n sentence.</numerusform>
            <numerusform>Trained on %n sentences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed document(s) were used.</source>
        <translation>
            <numerusform>%n reviewed document were used.</numerusform>
            <numerusform>%n reviewed documents were used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What it learned from %n review(s) was kept.</source>
        <translation>
            <numerusform>What it learned from %n review was kept.</numerusform>
            <numerusform>What it learned from %n reviews was kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: only %n reviewed document(s) and no base corpus. A model trained on so little usually tags worse than the shipped one; train again with the base corpus (anercorp-train.conll) added.</source>
        <translation>
            <numerusform>Warning: only %n reviewed document and no base corpus. A model trained on so little usually tags worse than the shipped one; train again with the base corpus (anercorp-train.conll) added.</numerusform>
            <numerusform>Warning: only %n reviewed documents and no base corpus. A model trained on so little usually tags worse than the shipped one; train again with the base corpus (anercorp-train.conll) added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tagger learned from the review (%n sentence(s)); the next suggestions use it.</source>
        <translation>
            <numerusform>The tagger learned from the review (%n sentence); the next suggestions use it.</numerusform>
            <numerusform>The tagger learned from the review (%n sentences); the next suggestions use it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>«%1» was suggested in %n document(s):</source>
        <translation>
            <numerusform>«%1» was suggested in %n document:</numerusform>
            <numerusform>«%1» was suggested in %n documents:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s),</source>
        <translation>
            <numerusform>%n new suggestion,</numerusform>
            <numerusform>%n new suggestions,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) updated.</source>
        <translation>
            <numerusform>%n suggestion updated.</numerusform>
            <numerusform>%n suggestions updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the documents done before stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::JsonlReader</name>
    <message>
        <source>&quot;entities&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of &quot;entities&quot; lacks start_offset, end_offset or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not [start, end, &quot;LABEL&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;text&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status «%1» is not new, in_progress or reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span [%1, %2) of «%3» lies outside the text of %4 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span [%1, %2) of «%3» does not end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span [%1, %2) has no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotation status «%1» is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at position %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::LabelNames</name>
    <message>
        <source>PERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other name (event, product, nationality…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::LabelStore</name>
    <message>
        <source>A label name must be one word without spaces (got «%1»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of label %1 must look like #rrggbb (got «%2»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shortcut %1 already belongs to label %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the label %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the label %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::LearningJournal</name>
    <message>
        <source>Could not note that document %1 was learned from: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::MainWindow</name>
    <message>
        <source>Alam — named entity review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the selection as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Alam</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) reviewed</source>
        <translation>
            <numerusform>%1 of %n document reviewed</numerusform>
            <numerusform>%1 of %n documents reviewed</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels (with text selected: add it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Alam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Alam&lt;/b&gt; (علم) %1&lt;/p&gt;&lt;p&gt;Review named entities in Arabic news: the tagger suggests, the analyst decides, every decision is saved at once.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is marked reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagating to all documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::Migrations</name>
    <message>
        <source>Cannot read the schema version of the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this version of Alam knows versions up to %3 only: it was written by a newer Alam. Update Alam to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema version %2 (%3): %4. It stays at version %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents, annotations, entities, labels, history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo of review actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corpus search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history of documents, entities and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents learned from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ReviewController</name>
    <message numerus="yes">
        <source>Accepted %n remaining suggestion(s).</source>
        <translation>
            <numerusform>Accepted %n remaining suggestion.</numerusform>
            <numerusform>Accepted %n remaining suggestions.</numerusform>
        </translation>
    </message>
    <message>
        <source>«%1» is marked reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an annotation first (Tab goes to the next one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::SampleCorpus</name>
    <message>
        <source>Cannot read the sample %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the sample articles to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::SearchIndex</name>
    <message>
        <source>Could not read the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the documents to index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read documents to index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::SearchPanel</name>
    <message>
        <source>Search the corpus: a word or a name (أ/إ/ا, ة/ه, ى/ي and diacritics are alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not indexed yet; indexing now.</source>
        <translation>
            <numerusform>%n document not indexed yet; indexing now.</numerusform>
            <numerusform>%n documents not indexed yet; indexing now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>«%1»: %n mention(s)</source>
        <translation>
            <numerusform>«%1»: %n mention</numerusform>
            <numerusform>«%1»: %n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n matching document(s) only; add a word to narrow the search.</source>
        <translation>
            <numerusform>showing the first %n matching document only; add a word to narrow the search.</numerusform>
            <numerusform>showing the first %n matching documents only; add a word to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n hit(s) only.</source>
        <translation>
            <numerusform>showing the first %n hit only.</numerusform>
            <numerusform>showing the first %n hits only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alam::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the article text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label keys change the label of the current annotation; with text selected they add it as a new annotation (the selection snaps to whole words and leaves prefixes such as و and ب out).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::TagDialog</name>
    <message>
        <source>Every document not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove earlier suggestions the tagger no longer makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open document «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tagger adds suggestions; your decisions are never changed, and a suggestion you rejected does not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::Tagging</name>
    <message>
        <source>Could not load the tagger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to train on yet: mark reviewed documents, or add a CoNLL file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training from the window keeps the new model beside a SQLite database file, and this corpus is on PostgreSQL. Train with «alam train --from-db --db … --out MODEL» and tag with «alam tag --model MODEL» instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tagger learns from reviews into a model kept beside a SQLite database file; on PostgreSQL retrain with «alam train --from-db».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not reviewed (any more), so there is nothing to learn from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a decision (accepted, edited or added) is propagated: accept the suggestion first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::TextDecoder</name>
    <message>
        <source>%1 looks like a binary file (it contains NUL or control bytes), not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 with an odd number of bytes; the file looks cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid %2 (it holds an unpaired surrogate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to open as one document (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in UTF-32, which Alam does not read; save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 (invalid byte sequence at byte offset %2) and does not read as Arabic in Windows-1256 or ISO-8859-6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts with a UTF-8 byte order mark but is not valid UTF-8 (invalid byte sequence at byte offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::TrainDialog</name>
    <message>
        <source>Train the tagger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL (*.conll *.iob *.iob2 *.bio *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trains a new model on the base corpus and the %n reviewed document(s) of this corpus, the way the shipped model was trained. What the tagger learned from your reviews is kept. Tagging uses the new model from then on.</source>
        <translation>
            <numerusform>Trains a new model on the base corpus and the %n reviewed document of this corpus, the way the shipped model was trained. What the tagger learned from your reviews is kept. Tagging uses the new model from then on.</numerusform>
            <numerusform>Trains a new model on the base corpus and the %n reviewed documents of this corpus, the way the shipped model was trained. What the tagger learned from your reviews is kept. Tagging uses the new model from then on.</numerusform>
        </translation>
    </message>
    <message>
        <source>anercorp-train.conll (what the shipped model learned from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add more CoNLL files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base corpus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This corpus is on PostgreSQL: the window keeps a trained model beside a SQLite database file only. Use «alam train --from-db» instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Without the base corpus the model learns from your %n reviewed document(s) alone, and that few usually tag worse than the shipped model. Choose the base corpus first.</source>
        <translation>
            <numerusform>Without the base corpus the model learns from your %n reviewed document alone, and that few usually tag worse than the shipped model. Choose the base corpus first.</numerusform>
            <numerusform>Without the base corpus the model learns from your %n reviewed documents alone, and that few usually tag worse than the shipped model. Choose the base corpus first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alam::UndoHistory</name>
    <message>
        <source>Could not read the undo history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo «%1»: %2 Nothing was changed; the next Undo goes to the action before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not redo «%1»: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history entry %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 has been deleted since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 has been changed since (it is now %2, %3, by %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 has been added again since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore annotation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::WindowActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>&amp;Search the corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the end by a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the end back by a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the start by a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the start on by a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the end by a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the end back by a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the start by a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the start on by a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split off as its own entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all &amp;remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark reviewed and open the next document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other mentions of this entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rain the tagger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group mentions by entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Latin transliteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Alam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propagate to all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest this decision&apos;s name, with its label and entity, in every document not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::WindowHost</name>
    <message>
        <source>Alam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::cli::Cli</name>
    <message>
        <source>Import text, CoNLL, JSONL or brat files and folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reviewed documents as CoNLL, BIOES, JSONL, brat or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what the database holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest entities in unreviewed documents, or tag a CoNLL or text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a tagger model on CoNLL files and reviewed documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the tagger from reviewed documents (online learning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a tagger on gold CoNLL as conlleval.pl does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a simulated analyst&apos;s review actions on gold CoNLL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alam [COMMAND] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, alam opens the review window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command takes --db FILE (default: the app&apos;s own database) and --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 3 database error, 4 file error, 5 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;alam --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest the analyst&apos;s entities at their other mentions, in a document or the corpus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::cli::CommandLine</name>
    <message>
        <source>The SQLite database to use (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;alam %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam %1: cannot open the database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::cli::EvalCommand</name>
    <message>
        <source>Score a tagger against gold CoNLL: precision, recall and F1 per type and micro-averaged, printed exactly as conlleval.pl prints them. Tags the gold file&apos;s tokens with --model (default: the shipped model), or scores the labels of a file tagged already (--guess).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gold CoNLL file (token LABEL per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CoNLL file with the same tokens and the guessed labels, instead of tagging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score only the last sixth of the sentences (the held-out part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam eval: name the gold file with --gold FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam eval: give either --guess or --model, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam eval: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::cli::ExportCommand</name>
    <message>
        <source>Export documents and their annotations. By default: reviewed documents, with accepted, edited and manual annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conll (IOB2), bioes, jsonl (doccano), brat (a folder of .txt/.ann) or csv (one row per mention).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (a folder for brat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation statuses to export, comma-separated, from suggested, accepted, rejected, edited, manual (default: accepted,edited,manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every document, not only the reviewed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL: split tokens so attached conjunctions and prepositions get O (default: whitespace tokens, the ANERcorp convention).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam export: --format must be one of conll, bioes, jsonl, brat, csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam export: name the output with --out PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam export: --statuses takes names from suggested, accepted, rejected, edited, manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlapping annotation(s) could not be written: CoNLL holds one label per token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported documents: %1, annotations: %2, to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is marked reviewed; use --all-documents to export them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam export: interrupted; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::cli::ImportCommand</name>
    <message>
        <source>Import files and folders: plain text (.txt), CoNLL (.conll .iob .bio .bioes), JSON Lines (.jsonl) and brat (.txt with .ann).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For CoNLL files without -DOCSTART- lines: sentences per document (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name recorded on imported annotations that name no annotator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam import: name at least one file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam import: --sentences-per-document takes a whole number from 1 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, the same text is already stored as document %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported documents: %1, annotations: %2; duplicates skipped: %3; files failed: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam import: interrupted; the documents imported so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::cli::LearnCommand</name>
    <message>
        <source>Learn from reviewed documents: one online update of the tagger per document from its decisions (accepted, edited and manual annotations are entities; rejected spans and the rest are O). What it learned is kept beside the database (FILE.learned-model), which `alam tag` then uses. The full retrain is `alam train --from-db`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewed document to learn from (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model to start from when the database has no learned model yet (default: the shipped model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam learn: --document takes a document id (a whole number from 1 up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam learn: name the reviewed documents to learn from with --document ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam learn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam learn: document %1 is not reviewed yet; its suggestions are not decisions, so it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned from %1 documents (%2 sentences, %3 tokens; %4 tokens were tagged wrong before). Model: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam learn: the tagger has already learned from document %1; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::cli::PropagateCommand</name>
    <message>
        <source>Propagate the analyst&apos;s entities: every other mention of a name the analyst accepted, edited or added in the document becomes a suggestion of the same label and entity (source propagation). In the document itself, or with --corpus in every document not reviewed yet. Decisions are never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document whose decisions are propagated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this decision of the document (default: all of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across every document not reviewed yet, not only this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam propagate: name the document with --document ID (a whole number from 1 up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam propagate: --annotation takes an annotation id (a whole number from 1 up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam propagate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam propagate: document %1 has no accepted, edited or added annotation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagated %1 decisions of document %2: %3 suggestions added, %4 relabelled (counted %5 times in documents).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::cli::SimulateCommand</name>
    <message>
        <source>Simulate an analyst reviewing gold CoNLL documents in order: each document is tagged, then its suggestions are accepted, rejected, fixed (bounds, type: one action each) or the missing entities added. Prints the actions per 100 gold entities in the first, middle and last third of the documents (adding every entity by hand costs 100), and the same when correct suggestions are taken with one &apos;accept all remaining&apos; per document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gold CoNLL file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: the tagger learns from each document after its review; off: it does not (default on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences per document (default 20); a -DOCSTART- line also starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review only the last sixth of the sentences (the held-out part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of each online step (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the model as it is after the review (with what it learned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam simulate: name the gold file with --gold FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam simulate: --learn takes on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam simulate: --documents-of takes a whole number from 1 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam simulate: --learning-rate takes a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated review of %1 documents (%2 sentences, %3 gold entities) with %4, learning %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per 100 gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with accept-all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam simulate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::cli::StatsCommand</name>
    <message>
        <source>Print what the database holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:     %1 (%2 KB, schema version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:    %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations:  %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By label:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::cli::TagCommand</name>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest entities. By default in the database: every document not yet reviewed gets the tagger&apos;s spans as suggestions; decisions are never touched, a span that already has an annotation (even a rejected one) is not suggested again, and the tagger&apos;s older suggestions that it no longer makes are removed. With --conll or --text, tags a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tagger model file (default: for the database, the model learned beside it when there is one, else the shipped model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-label this CoNLL file (every token and sentence break kept) into --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag this plain-text file; --out gets one JSON line per entity with code-point offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write with --conll or --text (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: keep the tagger&apos;s older suggestions even where this run suggests nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: tag only this document (may be repeated), even if reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam tag: give either --conll or --text, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam tag: --out goes with --conll or --text; the database is tagged in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam tag: name the output with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam tag: --document takes a document id (a whole number from 1 up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1 documents with %2: %3 suggestions added, %4 kept, %5 stale ones removed, %6 not suggested (an annotation or decision is there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam tag: %1 spans were not stored: their types are not labels of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1 sentences (%2 tokens) with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 entities in %2 with %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::cli::TaggerOption</name>
    <message>
        <source>alam %1: cannot load the tagger: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam %1: note: the gazetteers changed since %2 was trained; train it again for the best results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tagger model file (default: the shipped model).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::cli::TrainCommand</name>
    <message>
        <source>Train a tagger model on CoNLL files (token LABEL per line, IOB2) and, with --from-db, on the reviewed documents of the database. The same input and options give the same model, byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More CoNLL files to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CoNLL file to train on (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also train on the reviewed documents of the database: accepted, edited and manual annotations are the entities, everything else is O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the data (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the last sixth of the CoNLL sentences (the held-out part the reported figures are measured on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on only the first FRACTION (0 to 1) of the CoNLL sentences, after --hold-out-last-sixth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam train: name the model file to write with --out MODEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam train: name CoNLL files with --conll FILE, or train on the database with --from-db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam train: --epochs takes a whole number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam train: --fraction takes a number above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam train: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam train: there is nothing to train on (no sentences and no reviewed documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on %1 sentences (%2 tokens): %3 from CoNLL, %4 from %5 reviewed documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1 (%2 features, types %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alam train: warning: only %1 reviewed documents (%2 sentences) and no CoNLL file; a model trained on so little tags much worse than the shipped one. Add the data the shipped model was trained on with --conll FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ner::Conll</name>
    <message>
        <source>%1, line %2: expected %3 columns, found %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ner::DatabaseTagger</name>
    <message>
        <source>Tagging stopped; the documents tagged before were saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ner::Dictionary</name>
    <message>
        <source>The Arabic dictionary %1 cannot be read (install hunspell-ar).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ner::Evaluator</name>
    <message>
        <source>The gold corpus has %1 sentences but the tagged one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence %1 differs between the gold corpus and the tagged one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gold corpus does not fit its own line layout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ner::Gazetteer</name>
    <message>
        <source>Cannot read the gazetteer index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected `FILE CLASS`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the gazetteer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 classes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ner::LearnedModel</name>
    <message>
        <source>The tagger learned from the review, but what it learned could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ner::Model</name>
    <message>
        <source>%1 is not an Alam tagger model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a tagger model of format %2; this version reads format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ner::Propagation</name>
    <message>
        <source>The entity [%1, %2) lies outside document %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ner::Tagger</name>
    <message>
        <source>The tagger model was trained with features of version %1; this program extracts version %2. Train the model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tagger has no gazetteers or dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ner::TaggerLoader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alam::ner::Trainer</name>
    <message>
        <source>Training was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sentence %1 has %2 tokens but %3 labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sentence %1, token %2 («%3»): unknown label «%4».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
