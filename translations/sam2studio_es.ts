<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MaskletHistory</name>
    <message>
        <location filename="../annotation/masklet_history.cpp" line="+90"/>
        <source>Restore masklet version (%1)</source>
        <translation>Restaurar versión del masklet (%1)</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../ui/model_files.cpp" line="+44"/>
        <source>No SAM 2 checkpoint is loaded, so clicks and boxes cannot segment yet (brush, eraser and polygon work). Get one of the official files %1 (tiny is the quickest) from https://dl.fbaipublicfiles.com/segment_anything_2/092824/ and put it in %2, or choose any SAM 2 checkpoint with Model ▸ Choose checkpoint. Model ▸ Download official checkpoints fetches them for you.</source>
        <translation>No hay ningún checkpoint de SAM 2 cargado, así que los clics y los rectángulos aún no pueden segmentar (el pincel, el borrador y el polígono sí funcionan). Descargue uno de los archivos oficiales %1 (tiny es el más rápido) de https://dl.fbaipublicfiles.com/segment_anything_2/092824/ y colóquelo en %2, o elija cualquier checkpoint de SAM 2 con Modelo ▸ Elegir checkpoint. Modelo ▸ Descargar checkpoints oficiales los descarga por usted.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+146"/>
        <source>Segmentation datasets from images and videos with SAM 2.</source>
        <translation>Conjuntos de datos de segmentación a partir de imágenes y vídeos con SAM 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SAM 2 checkpoint (.pt) to load.</source>
        <translation>Checkpoint de SAM 2 (.pt) que cargar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model config YAML for the checkpoint.</source>
        <translation>Configuración del modelo (YAML) para el checkpoint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cpu or cuda.</source>
        <translation>cpu o cuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment a new object at image pixel X,Y.</source>
        <translation>Segmentar un objeto nuevo en el píxel X,Y de la imagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window once the media is shown, then exit.</source>
        <translation>Guardar una imagen de la ventana en cuanto se muestre el medio y salir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images, videos, folders or a .s2sproj project.</source>
        <translation>Imágenes, vídeos, carpetas o un proyecto .s2sproj.</translation>
    </message>
