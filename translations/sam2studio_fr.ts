<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MaskletHistory</name>
    <message>
        <location filename="../annotation/masklet_history.cpp" line="+90"/>
        <source>Restore masklet version (%1)</source>
        <translation>Restaurer la version du masklet (%1)</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../ui/model_files.cpp" line="+44"/>
        <source>No SAM 2 checkpoint is loaded, so clicks and boxes cannot segment yet (brush, eraser and polygon work). Get one of the official files %1 (tiny is the quickest) from https://dl.fbaipublicfiles.com/segment_anything_2/092824/ and put it in %2, or choose any SAM 2 checkpoint with Model ▸ Choose checkpoint. Model ▸ Download official checkpoints fetches them for you.</source>
        <translation>Aucun checkpoint SAM 2 n’est chargé : les clics et les rectangles ne peuvent pas encore segmenter (le pinceau, la gomme et le polygone fonctionnent). Téléchargez l’un des fichiers officiels %1 (tiny est le plus rapide) depuis https://dl.fbaipublicfiles.com/segment_anything_2/092824/ et placez-le dans %2, ou choisissez n’importe quel checkpoint SAM 2 avec Modèle ▸ Choisir un checkpoint. Modèle ▸ Télécharger les checkpoints officiels les récupère pour vous.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+146"/>
        <source>Segmentation datasets from images and videos with SAM 2.</source>
        <translation>Jeux de données de segmentation à partir d’images et de vidéos avec SAM 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SAM 2 checkpoint (.pt) to load.</source>
        <translation>Checkpoint SAM 2 (.pt) à charger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model config YAML for the checkpoint.</source>
        <translation>Configuration YAML du modèle pour le checkpoint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cpu or cuda.</source>
        <translation>cpu ou cuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment a new object at image pixel X,Y.</source>
        <translation>Segmenter un nouvel objet au pixel X,Y de l’image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window once the media is shown, then exit.</source>
        <translation>Enregistrer une image de la fenêtre dès que le média est affiché, puis quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images, videos, folders or a .s2sproj project.</source>
        <translation>Images, vidéos, dossiers ou un projet .s2sproj.</translation>
    </message>
</context>
<context>
    <name>s2s::AutoMaskletJob</name>
    <message>
        <location filename="../annotation/worker/auto_masklets.cpp" line="+83"/>
        <source>There is no such video in the project.</source>
        <translation>Cette vidéo n’est pas dans le projet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic masklets need a video or a frame folder; use Segment everything on an image.</source>
        <translation>Les masklets automatiques demandent une vidéo ou un dossier d’images ; sur une image, utilisez « Tout segmenter ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking is running; wait for it to end or cancel it.</source>
        <translation>Le suivi est en cours ; attendez sa fin ou annulez-le.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Segmenting everything on frame %1</source>
        <translation>Segmentation complète de l’image %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The video was removed from the project.</source>
        <translation>La vidéo a été retirée du projet.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Automatic masklets on frame %1 (%n new)</source>
        <translation>
            <numerusform>Masklets automatiques sur l’image %1 (%n nouveau)</numerusform>
            <numerusform>Masklets automatiques sur l’image %1 (%n nouveaux)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tracking frames %1-%2</source>
        <translation>Suivi des images %1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Tracking could not start.</source>
        <translation>Le suivi n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Tracking the masklets found on frame %1 back to frame %2</source>
        <translation>Suivi à rebours des masklets trouvés sur l’image %1 jusqu’à l’image %2</translation>
    </message>
</context>
<context>
    <name>s2s::Autosave</name>
    <message>
        <location filename="../annotation/autosave.cpp" line="+64"/>
        <source>cannot create the folder %1.</source>
        <translation>impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>s2s::Commands</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+38"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add class %1</source>
        <translation>Ajouter la classe %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit class %1</source>
        <translation>Modifier la classe %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove class %1</source>
        <translation>Supprimer la classe %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add object</source>
        <translation>Ajouter un objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add object %1</source>
        <translation>Ajouter l’objet %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename object to %1</source>
        <translation>Renommer l’objet en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change class of %1</source>
        <translation>Changer la classe de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change colour of %1</source>
        <translation>Changer la couleur de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>Masquer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit attributes of %1</source>
        <translation>Modifier les attributs de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete object %1</source>
        <translation>Supprimer l’objet %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set mask on frame %1</source>
        <translation>Définir le masque de l’image %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase mask on frame %1</source>
        <translation>Effacer le masque de l’image %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Set %n mask(s)</source>
        <translation>
            <numerusform>Définir %n masque</numerusform>
            <numerusform>Définir %n masques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Clear masks from frame %1 on</source>
        <translation>Effacer les masques à partir de l’image %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear masks of frames %1-%2</source>
        <translation>Effacer les masques des images %1 à %2</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Accept %n mask(s)</source>
        <translation>
            <numerusform>Accepter %n masque</numerusform>
            <numerusform>Accepter %n masques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Flag %n mask(s) for a fix</source>
        <translation>
            <numerusform>Signaler %n masque à corriger</numerusform>
            <numerusform>Signaler %n masques à corriger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Clear the review of %n mask(s)</source>
        <translation>
            <numerusform>Effacer la révision de %n masque</numerusform>
            <numerusform>Effacer la révision de %n masques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ImageModel</name>
    <message>
        <location filename="../annotation/worker/image_model.cpp" line="+75"/>
        <source>No checkpoint was chosen.</source>
        <translation>Aucun checkpoint n’a été choisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checkpoint %1 does not exist.</source>
        <translation>Le checkpoint %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model config %1 does not exist.</source>
        <translation>La configuration de modèle %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1 : %2</translation>
    </message>
</context>
<context>
    <name>s2s::ImportDatasetCommand</name>
    <message>
        <location filename="../export/import_command.cpp" line="+20"/>
        <source>Import a dataset</source>
        <translation>Importer un jeu de données</translation>
    </message>
