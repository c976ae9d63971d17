<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../ui/model_files.cpp" line="+44"/>
        <source>No SAM 2 checkpoint is loaded, so clicks and boxes cannot segment yet (brush, eraser and polygon work). Get one of the official files %1 (tiny is the quickest) from https://dl.fbaipublicfiles.com/segment_anything_2/092824/ and put it in %2, or choose any SAM 2 checkpoint with Model ▸ Choose checkpoint. Model ▸ Download checkpoints fetches them for you.</source>
        <translation>Aucun checkpoint SAM 2 n’est chargé : les clics et les rectangles ne peuvent pas encore segmenter (le pinceau, la gomme et le polygone fonctionnent). Téléchargez l’un des fichiers officiels %1 (tiny est le plus rapide) depuis https://dl.fbaipublicfiles.com/segment_anything_2/092824/ et placez-le dans %2, ou choisissez n’importe quel checkpoint SAM 2 avec Modèle ▸ Choisir un checkpoint. Modèle ▸ Télécharger les checkpoints les récupère pour vous.</translation>
    </message>
</context>
<context>
    <name>s2s::AddClassCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+90"/>
        <source>Add class %1</source>
        <translation>Ajouter la classe %1</translation>
    </message>
</context>
<context>
    <name>s2s::AddMediaCommand</name>
    <message>
        <location line="-59"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>s2s::AddObjectCommand</name>
    <message>
        <location line="+122"/>
        <source>Add object</source>
        <translation>Ajouter un objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add object %1</source>
        <translation>Ajouter l’objet %1</translation>
    </message>
</context>
<context>
    <name>s2s::Autosave</name>
    <message>
        <location filename="../annotation/autosave.cpp" line="+59"/>
        <source>Autosave failed: cannot create the folder %1.</source>
        <translation>Échec de l’enregistrement automatique : impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique : %1</translation>
    </message>
</context>
<context>
    <name>s2s::ClearMasksCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+110"/>
        <source>Clear masks from frame %1 on</source>
        <translation>Effacer les masques à partir de l’image %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear masks of frames %1-%2</source>
        <translation>Effacer les masques des images %1 à %2</translation>
    </message>
</context>
<context>
    <name>s2s::EditClassCommand</name>
    <message>
        <location line="-158"/>
        <source>Edit class %1</source>
        <translation>Modifier la classe %1</translation>
    </message>
</context>
<context>
    <name>s2s::EditObjectCommand</name>
    <message>
        <location line="+59"/>
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
</context>
<context>
    <name>s2s::InferenceWorker</name>
    <message>
        <location filename="../annotation/worker/inference_worker.cpp" line="+160"/>
        <source>Internal error: the model was asked to load on the GUI thread.</source>
        <translation>Erreur interne : le chargement du modèle a été demandé dans le fil de l’interface.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading model %1…</source>
        <translation>Chargement du modèle %1…</translation>
    </message>
    <message>
        <location line="+38"/>
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
    <name>s2s::RemoveClassCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="-40"/>
        <source>Remove class %1</source>
        <translation>Supprimer la classe %1</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveMediaCommand</name>
    <message>
        <location line="-86"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveObjectCommand</name>
    <message>
        <location line="+158"/>
        <source>Delete object %1</source>
        <translation>Supprimer l’objet %1</translation>
    </message>
</context>
<context>
    <name>s2s::SetMaskCommand</name>
    <message>
        <location line="+17"/>
        <source>Set mask on frame %1</source>
        <translation>Définir le masque de l’image %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase mask on frame %1</source>
        <translation>Effacer le masque de l’image %1</translation>
    </message>
</context>
<context>
    <name>s2s::SetMasksCommand</name>
    <message>
        <location line="+17"/>
        <source>Set %1 masks</source>
        <translation>Définir %1 masques</translation>
    </message>
</context>
<context>
    <name>s2s::UpdateMediaCommand</name>
    <message>
        <location line="-177"/>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>s2s::ui::Annotator</name>
    <message>
        <location filename="../ui/annotator.cpp" line="+93"/>
        <source>Cannot show %1: %2</source>
        <translation>Impossible d’afficher %1 : %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation>Le modèle est encore en cours de chargement ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SAM 2 model is loaded: choose a checkpoint in Model ▸ Choose checkpoint. Brush, eraser and polygon work without one.</source>
        <translation>Aucun modèle SAM 2 n’est chargé : choisissez un checkpoint dans Modèle ▸ Choisir un checkpoint. Le pinceau, la gomme et le polygone fonctionnent sans modèle.</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+150"/>
        <source>Add object</source>
        <translation>Ajouter un objet</translation>
    </message>
    <message>
        <location line="-137"/>
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
        <location line="+26"/>
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
        <source>Could not edit the mask: %1</source>
        <translation>Impossible de modifier le masque : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+57"/>
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
        <location filename="../ui/object_list_panel.cpp" line="+38"/>
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
        <location line="+5"/>
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
        <location line="+72"/>
        <source>Object %1</source>
        <translation>Objet %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no class)</source>
        <translation>(sans classe)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Object colour</source>
        <translation>Couleur de l’objet</translation>
    </message>
</context>
</TS>
