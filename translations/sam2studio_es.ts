<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../ui/model_files.cpp" line="+44"/>
        <source>No SAM 2 checkpoint is loaded, so clicks and boxes cannot segment yet (brush, eraser and polygon work). Get one of the official files %1 (tiny is the quickest) from https://dl.fbaipublicfiles.com/segment_anything_2/092824/ and put it in %2, or choose any SAM 2 checkpoint with Model ▸ Choose checkpoint. Model ▸ Download checkpoints fetches them for you.</source>
        <translation>No hay ningún checkpoint de SAM 2 cargado, así que los clics y los rectángulos aún no pueden segmentar (el pincel, el borrador y el polígono sí funcionan). Descargue uno de los archivos oficiales %1 (tiny es el más rápido) de https://dl.fbaipublicfiles.com/segment_anything_2/092824/ y colóquelo en %2, o elija cualquier checkpoint de SAM 2 con Modelo ▸ Elegir checkpoint. Modelo ▸ Descargar checkpoints los descarga por usted.</translation>
    </message>
</context>
<context>
    <name>s2s::AddClassCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+90"/>
        <source>Add class %1</source>
        <translation>Añadir la clase %1</translation>
    </message>
</context>
<context>
    <name>s2s::AddMediaCommand</name>
    <message>
        <location line="-59"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>s2s::AddObjectCommand</name>
    <message>
        <location line="+122"/>
        <source>Add object</source>
        <translation>Añadir objeto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add object %1</source>
        <translation>Añadir el objeto %1</translation>
    </message>
</context>
<context>
    <name>s2s::Autosave</name>
    <message>
        <location filename="../annotation/autosave.cpp" line="+59"/>
        <source>Autosave failed: cannot create the folder %1.</source>
        <translation>Error al guardar automáticamente: no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autosave failed: %1</source>
        <translation>Error al guardar automáticamente: %1</translation>
    </message>
</context>
<context>
    <name>s2s::ClearMasksCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+110"/>
        <source>Clear masks from frame %1 on</source>
        <translation>Borrar las máscaras desde el fotograma %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear masks of frames %1-%2</source>
        <translation>Borrar las máscaras de los fotogramas %1-%2</translation>
    </message>
</context>
<context>
    <name>s2s::EditClassCommand</name>
    <message>
        <location line="-158"/>
        <source>Edit class %1</source>
        <translation>Editar la clase %1</translation>
    </message>
</context>
<context>
    <name>s2s::EditObjectCommand</name>
    <message>
        <location line="+59"/>
        <source>Rename object to %1</source>
        <translation>Cambiar el nombre del objeto a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change class of %1</source>
        <translation>Cambiar la clase de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change colour of %1</source>
        <translation>Cambiar el color de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>Ocultar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit attributes of %1</source>
        <translation>Editar los atributos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>s2s::InferenceWorker</name>
    <message>
        <location filename="../annotation/worker/inference_worker.cpp" line="+160"/>
        <source>Internal error: the model was asked to load on the GUI thread.</source>
        <translation>Error interno: se pidió cargar el modelo en el hilo de la interfaz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading model %1…</source>
        <translation>Cargando el modelo %1…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Encoding %1 ahead…</source>
        <translation>Codificando %1 por adelantado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding %1…</source>
        <translation>Codificando %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Internal error: encoding was asked on the GUI thread.</source>
        <translation>Error interno: se pidió codificar en el hilo de la interfaz.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Internal error: segmentation was asked on the GUI thread.</source>
        <translation>Error interno: se pidió segmentar en el hilo de la interfaz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded. Choose a SAM 2 checkpoint in Model ▸ Choose checkpoint.</source>
        <translation>No hay ningún modelo cargado. Elija un checkpoint de SAM 2 en Modelo ▸ Elegir checkpoint.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segmenting…</source>
        <translation>Segmentando…</translation>
    </message>