</context>
<context>
    <name>s2s::InferenceWorker</name>
    <message>
        <location filename="../annotation/worker/inference_worker.cpp" line="+189"/>
        <source>Internal error: the model was asked to load on the GUI thread.</source>
        <translation>Erreur interne : le chargement du modèle a été demandé dans le fil de l’interface.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading model %1…</source>
        <translation>Chargement du modèle %1…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Encoding %1 ahead…</source>
        <translation>Encodage anticipé de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding %1…</source>
        <translation>Encodage de %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Internal error: encoding was asked on the GUI thread.</source>
        <translation>Erreur interne : l’encodage a été demandé dans le fil de l’interface.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Internal error: segmentation was asked on the GUI thread.</source>
        <translation>Erreur interne : la segmentation a été demandée dans le fil de l’interface.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded. Choose a SAM 2 checkpoint in Model ▸ Choose checkpoint.</source>
        <translation>Aucun modèle n’est chargé. Choisissez un checkpoint SAM 2 dans Modèle ▸ Choisir un checkpoint.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segmenting…</source>
        <translation>Segmentation…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Internal error: automatic masks were asked on the GUI thread.</source>
        <translation>Erreur interne : des masques automatiques ont été demandés dans le fil de l’interface.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded.</source>
        <translation>Aucun modèle n’est chargé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Segmenting everything in %1…</source>
        <translation>Segmentation de tout dans %1…</translation>
    </message>
