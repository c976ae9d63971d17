<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../ui/model_files.cpp" line="+44"/>
        <source>No SAM 2 checkpoint is loaded, so clicks and boxes cannot segment yet (brush, eraser and polygon work). Get one of the official files %1 (tiny is the quickest) from https://dl.fbaipublicfiles.com/segment_anything_2/092824/ and put it in %2, or choose any SAM 2 checkpoint with Model ▸ Choose checkpoint. Model ▸ Download checkpoints fetches them for you.</source>
        <translation>SAM 2 のチェックポイントが読み込まれていないため、クリックやボックスではまだセグメンテーションできません（ブラシ、消しゴム、ポリゴンは使えます）。公式ファイル %1 のいずれか（tiny が最速）を https://dl.fbaipublicfiles.com/segment_anything_2/092824/ から入手して %2 に置くか、モデル ▸ チェックポイントを選択 で任意の SAM 2 チェックポイントを選んでください。モデル ▸ チェックポイントをダウンロード で自動的に取得することもできます。</translation>
    </message>
</context>
<context>
    <name>s2s::AddClassCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+90"/>
        <source>Add class %1</source>
        <translation>クラス %1 を追加</translation>
    </message>
</context>
<context>
    <name>s2s::AddMediaCommand</name>
    <message>
        <location line="-59"/>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
</context>
<context>
    <name>s2s::AddObjectCommand</name>
    <message>
        <location line="+122"/>
        <source>Add object</source>
        <translation>オブジェクトを追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add object %1</source>
        <translation>オブジェクト %1 を追加</translation>
    </message>
</context>
<context>
    <name>s2s::Autosave</name>
    <message>
        <location filename="../annotation/autosave.cpp" line="+59"/>
        <source>Autosave failed: cannot create the folder %1.</source>
        <translation>自動保存に失敗しました: フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>s2s::ClearMasksCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+110"/>
        <source>Clear masks from frame %1 on</source>
        <translation>フレーム %1 以降のマスクを消去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear masks of frames %1-%2</source>
        <translation>フレーム %1～%2 のマスクを消去</translation>
    </message>
</context>
<context>
    <name>s2s::EditClassCommand</name>
    <message>
        <location line="-158"/>
        <source>Edit class %1</source>
        <translation>クラス %1 を編集</translation>
    </message>
</context>
<context>
    <name>s2s::EditObjectCommand</name>
    <message>
        <location line="+59"/>
        <source>Rename object to %1</source>
        <translation>オブジェクト名を %1 に変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change class of %1</source>
        <translation>%1 のクラスを変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change colour of %1</source>
        <translation>%1 の色を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>%1 を非表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit attributes of %1</source>
        <translation>%1 の属性を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
</context>
<context>
    <name>s2s::InferenceWorker</name>
    <message>
        <location filename="../annotation/worker/inference_worker.cpp" line="+160"/>
        <source>Internal error: the model was asked to load on the GUI thread.</source>
        <translation>内部エラー: GUI スレッドでモデルの読み込みが要求されました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading model %1…</source>
        <translation>モデル %1 を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Encoding %1 ahead…</source>
        <translation>%1 を先行してエンコードしています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding %1…</source>
        <translation>%1 をエンコードしています…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Internal error: encoding was asked on the GUI thread.</source>
        <translation>内部エラー: GUI スレッドでエンコードが要求されました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Internal error: segmentation was asked on the GUI thread.</source>
        <translation>内部エラー: GUI スレッドでセグメンテーションが要求されました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded. Choose a SAM 2 checkpoint in Model ▸ Choose checkpoint.</source>
        <translation>モデルが読み込まれていません。モデル ▸ チェックポイントを選択 で SAM 2 のチェックポイントを選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segmenting…</source>
        <translation>セグメンテーション中…</translation>
    </message>
</context>
<context>
    <name>s2s::Languages</name>
    <message>
        <location filename="app_translations.cpp" line="+61"/>
        <source>System language</source>
        <comment>language menu entry: follow the desktop&apos;s language</comment>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveClassCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="-40"/>
        <source>Remove class %1</source>
        <translation>クラス %1 を削除</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveMediaCommand</name>
    <message>
        <location line="-86"/>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveObjectCommand</name>
    <message>
        <location line="+158"/>
        <source>Delete object %1</source>
        <translation>オブジェクト %1 を削除</translation>
    </message>