</context>
<context>
    <name>s2s::Languages</name>
    <message>
        <location filename="app_translations.cpp" line="+61"/>
        <source>System language</source>
        <comment>language menu entry: follow the desktop&apos;s language</comment>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveClassCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="-40"/>
        <source>Remove class %1</source>
        <translation>Quitar la clase %1</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveMediaCommand</name>
    <message>
        <location line="-86"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveObjectCommand</name>
    <message>
        <location line="+158"/>
        <source>Delete object %1</source>
        <translation>Eliminar el objeto %1</translation>
    </message>
</context>
<context>
    <name>s2s::SetMaskCommand</name>
    <message>
        <location line="+17"/>
        <source>Set mask on frame %1</source>
        <translation>Fijar la máscara en el fotograma %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase mask on frame %1</source>
        <translation>Borrar la máscara del fotograma %1</translation>
    </message>
</context>
<context>
    <name>s2s::SetMasksCommand</name>
    <message>
        <location line="+17"/>
        <source>Set %1 masks</source>
        <translation>Fijar %1 máscaras</translation>
    </message>
</context>
<context>
    <name>s2s::UpdateMediaCommand</name>
    <message>
        <location line="-177"/>
        <source>Rename %1 to %2</source>
        <translation>Cambiar el nombre de %1 a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>s2s::ui::Annotator</name>
    <message>
        <location filename="../ui/annotator.cpp" line="+93"/>
        <source>Cannot show %1: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation>El modelo aún se está cargando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SAM 2 model is loaded: choose a checkpoint in Model ▸ Choose checkpoint. Brush, eraser and polygon work without one.</source>
        <translation>No hay ningún modelo SAM 2 cargado: elija un checkpoint en Modelo ▸ Elegir checkpoint. El pincel, el borrador y el polígono funcionan sin él.</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+150"/>
        <source>Add object</source>
        <translation>Añadir objeto</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Box prompt</source>
        <translation>Indicación de rectángulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click prompt</source>
        <translation>Indicación de clic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not apply the mask: %1</source>
        <translation>No se pudo aplicar la máscara: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Segmentation failed: %1</source>
        <translation>La segmentación falló: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Object %1</source>
        <translation>Objeto %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Ready: click to segment.</source>
        <translation>Listo: haga clic para segmentar.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not edit the mask: %1</source>
        <translation>No se pudo editar la máscara: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No alternative masks: a single click gives three candidates.</source>
        <translation>No hay máscaras alternativas: un solo clic da tres candidatas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose mask candidate %1</source>
        <translation>Elegir la máscara candidata %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mask candidate %1 of %2 (score %3)</source>
        <translation>Máscara candidata %1 de %2 (puntuación %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove last prompt</source>
        <translation>Quitar la última indicación</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ClassListPanel</name>
    <message>
        <location filename="../ui/class_list_panel.cpp" line="+28"/>
        <source>Classes of the project. New objects get the selected class. Double-click to rename.</source>
        <translation>Clases del proyecto. Los objetos nuevos reciben la clase seleccionada. Doble clic para cambiar el nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Class colour</source>
        <translation>Color de la clase</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MediaListPanel</name>
    <message>
        <location filename="../ui/media_list_panel.cpp" line="+25"/>
        <source>Remove from project</source>
        <translation>Quitar del proyecto</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ObjectListPanel</name>
    <message>
        <location filename="../ui/object_list_panel.cpp" line="+38"/>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check box: show or hide. Double-click a name to rename.</source>
        <translation>Casilla: mostrar u ocultar. Doble clic en un nombre para cambiarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New object: the next click or stroke starts it (N)</source>
        <translation>Objeto nuevo: el próximo clic o trazo lo inicia (N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected object (Del)</source>
        <translation>Eliminar el objeto seleccionado (Supr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class of the selected object</source>
        <translation>Clase del objeto seleccionado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Object %1</source>
        <translation>Objeto %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no class)</source>
        <translation>(sin clase)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Object colour</source>
        <translation>Color del objeto</translation>
    </message>
</context>
</TS>