</context>
<context>
    <name>s2s::AutoMaskletJob</name>
    <message>
        <location filename="../annotation/worker/auto_masklets.cpp" line="+83"/>
        <source>There is no such video in the project.</source>
        <translation>Ese vídeo no está en el proyecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic masklets need a video or a frame folder; use Segment everything on an image.</source>
        <translation>Los masklets automáticos necesitan un vídeo o una carpeta de fotogramas; en una imagen use «Segmentar todo».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking is running; wait for it to end or cancel it.</source>
        <translation>El seguimiento está en curso; espere a que termine o cancélelo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Segmenting everything on frame %1</source>
        <translation>Segmentando todo en el fotograma %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The video was removed from the project.</source>
        <translation>El vídeo se quitó del proyecto.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Automatic masklets on frame %1 (%n new)</source>
        <translation>
            <numerusform>Masklets automáticos en el fotograma %1 (%n nuevo)</numerusform>
            <numerusform>Masklets automáticos en el fotograma %1 (%n nuevos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tracking frames %1-%2</source>
        <translation>Siguiendo los fotogramas %1-%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Tracking could not start.</source>
        <translation>No se pudo iniciar el seguimiento.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Tracking the masklets found on frame %1 back to frame %2</source>
        <translation>Siguiendo hacia atrás los masklets del fotograma %1 hasta el fotograma %2</translation>
    </message>
</context>
<context>
    <name>s2s::Autosave</name>
    <message>
        <location filename="../annotation/autosave.cpp" line="+64"/>
        <source>cannot create the folder %1.</source>
        <translation>no se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>s2s::Commands</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+38"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename %1 to %2</source>
        <translation>Cambiar el nombre de %1 a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add class %1</source>
        <translation>Añadir la clase %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit class %1</source>
        <translation>Editar la clase %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove class %1</source>
        <translation>Quitar la clase %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add object</source>
        <translation>Añadir objeto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add object %1</source>
        <translation>Añadir el objeto %1</translation>
    </message>
    <message>
        <location line="+18"/>
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
    <message>
        <location line="+38"/>
        <source>Delete object %1</source>
        <translation>Eliminar el objeto %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set mask on frame %1</source>
        <translation>Fijar la máscara en el fotograma %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase mask on frame %1</source>
        <translation>Borrar la máscara del fotograma %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Set %n mask(s)</source>
        <translation>
            <numerusform>Fijar %n máscara</numerusform>
            <numerusform>Fijar %n máscaras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Clear masks from frame %1 on</source>
        <translation>Borrar las máscaras desde el fotograma %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear masks of frames %1-%2</source>
        <translation>Borrar las máscaras de los fotogramas %1-%2</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Accept %n mask(s)</source>
        <translation>
            <numerusform>Aceptar %n máscara</numerusform>
            <numerusform>Aceptar %n máscaras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Flag %n mask(s) for a fix</source>
        <translation>
            <numerusform>Marcar %n máscara para corregir</numerusform>
            <numerusform>Marcar %n máscaras para corregir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Clear the review of %n mask(s)</source>
        <translation>
            <numerusform>Borrar la revisión de %n máscara</numerusform>
            <numerusform>Borrar la revisión de %n máscaras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ImageModel</name>
    <message>
        <location filename="../annotation/worker/image_model.cpp" line="+75"/>
        <source>No checkpoint was chosen.</source>
        <translation>No se eligió ningún checkpoint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checkpoint %1 does not exist.</source>
        <translation>El checkpoint %1 no existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model config %1 does not exist.</source>
        <translation>La configuración del modelo %1 no existe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load %1: %2</source>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
</context>
<context>
    <name>s2s::ImportDatasetCommand</name>
    <message>
        <location filename="../export/import_command.cpp" line="+20"/>
        <source>Import a dataset</source>
        <translation>Importar un conjunto de datos</translation>
    </message>
</context>
<context>
    <name>s2s::InferenceWorker</name>
    <message>
        <location filename="../annotation/worker/inference_worker.cpp" line="+189"/>
        <source>Internal error: the model was asked to load on the GUI thread.</source>
        <translation>Error interno: se pidió cargar el modelo en el hilo de la interfaz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading model %1…</source>
        <translation>Cargando el modelo %1…</translation>
    </message>
    <message>
        <location line="+40"/>
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
    <message>
        <location line="+10"/>
        <source>Internal error: automatic masks were asked on the GUI thread.</source>
        <translation>Error interno: se pidieron máscaras automáticas en el hilo de la interfaz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Segmenting everything in %1…</source>
        <translation>Segmentando todo en %1…</translation>
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
    <name>s2s::VideoEditor</name>
    <message>
        <location filename="../annotation/worker/video_editor.cpp" line="+21"/>
        <source>The model could not be loaded for video: %1</source>
        <translation>No se pudo cargar el modelo para el vídeo: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a video or a frame folder to track objects.</source>
        <translation>Abra un vídeo o una carpeta de fotogramas para seguir objetos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load a SAM 2 checkpoint first (Model menu).</source>
        <translation>Cargue primero un checkpoint de SAM 2 (menú Modelo).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Click on the object or draw a box around it.</source>
        <translation>Haga clic en el objeto o dibuje un cuadro a su alrededor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no object %1 on this video.</source>
        <translation>Este vídeo no tiene el objeto %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for tracking to finish (or cancel it), then correct.</source>
        <translation>Espere a que termine el seguimiento (o cancélelo) y luego corrija.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This frame has no prompts of that object.</source>
        <translation>Este fotograma no tiene indicaciones de ese objeto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for tracking to finish (or cancel it).</source>
        <translation>Espere a que termine el seguimiento (o cancélelo).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The video was closed.</source>
        <translation>El vídeo se cerró.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model gave no mask for this object.</source>
        <translation>El modelo no dio ninguna máscara para este objeto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not clear the prompts: %1</source>
        <translation>No se pudieron borrar las indicaciones: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segmentation failed: %1</source>
        <translation>La segmentación falló: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Clear prompts on frame %1</source>
        <translation>Borrar indicaciones en el fotograma %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct on frame %1</source>
        <translation>Corrección en el fotograma %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box prompt</source>
        <translation>Indicación de rectángulo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click prompt</source>
        <translation>Indicación de clic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The object was deleted meanwhile.</source>
        <translation>El objeto se eliminó mientras tanto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add object</source>
        <translation>Añadir objeto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not apply the mask: %1</source>
        <translation>No se pudo aplicar la máscara: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A propagation is already running.</source>
        <translation>Ya hay una propagación en curso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the last prompt&apos;s mask, then propagate.</source>
        <translation>Espere a la máscara de la última indicación y luego propague.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to track: click on an object first.</source>
        <translation>Nada que seguir: haga clic primero en un objeto.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Tracking failed: %1</source>
        <translation>El seguimiento falló: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tracking cancelled; %n frame(s) kept.</source>
        <translation>
            <numerusform>Seguimiento cancelado; se conservó %n fotograma.</numerusform>
            <numerusform>Seguimiento cancelado; se conservaron %n fotogramas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Re-tracked frames %1-%2 (%n frame(s)); other objects unchanged.</source>
        <translation>
            <numerusform>Fotogramas %1-%2 reseguidos (%n fotograma); los demás objetos no cambian.</numerusform>
            <numerusform>Fotogramas %1-%2 reseguidos (%n fotogramas); los demás objetos no cambian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Tracked %n frame(s).</source>
        <translation>
            <numerusform>Se siguió %n fotograma.</numerusform>
            <numerusform>Se siguieron %n fotogramas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, re-tracked frames %2-%3</source>
        <translation>%1, fotogramas %2-%3 reseguidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-track frames %1-%2</source>
        <translation>Reseguir fotogramas %1-%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Propagate over %n frame(s)</source>
        <translation>
            <numerusform>Propagar a lo largo de %n fotograma</numerusform>
            <numerusform>Propagar a lo largo de %n fotogramas</numerusform>
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
        <translation>Error interno: se llamó al modelo de vídeo en el hilo de la interfaz.</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>The checkpoint %1 does not exist.</source>
        <translation>El checkpoint %1 no existe.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A mask on frame %1 does not have the video&apos;s size.</source>
        <translation>Una máscara del fotograma %1 no tiene el tamaño del vídeo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+120"/>
        <location line="+35"/>
        <source>No model is loaded for video tracking.</source>
        <translation>No hay ningún modelo cargado para el seguimiento de vídeo.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Nothing to track: prompt an object on a frame first.</source>
        <translation>Nada que seguir: indique primero un objeto en un fotograma.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Frame %1 is outside the video.</source>
        <translation>El fotograma %1 está fuera del vídeo.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::Annotator</name>
    <message>
        <location filename="../ui/annotator.cpp" line="+26"/>
        <location line="+91"/>
        <source>Cannot show %1: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Select an object first, then press a class number.</source>
        <translation>Seleccione primero un objeto y luego pulse un número de clase.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>There is no class %1: the project has %n class(es).</source>
        <translation>
            <numerusform>No existe la clase %1: el proyecto tiene %n clase.</numerusform>
            <numerusform>No existe la clase %1: el proyecto tiene %n clases.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The polygons cover no pixel; delete the object instead.</source>
        <translation>Los polígonos no cubren ningún píxel; elimine el objeto en su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit vertices</source>
        <translation>Editar vértices</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation>El modelo aún se está cargando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SAM 2 model is loaded: choose a checkpoint in Model ▸ Choose checkpoint. Brush, eraser and polygon work without one.</source>
        <translation>No hay ningún modelo SAM 2 cargado: elija un checkpoint en Modelo ▸ Elegir checkpoint. El pincel, el borrador y el polígono funcionan sin él.</translation>
    </message>
    <message>
        <location line="+169"/>
        <location line="+184"/>
        <source>Add object</source>
        <translation>Añadir objeto</translation>
    </message>
    <message>
        <location line="-168"/>
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
        <location line="+57"/>
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
        <location line="+22"/>
        <source>Could not edit the mask: %1</source>
        <translation>No se pudo editar la máscara: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <location line="+31"/>
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
    <name>s2s::ui::AutoMasksPanel</name>
    <message>
        <location filename="../ui/auto_masks_panel.cpp" line="+59"/>
        <source>Generator</source>
        <translation>Generador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points along each side of the grid of single-click prompts (points_per_side)</source>
        <translation>Puntos por lado de la cuadrícula de indicaciones de un clic (points_per_side)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points per side</source>
        <translation>Puntos por lado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop masks whose predicted IoU is not above this (pred_iou_thresh)</source>
        <translation>Descartar las máscaras cuyo IoU predicho no lo supere (pred_iou_thresh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted IoU above</source>
        <translation>IoU predicho mayor que</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop masks whose stability score is below this (stability_score_thresh)</source>
        <translation>Descartar las máscaras cuya estabilidad sea menor (stability_score_thresh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stability at least</source>
        <translation>Estabilidad mínima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run again on 4, 16, ... crops for small objects (crop_n_layers)</source>
        <translation>Repetir en 4, 16, … recortes para objetos pequeños (crop_n_layers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop layers</source>
        <translation>Capas de recorte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill holes and remove islands up to this area (min_mask_region_area)</source>
        <translation>Rellenar huecos y quitar islas hasta esta área (min_mask_region_area)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean regions up to</source>
        <translation>Limpiar regiones hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refine each mask once (use_m2m)</source>
        <translation>Refinar cada máscara una vez (use_m2m)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment everything</source>
        <translation>Segmentar todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames</source>
        <translation> fotogramas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first frame only</source>
        <translation>solo el primer fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole video: run the generator on the first frame and every this many frames; later keyframes add only objects that overlap no masklet there</source>
        <translation>Vídeo completo: ejecuta el generador en el primer fotograma y cada tantos fotogramas; los fotogramas clave posteriores solo añaden objetos que no se solapan con ningún masklet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masklets for the whole video</source>
        <translation>Masklets para todo el vídeo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum area</source>
        <translation>Área mínima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum predicted IoU</source>
        <translation>IoU predicho mínimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum stability</source>
        <translation>Estabilidad mínima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select none</source>
        <translation>No seleccionar nada</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+338"/>
        <source>Keep selected</source>
        <translation>Conservar la selección</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open an image or a video frame first.</source>
        <translation>Abra primero una imagen o un fotograma de vídeo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+47"/>
        <source>Load a model first (Model ▸ Choose checkpoint).</source>
        <translation>Cargue primero un modelo (Modelo ▸ Elegir checkpoint).</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Segment everything: %1</source>
        <translation>Segmentar todo: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open a video or a frame folder first.</source>
        <translation>Abra primero un vídeo o una carpeta de fotogramas.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Automatic masklets failed: %1</source>
        <translation>Los masklets automáticos fallaron: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Automatic masklets cancelled; %n masklet(s) made so far are kept (Undo removes them).</source>
        <translation>
            <numerusform>Masklets automáticos cancelados; se conserva el masklet creado hasta ahora (Deshacer lo quita).</numerusform>
            <numerusform>Masklets automáticos cancelados; se conservan los %n masklets creados hasta ahora (Deshacer los quita).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n automatic masklet(s) from %1 keyframe(s).</source>
        <translation>
            <numerusform>%n masklet automático de %1 fotograma(s) clave.</numerusform>
            <numerusform>%n masklets automáticos de %1 fotograma(s) clave.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Segment everything finished on a frame no longer shown; run it again here.</source>
        <translation>«Segmentar todo» terminó en un fotograma que ya no se muestra; vuelva a ejecutarlo aquí.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n mask(s) proposed: click to keep or drop, then Keep selected.</source>
        <translation>
            <numerusform>%n máscara propuesta: haga clic para conservarla o descartarla y luego «Conservar la selección».</numerusform>
            <numerusform>%n máscaras propuestas: haga clic para conservarlas o descartarlas y luego «Conservar la selección».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>frame %1: %2</source>
        <translation>fotograma %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segment everything cancelled.</source>
        <translation>«Segmentar todo» cancelado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment everything failed: %1</source>
        <translation>«Segmentar todo» falló: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Keep %n automatic mask(s)</source>
        <translation>
            <numerusform>Conservar %n máscara automática</numerusform>
            <numerusform>Conservar %n máscaras automáticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Kept %n automatic mask(s) as objects.</source>
        <translation>
            <numerusform>Se conservó %n máscara automática como objeto.</numerusform>
            <numerusform>Se conservaron %n máscaras automáticas como objetos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 shown, %3 selected</source>
        <translation>%1 de %2 mostradas, %3 seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No proposals</source>
        <translation>Sin propuestas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Keep %n selected</source>
        <translation>
            <numerusform>Conservar %n seleccionada</numerusform>
            <numerusform>Conservar %n seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ui::CheckpointDownloadDialog</name>
    <message>
        <location filename="../ui/checkpoint_download_dialog.cpp" line="+19"/>
        <source>Download SAM 2.1 checkpoints</source>
        <translation>Descargar checkpoints de SAM 2.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official checkpoints from Meta (dl.fbaipublicfiles.com). They are saved in %1.</source>
        <translation>Checkpoints oficiales de Meta (dl.fbaipublicfiles.com). Se guardan en %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (installed)</source>
        <translation> (instalado)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 MB</source>
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>s2s::ui::CheckpointDownloader</name>
    <message>
        <location filename="../ui/checkpoint_downloader.cpp" line="+34"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server answered with an unexpected byte range (%1).</source>
        <translation>El servidor respondió con un rango de bytes inesperado (%1).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing %1 failed: %2</source>
        <translation>Error al escribir %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Download cancelled; it resumes where it stopped next time.</source>
        <translation>Descarga cancelada; la próxima vez continuará donde se detuvo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach %1 (%2). Are you offline? Download %3 with a browser and put it in %4, or try again later (the download resumes).</source>
        <translation>No se pudo conectar con %1 (%2). ¿Está sin conexión? Descargue %3 con un navegador y colóquelo en %4, o inténtelo más tarde (la descarga continuará).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the download of %1 (HTTP %2: %3).</source>
        <translation>El servidor rechazó la descarga de %1 (HTTP %2: %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The download of %1 is incomplete: %2 of %3 bytes. Try again; it resumes.</source>
        <translation>La descarga de %1 está incompleta: %2 de %3 bytes. Inténtelo de nuevo; continuará.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not move the download to %1.</source>
        <translation>No se pudo mover la descarga a %1.</translation>
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
        <location line="+44"/>
        <source>Key %1 gives the selected object this class</source>
        <translation>La tecla %1 asigna esta clase al objeto seleccionado</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>s2s::ui::DatasetJobs</name>
    <message>
        <location filename="../ui/dataset_jobs.cpp" line="+51"/>
        <location line="+70"/>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Exporting %1 to %2…</source>
        <translation>Exportando %1 a %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing %1 from %2…</source>
        <translation>Importando %1 desde %2…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export dataset</source>
        <translation>Exportar conjunto de datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import dataset</source>
        <translation>Importar conjunto de datos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported %1 of %2 to %3.</source>
        <translation>Se exportaron %1 de %2 a %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+29"/>
        <source>%n mask(s)</source>
        <translation>
            <numerusform>%n máscara</numerusform>
            <numerusform>%n máscaras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>Importación cancelada; el proyecto no ha cambiado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Import failed: %1</source>
        <translation>Error al importar: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1 and %2.</source>
        <translation>Se importaron %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objeto</numerusform>
            <numerusform>%n objetos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dataset_dialogs.cpp" line="+61"/>
        <source>Export dataset</source>
        <translation>Exportar conjunto de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder the dataset is written to</source>
        <translation>Carpeta en la que se escribe el conjunto de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format default</source>
        <translation>Predeterminado del formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every n-th frame of a video. The default is 4 for SA-V, 1 for the others.</source>
        <translation>Uno de cada n fotogramas de un vídeo. El valor predeterminado es 4 para SA-V y 1 para los demás.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygons instead of RLE (COCO)</source>
        <translation>Polígonos en lugar de RLE (COCO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the images and frames beside the labels</source>
        <translation>Escribir las imágenes y los fotogramas junto a las etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the item shown</source>
        <translation>Solo el elemento mostrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the folder&apos;s contents if it is not empty</source>
        <translation>Reemplazar el contenido de la carpeta si no está vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masklets a reviewer accepted</source>
        <translation>Solo masklets aceptados por un revisor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export into folder</source>
        <translation>Exportar a la carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame stride:</source>
        <translation>Paso de fotogramas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose the folder to export into.</source>
        <translation>Elija la carpeta a la que exportar.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ImportDialog</name>
    <message>
        <location line="+17"/>
        <source>Import dataset</source>
        <translation>Importar conjunto de datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annotation file (COCO, SA-V) or dataset folder (DAVIS, SA-V)</source>
        <translation>Archivo de anotaciones (COCO, SA-V) o carpeta del conjunto de datos (DAVIS, SA-V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: beside the annotations</source>
        <translation>Vacío: junto a las anotaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SA-V: frames between two annotated frames.</source>
        <translation>SA-V: fotogramas entre dos fotogramas anotados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations:</source>
        <translation>Anotaciones:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Annotation file</source>
        <translation>Archivo de anotaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset folder</source>
        <translation>Carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Media folder:</source>
        <translation>Carpeta de medios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media folder</source>
        <translation>Carpeta de medios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SA-V frame stride:</source>
        <translation>Paso de fotogramas SA-V:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the annotations to import.</source>
        <translation>Elija las anotaciones que desea importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MainWindow</name>
    <message>
        <location filename="../ui/project_files.cpp" line="+20"/>
        <source>SAM 2 Studio projects (*.s2sproj)</source>
        <translation>Proyectos de SAM 2 Studio (*.s2sproj)</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="+40"/>
        <location line="+27"/>
        <source>The model could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+137"/>
        <location line="+407"/>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>&amp;New project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open media…</source>
        <translation>&amp;Abrir medios…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;folder of images…</source>
        <translation>Abrir una &amp;carpeta de imágenes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a frame f&amp;older (video)…</source>
        <translation>Abrir una carpeta de &amp;fotogramas (vídeo)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;project…</source>
        <translation>Abrir &amp;proyecto…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save project</source>
        <translation>&amp;Guardar proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save project &amp;as…</source>
        <translation>Guardar proyecto &amp;como…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export dataset…</source>
        <translation>&amp;Exportar conjunto de datos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import dataset…</source>
        <translation>&amp;Importar conjunto de datos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+396"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
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
        <translation>&amp;Rehacer</translation>
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
        <translation>Deshacer la última &amp;indicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected object&apos;s last point or box and segment again (Backspace)</source>
        <translation>Quitar el último punto o rectángulo del objeto seleccionado y volver a segmentar (Retroceso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New object</source>
        <translation>&amp;Nuevo objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next click or stroke starts a new object (N)</source>
        <translation>El próximo clic o trazo inicia un objeto nuevo (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete object</source>
        <translation>&amp;Eliminar objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next mask &amp;candidate</source>
        <translation>Siguiente máscara &amp;candidata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle through the three masks of a single click (M)</source>
        <translation>Recorrer las tres máscaras de un solo clic (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide / show object</source>
        <translation>&amp;Ocultar / mostrar objeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select ne&amp;xt object</source>
        <translation>Seleccionar objeto &amp;siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select pre&amp;vious object</source>
        <translation>Seleccionar objeto an&amp;terior</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Review mode</source>
        <translation>Modo de &amp;revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step through the masks nobody reviewed; Y accepts, X flags (Ctrl+R)</source>
        <translation>Recorrer las máscaras que nadie ha revisado; Y acepta, X marca (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag for a fix</source>
        <translation>Marcar para &amp;corregir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the whole &amp;masklet</source>
        <translation>Aceptar todo el &amp;masklet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next to review</source>
        <translation>&amp;Siguiente por revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous to review</source>
        <translation>An&amp;terior por revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next p&amp;roblem</source>
        <translation>Siguiente p&amp;roblema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give class %1</source>
        <translation>Asignar la clase %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected object the class number %1 of the class list</source>
        <translation>Asignar al objeto seleccionado la clase número %1 de la lista de clases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment &amp;everything</source>
        <translation>S&amp;egmentar todo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose masks for everything in the image or frame on screen (Ctrl+Shift+A)</source>
        <translation>Proponer máscaras para todo lo que hay en la imagen o fotograma en pantalla (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Click</source>
        <translation>&amp;Clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click tool (C): left click adds a positive point, right or Shift+click a negative one</source>
        <translation>Herramienta de clic (C): el clic izquierdo añade un punto positivo; el clic derecho o Mayús+clic, uno negativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bo&amp;x</source>
        <translation>&amp;Rectángulo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box tool (R): drag a box</source>
        <translation>Herramienta de rectángulo (R): arrastre un rectángulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brush</source>
        <translation>&amp;Pincel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush (B): paint onto the selected mask; [ and ] change the size</source>
        <translation>Pincel (B): pinta sobre la máscara seleccionada; [ y ] cambian el tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eraser</source>
        <translation>&amp;Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser (E): paint off the selected mask</source>
        <translation>Borrador (E): borra partes de la máscara seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Polygon</source>
        <translation>&amp;Polígono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon (P): click vertices, double-click or Enter to close</source>
        <translation>Polígono (P): haga clic en los vértices; doble clic o Intro para cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;an</source>
        <translation>&amp;Desplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan (V): drag to move; Space+drag or the middle button pan with any tool</source>
        <translation>Desplazar (V): arrastre para mover; Espacio+arrastrar o el botón central desplazan con cualquier herramienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;vertices</source>
        <translation>Editar &amp;vértices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit vertices (G): the selected mask as polygons; drag a vertex, click an edge to add one, right-click to delete one, Shift+drag to move a ring; Enter applies, Esc drops the edits</source>
        <translation>Editar vértices (G): la máscara seleccionada como polígonos; arrastre un vértice, haga clic en un borde para añadir uno, clic derecho para eliminar uno, Mayús+arrastrar para mover un anillo; Intro aplica, Esc descarta los cambios</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bigger brush</source>
        <translation>Pincel más grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller brush</source>
        <translation>Pincel más pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hover preview</source>
        <translation>&amp;Vista previa al pasar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the mask a click would give under the pointer</source>
        <translation>Mostrar la máscara que daría un clic bajo el puntero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next item</source>
        <translation>Elemento &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next item (D or Page Down)</source>
        <translation>Elemento siguiente (D o Av Pág)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous item</source>
        <translation>Elemento &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous item (A or Page Up)</source>
        <translation>Elemento anterior (A o Re Pág)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose &amp;checkpoint…</source>
        <translation>Elegir &amp;checkpoint…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose model &amp;config (YAML)…</source>
        <translation>Elegir &amp;configuración del modelo (YAML)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download official checkpoints…</source>
        <translation>&amp;Descargar checkpoints oficiales…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SAM 2 Studio</source>
        <translation>&amp;Acerca de SAM 2 Studio</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+4"/>
        <source>Brush radius %1 px</source>
        <translation>Radio del pincel: %1 px</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About SAM 2 Studio</source>
        <translation>Acerca de SAM 2 Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;SAM 2 Studio %1&lt;/b&gt;&lt;p&gt;Build segmentation datasets from images and videos with Segment Anything 2 (Meta).&lt;/p&gt;</source>
        <translation>&lt;b&gt;SAM 2 Studio %1&lt;/b&gt;&lt;p&gt;Cree conjuntos de datos de segmentación a partir de imágenes y vídeos con Segment Anything 2 (Meta).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;utosave every</source>
        <translation>Guardado a&amp;utomático cada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Give class</source>
        <translation>Asignar c&amp;lase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Timeline shows</source>
        <translation>La línea de &amp;tiempo muestra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every mask</source>
        <translation>Todas las máscaras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a fix</source>
        <translation>Necesita corrección</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="+90"/>
        <source>&amp;Device</source>
        <translation>&amp;Dispositivo</translation>
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
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build of LibTorch has no CUDA, or no GPU is present.</source>
        <translation>Esta compilación de LibTorch no tiene CUDA o no hay ninguna GPU.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no bfloat16 arithmetic (that needs an Ampere or later GPU); float16 is the fast precision there.</source>
        <translation>%1 no calcula en bfloat16 (hace falta una GPU Ampere o posterior); allí la precisión rápida es float16.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>float16 is for GPUs without bfloat16; on the CPU use bfloat16 or float32.</source>
        <translation>float16 es para GPU sin bfloat16; en la CPU use bfloat16 o float32.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Precision</source>
        <translation>&amp;Precisión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full (float32)</source>
        <translation>Completa (float32)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fast (bfloat16)</source>
        <translation>Rápida (bfloat16)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Needs a CPU with AVX-512: on this CPU bfloat16 would be about 30 times slower than float32.</source>
        <translation>Requiere una CPU con AVX-512: en esta CPU bfloat16 sería unas 30 veces más lento que float32.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This CPU has no native bfloat16: on the CPU this is slower than float32 (it helps on a CUDA GPU).</source>
        <translation>Esta CPU no calcula bfloat16 de forma nativa: en la CPU es más lenta que float32 (ayuda en una GPU CUDA).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+7"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vertices</source>
        <translation>Vértices</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simplification: vertices may be this far from the mask&apos;s border (0: every corner)</source>
        <translation>Simplificación: distancia máxima de los vértices al borde de la máscara (0: todas las esquinas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tolerance:</source>
        <translation>Tolerancia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the edited polygons as the mask (Enter)</source>
        <translation>Guardar los polígonos editados como máscara (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop edits</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the mask as it is (Esc)</source>
        <translation>Volver a la máscara tal como está (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 vertices, IoU %2 with the mask</source>
        <translation>%1 vértices, IoU %2 con la máscara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an object with a mask on this frame</source>
        <translation>Seleccione un objeto con una máscara en este fotograma</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment everything</source>
        <translation>Segmentar todo</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Review: %n frame(s) left</source>
        <translation>
            <numerusform>Revisión: queda %n fotograma</numerusform>
            <numerusform>Revisión: quedan %n fotogramas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/project_files.cpp" line="+31"/>
        <source>30 seconds</source>
        <translation>30 segundos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 minutes</source>
        <translation>2 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 minutes</source>
        <translation>10 minutos</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Autosave failed: %1</source>
        <translation>Error al guardar automáticamente: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+33"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SAM 2 Studio</source>
        <translation>SAM 2 Studio</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="-216"/>
        <source>Model: %1 on %2, %3</source>
        <translation>Modelo: %1 en %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1 on %2</source>
        <translation>Modelo: %1 en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (GPU memory %1 GiB in use)</source>
        <translation> (memoria de GPU: %1 GiB en uso)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model: loading…</source>
        <translation>Modelo: cargando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: none</source>
        <translation>Modelo: ninguno</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CUDA is not available in this build; using the CPU.</source>
        <translation>CUDA no está disponible en esta compilación; se usa la CPU.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no GPU %1 on this machine; using the CPU.</source>
        <translation>No hay ninguna GPU %1 en este equipo; se usa la CPU.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This CPU has no AVX-512 for bfloat16; using float32.</source>
        <translation>Esta CPU no tiene AVX-512 para bfloat16; se usa float32.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Using %2.</source>
        <translation>%1 Se usa %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a SAM 2 checkpoint</source>
        <translation>Elija un checkpoint de SAM 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch checkpoints (*.pt *.pth)</source>
        <translation>Checkpoints de PyTorch (*.pt *.pth)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a checkpoint first.</source>
        <translation>Elija primero un checkpoint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the model config</source>
        <translation>Elija la configuración del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAM 2 configs (*.yaml *.yml)</source>
        <translation>Configuraciones de SAM 2 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Fast on older GPUs (float16)</source>
        <translation>Rápida en GPU antiguas (float16)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About twice as fast here; masks differ slightly from float32.</source>
        <translation>Aquí es aproximadamente el doble de rápida; las máscaras difieren ligeramente de float32.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For GPUs without bfloat16 (before Ampere): about twice as fast there; masks differ slightly from float32.</source>
        <translation>Para GPU sin bfloat16 (anteriores a Ampere): allí es aproximadamente el doble de rápida; las máscaras difieren ligeramente de float32.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SAM 2&apos;s own precision: the reference&apos;s masks.</source>
        <translation>La precisión propia de SAM 2: las máscaras de la referencia.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+30"/>
        <source>%1: no images in this folder</source>
        <translation>%1: no hay imágenes en esta carpeta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add media</source>
        <translation>Añadir medios</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Some media could not be opened:
%1</source>
        <translation>Algunos medios no se pudieron abrir:
%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open images or videos</source>
        <translation>Abrir imágenes o vídeos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.webm);;All files (*)</source>
        <translation>Imágenes y vídeos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.webm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of images</source>
        <translation>Abrir una carpeta de imágenes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of video frames</source>
        <translation>Abrir una carpeta de fotogramas de vídeo</translation>
    </message>
    <message>
        <location filename="../ui/project_files.cpp" line="+43"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recover unsaved changes?</source>
        <translation>¿Recuperar los cambios sin guardar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes from %2 that were never saved (the application may have stopped unexpectedly). Recover them?</source>
        <translation>%1 tiene cambios del %2 que nunca se guardaron (puede que la aplicación se cerrara inesperadamente). ¿Recuperarlos?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The project was not saved: %1</source>
        <translation>El proyecto no se guardó: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation>El proyecto tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Recover unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unsaved project from %1 was found (the application may have stopped unexpectedly). Recover it?</source>
        <translation>Se encontró un proyecto sin guardar del %1 (puede que la aplicación se cerrara inesperadamente). ¿Recuperarlo?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+67"/>
        <source>Negative point (click tool)</source>
        <translation>Punto negativo (herramienta de clic)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right click or Shift+click</source>
        <translation>Clic derecho o Mayús+clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan with any tool</source>
        <translation>Desplazar con cualquier herramienta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space+drag or middle drag</source>
        <translation>Espacio+arrastrar o arrastrar con el botón central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom at the pointer</source>
        <translation>Zoom en el puntero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mouse wheel</source>
        <translation>Rueda del ratón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close polygon / cancel</source>
        <translation>Cerrar polígono / cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter or double-click / Esc</source>
        <translation>Intro o doble clic / Esc</translation>
    </message>
    <message>
        <location filename="../ui/video_ui.cpp" line="+20"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video</source>
        <translation>&amp;Vídeo</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MaskletHistoryDialog</name>
    <message>
        <location filename="../ui/masklet_history_dialog.cpp" line="+16"/>
        <source>Masklet history</source>
        <translation>Historial del masklet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last %1 versions of %2, newest last, compared with its masks now.</source>
        <translation>Las últimas %1 versiones de %2, la más reciente al final, comparadas con sus máscaras actuales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object %1</source>
        <translation>objeto %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frames differing</source>
        <translation>Fotogramas distintos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean IoU with now</source>
        <translation>IoU media con la actual</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show first difference</source>
        <translation>Mostrar la primera diferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none (current)</source>
        <translation>ninguno (actual)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (frames %2-%3)</source>
        <translation>%1 (fotogramas %2-%3)</translation>
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
        <location filename="../ui/object_list_panel.cpp" line="+39"/>
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
        <location line="+0"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Masks accepted of all masks; ✗ counts those flagged for a fix</source>
        <translation>Máscaras aceptadas del total; ✗ cuenta las marcadas para corregir</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+83"/>
        <source>Object %1</source>
        <translation>Objeto %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 accepted, %2 need a fix, %3 not reviewed</source>
        <translation>%1 aceptadas, %2 por corregir, %3 sin revisar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no class)</source>
        <translation>(sin clase)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Object colour</source>
        <translation>Color del objeto</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ReviewController</name>
    <message numerus="yes">
        <location filename="../ui/review_controller.cpp" line="+56"/>
        <source>Review mode: %n frame(s) to review. Y accepts, X flags for a fix, U goes to the next.</source>
        <translation>
            <numerusform>Modo de revisión: %n fotograma por revisar. Y acepta, X marca para corregir, U pasa al siguiente.</numerusform>
            <numerusform>Modo de revisión: %n fotogramas por revisar. Y acepta, X marca para corregir, U pasa al siguiente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The selected object has no mask on this frame.</source>
        <translation>El objeto seleccionado no tiene máscara en este fotograma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This frame has no masks to review.</source>
        <translation>Este fotograma no tiene máscaras que revisar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an object first.</source>
        <translation>Seleccione primero un objeto.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+2"/>
        <source>Every mask has been reviewed.</source>
        <translation>Se han revisado todas las máscaras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mask is flagged for a fix or has a low score.</source>
        <translation>Ninguna máscara está marcada para corregir ni tiene una puntuación baja.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ShortcutMap</name>
    <message>
        <location filename="../ui/shortcut_map.cpp" line="+90"/>
        <source>There is no action named %1.</source>
        <translation>No existe ninguna acción llamada %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already the shortcut of “%2”. Give that action another key first.</source>
        <translation>%1 ya es el atajo de «%2». Asigne primero otra tecla a esa acción.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="+25"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search actions and keys</source>
        <translation>Buscar acciones y teclas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;all</source>
        <translation>Restablecer &amp;todo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New key:</source>
        <translation>Nueva tecla:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Changed; the default is %1</source>
        <translation>Modificado; el predeterminado es %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+15"/>
        <location line="+8"/>
        <source>Choose an action in the list first.</source>
        <translation>Elija primero una acción de la lista.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/timeline_widget.cpp" line="+312"/>
        <source>&amp;Play / pause</source>
        <translation>&amp;Reproducir / pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause the video (K)</source>
        <translation>Reproducir o pausar el vídeo (K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious frame</source>
        <translation>Fotograma &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame (Left or ,)</source>
        <translation>Fotograma anterior (Izquierda o ,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt frame</source>
        <translation>Fotograma &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame (Right or .)</source>
        <translation>Fotograma siguiente (Derecha o .)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous &amp;keyframe</source>
        <translation>&amp;Fotograma clave anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame with a person-made mask (Shift+Left)</source>
        <translation>Fotograma anterior con una máscara hecha por una persona (Mayús+Izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next k&amp;eyframe</source>
        <translation>Fotograma c&amp;lave siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame with a person-made mask (Shift+Right)</source>
        <translation>Fotograma siguiente con una máscara hecha por una persona (Mayús+Derecha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;problem</source>
        <translation>Siguiente &amp;problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame where a tracked mask has low confidence or the object was lost (J)</source>
        <translation>Siguiente fotograma en el que una máscara seguida tiene baja confianza o se perdió el objeto (J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propagate &amp;forward</source>
        <translation>Propagar hacia &amp;delante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propagate &amp;backward</source>
        <translation>Propagar hacia &amp;atrás</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Track forward from this frame: after a correction only the objects changed here, else every prompted object (Ctrl+P)</source>
        <translation>Seguir hacia delante desde este fotograma: tras una corrección solo los objetos cambiados aquí; si no, todos los objetos con indicaciones (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Track backward from this frame: after a correction only the objects changed here, else every prompted object (Ctrl+Shift+P)</source>
        <translation>Seguir hacia atrás desde este fotograma: tras una corrección solo los objetos cambiados aquí; si no, todos los objetos con indicaciones (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propagate both &amp;ways</source>
        <translation>Propagar en &amp;ambos sentidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track forward, then backward from this frame (Ctrl+Alt+P)</source>
        <translation>Seguir hacia delante y luego hacia atrás desde este fotograma (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel propagation</source>
        <translation>&amp;Cancelar la propagación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop tracking before the next frame; computed frames are kept (Ctrl+.)</source>
        <translation>Detener el seguimiento antes del siguiente fotograma; se conservan los fotogramas calculados (Ctrl+.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show frames while tracking</source>
        <translation>&amp;Mostrar los fotogramas durante el seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The canvas follows a propagation as frames are computed</source>
        <translation>El lienzo sigue la propagación a medida que se calculan los fotogramas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear object from this frame on</source>
        <translation>&amp;Borrar el objeto desde este fotograma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected object&apos;s masks from this frame to the end (Shift+Del)</source>
        <translation>Quitar las máscaras del objeto seleccionado desde este fotograma hasta el final (Mayús+Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;prompts on this frame</source>
        <translation>Borrar las &amp;indicaciones de este fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected object&apos;s clicks on this frame are dropped; the frame becomes a tracked one (SAM 2&apos;s clear_all_prompts_in_frame)</source>
        <translation>Se descartan los clics del objeto seleccionado en este fotograma; el fotograma pasa a ser seguido (clear_all_prompts_in_frame de SAM 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-track &amp;every object forward</source>
        <translation>Reseguir &amp;todos los objetos hacia delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track every object from this frame to the end, whatever changed</source>
        <translation>Seguir todos los objetos desde este fotograma hasta el final, cambie lo que cambie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masklet &amp;history…</source>
        <translation>&amp;Historial del masklet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the selected object&apos;s last versions and restore one (Ctrl+Shift+H)</source>
        <translation>Comparar las últimas versiones del objeto seleccionado y restaurar una (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-track only what changed</source>
        <translation>Reseguir solo lo que cambió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a correction, Propagate tracks only the objects changed on this frame, up to their next keyframe, and stops once %1 frames agree with the stored masks</source>
        <translation>Tras una corrección, Propagar sigue solo los objetos cambiados en este fotograma, hasta su siguiente fotograma clave, y se detiene cuando %1 fotogramas coinciden con las máscaras guardadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep corrections as keyframes</source>
        <translation>Mantener las correcciones como fotogramas clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click on a tracked frame becomes a conditioning frame that later propagations keep (add_all_frames_to_correct_as_cond)</source>
        <translation>Un clic en un fotograma seguido se convierte en un fotograma de condicionamiento que las propagaciones posteriores conservan (add_all_frames_to_correct_as_cond)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop tracked memory around corrections</source>
        <translation>Descartar la memoria seguida alrededor de las correcciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracked frames near a correction leave the object&apos;s memory, so they do not pull it back (clear_non_cond_mem_around_input)</source>
        <translation>Los fotogramas seguidos cerca de una corrección salen de la memoria del objeto, para que no la deshagan (clear_non_cond_mem_around_input)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…also with several objects</source>
        <translation>…también con varios objetos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear that memory per object when the video has several objects (clear_non_cond_mem_for_multi_obj); off: only with a single object, as SAM 2&apos;s legacy predictor</source>
        <translation>Borrar esa memoria por objeto cuando el vídeo tiene varios objetos (clear_non_cond_mem_for_multi_obj); desactivado: solo con un único objeto, como el predictor antiguo de SAM 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One object per pixel</source>
        <translation>Un objeto por píxel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where objects overlap, only the most confident keeps the pixel (non_overlap_masks)</source>
        <translation>Donde los objetos se solapan, solo el más seguro conserva el píxel (non_overlap_masks)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select an object to see its masklet history.</source>
        <translation>Seleccione un objeto para ver el historial de su masklet.</translation>
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
        <translation>Siguiente problema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both ways</source>
        <translation>Ambos sentidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole video</source>
        <translation>todo el vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next N frames</source>
        <translation>siguientes N fotogramas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Propagate</source>
        <translation>Propagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track every prompted object from this frame (Ctrl+P forward)</source>
        <translation>Seguir todos los objetos indicados desde este fotograma (Ctrl+P hacia delante)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v / %m frames</source>
        <translation>%v / %m fotogramas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>❚❚</source>
        <translation>❚❚</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Frame %1 / %2</source>
        <translation>Fotograma %1 / %2</translation>
    </message>
</context>
<context>
    <name>s2s::ui::TimelineView</name>
    <message>
        <location line="-402"/>
        <source>Open a video or a frame folder to see its timeline.</source>
        <translation>Abra un vídeo o una carpeta de fotogramas para ver su línea de tiempo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+41"/>
        <location line="+53"/>
        <source>Object %1</source>
        <translation>Objeto %1</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>tracked as absent</source>
        <translation>seguido como ausente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no mask</source>
        <translation>sin máscara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracked</source>
        <translation>seguido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected by hand</source>
        <translation>corregido a mano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>prompted (%n point(s))</source>
        <translation>
            <numerusform>indicado (%n punto)</numerusform>
            <numerusform>indicado (%n puntos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, box</source>
        <translation>, rectángulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame %1 · %2: %3</source>
        <translation>Fotograma %1 · %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Predicted IoU %1, presence score %2</source>
        <translation>
IoU predicha %1, puntuación de presencia %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Predicted IoU %1</source>
        <translation>
IoU predicha %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Accepted by %1 (%2)</source>
        <translation>
Aceptada por %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>
Flagged for a fix by %1 (%2)</source>
        <translation>
Marcada para corregir por %1 (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select %1</source>
        <translation>Seleccionar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 from frame %2 on</source>
        <translation>Borrar %1 desde el fotograma %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the whole video</source>
        <translation>Eliminar %1 de todo el vídeo</translation>
    </message>
</context>
<context>
    <name>s2s::ui::VideoController</name>
    <message>
        <location filename="../ui/video_controller.cpp" line="+190"/>
        <source>No keyframe after this frame.</source>
        <translation>No hay ningún fotograma clave después de este.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keyframe before this frame.</source>
        <translation>No hay ningún fotograma clave antes de este.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No frame with a low-confidence or lost mask.</source>
        <translation>No hay ningún fotograma con una máscara de baja confianza o perdida.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Load a SAM 2 checkpoint first (Model menu).</source>
        <translation>Cargue primero un checkpoint de SAM 2 (menú Modelo).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a video or a frame folder to track objects.</source>
        <translation>Abra un vídeo o una carpeta de fotogramas para seguir objetos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A propagation is already running.</source>
        <translation>Ya hay una propagación en curso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the last prompt&apos;s mask, then propagate.</source>
        <translation>Espere a la máscara de la última indicación y luego propague.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to track: click on an object first.</source>
        <translation>Nada que seguir: haga clic primero en un objeto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tracking…</source>
        <translation>Siguiendo…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Clear masks from frame %1 on</source>
        <translation>Borrar las máscaras desde el fotograma %1</translation>
    </message>
</context>
</TS>