</context>
<context>
    <name>s2s::SetMaskCommand</name>
    <message>
        <location line="+17"/>
        <source>Set mask on frame %1</source>
        <translation>フレーム %1 のマスクを設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase mask on frame %1</source>
        <translation>フレーム %1 のマスクを消去</translation>
    </message>
</context>
<context>
    <name>s2s::SetMasksCommand</name>
    <message>
        <location line="+17"/>
        <source>Set %1 masks</source>
        <translation>%1 個のマスクを設定</translation>
    </message>
</context>
<context>
    <name>s2s::UpdateMediaCommand</name>
    <message>
        <location line="-177"/>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
</context>
<context>
    <name>s2s::ui::Annotator</name>
    <message>
        <location filename="../ui/annotator.cpp" line="+93"/>
        <source>Cannot show %1: %2</source>
        <translation>%1 を表示できません: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation>モデルを読み込み中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SAM 2 model is loaded: choose a checkpoint in Model ▸ Choose checkpoint. Brush, eraser and polygon work without one.</source>
        <translation>SAM 2 モデルが読み込まれていません: モデル ▸ チェックポイントを選択 でチェックポイントを選んでください。ブラシ、消しゴム、ポリゴンはモデルなしでも使えます。</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+150"/>
        <source>Add object</source>
        <translation>オブジェクトを追加</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Box prompt</source>
        <translation>ボックスプロンプト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click prompt</source>
        <translation>クリックプロンプト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not apply the mask: %1</source>
        <translation>マスクを適用できませんでした: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Segmentation failed: %1</source>
        <translation>セグメンテーションに失敗しました: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Object %1</source>
        <translation>オブジェクト %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Ready: click to segment.</source>
        <translation>準備完了: クリックしてセグメンテーションします。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not edit the mask: %1</source>
        <translation>マスクを編集できませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Polygon</source>
        <translation>ポリゴン</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No alternative masks: a single click gives three candidates.</source>
        <translation>代替マスクはありません: 1 回のクリックで 3 つの候補が得られます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose mask candidate %1</source>
        <translation>マスク候補 %1 を選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mask candidate %1 of %2 (score %3)</source>
        <translation>マスク候補 %1 / %2（スコア %3）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove last prompt</source>
        <translation>最後のプロンプトを削除</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ClassListPanel</name>
    <message>
        <location filename="../ui/class_list_panel.cpp" line="+28"/>
        <source>Classes of the project. New objects get the selected class. Double-click to rename.</source>
        <translation>プロジェクトのクラスです。新しいオブジェクトには選択中のクラスが付きます。ダブルクリックで名前を変更します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour…</source>
        <translation>色…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Class colour</source>
        <translation>クラスの色</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MediaListPanel</name>
    <message>
        <location filename="../ui/media_list_panel.cpp" line="+25"/>
        <source>Remove from project</source>
        <translation>プロジェクトから削除</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Missing: %1</source>
        <translation>見つかりません: %1</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ObjectListPanel</name>
    <message>
        <location filename="../ui/object_list_panel.cpp" line="+38"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>面積</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check box: show or hide. Double-click a name to rename.</source>
        <translation>チェックボックス: 表示/非表示。名前をダブルクリックすると名前を変更できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New object: the next click or stroke starts it (N)</source>
        <translation>新しいオブジェクト: 次のクリックまたはストロークで開始します (N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected object (Del)</source>
        <translation>選択したオブジェクトを削除 (Del)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour…</source>
        <translation>色…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class of the selected object</source>
        <translation>選択したオブジェクトのクラス</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class:</source>
        <translation>クラス:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Object %1</source>
        <translation>オブジェクト %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no class)</source>
        <translation>（クラスなし）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Object colour</source>
        <translation>オブジェクトの色</translation>
    </message>
</context>
</TS>