</context>
<context>
    <name>s2s::Languages</name>
    <message>
        <location filename="app_translations.cpp" line="+61"/>
        <source>System language</source>
        <comment>language menu entry: follow the desktop&apos;s language</comment>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>s2s::VideoEditor</name>
    <message>
        <location filename="../annotation/worker/video_editor.cpp" line="+21"/>
        <source>The model could not be loaded for video: %1</source>
        <translation>Impossible de charger le modèle pour la vidéo : %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a video or a frame folder to track objects.</source>
        <translation>Ouvrez une vidéo ou un dossier d’images pour suivre des objets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load a SAM 2 checkpoint first (Model menu).</source>
        <translation>Chargez d’abord un checkpoint SAM 2 (menu Modèle).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Click on the object or draw a box around it.</source>
        <translation>Cliquez sur l&apos;objet ou tracez un cadre autour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no object %1 on this video.</source>
        <translation>Cette vidéo n&apos;a pas d&apos;objet %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for tracking to finish (or cancel it), then correct.</source>
        <translation>Attendez la fin du suivi (ou annulez-le), puis corrigez.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This frame has no prompts of that object.</source>
        <translation>Cette image n&apos;a pas d&apos;indications pour cet objet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for tracking to finish (or cancel it).</source>
        <translation>Attendez la fin du suivi (ou annulez-le).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The video was closed.</source>
        <translation>La vidéo a été fermée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model gave no mask for this object.</source>
        <translation>Le modèle n&apos;a donné aucun masque pour cet objet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not clear the prompts: %1</source>
        <translation>Impossible d&apos;effacer les indications : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segmentation failed: %1</source>
        <translation>Échec de la segmentation : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Clear prompts on frame %1</source>
        <translation>Effacer les indications de l&apos;image %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct on frame %1</source>
        <translation>Correction sur l&apos;image %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box prompt</source>
        <translation>Invite rectangle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click prompt</source>
        <translation>Invite par clic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The object was deleted meanwhile.</source>
        <translation>L&apos;objet a été supprimé entre-temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add object</source>
        <translation>Ajouter un objet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not apply the mask: %1</source>
        <translation>Impossible d’appliquer le masque : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A propagation is already running.</source>
        <translation>Une propagation est déjà en cours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the last prompt&apos;s mask, then propagate.</source>
        <translation>Attendez le masque de la dernière invite, puis propagez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to track: click on an object first.</source>
        <translation>Rien à suivre : cliquez d’abord sur un objet.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Tracking failed: %1</source>
        <translation>Échec du suivi : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tracking cancelled; %n frame(s) kept.</source>
        <translation>
            <numerusform>Suivi annulé ; %n image conservée.</numerusform>
            <numerusform>Suivi annulé ; %n images conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Re-tracked frames %1-%2 (%n frame(s)); other objects unchanged.</source>
        <translation>
            <numerusform>Images %1-%2 re-suivies (%n image) ; les autres objets sont inchangés.</numerusform>
            <numerusform>Images %1-%2 re-suivies (%n images) ; les autres objets sont inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Tracked %n frame(s).</source>
        <translation>
            <numerusform>%n image suivie.</numerusform>
            <numerusform>%n images suivies.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, re-tracked frames %2-%3</source>
        <translation>%1, images %2-%3 re-suivies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-track frames %1-%2</source>
        <translation>Re-suivre les images %1-%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Propagate over %n frame(s)</source>
        <translation>
            <numerusform>Propager sur %n image</numerusform>
            <numerusform>Propager sur %n images</numerusform>
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
        <translation>Erreur interne : le modèle vidéo a été appelé dans le fil de l’interface.</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>The checkpoint %1 does not exist.</source>
        <translation>Le checkpoint %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A mask on frame %1 does not have the video&apos;s size.</source>
        <translation>Un masque de l’image %1 n’a pas la taille de la vidéo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+120"/>
        <location line="+35"/>
        <source>No model is loaded for video tracking.</source>
        <translation>Aucun modèle n’est chargé pour le suivi vidéo.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Nothing to track: prompt an object on a frame first.</source>
        <translation>Rien à suivre : indiquez d’abord un objet sur une image.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Frame %1 is outside the video.</source>
        <translation>L&apos;image %1 est hors de la vidéo.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::Annotator</name>
    <message>
        <location filename="../ui/annotator.cpp" line="+26"/>
        <location line="+91"/>
        <source>Cannot show %1: %2</source>
        <translation>Impossible d’afficher %1 : %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Select an object first, then press a class number.</source>
        <translation>Sélectionnez d&apos;abord un objet, puis appuyez sur un numéro de classe.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>There is no class %1: the project has %n class(es).</source>
        <translation>
            <numerusform>La classe %1 n&apos;existe pas : le projet compte %n classe.</numerusform>
            <numerusform>La classe %1 n&apos;existe pas : le projet compte %n classes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The polygons cover no pixel; delete the object instead.</source>
        <translation>Les polygones ne couvrent aucun pixel ; supprimez plutôt l’objet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit vertices</source>
        <translation>Modifier les sommets</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation>Le modèle est encore en cours de chargement ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SAM 2 model is loaded: choose a checkpoint in Model ▸ Choose checkpoint. Brush, eraser and polygon work without one.</source>
        <translation>Aucun modèle SAM 2 n’est chargé : choisissez un checkpoint dans Modèle ▸ Choisir un checkpoint. Le pinceau, la gomme et le polygone fonctionnent sans modèle.</translation>
    </message>
    <message>
        <location line="+169"/>
        <location line="+184"/>
        <source>Add object</source>
        <translation>Ajouter un objet</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Box prompt</source>
        <translation>Invite rectangle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click prompt</source>
        <translation>Invite par clic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not apply the mask: %1</source>
        <translation>Impossible d’appliquer le masque : %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Segmentation failed: %1</source>
        <translation>Échec de la segmentation : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Object %1</source>
        <translation>Objet %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Ready: click to segment.</source>
        <translation>Prêt : cliquez pour segmenter.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+22"/>
        <source>Could not edit the mask: %1</source>
        <translation>Impossible de modifier le masque : %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No alternative masks: a single click gives three candidates.</source>
        <translation>Aucun masque alternatif : un seul clic donne trois candidats.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose mask candidate %1</source>
        <translation>Choisir le masque candidat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mask candidate %1 of %2 (score %3)</source>
        <translation>Masque candidat %1 sur %2 (score %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove last prompt</source>
        <translation>Retirer la dernière invite</translation>
    </message>
</context>
<context>
    <name>s2s::ui::AutoMasksPanel</name>
    <message>
        <location filename="../ui/auto_masks_panel.cpp" line="+59"/>
        <source>Generator</source>
        <translation>Générateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points along each side of the grid of single-click prompts (points_per_side)</source>
        <translation>Points par côté de la grille d’invites à un clic (points_per_side)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points per side</source>
        <translation>Points par côté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop masks whose predicted IoU is not above this (pred_iou_thresh)</source>
        <translation>Écarter les masques dont l’IoU prédit ne le dépasse pas (pred_iou_thresh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted IoU above</source>
        <translation>IoU prédit au-dessus de</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop masks whose stability score is below this (stability_score_thresh)</source>
        <translation>Écarter les masques dont le score de stabilité est inférieur (stability_score_thresh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stability at least</source>
        <translation>Stabilité d’au moins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run again on 4, 16, ... crops for small objects (crop_n_layers)</source>
        <translation>Relancer sur 4, 16, … découpes pour les petits objets (crop_n_layers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop layers</source>
        <translation>Niveaux de découpe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill holes and remove islands up to this area (min_mask_region_area)</source>
        <translation>Combler les trous et retirer les îlots jusqu’à cette aire (min_mask_region_area)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean regions up to</source>
        <translation>Nettoyer les régions jusqu’à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refine each mask once (use_m2m)</source>
        <translation>Affiner chaque masque une fois (use_m2m)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment everything</source>
        <translation>Tout segmenter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames</source>
        <translation> images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first frame only</source>
        <translation>première image seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole video: run the generator on the first frame and every this many frames; later keyframes add only objects that overlap no masklet there</source>
        <translation>Vidéo entière : lance le générateur sur la première image puis toutes les N images ; les images clés suivantes n’ajoutent que les objets qui ne recouvrent aucun masklet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masklets for the whole video</source>
        <translation>Masklets pour toute la vidéo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum area</source>
        <translation>Aire minimale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum predicted IoU</source>
        <translation>IoU prédit minimal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum stability</source>
        <translation>Stabilité minimale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select none</source>
        <translation>Ne rien sélectionner</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+338"/>
        <source>Keep selected</source>
        <translation>Garder la sélection</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Discard</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open an image or a video frame first.</source>
        <translation>Ouvrez d’abord une image ou une image de vidéo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+47"/>
        <source>Load a model first (Model ▸ Choose checkpoint).</source>
        <translation>Chargez d’abord un modèle (Modèle ▸ Choisir un checkpoint).</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Segment everything: %1</source>
        <translation>Tout segmenter : %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open a video or a frame folder first.</source>
        <translation>Ouvrez d’abord une vidéo ou un dossier d’images.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Automatic masklets failed: %1</source>
        <translation>Échec des masklets automatiques : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Automatic masklets cancelled; %n masklet(s) made so far are kept (Undo removes them).</source>
        <translation>
            <numerusform>Masklets automatiques annulés ; le masklet déjà créé est conservé (Annuler le retire).</numerusform>
            <numerusform>Masklets automatiques annulés ; les %n masklets déjà créés sont conservés (Annuler les retire).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n automatic masklet(s) from %1 keyframe(s).</source>
        <translation>
            <numerusform>%n masklet automatique issu de %1 image(s) clé(s).</numerusform>
            <numerusform>%n masklets automatiques issus de %1 image(s) clé(s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Segment everything finished on a frame no longer shown; run it again here.</source>
        <translation>« Tout segmenter » s’est terminé sur une image qui n’est plus affichée ; relancez-le ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n mask(s) proposed: click to keep or drop, then Keep selected.</source>
        <translation>
            <numerusform>%n masque proposé : cliquez pour le garder ou l’écarter, puis « Garder la sélection ».</numerusform>
            <numerusform>%n masques proposés : cliquez pour les garder ou les écarter, puis « Garder la sélection ».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>frame %1: %2</source>
        <translation>image %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segment everything cancelled.</source>
        <translation>« Tout segmenter » annulé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment everything failed: %1</source>
        <translation>« Tout segmenter » a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Keep %n automatic mask(s)</source>
        <translation>
            <numerusform>Garder %n masque automatique</numerusform>
            <numerusform>Garder %n masques automatiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Kept %n automatic mask(s) as objects.</source>
        <translation>
            <numerusform>%n masque automatique gardé comme objet.</numerusform>
            <numerusform>%n masques automatiques gardés comme objets.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 shown, %3 selected</source>
        <translation>%1 sur %2 affichés, %3 sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No proposals</source>
        <translation>Aucune proposition</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Keep %n selected</source>
        <translation>
            <numerusform>Garder %n sélectionné</numerusform>
            <numerusform>Garder %n sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ui::CheckpointDownloadDialog</name>
    <message>
        <location filename="../ui/checkpoint_download_dialog.cpp" line="+19"/>
        <source>Download SAM 2.1 checkpoints</source>
        <translation>Télécharger les checkpoints SAM 2.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official checkpoints from Meta (dl.fbaipublicfiles.com). They are saved in %1.</source>
        <translation>Checkpoints officiels de Meta (dl.fbaipublicfiles.com). Ils sont enregistrés dans %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (installed)</source>
        <translation> (installé)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 Mo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>s2s::ui::CheckpointDownloader</name>
    <message>
        <location filename="../ui/checkpoint_downloader.cpp" line="+34"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server answered with an unexpected byte range (%1).</source>
        <translation>Le serveur a répondu avec une plage d’octets inattendue (%1).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing %1 failed: %2</source>
        <translation>Échec de l’écriture de %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Download cancelled; it resumes where it stopped next time.</source>
        <translation>Téléchargement annulé ; il reprendra là où il s’est arrêté la prochaine fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach %1 (%2). Are you offline? Download %3 with a browser and put it in %4, or try again later (the download resumes).</source>
        <translation>Impossible de joindre %1 (%2). Êtes-vous hors ligne ? Téléchargez %3 avec un navigateur et placez-le dans %4, ou réessayez plus tard (le téléchargement reprendra).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the download of %1 (HTTP %2: %3).</source>
        <translation>Le serveur a refusé le téléchargement de %1 (HTTP %2 : %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The download of %1 is incomplete: %2 of %3 bytes. Try again; it resumes.</source>
        <translation>Le téléchargement de %1 est incomplet : %2 octets sur %3. Réessayez ; il reprendra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not move the download to %1.</source>
        <translation>Impossible de déplacer le téléchargement vers %1.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ClassListPanel</name>
    <message>
        <location filename="../ui/class_list_panel.cpp" line="+28"/>
        <source>Classes of the project. New objects get the selected class. Double-click to rename.</source>
        <translation>Classes du projet. Les nouveaux objets reçoivent la classe sélectionnée. Double-cliquez pour renommer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Key %1 gives the selected object this class</source>
        <translation>La touche %1 attribue cette classe à l&apos;objet sélectionné</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Class colour</source>
        <translation>Couleur de la classe</translation>
    </message>
</context>
<context>
    <name>s2s::ui::DatasetJobs</name>
    <message>
        <location filename="../ui/dataset_jobs.cpp" line="+51"/>
        <location line="+70"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Exporting %1 to %2…</source>
        <translation>Export de %1 vers %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing %1 from %2…</source>
        <translation>Import de %1 depuis %2…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export dataset</source>
        <translation>Exporter le jeu de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import dataset</source>
        <translation>Importer un jeu de données</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported %1 of %2 to %3.</source>
        <translation>Export de %1 de %2 vers %3 terminé.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+29"/>
        <source>%n mask(s)</source>
        <translation>
            <numerusform>%n masque</numerusform>
            <numerusform>%n masques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>Import annulé ; le projet est inchangé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Import failed: %1</source>
        <translation>Échec de l&apos;import : %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1 and %2.</source>
        <translation>Import terminé : %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dataset_dialogs.cpp" line="+61"/>
        <source>Export dataset</source>
        <translation>Exporter le jeu de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder the dataset is written to</source>
        <translation>Dossier dans lequel le jeu de données est écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format default</source>
        <translation>Valeur par défaut du format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every n-th frame of a video. The default is 4 for SA-V, 1 for the others.</source>
        <translation>Une image sur n d&apos;une vidéo. Par défaut : 4 pour SA-V, 1 pour les autres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygons instead of RLE (COCO)</source>
        <translation>Polygones au lieu de RLE (COCO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the images and frames beside the labels</source>
        <translation>Écrire les images (et celles des vidéos) à côté des étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the item shown</source>
        <translation>Uniquement l&apos;élément affiché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the folder&apos;s contents if it is not empty</source>
        <translation>Remplacer le contenu du dossier s&apos;il n&apos;est pas vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masklets a reviewer accepted</source>
        <translation>Uniquement les masklets acceptés par un réviseur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export into folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame stride:</source>
        <translation>Intervalle de images :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose the folder to export into.</source>
        <translation>Choisissez le dossier de destination de l&apos;export.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ImportDialog</name>
    <message>
        <location line="+17"/>
        <source>Import dataset</source>
        <translation>Importer un jeu de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annotation file (COCO, SA-V) or dataset folder (DAVIS, SA-V)</source>
        <translation>Fichier d&apos;annotations (COCO, SA-V) ou dossier du jeu de données (DAVIS, SA-V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: beside the annotations</source>
        <translation>Vide : à côté des annotations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SA-V: frames between two annotated frames.</source>
        <translation>SA-V : images entre deux images annotées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations:</source>
        <translation>Annotations :</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Annotation file</source>
        <translation>Fichier d&apos;annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset folder</source>
        <translation>Dossier du jeu de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Media folder:</source>
        <translation>Dossier des médias :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media folder</source>
        <translation>Dossier des médias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SA-V frame stride:</source>
        <translation>Intervalle de images SA-V :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the annotations to import.</source>
        <translation>Choisissez les annotations à importer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MainWindow</name>
    <message>
        <location filename="../ui/project_files.cpp" line="+20"/>
        <source>SAM 2 Studio projects (*.s2sproj)</source>
        <translation>Projets SAM 2 Studio (*.s2sproj)</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="+40"/>
        <location line="+27"/>
        <source>The model could not be loaded: %1</source>
        <translation>Impossible de charger le modèle : %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+137"/>
        <location line="+407"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open media…</source>
        <translation>&amp;Ouvrir des médias…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;folder of images…</source>
        <translation>Ouvrir un &amp;dossier d’images…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a frame f&amp;older (video)…</source>
        <translation>Ouvrir un dossier d’&amp;images (vidéo)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;project…</source>
        <translation>Ouvrir un &amp;projet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save project &amp;as…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export dataset…</source>
        <translation>&amp;Exporter un jeu de données…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import dataset…</source>
        <translation>&amp;Importer un jeu de données…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+396"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
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
        <translation>&amp;Rétablir</translation>
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
        <translation>Annuler la dernière &amp;invite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected object&apos;s last point or box and segment again (Backspace)</source>
        <translation>Retirer le dernier point ou rectangle de l’objet sélectionné et segmenter à nouveau (Retour arrière)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New object</source>
        <translation>&amp;Nouvel objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next click or stroke starts a new object (N)</source>
        <translation>Le prochain clic ou trait commence un nouvel objet (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete object</source>
        <translation>&amp;Supprimer l’objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next mask &amp;candidate</source>
        <translation>Masque &amp;candidat suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle through the three masks of a single click (M)</source>
        <translation>Parcourir les trois masques d’un clic unique (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide / show object</source>
        <translation>&amp;Masquer / afficher l’objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select ne&amp;xt object</source>
        <translation>Sélectionner l&apos;objet &amp;suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select pre&amp;vious object</source>
        <translation>Sélectionner l&apos;objet &amp;précédent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Review mode</source>
        <translation>Mode &amp;révision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step through the masks nobody reviewed; Y accepts, X flags (Ctrl+R)</source>
        <translation>Parcourir les masques que personne n&apos;a révisés ; Y accepte, X signale (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag for a fix</source>
        <translation>Signaler pour &amp;correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the whole &amp;masklet</source>
        <translation>Accepter tout le &amp;masklet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next to review</source>
        <translation>&amp;Suivant à réviser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous to review</source>
        <translation>&amp;Précédent à réviser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next p&amp;roblem</source>
        <translation>P&amp;roblème suivant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give class %1</source>
        <translation>Attribuer la classe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected object the class number %1 of the class list</source>
        <translation>Attribuer à l&apos;objet sélectionné la classe numéro %1 de la liste des classes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment &amp;everything</source>
        <translation>&amp;Tout segmenter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose masks for everything in the image or frame on screen (Ctrl+Shift+A)</source>
        <translation>Proposer des masques pour tout ce qui est dans l’image affichée (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Click</source>
        <translation>&amp;Clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click tool (C): left click adds a positive point, right or Shift+click a negative one</source>
        <translation>Outil clic (C) : le clic gauche ajoute un point positif, le clic droit ou Maj+clic un point négatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bo&amp;x</source>
        <translation>&amp;Rectangle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box tool (R): drag a box</source>
        <translation>Outil rectangle (R) : tracez un rectangle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brush</source>
        <translation>&amp;Pinceau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush (B): paint onto the selected mask; [ and ] change the size</source>
        <translation>Pinceau (B) : peint sur le masque sélectionné ; [ et ] changent la taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eraser</source>
        <translation>&amp;Gomme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser (E): paint off the selected mask</source>
        <translation>Gomme (E) : efface des parties du masque sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Polygon</source>
        <translation>&amp;Polygone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon (P): click vertices, double-click or Enter to close</source>
        <translation>Polygone (P) : cliquez les sommets, double-clic ou Entrée pour fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;an</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan (V): drag to move; Space+drag or the middle button pan with any tool</source>
        <translation>Déplacer (V) : faites glisser pour déplacer ; Espace+glisser ou le bouton du milieu déplacent avec n’importe quel outil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;vertices</source>
        <translation>Modifier les &amp;sommets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit vertices (G): the selected mask as polygons; drag a vertex, click an edge to add one, right-click to delete one, Shift+drag to move a ring; Enter applies, Esc drops the edits</source>
        <translation>Modifier les sommets (G) : le masque sélectionné en polygones ; faites glisser un sommet, cliquez sur une arête pour en ajouter un, clic droit pour en supprimer un, Maj+glisser pour déplacer un anneau ; Entrée applique, Échap abandonne les modifications</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bigger brush</source>
        <translation>Pinceau plus grand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller brush</source>
        <translation>Pinceau plus petit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hover preview</source>
        <translation>&amp;Aperçu au survol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the mask a click would give under the pointer</source>
        <translation>Afficher le masque que donnerait un clic sous le pointeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next item</source>
        <translation>Élément &amp;suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next item (D or Page Down)</source>
        <translation>Élément suivant (D ou Page suivante)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous item</source>
        <translation>Élément &amp;précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous item (A or Page Up)</source>
        <translation>Élément précédent (A ou Page précédente)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose &amp;checkpoint…</source>
        <translation>Choisir un &amp;checkpoint…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose model &amp;config (YAML)…</source>
        <translation>Choisir la &amp;configuration du modèle (YAML)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download official checkpoints…</source>
        <translation>&amp;Télécharger les checkpoints officiels…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SAM 2 Studio</source>
        <translation>À &amp;propos de SAM 2 Studio</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+4"/>
        <source>Brush radius %1 px</source>
        <translation>Rayon du pinceau : %1 px</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About SAM 2 Studio</source>
        <translation>À propos de SAM 2 Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;SAM 2 Studio %1&lt;/b&gt;&lt;p&gt;Build segmentation datasets from images and videos with Segment Anything 2 (Meta).&lt;/p&gt;</source>
        <translation>&lt;b&gt;SAM 2 Studio %1&lt;/b&gt;&lt;p&gt;Créez des jeux de données de segmentation à partir d’images et de vidéos avec Segment Anything 2 (Meta).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;utosave every</source>
        <translation>Sauvegarde a&amp;utomatique toutes les</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Give class</source>
        <translation>Attri&amp;buer la classe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Timeline shows</source>
        <translation>La &amp;chronologie affiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every mask</source>
        <translation>Tous les masques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed</source>
        <translation>Non révisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="+90"/>
        <source>&amp;Device</source>
        <translation>&amp;Périphérique</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 GiB</source>
        <translation>, %1 Gio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU %1: %2%3</source>
        <translation>GPU %1 : %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build of LibTorch has no CUDA, or no GPU is present.</source>
        <translation>Cette version de LibTorch n’a pas CUDA, ou aucun GPU n’est présent.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no bfloat16 arithmetic (that needs an Ampere or later GPU); float16 is the fast precision there.</source>
        <translation>%1 ne calcule pas en bfloat16 (il faut un GPU Ampere ou plus récent) ; float16 y est la précision rapide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>float16 is for GPUs without bfloat16; on the CPU use bfloat16 or float32.</source>
        <translation>float16 est destiné aux GPU sans bfloat16 ; sur le CPU, utilisez bfloat16 ou float32.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Precision</source>
        <translation>P&amp;récision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full (float32)</source>
        <translation>Complète (float32)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fast (bfloat16)</source>
        <translation>Rapide (bfloat16)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Needs a CPU with AVX-512: on this CPU bfloat16 would be about 30 times slower than float32.</source>
        <translation>Nécessite un processeur avec AVX-512 : sur ce processeur, bfloat16 serait environ 30 fois plus lent que float32.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This CPU has no native bfloat16: on the CPU this is slower than float32 (it helps on a CUDA GPU).</source>
        <translation>Ce processeur ne calcule pas nativement en bfloat16 : sur le processeur, c’est plus lent que float32 (utile sur un GPU CUDA).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vertices</source>
        <translation>Sommets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simplification: vertices may be this far from the mask&apos;s border (0: every corner)</source>
        <translation>Simplification : distance maximale des sommets au bord du masque (0 : chaque coin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tolerance:</source>
        <translation>Tolérance :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the edited polygons as the mask (Enter)</source>
        <translation>Enregistrer les polygones modifiés comme masque (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop edits</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the mask as it is (Esc)</source>
        <translation>Revenir au masque tel quel (Échap)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 vertices, IoU %2 with the mask</source>
        <translation>%1 sommets, IoU %2 avec le masque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an object with a mask on this frame</source>
        <translation>Sélectionnez un objet ayant un masque sur cette image</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment everything</source>
        <translation>Tout segmenter</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Review: %n frame(s) left</source>
        <translation>
            <numerusform>Révision : %n image restante</numerusform>
            <numerusform>Révision : %n images restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/project_files.cpp" line="+31"/>
        <source>30 seconds</source>
        <translation>30 secondes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 minutes</source>
        <translation>2 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique : %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+33"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SAM 2 Studio</source>
        <translation>SAM 2 Studio</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="-216"/>
        <source>Model: %1 on %2, %3</source>
        <translation>Modèle : %1 sur %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1 on %2</source>
        <translation>Modèle : %1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (GPU memory %1 GiB in use)</source>
        <translation> (mémoire GPU : %1 Gio utilisés)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model: loading…</source>
        <translation>Modèle : chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: none</source>
        <translation>Modèle : aucun</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CUDA is not available in this build; using the CPU.</source>
        <translation>CUDA n’est pas disponible dans cette version ; le CPU est utilisé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no GPU %1 on this machine; using the CPU.</source>
        <translation>Il n’y a pas de GPU %1 sur cette machine ; le CPU est utilisé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This CPU has no AVX-512 for bfloat16; using float32.</source>
        <translation>Ce processeur n’a pas AVX-512 pour bfloat16 ; float32 est utilisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Using %2.</source>
        <translation>%1 Utilisation de %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a SAM 2 checkpoint</source>
        <translation>Choisir un checkpoint SAM 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch checkpoints (*.pt *.pth)</source>
        <translation>Checkpoints PyTorch (*.pt *.pth)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a checkpoint first.</source>
        <translation>Choisissez d’abord un checkpoint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the model config</source>
        <translation>Choisir la configuration du modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAM 2 configs (*.yaml *.yml)</source>
        <translation>Configurations SAM 2 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Fast on older GPUs (float16)</source>
        <translation>Rapide sur les GPU anciens (float16)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About twice as fast here; masks differ slightly from float32.</source>
        <translation>Environ deux fois plus rapide ici ; les masques diffèrent légèrement de float32.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For GPUs without bfloat16 (before Ampere): about twice as fast there; masks differ slightly from float32.</source>
        <translation>Pour les GPU sans bfloat16 (avant Ampere) : environ deux fois plus rapide ; les masques diffèrent légèrement de float32.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SAM 2&apos;s own precision: the reference&apos;s masks.</source>
        <translation>La précision de SAM 2 lui-même : les masques de la référence.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+30"/>
        <source>%1: no images in this folder</source>
        <translation>%1 : aucune image dans ce dossier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add media</source>
        <translation>Ajouter des médias</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Some media could not be opened:
%1</source>
        <translation>Certains médias n’ont pas pu être ouverts :
%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open images or videos</source>
        <translation>Ouvrir des images ou des vidéos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.webm);;All files (*)</source>
        <translation>Images et vidéos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.webm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of images</source>
        <translation>Ouvrir un dossier d’images</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of video frames</source>
        <translation>Ouvrir un dossier d’images de vidéo</translation>
    </message>
    <message>
        <location filename="../ui/project_files.cpp" line="+43"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recover unsaved changes?</source>
        <translation>Récupérer les modifications non enregistrées ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes from %2 that were never saved (the application may have stopped unexpectedly). Recover them?</source>
        <translation>%1 contient des modifications du %2 qui n’ont jamais été enregistrées (l’application s’est peut-être arrêtée de façon inattendue). Les récupérer ?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The project was not saved: %1</source>
        <translation>Le projet n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation>Le projet contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unsaved project from %1 was found (the application may have stopped unexpectedly). Recover it?</source>
        <translation>Un projet non enregistré du %1 a été trouvé (l’application s’est peut-être arrêtée de façon inattendue). Le récupérer ?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+67"/>
        <source>Negative point (click tool)</source>
        <translation>Point négatif (outil clic)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right click or Shift+click</source>
        <translation>Clic droit ou Maj+clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan with any tool</source>
        <translation>Déplacer avec n’importe quel outil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space+drag or middle drag</source>
        <translation>Espace+glisser ou glisser avec le bouton du milieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom at the pointer</source>
        <translation>Zoomer sous le pointeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mouse wheel</source>
        <translation>Molette de la souris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close polygon / cancel</source>
        <translation>Fermer le polygone / annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter or double-click / Esc</source>
        <translation>Entrée ou double-clic / Échap</translation>
    </message>
    <message>
        <location filename="../ui/video_ui.cpp" line="+20"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video</source>
        <translation>&amp;Vidéo</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MaskletHistoryDialog</name>
    <message>
        <location filename="../ui/masklet_history_dialog.cpp" line="+16"/>
        <source>Masklet history</source>
        <translation>Historique du masklet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last %1 versions of %2, newest last, compared with its masks now.</source>
        <translation>Les %1 dernières versions de %2, la plus récente en dernier, comparées à ses masques actuels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object %1</source>
        <translation>objet %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frames</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frames differing</source>
        <translation>Images différentes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean IoU with now</source>
        <translation>IoU moyenne avec l&apos;actuel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show first difference</source>
        <translation>Afficher la première différence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none (current)</source>
        <translation>aucune (actuelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (frames %2-%3)</source>
        <translation>%1 (images %2-%3)</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MediaListPanel</name>
    <message>
        <location filename="../ui/media_list_panel.cpp" line="+25"/>
        <source>Remove from project</source>
        <translation>Retirer du projet</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Missing: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ObjectListPanel</name>
    <message>
        <location filename="../ui/object_list_panel.cpp" line="+39"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Masks accepted of all masks; ✗ counts those flagged for a fix</source>
        <translation>Masques acceptés sur l&apos;ensemble des masques ; ✗ compte ceux signalés à corriger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check box: show or hide. Double-click a name to rename.</source>
        <translation>Case à cocher : afficher ou masquer. Double-cliquez sur un nom pour le renommer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New object: the next click or stroke starts it (N)</source>
        <translation>Nouvel objet : le prochain clic ou trait le commence (N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected object (Del)</source>
        <translation>Supprimer l’objet sélectionné (Suppr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class of the selected object</source>
        <translation>Classe de l’objet sélectionné</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class:</source>
        <translation>Classe :</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Object %1</source>
        <translation>Objet %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review: %1</source>
        <translation>Révision : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 accepted, %2 need a fix, %3 not reviewed</source>
        <translation>%1 acceptés, %2 à corriger, %3 non révisés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no class)</source>
        <translation>(sans classe)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Object colour</source>
        <translation>Couleur de l’objet</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ReviewController</name>
    <message numerus="yes">
        <location filename="../ui/review_controller.cpp" line="+56"/>
        <source>Review mode: %n frame(s) to review. Y accepts, X flags for a fix, U goes to the next.</source>
        <translation>
            <numerusform>Mode révision : %n image à réviser. Y accepte, X signale à corriger, U passe au suivant.</numerusform>
            <numerusform>Mode révision : %n images à réviser. Y accepte, X signale à corriger, U passe au suivant.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The selected object has no mask on this frame.</source>
        <translation>L&apos;objet sélectionné n&apos;a pas de masque sur cette image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This frame has no masks to review.</source>
        <translation>Cette image n&apos;a aucun masque à réviser.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an object first.</source>
        <translation>Sélectionnez d&apos;abord un objet.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+2"/>
        <source>Every mask has been reviewed.</source>
        <translation>Tous les masques ont été révisés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mask is flagged for a fix or has a low score.</source>
        <translation>Aucun masque n&apos;est signalé à corriger ni n&apos;a de score faible.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ShortcutMap</name>
    <message>
        <location filename="../ui/shortcut_map.cpp" line="+90"/>
        <source>There is no action named %1.</source>
        <translation>Aucune action nommée %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already the shortcut of “%2”. Give that action another key first.</source>
        <translation>%1 est déjà le raccourci de « %2 ». Attribuez d&apos;abord une autre touche à cette action.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="+25"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search actions and keys</source>
        <translation>Rechercher des actions et des touches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;all</source>
        <translation>Réinitialiser &amp;tout</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New key:</source>
        <translation>Nouvelle touche :</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Changed; the default is %1</source>
        <translation>Modifié ; la valeur par défaut est %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+15"/>
        <location line="+8"/>
        <source>Choose an action in the list first.</source>
        <translation>Choisissez d&apos;abord une action dans la liste.</translation>
    </message>
</context>
<context>
    <name>s2s::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/timeline_widget.cpp" line="+312"/>
        <source>&amp;Play / pause</source>
        <translation>&amp;Lecture / pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause the video (K)</source>
        <translation>Lire ou mettre en pause la vidéo (K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious frame</source>
        <translation>Image &amp;précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame (Left or ,)</source>
        <translation>Image précédente (Gauche ou ,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt frame</source>
        <translation>Image &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame (Right or .)</source>
        <translation>Image suivante (Droite ou .)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous &amp;keyframe</source>
        <translation>Image &amp;clé précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame with a person-made mask (Shift+Left)</source>
        <translation>Image précédente avec un masque fait à la main (Maj+Gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next k&amp;eyframe</source>
        <translation>Image c&amp;lé suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame with a person-made mask (Shift+Right)</source>
        <translation>Image suivante avec un masque fait à la main (Maj+Droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;problem</source>
        <translation>&amp;Problème suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame where a tracked mask has low confidence or the object was lost (J)</source>
        <translation>Image suivante où un masque suivi a une faible confiance ou l’objet a été perdu (J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propagate &amp;forward</source>
        <translation>Propager vers l’&amp;avant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propagate &amp;backward</source>
        <translation>Propager vers l’a&amp;rrière</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Track forward from this frame: after a correction only the objects changed here, else every prompted object (Ctrl+P)</source>
        <translation>Suivre vers l&apos;avant depuis cette image : après une correction seulement les objets modifiés ici, sinon tous les objets indiqués (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Track backward from this frame: after a correction only the objects changed here, else every prompted object (Ctrl+Shift+P)</source>
        <translation>Suivre vers l&apos;arrière depuis cette image : après une correction seulement les objets modifiés ici, sinon tous les objets indiqués (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propagate both &amp;ways</source>
        <translation>Propager dans les &amp;deux sens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track forward, then backward from this frame (Ctrl+Alt+P)</source>
        <translation>Suivre vers l’avant puis vers l’arrière depuis cette image (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel propagation</source>
        <translation>&amp;Annuler la propagation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop tracking before the next frame; computed frames are kept (Ctrl+.)</source>
        <translation>Arrêter le suivi avant l’image suivante ; les images calculées sont conservées (Ctrl+.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show frames while tracking</source>
        <translation>&amp;Afficher les images pendant le suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The canvas follows a propagation as frames are computed</source>
        <translation>Le canevas suit la propagation à mesure que les images sont calculées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear object from this frame on</source>
        <translation>E&amp;ffacer l’objet à partir de cette image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected object&apos;s masks from this frame to the end (Shift+Del)</source>
        <translation>Retirer les masques de l’objet sélectionné de cette image jusqu’à la fin (Maj+Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;prompts on this frame</source>
        <translation>Effacer les &amp;indications de cette image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected object&apos;s clicks on this frame are dropped; the frame becomes a tracked one (SAM 2&apos;s clear_all_prompts_in_frame)</source>
        <translation>Les clics de l&apos;objet sélectionné sur cette image sont supprimés ; l&apos;image devient une image suivie (clear_all_prompts_in_frame de SAM 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-track &amp;every object forward</source>
        <translation>Re-suivre &amp;tous les objets vers l&apos;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track every object from this frame to the end, whatever changed</source>
        <translation>Suivre tous les objets de cette image jusqu&apos;à la fin, quoi qu&apos;il ait changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masklet &amp;history…</source>
        <translation>&amp;Historique du masklet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the selected object&apos;s last versions and restore one (Ctrl+Shift+H)</source>
        <translation>Comparer les dernières versions de l&apos;objet sélectionné et en restaurer une (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-track only what changed</source>
        <translation>Re-suivre seulement ce qui a changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a correction, Propagate tracks only the objects changed on this frame, up to their next keyframe, and stops once %1 frames agree with the stored masks</source>
        <translation>Après une correction, Propager ne suit que les objets modifiés sur cette image, jusqu&apos;à leur prochaine image clé, et s&apos;arrête dès que %1 images concordent avec les masques enregistrés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep corrections as keyframes</source>
        <translation>Garder les corrections comme images clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click on a tracked frame becomes a conditioning frame that later propagations keep (add_all_frames_to_correct_as_cond)</source>
        <translation>Un clic sur une image suivie en fait une image de conditionnement que les propagations suivantes conservent (add_all_frames_to_correct_as_cond)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop tracked memory around corrections</source>
        <translation>Oublier la mémoire suivie autour des corrections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracked frames near a correction leave the object&apos;s memory, so they do not pull it back (clear_non_cond_mem_around_input)</source>
        <translation>Les images suivies proches d&apos;une correction quittent la mémoire de l&apos;objet, pour ne pas la défaire (clear_non_cond_mem_around_input)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…also with several objects</source>
        <translation>…aussi avec plusieurs objets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear that memory per object when the video has several objects (clear_non_cond_mem_for_multi_obj); off: only with a single object, as SAM 2&apos;s legacy predictor</source>
        <translation>Effacer cette mémoire par objet quand la vidéo a plusieurs objets (clear_non_cond_mem_for_multi_obj) ; désactivé : seulement avec un seul objet, comme l&apos;ancien prédicteur de SAM 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One object per pixel</source>
        <translation>Un objet par pixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where objects overlap, only the most confident keeps the pixel (non_overlap_masks)</source>
        <translation>Là où les objets se chevauchent, seul le plus sûr garde le pixel (non_overlap_masks)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select an object to see its masklet history.</source>
        <translation>Sélectionnez un objet pour voir l&apos;historique de son masklet.</translation>
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
        <translation>Problème suivant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forward</source>
        <translation>Vers l’avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Vers l’arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both ways</source>
        <translation>Les deux sens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole video</source>
        <translation>toute la vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next N frames</source>
        <translation>N images suivantes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Propagate</source>
        <translation>Propager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track every prompted object from this frame (Ctrl+P forward)</source>
        <translation>Suivre tous les objets indiqués depuis cette image (Ctrl+P vers l’avant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v / %m frames</source>
        <translation>%v / %m images</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>❚❚</source>
        <translation>❚❚</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Frame %1 / %2</source>
        <translation>Image %1 / %2</translation>
    </message>
</context>
<context>
    <name>s2s::ui::TimelineView</name>
    <message>
        <location line="-402"/>
        <source>Open a video or a frame folder to see its timeline.</source>
        <translation>Ouvrez une vidéo ou un dossier d’images pour voir sa chronologie.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+41"/>
        <location line="+53"/>
        <source>Object %1</source>
        <translation>Objet %1</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>tracked as absent</source>
        <translation>suivi comme absent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no mask</source>
        <translation>aucun masque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracked</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected by hand</source>
        <translation>corrigé à la main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>prompted (%n point(s))</source>
        <translation>
            <numerusform>indiqué (%n point)</numerusform>
            <numerusform>indiqué (%n points)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, box</source>
        <translation>, rectangle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame %1 · %2: %3</source>
        <translation>Image %1 · %2 : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Predicted IoU %1, presence score %2</source>
        <translation>
IoU prédite %1, score de présence %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Predicted IoU %1</source>
        <translation>
IoU prédite %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Accepted by %1 (%2)</source>
        <translation>
Accepté par %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>
Flagged for a fix by %1 (%2)</source>
        <translation>
Signalé à corriger par %1 (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 from frame %2 on</source>
        <translation>Effacer %1 à partir de l’image %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the whole video</source>
        <translation>Supprimer %1 de toute la vidéo</translation>
    </message>
</context>
<context>
    <name>s2s::ui::VideoController</name>
    <message>
        <location filename="../ui/video_controller.cpp" line="+190"/>
        <source>No keyframe after this frame.</source>
        <translation>Aucune image clé après cette image.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keyframe before this frame.</source>
        <translation>Aucune image clé avant cette image.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No frame with a low-confidence or lost mask.</source>
        <translation>Aucune image avec un masque de faible confiance ou perdu.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Load a SAM 2 checkpoint first (Model menu).</source>
        <translation>Chargez d’abord un checkpoint SAM 2 (menu Modèle).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a video or a frame folder to track objects.</source>
        <translation>Ouvrez une vidéo ou un dossier d’images pour suivre des objets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A propagation is already running.</source>
        <translation>Une propagation est déjà en cours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the last prompt&apos;s mask, then propagate.</source>
        <translation>Attendez le masque de la dernière invite, puis propagez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to track: click on an object first.</source>
        <translation>Rien à suivre : cliquez d’abord sur un objet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tracking…</source>
        <translation>Suivi en cours…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Clear masks from frame %1 on</source>
        <translation>Effacer les masques à partir de l’image %1</translation>
    </message>
</context>
</TS>
