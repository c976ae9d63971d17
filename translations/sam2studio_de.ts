<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../ui/model_files.cpp" line="+44"/>
        <source>No SAM 2 checkpoint is loaded, so clicks and boxes cannot segment yet (brush, eraser and polygon work). Get one of the official files %1 (tiny is the quickest) from https://dl.fbaipublicfiles.com/segment_anything_2/092824/ and put it in %2, or choose any SAM 2 checkpoint with Model ▸ Choose checkpoint. Model ▸ Download checkpoints fetches them for you.</source>
        <translation>Kein SAM-2-Checkpoint geladen, daher können Klicks und Rahmen noch nicht segmentieren (Pinsel, Radierer und Polygon funktionieren). Laden Sie eine der offiziellen Dateien %1 (tiny ist am schnellsten) von https://dl.fbaipublicfiles.com/segment_anything_2/092824/ herunter und legen Sie sie in %2 ab, oder wählen Sie einen beliebigen SAM-2-Checkpoint über Modell ▸ Checkpoint wählen. Modell ▸ Checkpoints herunterladen lädt sie für Sie herunter.</translation>
    </message>
</context>
<context>
    <name>s2s::AddClassCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+90"/>
        <source>Add class %1</source>
        <translation>Klasse %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>s2s::AddMediaCommand</name>
    <message>
        <location line="-59"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>s2s::AddObjectCommand</name>
    <message>
        <location line="+122"/>
        <source>Add object</source>
        <translation>Objekt hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add object %1</source>
        <translation>Objekt %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>s2s::Autosave</name>
    <message>
        <location filename="../annotation/autosave.cpp" line="+59"/>
        <source>Autosave failed: cannot create the folder %1.</source>
        <translation>Automatisches Speichern fehlgeschlagen: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>s2s::ClearMasksCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+110"/>
        <source>Clear masks from frame %1 on</source>
        <translation>Masken ab Frame %1 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear masks of frames %1-%2</source>
        <translation>Masken der Frames %1–%2 löschen</translation>
    </message>
</context>
<context>
    <name>s2s::EditClassCommand</name>
    <message>
        <location line="-158"/>
        <source>Edit class %1</source>
        <translation>Klasse %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>s2s::EditObjectCommand</name>
    <message>
        <location line="+59"/>
        <source>Rename object to %1</source>
        <translation>Objekt in %1 umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change class of %1</source>
        <translation>Klasse von %1 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change colour of %1</source>
        <translation>Farbe von %1 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>%1 einblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit attributes of %1</source>
        <translation>Attribute von %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>s2s::InferenceWorker</name>
    <message>
        <location filename="../annotation/worker/inference_worker.cpp" line="+160"/>
        <source>Internal error: the model was asked to load on the GUI thread.</source>
        <translation>Interner Fehler: Das Modell sollte im GUI-Thread geladen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading model %1…</source>
        <translation>Modell %1 wird geladen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Encoding %1 ahead…</source>
        <translation>%1 wird vorab kodiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding %1…</source>
        <translation>%1 wird kodiert…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Internal error: encoding was asked on the GUI thread.</source>
        <translation>Interner Fehler: Die Kodierung sollte im GUI-Thread laufen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Internal error: segmentation was asked on the GUI thread.</source>
        <translation>Interner Fehler: Die Segmentierung sollte im GUI-Thread laufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded. Choose a SAM 2 checkpoint in Model ▸ Choose checkpoint.</source>
        <translation>Kein Modell geladen. Wählen Sie einen SAM-2-Checkpoint unter Modell ▸ Checkpoint wählen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segmenting…</source>
        <translation>Segmentierung läuft…</translation>
    </message>
</context>
<context>
    <name>s2s::Languages</name>
    <message>
        <location filename="app_translations.cpp" line="+61"/>
        <source>System language</source>
        <comment>language menu entry: follow the desktop&apos;s language</comment>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveClassCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="-40"/>
        <source>Remove class %1</source>
        <translation>Klasse %1 entfernen</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveMediaCommand</name>
    <message>
        <location line="-86"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveObjectCommand</name>
    <message>
        <location line="+158"/>
        <source>Delete object %1</source>
        <translation>Objekt %1 löschen</translation>
    </message>
</context>
<context>
    <name>s2s::SetMaskCommand</name>
    <message>
        <location line="+17"/>
        <source>Set mask on frame %1</source>
        <translation>Maske in Frame %1 setzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase mask on frame %1</source>
        <translation>Maske in Frame %1 löschen</translation>
    </message>
</context>
<context>
    <name>s2s::SetMasksCommand</name>
    <message>
        <location line="+17"/>
        <source>Set %1 masks</source>
        <translation>%1 Masken setzen</translation>
    </message>
</context>
<context>
    <name>s2s::UpdateMediaCommand</name>
    <message>
        <location line="-177"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>s2s::ui::Annotator</name>
    <message>
        <location filename="../ui/annotator.cpp" line="+93"/>
        <source>Cannot show %1: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation>Das Modell wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SAM 2 model is loaded: choose a checkpoint in Model ▸ Choose checkpoint. Brush, eraser and polygon work without one.</source>
        <translation>Kein SAM-2-Modell geladen: Wählen Sie einen Checkpoint unter Modell ▸ Checkpoint wählen. Pinsel, Radierer und Polygon funktionieren auch ohne.</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+150"/>
        <source>Add object</source>
        <translation>Objekt hinzufügen</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Box prompt</source>
        <translation>Rahmen-Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click prompt</source>
        <translation>Klick-Prompt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not apply the mask: %1</source>
        <translation>Die Maske konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Segmentation failed: %1</source>
        <translation>Segmentierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Ready: click to segment.</source>
        <translation>Bereit: Zum Segmentieren klicken.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not edit the mask: %1</source>
        <translation>Die Maske konnte nicht bearbeitet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No alternative masks: a single click gives three candidates.</source>
        <translation>Keine alternativen Masken: Ein einzelner Klick liefert drei Kandidaten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose mask candidate %1</source>
        <translation>Maskenkandidat %1 wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mask candidate %1 of %2 (score %3)</source>
        <translation>Maskenkandidat %1 von %2 (Wert %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove last prompt</source>
        <translation>Letzten Prompt entfernen</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ClassListPanel</name>
    <message>
        <location filename="../ui/class_list_panel.cpp" line="+28"/>
        <source>Classes of the project. New objects get the selected class. Double-click to rename.</source>
        <translation>Klassen des Projekts. Neue Objekte erhalten die ausgewählte Klasse. Doppelklicken zum Umbenennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Class colour</source>
        <translation>Klassenfarbe</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MediaListPanel</name>
    <message>
        <location filename="../ui/media_list_panel.cpp" line="+25"/>
        <source>Remove from project</source>
        <translation>Aus dem Projekt entfernen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ObjectListPanel</name>
    <message>
        <location filename="../ui/object_list_panel.cpp" line="+38"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check box: show or hide. Double-click a name to rename.</source>
        <translation>Kontrollkästchen: ein- oder ausblenden. Doppelklick auf einen Namen zum Umbenennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New object: the next click or stroke starts it (N)</source>
        <translation>Neues Objekt: Der nächste Klick oder Strich beginnt es (N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected object (Del)</source>
        <translation>Ausgewähltes Objekt löschen (Entf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class of the selected object</source>
        <translation>Klasse des ausgewählten Objekts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no class)</source>
        <translation>(keine Klasse)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Object colour</source>
        <translation>Objektfarbe</translation>
    </message>
</context>
</TS>
