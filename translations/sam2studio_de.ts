<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MaskletHistory</name>
    <message>
        <location filename="../annotation/masklet_history.cpp" line="+90"/>
        <source>Restore masklet version (%1)</source>
        <translation>Masklet-Version wiederherstellen (%1)</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../ui/model_files.cpp" line="+44"/>
        <source>No SAM 2 checkpoint is loaded, so clicks and boxes cannot segment yet (brush, eraser and polygon work). Get one of the official files %1 (tiny is the quickest) from https://dl.fbaipublicfiles.com/segment_anything_2/092824/ and put it in %2, or choose any SAM 2 checkpoint with Model ▸ Choose checkpoint. Model ▸ Download official checkpoints fetches them for you.</source>
        <translation>Kein SAM-2-Checkpoint geladen, daher können Klicks und Rahmen noch nicht segmentieren (Pinsel, Radierer und Polygon funktionieren). Laden Sie eine der offiziellen Dateien %1 (tiny ist am schnellsten) von https://dl.fbaipublicfiles.com/segment_anything_2/092824/ herunter und legen Sie sie in %2 ab, oder wählen Sie einen beliebigen SAM-2-Checkpoint über Modell ▸ Checkpoint wählen. Modell ▸ Offizielle Checkpoints herunterladen lädt sie für Sie herunter.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+146"/>
        <source>Segmentation datasets from images and videos with SAM 2.</source>
        <translation>Segmentierungsdatensätze aus Bildern und Videos mit SAM 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SAM 2 checkpoint (.pt) to load.</source>
        <translation>Zu ladender SAM-2-Checkpoint (.pt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model config YAML for the checkpoint.</source>
        <translation>Modellkonfiguration (YAML) für den Checkpoint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cpu or cuda.</source>
        <translation>cpu oder cuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment a new object at image pixel X,Y.</source>
        <translation>Ein neues Objekt am Bildpixel X,Y segmentieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window once the media is shown, then exit.</source>
        <translation>Ein Bild des Fensters speichern, sobald das Medium angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images, videos, folders or a .s2sproj project.</source>
        <translation>Bilder, Videos, Ordner oder ein .s2sproj-Projekt.</translation>
    </message>
</context>
<context>
    <name>s2s::AutoMaskletJob</name>
    <message>
        <location filename="../annotation/worker/auto_masklets.cpp" line="+83"/>
        <source>There is no such video in the project.</source>
        <translation>Dieses Video ist nicht im Projekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic masklets need a video or a frame folder; use Segment everything on an image.</source>
        <translation>Automatische Masklets brauchen ein Video oder einen Bildordner; für ein Bild „Alles segmentieren“ verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking is running; wait for it to end or cancel it.</source>
        <translation>Das Tracking läuft; warten Sie, bis es endet, oder brechen Sie es ab.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Segmenting everything on frame %1</source>
        <translation>Alles segmentieren auf Bild %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The video was removed from the project.</source>
        <translation>Das Video wurde aus dem Projekt entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Automatic masklets on frame %1 (%n new)</source>
        <translation>
            <numerusform>Automatische Masklets auf Bild %1 (%n neu)</numerusform>
            <numerusform>Automatische Masklets auf Bild %1 (%n neu)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tracking frames %1-%2</source>
        <translation>Tracking der Bilder %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Tracking could not start.</source>
        <translation>Das Tracking konnte nicht starten.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Tracking the masklets found on frame %1 back to frame %2</source>
        <translation>Masklets von Bild %1 rückwärts bis Bild %2 verfolgen</translation>
    </message>
</context>
<context>
    <name>s2s::Autosave</name>
    <message>
        <location filename="../annotation/autosave.cpp" line="+64"/>
        <source>cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>s2s::Commands</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+38"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add class %1</source>
        <translation>Klasse %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit class %1</source>
        <translation>Klasse %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove class %1</source>
        <translation>Klasse %1 entfernen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add object</source>
        <translation>Objekt hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add object %1</source>
        <translation>Objekt %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
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
    <message>
        <location line="+38"/>
        <source>Delete object %1</source>
        <translation>Objekt %1 löschen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set mask on frame %1</source>
        <translation>Maske in Frame %1 setzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase mask on frame %1</source>
        <translation>Maske in Frame %1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Set %n mask(s)</source>
        <translation>
            <numerusform>%n Maske setzen</numerusform>
            <numerusform>%n Masken setzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Clear masks from frame %1 on</source>
        <translation>Masken ab Frame %1 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear masks of frames %1-%2</source>
        <translation>Masken der Frames %1–%2 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Accept %n mask(s)</source>
        <translation>
            <numerusform>%n Maske akzeptieren</numerusform>
            <numerusform>%n Masken akzeptieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Flag %n mask(s) for a fix</source>
        <translation>
            <numerusform>%n Maske zur Korrektur markieren</numerusform>
            <numerusform>%n Masken zur Korrektur markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Clear the review of %n mask(s)</source>
        <translation>
            <numerusform>Prüfung von %n Maske zurücksetzen</numerusform>
            <numerusform>Prüfung von %n Masken zurücksetzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ImageModel</name>
    <message>
        <location filename="../annotation/worker/image_model.cpp" line="+75"/>
        <source>No checkpoint was chosen.</source>
        <translation>Es wurde kein Checkpoint gewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checkpoint %1 does not exist.</source>
        <translation>Der Checkpoint %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model config %1 does not exist.</source>
        <translation>Die Modellkonfiguration %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>s2s::ImportDatasetCommand</name>
    <message>
        <location filename="../export/import_command.cpp" line="+20"/>
        <source>Import a dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
</context>
<context>
    <name>s2s::InferenceWorker</name>
    <message>
        <location filename="../annotation/worker/inference_worker.cpp" line="+189"/>
        <source>Internal error: the model was asked to load on the GUI thread.</source>
        <translation>Interner Fehler: Das Modell sollte im GUI-Thread geladen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading model %1…</source>
        <translation>Modell %1 wird geladen…</translation>
    </message>
    <message>
        <location line="+40"/>
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
    <message>
        <location line="+10"/>
        <source>Internal error: automatic masks were asked on the GUI thread.</source>
        <translation>Interner Fehler: automatische Masken wurden im GUI-Thread angefordert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Segmenting everything in %1…</source>
        <translation>Alles in %1 wird segmentiert…</translation>
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
    <name>s2s::VideoEditor</name>
    <message>
        <location filename="../annotation/worker/video_editor.cpp" line="+21"/>
        <source>The model could not be loaded for video: %1</source>
        <translation>Das Modell konnte für das Video nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a video or a frame folder to track objects.</source>
        <translation>Öffnen Sie ein Video oder einen Frame-Ordner, um Objekte zu verfolgen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load a SAM 2 checkpoint first (Model menu).</source>
        <translation>Laden Sie zuerst einen SAM-2-Checkpoint (Menü Modell).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Click on the object or draw a box around it.</source>
        <translation>Klicken Sie auf das Objekt oder ziehen Sie einen Rahmen darum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no object %1 on this video.</source>
        <translation>Dieses Video hat kein Objekt %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for tracking to finish (or cancel it), then correct.</source>
        <translation>Warten Sie, bis das Tracking fertig ist (oder brechen Sie es ab), und korrigieren Sie dann.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This frame has no prompts of that object.</source>
        <translation>Dieses Bild hat keine Eingaben für dieses Objekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for tracking to finish (or cancel it).</source>
        <translation>Warten Sie, bis das Tracking fertig ist (oder brechen Sie es ab).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The video was closed.</source>
        <translation>Das Video wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model gave no mask for this object.</source>
        <translation>Das Modell lieferte keine Maske für dieses Objekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not clear the prompts: %1</source>
        <translation>Die Eingaben konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segmentation failed: %1</source>
        <translation>Segmentierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Clear prompts on frame %1</source>
        <translation>Eingaben auf Bild %1 entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct on frame %1</source>
        <translation>Korrektur auf Bild %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box prompt</source>
        <translation>Rahmen-Prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click prompt</source>
        <translation>Klick-Prompt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The object was deleted meanwhile.</source>
        <translation>Das Objekt wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add object</source>
        <translation>Objekt hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not apply the mask: %1</source>
        <translation>Die Maske konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A propagation is already running.</source>
        <translation>Eine Propagation läuft bereits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the last prompt&apos;s mask, then propagate.</source>
        <translation>Warten Sie auf die Maske des letzten Prompts und propagieren Sie dann.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to track: click on an object first.</source>
        <translation>Nichts zu verfolgen: Klicken Sie zuerst auf ein Objekt.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Tracking failed: %1</source>
        <translation>Tracking fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tracking cancelled; %n frame(s) kept.</source>
        <translation>
            <numerusform>Tracking abgebrochen; %n Frame behalten.</numerusform>
            <numerusform>Tracking abgebrochen; %n Frames behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Re-tracked frames %1-%2 (%n frame(s)); other objects unchanged.</source>
        <translation>
            <numerusform>Bilder %1-%2 neu verfolgt (%n Bild); andere Objekte unverändert.</numerusform>
            <numerusform>Bilder %1-%2 neu verfolgt (%n Bilder); andere Objekte unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Tracked %n frame(s).</source>
        <translation>
            <numerusform>%n Frame verfolgt.</numerusform>
            <numerusform>%n Frames verfolgt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, re-tracked frames %2-%3</source>
        <translation>%1, Bilder %2-%3 neu verfolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-track frames %1-%2</source>
        <translation>Bilder %1-%2 neu verfolgen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Propagate over %n frame(s)</source>
        <translation>
            <numerusform>Über %n Frame propagieren</numerusform>
            <numerusform>Über %n Frames propagieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::VideoTrackerWorker</name>
    <message>
        <location filename="../annotation/worker/video_tracker.cpp" line="+109"/>
        <location line="+143"/>
        <location line="+128"/>
        <source>Internal error: the video model was called on the GUI thread.</source>
        <translation>Interner Fehler: Das Videomodell wurde im GUI-Thread aufgerufen.</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>The checkpoint %1 does not exist.</source>
        <translation>Der Checkpoint %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A mask on frame %1 does not have the video&apos;s size.</source>
        <translation>Eine Maske in Frame %1 hat nicht die Größe des Videos.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+120"/>
        <location line="+35"/>
        <source>No model is loaded for video tracking.</source>
        <translation>Für das Video-Tracking ist kein Modell geladen.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Nothing to track: prompt an object on a frame first.</source>
        <translation>Nichts zu verfolgen: Markieren Sie zuerst ein Objekt in einem Frame.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Frame %1 is outside the video.</source>
        <translation>Bild %1 liegt außerhalb des Videos.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::Annotator</name>
    <message>
        <location filename="../ui/annotator.cpp" line="+26"/>
        <location line="+91"/>
        <source>Cannot show %1: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Select an object first, then press a class number.</source>
        <translation>Wählen Sie zuerst ein Objekt aus und drücken Sie dann eine Klassennummer.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>There is no class %1: the project has %n class(es).</source>
        <translation>
            <numerusform>Es gibt keine Klasse %1: Das Projekt hat %n Klasse.</numerusform>
            <numerusform>Es gibt keine Klasse %1: Das Projekt hat %n Klassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The polygons cover no pixel; delete the object instead.</source>
        <translation>Die Polygone decken kein Pixel ab; löschen Sie stattdessen das Objekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit vertices</source>
        <translation>Eckpunkte bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation>Das Modell wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SAM 2 model is loaded: choose a checkpoint in Model ▸ Choose checkpoint. Brush, eraser and polygon work without one.</source>
        <translation>Kein SAM-2-Modell geladen: Wählen Sie einen Checkpoint unter Modell ▸ Checkpoint wählen. Pinsel, Radierer und Polygon funktionieren auch ohne.</translation>
    </message>
    <message>
        <location line="+169"/>
        <location line="+184"/>
        <source>Add object</source>
        <translation>Objekt hinzufügen</translation>
    </message>
    <message>
        <location line="-168"/>
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
        <location line="+57"/>
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
        <location line="+22"/>
        <source>Could not edit the mask: %1</source>
        <translation>Die Maske konnte nicht bearbeitet werden: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <location line="+31"/>
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
    <name>s2s::ui::AutoMasksPanel</name>
    <message>
        <location filename="../ui/auto_masks_panel.cpp" line="+59"/>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points along each side of the grid of single-click prompts (points_per_side)</source>
        <translation>Punkte je Seite des Rasters aus Einzelklick-Prompts (points_per_side)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points per side</source>
        <translation>Punkte je Seite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop masks whose predicted IoU is not above this (pred_iou_thresh)</source>
        <translation>Masken verwerfen, deren vorhergesagter IoU nicht darüber liegt (pred_iou_thresh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted IoU above</source>
        <translation>Vorhergesagter IoU über</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop masks whose stability score is below this (stability_score_thresh)</source>
        <translation>Masken verwerfen, deren Stabilitätswert darunter liegt (stability_score_thresh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stability at least</source>
        <translation>Stabilität mindestens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run again on 4, 16, ... crops for small objects (crop_n_layers)</source>
        <translation>Für kleine Objekte erneut auf 4, 16, … Ausschnitten ausführen (crop_n_layers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop layers</source>
        <translation>Ausschnittebenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill holes and remove islands up to this area (min_mask_region_area)</source>
        <translation>Löcher füllen und Inseln bis zu dieser Fläche entfernen (min_mask_region_area)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean regions up to</source>
        <translation>Bereiche bereinigen bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refine each mask once (use_m2m)</source>
        <translation>Jede Maske einmal verfeinern (use_m2m)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment everything</source>
        <translation>Alles segmentieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames</source>
        <translation> Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first frame only</source>
        <translation>nur erstes Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole video: run the generator on the first frame and every this many frames; later keyframes add only objects that overlap no masklet there</source>
        <translation>Ganzes Video: den Generator auf dem ersten Bild und alle so vielen Bilder ausführen; spätere Schlüsselbilder fügen nur Objekte hinzu, die dort kein Masklet überlappen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masklets for the whole video</source>
        <translation>Masklets für das ganze Video</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum area</source>
        <translation>Mindestfläche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum predicted IoU</source>
        <translation>Mindestwert vorhergesagter IoU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum stability</source>
        <translation>Mindeststabilität</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select none</source>
        <translation>Nichts auswählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+338"/>
        <source>Keep selected</source>
        <translation>Auswahl behalten</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open an image or a video frame first.</source>
        <translation>Öffnen Sie zuerst ein Bild oder einen Video-Frame.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+47"/>
        <source>Load a model first (Model ▸ Choose checkpoint).</source>
        <translation>Laden Sie zuerst ein Modell (Modell ▸ Checkpoint wählen).</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Segment everything: %1</source>
        <translation>Alles segmentieren: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open a video or a frame folder first.</source>
        <translation>Öffnen Sie zuerst ein Video oder einen Bildordner.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Automatic masklets failed: %1</source>
        <translation>Automatische Masklets fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Automatic masklets cancelled; %n masklet(s) made so far are kept (Undo removes them).</source>
        <translation>
            <numerusform>Automatische Masklets abgebrochen; das bisher erstellte Masklet bleibt (Rückgängig entfernt es).</numerusform>
            <numerusform>Automatische Masklets abgebrochen; die %n bisher erstellten Masklets bleiben (Rückgängig entfernt sie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n automatic masklet(s) from %1 keyframe(s).</source>
        <translation>
            <numerusform>%n automatisches Masklet aus %1 Schlüsselbild(ern).</numerusform>
            <numerusform>%n automatische Masklets aus %1 Schlüsselbild(ern).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Segment everything finished on a frame no longer shown; run it again here.</source>
        <translation>„Alles segmentieren“ endete auf einem Frame, der nicht mehr angezeigt wird; führen Sie es hier erneut aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n mask(s) proposed: click to keep or drop, then Keep selected.</source>
        <translation>
            <numerusform>%n Maske vorgeschlagen: zum Behalten oder Verwerfen klicken, dann „Auswahl behalten“.</numerusform>
            <numerusform>%n Masken vorgeschlagen: zum Behalten oder Verwerfen klicken, dann „Auswahl behalten“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>frame %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segment everything cancelled.</source>
        <translation>„Alles segmentieren“ abgebrochen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment everything failed: %1</source>
        <translation>„Alles segmentieren“ fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Keep %n automatic mask(s)</source>
        <translation>
            <numerusform>%n automatische Maske behalten</numerusform>
            <numerusform>%n automatische Masken behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Kept %n automatic mask(s) as objects.</source>
        <translation>
            <numerusform>%n automatische Maske als Objekt behalten.</numerusform>
            <numerusform>%n automatische Masken als Objekte behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 shown, %3 selected</source>
        <translation>%1 von %2 angezeigt, %3 ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No proposals</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Keep %n selected</source>
        <translation>
            <numerusform>%n ausgewählte behalten</numerusform>
            <numerusform>%n ausgewählte behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ui::CheckpointDownloadDialog</name>
    <message>
        <location filename="../ui/checkpoint_download_dialog.cpp" line="+19"/>
        <source>Download SAM 2.1 checkpoints</source>
        <translation>SAM-2.1-Checkpoints herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official checkpoints from Meta (dl.fbaipublicfiles.com). They are saved in %1.</source>
        <translation>Offizielle Checkpoints von Meta (dl.fbaipublicfiles.com). Sie werden in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (installed)</source>
        <translation> (installiert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 MB</source>
        <translation>%1 von %2 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>s2s::ui::CheckpointDownloader</name>
    <message>
        <location filename="../ui/checkpoint_downloader.cpp" line="+34"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server answered with an unexpected byte range (%1).</source>
        <translation>Der Server antwortete mit einem unerwarteten Bytebereich (%1).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Download cancelled; it resumes where it stopped next time.</source>
        <translation>Download abgebrochen; beim nächsten Mal wird er an dieser Stelle fortgesetzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach %1 (%2). Are you offline? Download %3 with a browser and put it in %4, or try again later (the download resumes).</source>
        <translation>%1 ist nicht erreichbar (%2). Sind Sie offline? Laden Sie %3 mit einem Browser herunter und legen Sie die Datei in %4 ab, oder versuchen Sie es später erneut (der Download wird fortgesetzt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the download of %1 (HTTP %2: %3).</source>
        <translation>Der Server hat den Download von %1 abgelehnt (HTTP %2: %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The download of %1 is incomplete: %2 of %3 bytes. Try again; it resumes.</source>
        <translation>Der Download von %1 ist unvollständig: %2 von %3 Bytes. Versuchen Sie es erneut; er wird fortgesetzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not move the download to %1.</source>
        <translation>Der Download konnte nicht nach %1 verschoben werden.</translation>
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
        <location line="+44"/>
        <source>Key %1 gives the selected object this class</source>
        <translation>Taste %1 weist dem ausgewählten Objekt diese Klasse zu</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>s2s::ui::DatasetJobs</name>
    <message>
        <location filename="../ui/dataset_jobs.cpp" line="+51"/>
        <location line="+70"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Exporting %1 to %2…</source>
        <translation>%1 wird nach %2 exportiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing %1 from %2…</source>
        <translation>%1 wird aus %2 importiert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported %1 of %2 to %3.</source>
        <translation>%1 von %2 nach %3 exportiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+29"/>
        <source>%n mask(s)</source>
        <translation>
            <numerusform>%n Maske</numerusform>
            <numerusform>%n Masken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>Import abgebrochen; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1 and %2.</source>
        <translation>%1 und %2 importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dataset_dialogs.cpp" line="+61"/>
        <source>Export dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder the dataset is written to</source>
        <translation>Ordner, in den der Datensatz geschrieben wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format default</source>
        <translation>Standard des Formats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every n-th frame of a video. The default is 4 for SA-V, 1 for the others.</source>
        <translation>Jeder n-te Frame eines Videos. Standard ist 4 für SA-V, 1 für die anderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygons instead of RLE (COCO)</source>
        <translation>Polygone statt RLE (COCO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the images and frames beside the labels</source>
        <translation>Bilder und Frames neben die Labels schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the item shown</source>
        <translation>Nur das angezeigte Element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the folder&apos;s contents if it is not empty</source>
        <translation>Ordnerinhalt ersetzen, wenn der Ordner nicht leer ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masklets a reviewer accepted</source>
        <translation>Nur von einem Prüfer akzeptierte Masklets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame stride:</source>
        <translation>Frame-Schrittweite:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose the folder to export into.</source>
        <translation>Wählen Sie den Zielordner für den Export.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ImportDialog</name>
    <message>
        <location line="+17"/>
        <source>Import dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annotation file (COCO, SA-V) or dataset folder (DAVIS, SA-V)</source>
        <translation>Annotationsdatei (COCO, SA-V) oder Datensatzordner (DAVIS, SA-V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: beside the annotations</source>
        <translation>Leer: neben den Annotationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SA-V: frames between two annotated frames.</source>
        <translation>SA-V: Frames zwischen zwei annotierten Frames.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations:</source>
        <translation>Annotationen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Annotation file</source>
        <translation>Annotationsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Media folder:</source>
        <translation>Medienordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media folder</source>
        <translation>Medienordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SA-V frame stride:</source>
        <translation>SA-V-Frame-Schrittweite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the annotations to import.</source>
        <translation>Wählen Sie die zu importierenden Annotationen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MainWindow</name>
    <message>
        <location filename="../ui/project_files.cpp" line="+20"/>
        <source>SAM 2 Studio projects (*.s2sproj)</source>
        <translation>SAM 2 Studio-Projekte (*.s2sproj)</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="+40"/>
        <location line="+27"/>
        <source>The model could not be loaded: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+137"/>
        <location line="+407"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open media…</source>
        <translation>Medien ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;folder of images…</source>
        <translation>Bild&amp;ordner öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a frame f&amp;older (video)…</source>
        <translation>Frame-Ordner (&amp;Video) öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save project &amp;as…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export dataset…</source>
        <translation>Datensatz &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import dataset…</source>
        <translation>Datensatz &amp;importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+396"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+397"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-397"/>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo last &amp;prompt</source>
        <translation>Letzten &amp;Prompt zurücknehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected object&apos;s last point or box and segment again (Backspace)</source>
        <translation>Letzten Punkt oder Rahmen des ausgewählten Objekts entfernen und neu segmentieren (Rücktaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New object</source>
        <translation>&amp;Neues Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next click or stroke starts a new object (N)</source>
        <translation>Der nächste Klick oder Strich beginnt ein neues Objekt (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete object</source>
        <translation>Objekt &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next mask &amp;candidate</source>
        <translation>Nächster Masken&amp;kandidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle through the three masks of a single click (M)</source>
        <translation>Durch die drei Masken eines einzelnen Klicks wechseln (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide / show object</source>
        <translation>Objekt aus-/ein&amp;blenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select ne&amp;xt object</source>
        <translation>Nä&amp;chstes Objekt auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select pre&amp;vious object</source>
        <translation>&amp;Vorheriges Objekt auswählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Review mode</source>
        <translation>&amp;Prüfmodus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step through the masks nobody reviewed; Y accepts, X flags (Ctrl+R)</source>
        <translation>Die noch nicht geprüften Masken durchgehen; Y akzeptiert, X markiert (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Accept</source>
        <translation>&amp;Akzeptieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag for a fix</source>
        <translation>Zur &amp;Korrektur markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the whole &amp;masklet</source>
        <translation>Ganzes &amp;Masklet akzeptieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next to review</source>
        <translation>&amp;Nächste zu prüfende Stelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous to review</source>
        <translation>&amp;Vorherige zu prüfende Stelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next p&amp;roblem</source>
        <translation>Nächstes P&amp;roblem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give class %1</source>
        <translation>Klasse %1 zuweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected object the class number %1 of the class list</source>
        <translation>Dem ausgewählten Objekt die Klasse Nummer %1 der Klassenliste zuweisen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment &amp;everything</source>
        <translation>&amp;Alles segmentieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose masks for everything in the image or frame on screen (Ctrl+Shift+A)</source>
        <translation>Masken für alles im angezeigten Bild oder Frame vorschlagen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Click</source>
        <translation>&amp;Klick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click tool (C): left click adds a positive point, right or Shift+click a negative one</source>
        <translation>Klick-Werkzeug (C): Linksklick setzt einen positiven Punkt, Rechts- oder Umschalt+Klick einen negativen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bo&amp;x</source>
        <translation>&amp;Rahmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box tool (R): drag a box</source>
        <translation>Rahmen-Werkzeug (R): einen Rahmen aufziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brush</source>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush (B): paint onto the selected mask; [ and ] change the size</source>
        <translation>Pinsel (B): auf die ausgewählte Maske malen; [ und ] ändern die Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eraser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser (E): paint off the selected mask</source>
        <translation>Radierer (E): Teile der ausgewählten Maske wegmalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Polygon</source>
        <translation>P&amp;olygon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon (P): click vertices, double-click or Enter to close</source>
        <translation>Polygon (P): Eckpunkte anklicken, Doppelklick oder Eingabe schließt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;an</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan (V): drag to move; Space+drag or the middle button pan with any tool</source>
        <translation>Verschieben (V): ziehen zum Bewegen; Leertaste+Ziehen oder die mittlere Taste verschieben mit jedem Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;vertices</source>
        <translation>&amp;Eckpunkte bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit vertices (G): the selected mask as polygons; drag a vertex, click an edge to add one, right-click to delete one, Shift+drag to move a ring; Enter applies, Esc drops the edits</source>
        <translation>Eckpunkte bearbeiten (G): die ausgewählte Maske als Polygone; Eckpunkt ziehen, auf eine Kante klicken fügt einen hinzu, Rechtsklick löscht einen, Umschalt+Ziehen verschiebt einen Ring; Eingabe übernimmt, Esc verwirft die Änderungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bigger brush</source>
        <translation>Größerer Pinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller brush</source>
        <translation>Kleinerer Pinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hover preview</source>
        <translation>&amp;Vorschau unter dem Zeiger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the mask a click would give under the pointer</source>
        <translation>Die Maske zeigen, die ein Klick unter dem Zeiger ergäbe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next item</source>
        <translation>&amp;Nächstes Element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next item (D or Page Down)</source>
        <translation>Nächstes Element (D oder Bild ab)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous item</source>
        <translation>&amp;Vorheriges Element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous item (A or Page Up)</source>
        <translation>Vorheriges Element (A oder Bild auf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose &amp;checkpoint…</source>
        <translation>&amp;Checkpoint wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose model &amp;config (YAML)…</source>
        <translation>Modell&amp;konfiguration (YAML) wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download official checkpoints…</source>
        <translation>Offizielle Checkpoints &amp;herunterladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SAM 2 Studio</source>
        <translation>Ü&amp;ber SAM 2 Studio</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+4"/>
        <source>Brush radius %1 px</source>
        <translation>Pinselradius %1 px</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About SAM 2 Studio</source>
        <translation>Über SAM 2 Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;SAM 2 Studio %1&lt;/b&gt;&lt;p&gt;Build segmentation datasets from images and videos with Segment Anything 2 (Meta).&lt;/p&gt;</source>
        <translation>&lt;b&gt;SAM 2 Studio %1&lt;/b&gt;&lt;p&gt;Segmentierungsdatensätze aus Bildern und Videos mit Segment Anything 2 (Meta) erstellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;utosave every</source>
        <translation>A&amp;utomatisch speichern alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Give class</source>
        <translation>K&amp;lasse zuweisen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Timeline shows</source>
        <translation>&amp;Zeitleiste zeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every mask</source>
        <translation>Alle Masken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a fix</source>
        <translation>Korrektur nötig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="+90"/>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 GiB</source>
        <translation>, %1 GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU %1: %2%3</source>
        <translation>GPU %1: %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build of LibTorch has no CUDA, or no GPU is present.</source>
        <translation>Dieser LibTorch-Build hat kein CUDA, oder es ist keine GPU vorhanden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no bfloat16 arithmetic (that needs an Ampere or later GPU); float16 is the fast precision there.</source>
        <translation>%1 rechnet nicht in bfloat16 (das braucht eine GPU ab Ampere); dort ist float16 die schnelle Genauigkeit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>float16 is for GPUs without bfloat16; on the CPU use bfloat16 or float32.</source>
        <translation>float16 ist für GPUs ohne bfloat16; auf der CPU bfloat16 oder float32 verwenden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Precision</source>
        <translation>&amp;Rechengenauigkeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full (float32)</source>
        <translation>Voll (float32)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fast (bfloat16)</source>
        <translation>Schnell (bfloat16)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Needs a CPU with AVX-512: on this CPU bfloat16 would be about 30 times slower than float32.</source>
        <translation>Benötigt eine CPU mit AVX-512: auf dieser CPU wäre bfloat16 etwa 30-mal langsamer als float32.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This CPU has no native bfloat16: on the CPU this is slower than float32 (it helps on a CUDA GPU).</source>
        <translation>Diese CPU rechnet bfloat16 nicht nativ: Auf der CPU ist das langsamer als float32 (auf einer CUDA-GPU hilft es).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vertices</source>
        <translation>Eckpunkte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simplification: vertices may be this far from the mask&apos;s border (0: every corner)</source>
        <translation>Vereinfachung: so weit dürfen Eckpunkte vom Rand der Maske abweichen (0: jede Ecke)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tolerance:</source>
        <translation>Toleranz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the edited polygons as the mask (Enter)</source>
        <translation>Die bearbeiteten Polygone als Maske speichern (Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop edits</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the mask as it is (Esc)</source>
        <translation>Zurück zur Maske, wie sie ist (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 vertices, IoU %2 with the mask</source>
        <translation>%1 Eckpunkte, IoU %2 mit der Maske</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an object with a mask on this frame</source>
        <translation>Wählen Sie ein Objekt mit einer Maske in diesem Frame</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment everything</source>
        <translation>Alles segmentieren</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Review: %n frame(s) left</source>
        <translation>
            <numerusform>Prüfung: %n Frame übrig</numerusform>
            <numerusform>Prüfung: %n Frames übrig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/project_files.cpp" line="+31"/>
        <source>30 seconds</source>
        <translation>30 Sekunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 minutes</source>
        <translation>2 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+33"/>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SAM 2 Studio</source>
        <translation>SAM 2 Studio</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="-216"/>
        <source>Model: %1 on %2, %3</source>
        <translation>Modell: %1 auf %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1 on %2</source>
        <translation>Modell: %1 auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (GPU memory %1 GiB in use)</source>
        <translation> (GPU-Speicher: %1 GiB belegt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model: loading…</source>
        <translation>Modell: wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: none</source>
        <translation>Modell: keines</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CUDA is not available in this build; using the CPU.</source>
        <translation>CUDA ist in diesem Build nicht verfügbar; die CPU wird verwendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no GPU %1 on this machine; using the CPU.</source>
        <translation>Auf diesem Rechner gibt es keine GPU %1; es wird die CPU verwendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This CPU has no AVX-512 for bfloat16; using float32.</source>
        <translation>Diese CPU hat kein AVX-512 für bfloat16; float32 wird verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Using %2.</source>
        <translation>%1 Verwende %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a SAM 2 checkpoint</source>
        <translation>SAM-2-Checkpoint wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch checkpoints (*.pt *.pth)</source>
        <translation>PyTorch-Checkpoints (*.pt *.pth)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a checkpoint first.</source>
        <translation>Wählen Sie zuerst einen Checkpoint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the model config</source>
        <translation>Modellkonfiguration wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAM 2 configs (*.yaml *.yml)</source>
        <translation>SAM-2-Konfigurationen (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Fast on older GPUs (float16)</source>
        <translation>Schnell auf älteren GPUs (float16)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About twice as fast here; masks differ slightly from float32.</source>
        <translation>Hier etwa doppelt so schnell; Masken weichen leicht von float32 ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For GPUs without bfloat16 (before Ampere): about twice as fast there; masks differ slightly from float32.</source>
        <translation>Für GPUs ohne bfloat16 (vor Ampere): dort etwa doppelt so schnell; Masken weichen leicht von float32 ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SAM 2&apos;s own precision: the reference&apos;s masks.</source>
        <translation>Die Genauigkeit von SAM 2 selbst: die Masken der Referenz.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+30"/>
        <source>%1: no images in this folder</source>
        <translation>%1: keine Bilder in diesem Ordner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add media</source>
        <translation>Medien hinzufügen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Some media could not be opened:
%1</source>
        <translation>Einige Medien konnten nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open images or videos</source>
        <translation>Bilder oder Videos öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.webm);;All files (*)</source>
        <translation>Bilder und Videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of images</source>
        <translation>Bildordner öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of video frames</source>
        <translation>Ordner mit Videoframes öffnen</translation>
    </message>
    <message>
        <location filename="../ui/project_files.cpp" line="+43"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recover unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes from %2 that were never saved (the application may have stopped unexpectedly). Recover them?</source>
        <translation>%1 hat Änderungen vom %2, die nie gespeichert wurden (die Anwendung wurde womöglich unerwartet beendet). Wiederherstellen?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The project was not saved: %1</source>
        <translation>Das Projekt wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unsaved project from %1 was found (the application may have stopped unexpectedly). Recover it?</source>
        <translation>Ein ungespeichertes Projekt vom %1 wurde gefunden (die Anwendung wurde womöglich unerwartet beendet). Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+67"/>
        <source>Negative point (click tool)</source>
        <translation>Negativer Punkt (Klick-Werkzeug)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right click or Shift+click</source>
        <translation>Rechtsklick oder Umschalt+Klick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan with any tool</source>
        <translation>Mit jedem Werkzeug verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space+drag or middle drag</source>
        <translation>Leertaste+Ziehen oder mit mittlerer Taste ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom at the pointer</source>
        <translation>Am Zeiger zoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close polygon / cancel</source>
        <translation>Polygon schließen / abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter or double-click / Esc</source>
        <translation>Eingabe oder Doppelklick / Esc</translation>
    </message>
    <message>
        <location filename="../ui/video_ui.cpp" line="+20"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video</source>
        <translation>&amp;Video</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MaskletHistoryDialog</name>
    <message>
        <location filename="../ui/masklet_history_dialog.cpp" line="+16"/>
        <source>Masklet history</source>
        <translation>Masklet-Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last %1 versions of %2, newest last, compared with its masks now.</source>
        <translation>Die letzten %1 Versionen von %2, die neueste zuletzt, verglichen mit seinen jetzigen Masken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frames differing</source>
        <translation>Abweichende Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean IoU with now</source>
        <translation>Mittlere IoU zu jetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show first difference</source>
        <translation>Erste Abweichung zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this version</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none (current)</source>
        <translation>keine (aktuell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (frames %2-%3)</source>
        <translation>%1 (Bilder %2-%3)</translation>
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
        <location filename="../ui/object_list_panel.cpp" line="+39"/>
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
        <location line="+0"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Masks accepted of all masks; ✗ counts those flagged for a fix</source>
        <translation>Akzeptierte Masken von allen Masken; ✗ zählt die zur Korrektur markierten</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+83"/>
        <source>Object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 accepted, %2 need a fix, %3 not reviewed</source>
        <translation>%1 akzeptiert, %2 korrekturbedürftig, %3 nicht geprüft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no class)</source>
        <translation>(keine Klasse)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Object colour</source>
        <translation>Objektfarbe</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ReviewController</name>
    <message numerus="yes">
        <location filename="../ui/review_controller.cpp" line="+56"/>
        <source>Review mode: %n frame(s) to review. Y accepts, X flags for a fix, U goes to the next.</source>
        <translation>
            <numerusform>Prüfmodus: %n Frame zu prüfen. Y akzeptiert, X markiert zur Korrektur, U springt zum nächsten.</numerusform>
            <numerusform>Prüfmodus: %n Frames zu prüfen. Y akzeptiert, X markiert zur Korrektur, U springt zum nächsten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The selected object has no mask on this frame.</source>
        <translation>Das ausgewählte Objekt hat in diesem Frame keine Maske.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This frame has no masks to review.</source>
        <translation>In diesem Frame gibt es keine Masken zu prüfen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an object first.</source>
        <translation>Wählen Sie zuerst ein Objekt aus.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+2"/>
        <source>Every mask has been reviewed.</source>
        <translation>Alle Masken wurden geprüft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mask is flagged for a fix or has a low score.</source>
        <translation>Keine Maske ist zur Korrektur markiert oder hat einen niedrigen Score.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ShortcutMap</name>
    <message>
        <location filename="../ui/shortcut_map.cpp" line="+90"/>
        <source>There is no action named %1.</source>
        <translation>Es gibt keine Aktion namens %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already the shortcut of “%2”. Give that action another key first.</source>
        <translation>%1 ist bereits das Tastenkürzel von „%2“. Weisen Sie dieser Aktion zuerst eine andere Taste zu.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="+25"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search actions and keys</source>
        <translation>Aktionen und Tasten suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;all</source>
        <translation>&amp;Alle zurücksetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New key:</source>
        <translation>Neue Taste:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Changed; the default is %1</source>
        <translation>Geändert; Standard ist %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+15"/>
        <location line="+8"/>
        <source>Choose an action in the list first.</source>
        <translation>Wählen Sie zuerst eine Aktion in der Liste.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/timeline_widget.cpp" line="+312"/>
        <source>&amp;Play / pause</source>
        <translation>&amp;Wiedergabe / Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause the video (K)</source>
        <translation>Video abspielen oder anhalten (K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious frame</source>
        <translation>&amp;Vorheriger Frame</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame (Left or ,)</source>
        <translation>Vorheriger Frame (Links oder ,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt frame</source>
        <translation>&amp;Nächster Frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame (Right or .)</source>
        <translation>Nächster Frame (Rechts oder .)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous &amp;keyframe</source>
        <translation>Vorheriger &amp;Keyframe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame with a person-made mask (Shift+Left)</source>
        <translation>Vorheriger Frame mit einer von Hand erstellten Maske (Umschalt+Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next k&amp;eyframe</source>
        <translation>Nächster K&amp;eyframe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame with a person-made mask (Shift+Right)</source>
        <translation>Nächster Frame mit einer von Hand erstellten Maske (Umschalt+Rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;problem</source>
        <translation>Nächstes &amp;Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame where a tracked mask has low confidence or the object was lost (J)</source>
        <translation>Nächster Frame, in dem eine verfolgte Maske geringe Konfidenz hat oder das Objekt verloren ging (J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propagate &amp;forward</source>
        <translation>&amp;Vorwärts propagieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propagate &amp;backward</source>
        <translation>&amp;Rückwärts propagieren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Track forward from this frame: after a correction only the objects changed here, else every prompted object (Ctrl+P)</source>
        <translation>Ab diesem Frame vorwärts verfolgen: nach einer Korrektur nur die hier geänderten Objekte, sonst alle Objekte mit Eingaben (Strg+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Track backward from this frame: after a correction only the objects changed here, else every prompted object (Ctrl+Shift+P)</source>
        <translation>Ab diesem Frame rückwärts verfolgen: nach einer Korrektur nur die hier geänderten Objekte, sonst alle Objekte mit Eingaben (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propagate both &amp;ways</source>
        <translation>In &amp;beide Richtungen propagieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track forward, then backward from this frame (Ctrl+Alt+P)</source>
        <translation>Ab diesem Frame erst vorwärts, dann rückwärts verfolgen (Strg+Alt+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel propagation</source>
        <translation>Propagation &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop tracking before the next frame; computed frames are kept (Ctrl+.)</source>
        <translation>Tracking vor dem nächsten Frame anhalten; berechnete Frames bleiben erhalten (Strg+.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show frames while tracking</source>
        <translation>Frames während des Trackings &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The canvas follows a propagation as frames are computed</source>
        <translation>Die Arbeitsfläche folgt der Propagation, während Frames berechnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear object from this frame on</source>
        <translation>Objekt ab diesem Frame &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected object&apos;s masks from this frame to the end (Shift+Del)</source>
        <translation>Masken des ausgewählten Objekts von diesem Frame bis zum Ende entfernen (Umschalt+Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;prompts on this frame</source>
        <translation>&amp;Eingaben auf diesem Bild entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected object&apos;s clicks on this frame are dropped; the frame becomes a tracked one (SAM 2&apos;s clear_all_prompts_in_frame)</source>
        <translation>Die Klicks des ausgewählten Objekts auf diesem Bild werden verworfen; das Bild wird zu einem verfolgten (clear_all_prompts_in_frame von SAM 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-track &amp;every object forward</source>
        <translation>&amp;Alle Objekte vorwärts neu verfolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track every object from this frame to the end, whatever changed</source>
        <translation>Alle Objekte von diesem Bild bis zum Ende verfolgen, egal was sich geändert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masklet &amp;history…</source>
        <translation>Masklet-&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the selected object&apos;s last versions and restore one (Ctrl+Shift+H)</source>
        <translation>Die letzten Versionen des ausgewählten Objekts vergleichen und eine wiederherstellen (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-track only what changed</source>
        <translation>Nur Geändertes neu verfolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a correction, Propagate tracks only the objects changed on this frame, up to their next keyframe, and stops once %1 frames agree with the stored masks</source>
        <translation>Nach einer Korrektur verfolgt „Propagieren“ nur die auf diesem Bild geänderten Objekte bis zu ihrem nächsten Schlüsselbild und hört auf, sobald %1 Bilder mit den gespeicherten Masken übereinstimmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep corrections as keyframes</source>
        <translation>Korrekturen als Schlüsselbilder behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click on a tracked frame becomes a conditioning frame that later propagations keep (add_all_frames_to_correct_as_cond)</source>
        <translation>Ein Klick auf ein verfolgtes Bild wird zu einem Konditionierungsbild, das spätere Propagationen behalten (add_all_frames_to_correct_as_cond)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop tracked memory around corrections</source>
        <translation>Verfolgtes Gedächtnis um Korrekturen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracked frames near a correction leave the object&apos;s memory, so they do not pull it back (clear_non_cond_mem_around_input)</source>
        <translation>Verfolgte Bilder nahe einer Korrektur verlassen das Gedächtnis des Objekts und ziehen es so nicht zurück (clear_non_cond_mem_around_input)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…also with several objects</source>
        <translation>…auch bei mehreren Objekten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear that memory per object when the video has several objects (clear_non_cond_mem_for_multi_obj); off: only with a single object, as SAM 2&apos;s legacy predictor</source>
        <translation>Dieses Gedächtnis pro Objekt auch bei mehreren Objekten verwerfen (clear_non_cond_mem_for_multi_obj); aus: nur bei einem einzigen Objekt, wie der ältere Prädiktor von SAM 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One object per pixel</source>
        <translation>Ein Objekt pro Pixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where objects overlap, only the most confident keeps the pixel (non_overlap_masks)</source>
        <translation>Wo sich Objekte überlappen, behält nur das sicherste den Pixel (non_overlap_masks)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select an object to see its masklet history.</source>
        <translation>Wählen Sie ein Objekt aus, um seinen Masklet-Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>|◀</source>
        <translation>|◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>▶|</source>
        <translation>▶|</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶▶|</source>
        <translation>▶▶|</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next problem</source>
        <translation>Nächstes Problem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both ways</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole video</source>
        <translation>ganzes Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next N frames</source>
        <translation>nächste N Frames</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Propagate</source>
        <translation>Propagieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track every prompted object from this frame (Ctrl+P forward)</source>
        <translation>Alle markierten Objekte ab diesem Frame verfolgen (Strg+P vorwärts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v / %m frames</source>
        <translation>%v / %m Frames</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>❚❚</source>
        <translation>❚❚</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Frame %1 / %2</source>
        <translation>Frame %1 / %2</translation>
    </message>
</context>
<context>
    <name>s2s::ui::TimelineView</name>
    <message>
        <location line="-402"/>
        <source>Open a video or a frame folder to see its timeline.</source>
        <translation>Öffnen Sie ein Video oder einen Frame-Ordner, um dessen Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+41"/>
        <location line="+53"/>
        <source>Object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>tracked as absent</source>
        <translation>als abwesend verfolgt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no mask</source>
        <translation>keine Maske</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracked</source>
        <translation>verfolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected by hand</source>
        <translation>von Hand korrigiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>prompted (%n point(s))</source>
        <translation>
            <numerusform>markiert (%n Punkt)</numerusform>
            <numerusform>markiert (%n Punkte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, box</source>
        <translation>, Rahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame %1 · %2: %3</source>
        <translation>Frame %1 · %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Predicted IoU %1, presence score %2</source>
        <translation>
Vorhergesagte IoU %1, Präsenzwert %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Predicted IoU %1</source>
        <translation>
Vorhergesagte IoU %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Accepted by %1 (%2)</source>
        <translation>
Akzeptiert von %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>
Flagged for a fix by %1 (%2)</source>
        <translation>
Zur Korrektur markiert von %1 (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 from frame %2 on</source>
        <translation>%1 ab Frame %2 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the whole video</source>
        <translation>%1 aus dem ganzen Video löschen</translation>
    </message>
</context>
<context>
    <name>s2s::ui::VideoController</name>
    <message>
        <location filename="../ui/video_controller.cpp" line="+190"/>
        <source>No keyframe after this frame.</source>
        <translation>Kein Keyframe nach diesem Frame.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keyframe before this frame.</source>
        <translation>Kein Keyframe vor diesem Frame.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No frame with a low-confidence or lost mask.</source>
        <translation>Kein Frame mit einer Maske geringer Konfidenz oder verlorener Maske.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Load a SAM 2 checkpoint first (Model menu).</source>
        <translation>Laden Sie zuerst einen SAM-2-Checkpoint (Menü Modell).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a video or a frame folder to track objects.</source>
        <translation>Öffnen Sie ein Video oder einen Frame-Ordner, um Objekte zu verfolgen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A propagation is already running.</source>
        <translation>Eine Propagation läuft bereits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the last prompt&apos;s mask, then propagate.</source>
        <translation>Warten Sie auf die Maske des letzten Prompts und propagieren Sie dann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to track: click on an object first.</source>
        <translation>Nichts zu verfolgen: Klicken Sie zuerst auf ein Objekt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tracking…</source>
        <translation>Tracking läuft…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Clear masks from frame %1 on</source>
        <translation>Masken ab Frame %1 löschen</translation>
    </message>
</context>
</TS>
