<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>MaskletHistory</name>
    <message>
        <location filename="../annotation/masklet_history.cpp" line="+90"/>
        <source>Restore masklet version (%1)</source>
        <translation>マスクレットのバージョンを復元 (%1)</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../ui/model_files.cpp" line="+44"/>
        <source>No SAM 2 checkpoint is loaded, so clicks and boxes cannot segment yet (brush, eraser and polygon work). Get one of the official files %1 (tiny is the quickest) from https://dl.fbaipublicfiles.com/segment_anything_2/092824/ and put it in %2, or choose any SAM 2 checkpoint with Model ▸ Choose checkpoint. Model ▸ Download official checkpoints fetches them for you.</source>
        <translation>SAM 2 のチェックポイントが読み込まれていないため、クリックやボックスではまだセグメンテーションできません（ブラシ、消しゴム、ポリゴンは使えます）。公式ファイル %1 のいずれか（tiny が最速）を https://dl.fbaipublicfiles.com/segment_anything_2/092824/ から入手して %2 に置くか、モデル ▸ チェックポイントを選択 で任意の SAM 2 チェックポイントを選んでください。モデル ▸ 公式チェックポイントをダウンロード で自動的に取得することもできます。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+146"/>
        <source>Segmentation datasets from images and videos with SAM 2.</source>
        <translation>SAM 2 で画像と動画からセグメンテーション用データセットを作成します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SAM 2 checkpoint (.pt) to load.</source>
        <translation>読み込む SAM 2 チェックポイント (.pt)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model config YAML for the checkpoint.</source>
        <translation>チェックポイント用のモデル設定 YAML。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cpu or cuda.</source>
        <translation>cpu または cuda。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment a new object at image pixel X,Y.</source>
        <translation>画像のピクセル X,Y で新しいオブジェクトをセグメンテーションします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window once the media is shown, then exit.</source>
        <translation>メディアが表示されたらウィンドウの画像を保存して終了します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images, videos, folders or a .s2sproj project.</source>
        <translation>画像、動画、フォルダー、または .s2sproj プロジェクト。</translation>
    </message>
</context>
<context>
    <name>s2s::AutoMaskletJob</name>
    <message>
        <location filename="../annotation/worker/auto_masklets.cpp" line="+83"/>
        <source>There is no such video in the project.</source>
        <translation>そのビデオはプロジェクトにありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic masklets need a video or a frame folder; use Segment everything on an image.</source>
        <translation>自動マスクレットにはビデオかフレームフォルダーが必要です。画像には「すべてをセグメント」を使ってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking is running; wait for it to end or cancel it.</source>
        <translation>追跡を実行中です。終了を待つかキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Segmenting everything on frame %1</source>
        <translation>フレーム %1 をすべてセグメント中</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The video was removed from the project.</source>
        <translation>ビデオはプロジェクトから削除されました。</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Automatic masklets on frame %1 (%n new)</source>
        <translation>
            <numerusform>フレーム %1 の自動マスクレット（新規 %n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tracking frames %1-%2</source>
        <translation>フレーム %1-%2 を追跡中</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Tracking could not start.</source>
        <translation>追跡を開始できませんでした。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Tracking the masklets found on frame %1 back to frame %2</source>
        <translation>フレーム %1 で見つけたマスクレットをフレーム %2 まで逆方向に追跡中</translation>
    </message>
</context>
<context>
    <name>s2s::Autosave</name>
    <message>
        <location filename="../annotation/autosave.cpp" line="+64"/>
        <source>cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>s2s::Commands</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+38"/>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add class %1</source>
        <translation>クラス %1 を追加</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit class %1</source>
        <translation>クラス %1 を編集</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove class %1</source>
        <translation>クラス %1 を削除</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add object</source>
        <translation>オブジェクトを追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add object %1</source>
        <translation>オブジェクト %1 を追加</translation>
    </message>
    <message>
        <location line="+18"/>
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
    <message>
        <location line="+38"/>
        <source>Delete object %1</source>
        <translation>オブジェクト %1 を削除</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set mask on frame %1</source>
        <translation>フレーム %1 のマスクを設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase mask on frame %1</source>
        <translation>フレーム %1 のマスクを消去</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Set %n mask(s)</source>
        <translation>
            <numerusform>%n 個のマスクを設定</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Clear masks from frame %1 on</source>
        <translation>フレーム %1 以降のマスクを消去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear masks of frames %1-%2</source>
        <translation>フレーム %1～%2 のマスクを消去</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Accept %n mask(s)</source>
        <translation>
            <numerusform>%n 個のマスクを承認</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Flag %n mask(s) for a fix</source>
        <translation>
            <numerusform>%n 個のマスクに修正フラグを付ける</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Clear the review of %n mask(s)</source>
        <translation>
            <numerusform>%n 個のマスクのレビューを解除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ImageModel</name>
    <message>
        <location filename="../annotation/worker/image_model.cpp" line="+75"/>
        <source>No checkpoint was chosen.</source>
        <translation>チェックポイントが選択されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checkpoint %1 does not exist.</source>
        <translation>チェックポイント %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model config %1 does not exist.</source>
        <translation>モデル設定 %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>s2s::ImportDatasetCommand</name>
    <message>
        <location filename="../export/import_command.cpp" line="+20"/>
        <source>Import a dataset</source>
        <translation>データセットをインポート</translation>
    </message>
</context>
<context>
    <name>s2s::InferenceWorker</name>
    <message>
        <location filename="../annotation/worker/inference_worker.cpp" line="+189"/>
        <source>Internal error: the model was asked to load on the GUI thread.</source>
        <translation>内部エラー: GUI スレッドでモデルの読み込みが要求されました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading model %1…</source>
        <translation>モデル %1 を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+40"/>
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
    <message>
        <location line="+10"/>
        <source>Internal error: automatic masks were asked on the GUI thread.</source>
        <translation>内部エラー: 自動マスクが GUI スレッドで要求されました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Segmenting everything in %1…</source>
        <translation>%1 のすべてをセグメンテーション中…</translation>
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
    <name>s2s::VideoEditor</name>
    <message>
        <location filename="../annotation/worker/video_editor.cpp" line="+21"/>
        <source>The model could not be loaded for video: %1</source>
        <translation>動画用のモデルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a video or a frame folder to track objects.</source>
        <translation>オブジェクトを追跡するには、動画またはフレームフォルダーを開いてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load a SAM 2 checkpoint first (Model menu).</source>
        <translation>先に SAM 2 チェックポイントを読み込んでください（モデル メニュー）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Click on the object or draw a box around it.</source>
        <translation>オブジェクトをクリックするか、周りに矩形を描いてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no object %1 on this video.</source>
        <translation>この動画にオブジェクト %1 はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for tracking to finish (or cancel it), then correct.</source>
        <translation>トラッキングの終了を待つ（またはキャンセルする）てから修正してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This frame has no prompts of that object.</source>
        <translation>このフレームにはそのオブジェクトのプロンプトがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for tracking to finish (or cancel it).</source>
        <translation>トラッキングの終了を待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The video was closed.</source>
        <translation>動画は閉じられました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model gave no mask for this object.</source>
        <translation>モデルはこのオブジェクトのマスクを返しませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not clear the prompts: %1</source>
        <translation>プロンプトを消去できませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segmentation failed: %1</source>
        <translation>セグメンテーションに失敗しました: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Clear prompts on frame %1</source>
        <translation>フレーム %1 のプロンプトを消去</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct on frame %1</source>
        <translation>フレーム %1 で修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box prompt</source>
        <translation>ボックスプロンプト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click prompt</source>
        <translation>クリックプロンプト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The object was deleted meanwhile.</source>
        <translation>その間にオブジェクトは削除されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add object</source>
        <translation>オブジェクトを追加</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not apply the mask: %1</source>
        <translation>マスクを適用できませんでした: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A propagation is already running.</source>
        <translation>伝播はすでに実行中です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the last prompt&apos;s mask, then propagate.</source>
        <translation>最後のプロンプトのマスクを待ってから伝播してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to track: click on an object first.</source>
        <translation>追跡するものがありません: まずオブジェクトをクリックしてください。</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Tracking failed: %1</source>
        <translation>追跡に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tracking cancelled; %n frame(s) kept.</source>
        <translation>
            <numerusform>追跡をキャンセルしました。%n フレームを保持しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Re-tracked frames %1-%2 (%n frame(s)); other objects unchanged.</source>
        <translation>
            <numerusform>フレーム %1-%2 を再トラッキングしました（%n フレーム）。他のオブジェクトは変更なし。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Tracked %n frame(s).</source>
        <translation>
            <numerusform>%n フレームを追跡しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, re-tracked frames %2-%3</source>
        <translation>%1、フレーム %2-%3 を再トラッキング</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-track frames %1-%2</source>
        <translation>フレーム %1-%2 を再トラッキング</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Propagate over %n frame(s)</source>
        <translation>
            <numerusform>%n フレームにわたって伝播</numerusform>
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
        <translation>内部エラー: GUI スレッドで動画モデルが呼び出されました。</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>The checkpoint %1 does not exist.</source>
        <translation>チェックポイント %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A mask on frame %1 does not have the video&apos;s size.</source>
        <translation>フレーム %1 のマスクが動画のサイズと一致しません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+120"/>
        <location line="+35"/>
        <source>No model is loaded for video tracking.</source>
        <translation>動画トラッキング用のモデルが読み込まれていません。</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Nothing to track: prompt an object on a frame first.</source>
        <translation>追跡するものがありません: まずフレーム上でオブジェクトにプロンプトを与えてください。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Frame %1 is outside the video.</source>
        <translation>フレーム %1 は動画の範囲外です。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::Annotator</name>
    <message>
        <location filename="../ui/annotator.cpp" line="+26"/>
        <location line="+91"/>
        <source>Cannot show %1: %2</source>
        <translation>%1 を表示できません: %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Select an object first, then press a class number.</source>
        <translation>先にオブジェクトを選択してから、クラス番号を押してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>There is no class %1: the project has %n class(es).</source>
        <translation>
            <numerusform>クラス %1 はありません: プロジェクトのクラスは %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The polygons cover no pixel; delete the object instead.</source>
        <translation>ポリゴンがどのピクセルも覆っていません。代わりにオブジェクトを削除してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit vertices</source>
        <translation>頂点を編集</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation>モデルを読み込み中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SAM 2 model is loaded: choose a checkpoint in Model ▸ Choose checkpoint. Brush, eraser and polygon work without one.</source>
        <translation>SAM 2 モデルが読み込まれていません: モデル ▸ チェックポイントを選択 でチェックポイントを選んでください。ブラシ、消しゴム、ポリゴンはモデルなしでも使えます。</translation>
    </message>
    <message>
        <location line="+169"/>
        <location line="+184"/>
        <source>Add object</source>
        <translation>オブジェクトを追加</translation>
    </message>
    <message>
        <location line="-168"/>
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
        <location line="+57"/>
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
        <location line="+22"/>
        <source>Could not edit the mask: %1</source>
        <translation>マスクを編集できませんでした: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <location line="+31"/>
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
    <name>s2s::ui::AutoMasksPanel</name>
    <message>
        <location filename="../ui/auto_masks_panel.cpp" line="+59"/>
        <source>Generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points along each side of the grid of single-click prompts (points_per_side)</source>
        <translation>1 クリックのプロンプトを並べるグリッドの 1 辺あたりの点数 (points_per_side)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points per side</source>
        <translation>1 辺あたりの点数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop masks whose predicted IoU is not above this (pred_iou_thresh)</source>
        <translation>予測 IoU がこの値を超えないマスクを除外 (pred_iou_thresh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted IoU above</source>
        <translation>予測 IoU がこれより上</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop masks whose stability score is below this (stability_score_thresh)</source>
        <translation>安定度スコアがこの値未満のマスクを除外 (stability_score_thresh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stability at least</source>
        <translation>安定度の下限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run again on 4, 16, ... crops for small objects (crop_n_layers)</source>
        <translation>小さな物体のために 4、16、… 個の切り抜きでも実行 (crop_n_layers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop layers</source>
        <translation>切り抜きの層数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill holes and remove islands up to this area (min_mask_region_area)</source>
        <translation>この面積までの穴を埋め、島を取り除く (min_mask_region_area)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean regions up to</source>
        <translation>領域の整理 (上限)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refine each mask once (use_m2m)</source>
        <translation>各マスクを 1 回洗練 (use_m2m)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment everything</source>
        <translation>すべてをセグメンテーション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every </source>
        <translation>間隔 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames</source>
        <translation> フレームごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first frame only</source>
        <translation>最初のフレームのみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole video: run the generator on the first frame and every this many frames; later keyframes add only objects that overlap no masklet there</source>
        <translation>ビデオ全体：最初のフレームとこのフレーム数ごとに生成器を実行します。後のキーフレームでは、どのマスクレットとも重ならない物体だけを追加します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masklets for the whole video</source>
        <translation>ビデオ全体のマスクレット</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposals</source>
        <translation>候補</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum area</source>
        <translation>最小面積</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum predicted IoU</source>
        <translation>予測 IoU の下限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum stability</source>
        <translation>安定度の下限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select none</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+338"/>
        <source>Keep selected</source>
        <translation>選択を残す</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open an image or a video frame first.</source>
        <translation>先に画像または動画のフレームを開いてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+47"/>
        <source>Load a model first (Model ▸ Choose checkpoint).</source>
        <translation>先にモデルを読み込んでください (モデル ▸ チェックポイントを選択)。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Segment everything: %1</source>
        <translation>すべてをセグメンテーション: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open a video or a frame folder first.</source>
        <translation>先にビデオかフレームフォルダーを開いてください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Automatic masklets failed: %1</source>
        <translation>自動マスクレットに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Automatic masklets cancelled; %n masklet(s) made so far are kept (Undo removes them).</source>
        <translation>
            <numerusform>自動マスクレットをキャンセルしました。作成済みの %n 個は残ります（元に戻すで削除できます）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n automatic masklet(s) from %1 keyframe(s).</source>
        <translation>
            <numerusform>%1 個のキーフレームから %n 個の自動マスクレット。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Segment everything finished on a frame no longer shown; run it again here.</source>
        <translation>「すべてをセグメンテーション」は表示されていないフレームで終了しました。ここで再実行してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n mask(s) proposed: click to keep or drop, then Keep selected.</source>
        <translation>
            <numerusform>%n 個のマスクを提案しました。クリックで残すか除くかを選び、「選択を残す」を押してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>frame %1: %2</source>
        <translation>フレーム %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segment everything cancelled.</source>
        <translation>「すべてをセグメンテーション」をキャンセルしました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment everything failed: %1</source>
        <translation>「すべてをセグメンテーション」に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Keep %n automatic mask(s)</source>
        <translation>
            <numerusform>自動マスク %n 個を残す</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Kept %n automatic mask(s) as objects.</source>
        <translation>
            <numerusform>自動マスク %n 個をオブジェクトとして残しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 shown, %3 selected</source>
        <translation>%2 個中 %1 個を表示、%3 個を選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No proposals</source>
        <translation>候補なし</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Keep %n selected</source>
        <translation>
            <numerusform>選択した %n 個を残す</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ui::CheckpointDownloadDialog</name>
    <message>
        <location filename="../ui/checkpoint_download_dialog.cpp" line="+19"/>
        <source>Download SAM 2.1 checkpoints</source>
        <translation>SAM 2.1 チェックポイントをダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official checkpoints from Meta (dl.fbaipublicfiles.com). They are saved in %1.</source>
        <translation>Meta の公式チェックポイント (dl.fbaipublicfiles.com)。%1 に保存されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (installed)</source>
        <translation>（インストール済み）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
</context>
<context>
    <name>s2s::ui::CheckpointDownloader</name>
    <message>
        <location filename="../ui/checkpoint_downloader.cpp" line="+34"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server answered with an unexpected byte range (%1).</source>
        <translation>サーバーが予期しないバイト範囲で応答しました (%1)。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing %1 failed: %2</source>
        <translation>%1 の書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Download cancelled; it resumes where it stopped next time.</source>
        <translation>ダウンロードを中止しました。次回は中断したところから再開します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach %1 (%2). Are you offline? Download %3 with a browser and put it in %4, or try again later (the download resumes).</source>
        <translation>%1 に接続できませんでした (%2)。オフラインですか? ブラウザーで %3 をダウンロードして %4 に置くか、後でもう一度お試しください（ダウンロードは再開されます）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the download of %1 (HTTP %2: %3).</source>
        <translation>サーバーが %1 のダウンロードを拒否しました (HTTP %2: %3)。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The download of %1 is incomplete: %2 of %3 bytes. Try again; it resumes.</source>
        <translation>%1 のダウンロードが不完全です: %2 / %3 バイト。もう一度お試しください。再開されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not move the download to %1.</source>
        <translation>ダウンロードしたファイルを %1 に移動できませんでした。</translation>
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
        <location line="+44"/>
        <source>Key %1 gives the selected object this class</source>
        <translation>キー %1 で選択中のオブジェクトにこのクラスを割り当てます</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>s2s::ui::DatasetJobs</name>
    <message>
        <location filename="../ui/dataset_jobs.cpp" line="+51"/>
        <location line="+70"/>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Exporting %1 to %2…</source>
        <translation>%1 を %2 にエクスポート中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing %1 from %2…</source>
        <translation>%1 を %2 からインポート中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export dataset</source>
        <translation>データセットをエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import dataset</source>
        <translation>データセットをインポート</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>エクスポートをキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported %1 of %2 to %3.</source>
        <translation>%2 の %1 を %3 にエクスポートしました。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+29"/>
        <source>%n mask(s)</source>
        <translation>
            <numerusform>%n 個のマスク</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>インポートをキャンセルしました。プロジェクトは変更されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Import failed: %1</source>
        <translation>インポートに失敗しました: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import %1</source>
        <translation>%1 をインポート</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1 and %2.</source>
        <translation>%1 と %2 をインポートしました。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dataset_dialogs.cpp" line="+61"/>
        <source>Export dataset</source>
        <translation>データセットをエクスポート</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder the dataset is written to</source>
        <translation>データセットの書き込み先フォルダー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format default</source>
        <translation>形式の既定値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every n-th frame of a video. The default is 4 for SA-V, 1 for the others.</source>
        <translation>動画の n フレームごと。既定値は SA-V では 4、それ以外では 1 です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygons instead of RLE (COCO)</source>
        <translation>RLE の代わりにポリゴン (COCO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the images and frames beside the labels</source>
        <translation>画像とフレームをラベルと同じ場所に書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the item shown</source>
        <translation>表示中の項目のみ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the folder&apos;s contents if it is not empty</source>
        <translation>フォルダーが空でない場合は内容を置き換える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masklets a reviewer accepted</source>
        <translation>レビュー担当者が承認したマスクレットのみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export into folder</source>
        <translation>フォルダーにエクスポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame stride:</source>
        <translation>フレーム間隔:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose the folder to export into.</source>
        <translation>エクスポート先のフォルダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ImportDialog</name>
    <message>
        <location line="+17"/>
        <source>Import dataset</source>
        <translation>データセットをインポート</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annotation file (COCO, SA-V) or dataset folder (DAVIS, SA-V)</source>
        <translation>アノテーションファイル (COCO, SA-V) またはデータセットフォルダー (DAVIS, SA-V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: beside the annotations</source>
        <translation>空欄: アノテーションと同じ場所</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SA-V: frames between two annotated frames.</source>
        <translation>SA-V: アノテーション付きフレーム同士の間のフレーム数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations:</source>
        <translation>アノテーション:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Annotation file</source>
        <translation>アノテーションファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset folder</source>
        <translation>データセットフォルダー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Media folder:</source>
        <translation>メディアフォルダー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media folder</source>
        <translation>メディアフォルダー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SA-V frame stride:</source>
        <translation>SA-V フレーム間隔:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the annotations to import.</source>
        <translation>インポートするアノテーションを選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MainWindow</name>
    <message>
        <location filename="../ui/project_files.cpp" line="+20"/>
        <source>SAM 2 Studio projects (*.s2sproj)</source>
        <translation>SAM 2 Studio プロジェクト (*.s2sproj)</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="+40"/>
        <location line="+27"/>
        <source>The model could not be loaded: %1</source>
        <translation>モデルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+137"/>
        <location line="+407"/>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>&amp;New project</source>
        <translation>新規プロジェクト(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open media…</source>
        <translation>メディアを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;folder of images…</source>
        <translation>画像フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a frame f&amp;older (video)…</source>
        <translation>フレームフォルダー（動画）を開く(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;project…</source>
        <translation>プロジェクトを開く(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save project</source>
        <translation>プロジェクトを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save project &amp;as…</source>
        <translation>名前を付けてプロジェクトを保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export dataset…</source>
        <translation>データセットをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import dataset…</source>
        <translation>データセットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+396"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
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
        <translation>やり直す(&amp;R)</translation>
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
        <translation>最後のプロンプトを取り消す(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected object&apos;s last point or box and segment again (Backspace)</source>
        <translation>選択したオブジェクトの最後の点またはボックスを削除して再度セグメンテーションします (Backspace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New object</source>
        <translation>新しいオブジェクト(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next click or stroke starts a new object (N)</source>
        <translation>次のクリックまたはストロークで新しいオブジェクトを開始します (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete object</source>
        <translation>オブジェクトを削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next mask &amp;candidate</source>
        <translation>次のマスク候補(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle through the three masks of a single click (M)</source>
        <translation>1 回のクリックで得られる 3 つのマスクを順に切り替えます (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide / show object</source>
        <translation>オブジェクトの表示/非表示(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select ne&amp;xt object</source>
        <translation>次のオブジェクトを選択(&amp;X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select pre&amp;vious object</source>
        <translation>前のオブジェクトを選択(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Review mode</source>
        <translation>レビューモード(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step through the masks nobody reviewed; Y accepts, X flags (Ctrl+R)</source>
        <translation>未レビューのマスクを順に確認します。Y で承認、X でフラグ (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Accept</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag for a fix</source>
        <translation>修正フラグを付ける(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the whole &amp;masklet</source>
        <translation>マスクレット全体を承認(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next to review</source>
        <translation>次のレビュー対象(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous to review</source>
        <translation>前のレビュー対象(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next p&amp;roblem</source>
        <translation>次の問題(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give class %1</source>
        <translation>クラス %1 を割り当て</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected object the class number %1 of the class list</source>
        <translation>選択中のオブジェクトにクラスリストのクラス番号 %1 を割り当てます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment &amp;everything</source>
        <translation>すべてをセグメンテーション(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose masks for everything in the image or frame on screen (Ctrl+Shift+A)</source>
        <translation>表示中の画像またはフレームのすべてにマスクを提案 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Click</source>
        <translation>クリック(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click tool (C): left click adds a positive point, right or Shift+click a negative one</source>
        <translation>クリックツール (C): 左クリックで正の点、右クリックまたは Shift+クリックで負の点を追加します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bo&amp;x</source>
        <translation>ボックス(&amp;X)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box tool (R): drag a box</source>
        <translation>ボックスツール (R): ドラッグしてボックスを描きます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brush</source>
        <translation>ブラシ(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush (B): paint onto the selected mask; [ and ] change the size</source>
        <translation>ブラシ (B): 選択したマスクに描きます。[ と ] でサイズを変更します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eraser</source>
        <translation>消しゴム(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser (E): paint off the selected mask</source>
        <translation>消しゴム (E): 選択したマスクを塗って消します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Polygon</source>
        <translation>ポリゴン(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon (P): click vertices, double-click or Enter to close</source>
        <translation>ポリゴン (P): 頂点をクリックし、ダブルクリックまたは Enter で閉じます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;an</source>
        <translation>パン(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan (V): drag to move; Space+drag or the middle button pan with any tool</source>
        <translation>パン (V): ドラッグで移動します。どのツールでも Space+ドラッグまたは中ボタンでパンできます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;vertices</source>
        <translation>頂点を編集(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit vertices (G): the selected mask as polygons; drag a vertex, click an edge to add one, right-click to delete one, Shift+drag to move a ring; Enter applies, Esc drops the edits</source>
        <translation>頂点を編集 (G): 選択したマスクをポリゴンとして編集します。頂点をドラッグ、辺をクリックで頂点を追加、右クリックで削除、Shift+ドラッグでリングを移動。Enter で適用、Esc で編集を破棄</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bigger brush</source>
        <translation>ブラシを大きく</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller brush</source>
        <translation>ブラシを小さく</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hover preview</source>
        <translation>ホバープレビュー(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the mask a click would give under the pointer</source>
        <translation>ポインター位置でクリックした場合のマスクを表示します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fit to window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next item</source>
        <translation>次の項目(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next item (D or Page Down)</source>
        <translation>次の項目 (D または Page Down)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous item</source>
        <translation>前の項目(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous item (A or Page Up)</source>
        <translation>前の項目 (A または Page Up)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose &amp;checkpoint…</source>
        <translation>チェックポイントを選択(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose model &amp;config (YAML)…</source>
        <translation>モデル設定 (YAML) を選択(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download official checkpoints…</source>
        <translation>公式チェックポイントをダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SAM 2 Studio</source>
        <translation>SAM 2 Studio について(&amp;A)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+4"/>
        <source>Brush radius %1 px</source>
        <translation>ブラシ半径 %1 px</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About SAM 2 Studio</source>
        <translation>SAM 2 Studio について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;SAM 2 Studio %1&lt;/b&gt;&lt;p&gt;Build segmentation datasets from images and videos with Segment Anything 2 (Meta).&lt;/p&gt;</source>
        <translation>&lt;b&gt;SAM 2 Studio %1&lt;/b&gt;&lt;p&gt;Segment Anything 2 (Meta) で画像と動画からセグメンテーション用データセットを作成します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;utosave every</source>
        <translation>自動保存の間隔(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Give class</source>
        <translation>クラスを割り当て(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Review</source>
        <translation>レビュー(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Timeline shows</source>
        <translation>タイムラインの表示(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every mask</source>
        <translation>すべてのマスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed</source>
        <translation>未レビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a fix</source>
        <translation>要修正</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="+90"/>
        <source>&amp;Device</source>
        <translation>デバイス(&amp;D)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 GiB</source>
        <translation>、%1 GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU %1: %2%3</source>
        <translation>GPU %1: %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build of LibTorch has no CUDA, or no GPU is present.</source>
        <translation>この LibTorch には CUDA がないか、GPU がありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no bfloat16 arithmetic (that needs an Ampere or later GPU); float16 is the fast precision there.</source>
        <translation>%1 は bfloat16 演算に対応していません(Ampere 以降の GPU が必要です)。この GPU では float16 が高速な精度です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>float16 is for GPUs without bfloat16; on the CPU use bfloat16 or float32.</source>
        <translation>float16 は bfloat16 のない GPU 向けです。CPU では bfloat16 か float32 を使ってください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Precision</source>
        <translation>精度(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full (float32)</source>
        <translation>標準 (float32)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fast (bfloat16)</source>
        <translation>高速 (bfloat16)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Needs a CPU with AVX-512: on this CPU bfloat16 would be about 30 times slower than float32.</source>
        <translation>AVX-512 対応の CPU が必要です。この CPU では bfloat16 は float32 より約 30 倍遅くなります。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This CPU has no native bfloat16: on the CPU this is slower than float32 (it helps on a CUDA GPU).</source>
        <translation>この CPU は bfloat16 をネイティブに扱えません。CPU では float32 より遅くなります (CUDA GPU では有効です)。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+7"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vertices</source>
        <translation>頂点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simplification: vertices may be this far from the mask&apos;s border (0: every corner)</source>
        <translation>簡略化: 頂点がマスクの境界から離れてよい距離 (0: すべての角)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tolerance:</source>
        <translation>許容誤差:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the edited polygons as the mask (Enter)</source>
        <translation>編集したポリゴンをマスクとして保存 (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop edits</source>
        <translation>編集を破棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the mask as it is (Esc)</source>
        <translation>現在のマスクに戻す (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 vertices, IoU %2 with the mask</source>
        <translation>頂点 %1 個、マスクとの IoU %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an object with a mask on this frame</source>
        <translation>このフレームでマスクのあるオブジェクトを選択してください</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment everything</source>
        <translation>すべてをセグメンテーション</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Review: %n frame(s) left</source>
        <translation>
            <numerusform>レビュー: 残り %n フレーム</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/project_files.cpp" line="+31"/>
        <source>30 seconds</source>
        <translation>30 秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 minute</source>
        <translation>1 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 minutes</source>
        <translation>2 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes</source>
        <translation>5 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 minutes</source>
        <translation>10 分</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+33"/>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SAM 2 Studio</source>
        <translation>SAM 2 Studio</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="-216"/>
        <source>Model: %1 on %2, %3</source>
        <translation>モデル: %1 (%2、%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1 on %2</source>
        <translation>モデル: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (GPU memory %1 GiB in use)</source>
        <translation>(GPU メモリ使用量 %1 GiB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model: loading…</source>
        <translation>モデル: 読み込み中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: none</source>
        <translation>モデル: なし</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CUDA is not available in this build; using the CPU.</source>
        <translation>このビルドでは CUDA を利用できないため、CPU を使用します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no GPU %1 on this machine; using the CPU.</source>
        <translation>このマシンに GPU %1 はありません。CPU を使用します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This CPU has no AVX-512 for bfloat16; using float32.</source>
        <translation>この CPU には bfloat16 用の AVX-512 がないため、float32 を使用します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Using %2.</source>
        <translation>%1 %2 を使用します。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a SAM 2 checkpoint</source>
        <translation>SAM 2 チェックポイントを選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch checkpoints (*.pt *.pth)</source>
        <translation>PyTorch チェックポイント (*.pt *.pth)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a checkpoint first.</source>
        <translation>先にチェックポイントを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the model config</source>
        <translation>モデル設定を選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAM 2 configs (*.yaml *.yml)</source>
        <translation>SAM 2 設定 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Fast on older GPUs (float16)</source>
        <translation>旧世代 GPU で高速 (float16)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About twice as fast here; masks differ slightly from float32.</source>
        <translation>ここでは約 2 倍高速です。マスクは float32 とわずかに異なります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For GPUs without bfloat16 (before Ampere): about twice as fast there; masks differ slightly from float32.</source>
        <translation>bfloat16 のない GPU(Ampere より前)向け: そこでは約 2 倍高速です。マスクは float32 とわずかに異なります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SAM 2&apos;s own precision: the reference&apos;s masks.</source>
        <translation>SAM 2 本来の精度: リファレンスと同じマスク。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+30"/>
        <source>%1: no images in this folder</source>
        <translation>%1: このフォルダーに画像がありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add media</source>
        <translation>メディアを追加</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Some media could not be opened:
%1</source>
        <translation>一部のメディアを開けませんでした:
%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open images or videos</source>
        <translation>画像または動画を開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.webm);;All files (*)</source>
        <translation>画像と動画 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.webm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of images</source>
        <translation>画像フォルダーを開く</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of video frames</source>
        <translation>動画フレームのフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../ui/project_files.cpp" line="+43"/>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recover unsaved changes?</source>
        <translation>保存されていない変更を復元しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes from %2 that were never saved (the application may have stopped unexpectedly). Recover them?</source>
        <translation>%1 には %2 の保存されていない変更があります（アプリケーションが予期せず終了した可能性があります）。復元しますか?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The project was not saved: %1</source>
        <translation>プロジェクトは保存されませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation>プロジェクトに保存されていない変更があります。保存しますか?</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Recover unsaved work?</source>
        <translation>保存されていない作業を復元しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unsaved project from %1 was found (the application may have stopped unexpectedly). Recover it?</source>
        <translation>%1 の保存されていないプロジェクトが見つかりました（アプリケーションが予期せず終了した可能性があります）。復元しますか?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+67"/>
        <source>Negative point (click tool)</source>
        <translation>負の点（クリックツール）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right click or Shift+click</source>
        <translation>右クリックまたは Shift+クリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan with any tool</source>
        <translation>どのツールでもパン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space+drag or middle drag</source>
        <translation>Space+ドラッグまたは中ボタンでドラッグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom at the pointer</source>
        <translation>ポインター位置でズーム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mouse wheel</source>
        <translation>マウスホイール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close polygon / cancel</source>
        <translation>ポリゴンを閉じる / キャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter or double-click / Esc</source>
        <translation>Enter またはダブルクリック / Esc</translation>
    </message>
    <message>
        <location filename="../ui/video_ui.cpp" line="+20"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video</source>
        <translation>動画(&amp;V)</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MaskletHistoryDialog</name>
    <message>
        <location filename="../ui/masklet_history_dialog.cpp" line="+16"/>
        <source>Masklet history</source>
        <translation>マスクレット履歴</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last %1 versions of %2, newest last, compared with its masks now.</source>
        <translation>%2 の最新 %1 バージョン（新しいものが最後）と現在のマスクとの比較。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object %1</source>
        <translation>オブジェクト %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frames differing</source>
        <translation>異なるフレーム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean IoU with now</source>
        <translation>現在との平均 IoU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show first difference</source>
        <translation>最初の差分を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this version</source>
        <translation>このバージョンを復元</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none (current)</source>
        <translation>なし（現在）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (frames %2-%3)</source>
        <translation>%1（フレーム %2-%3）</translation>
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
        <location filename="../ui/object_list_panel.cpp" line="+39"/>
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
        <location line="+0"/>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Masks accepted of all masks; ✗ counts those flagged for a fix</source>
        <translation>全マスク中の承認済みマスク数。✗ は修正フラグ付きの数</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+83"/>
        <source>Object %1</source>
        <translation>オブジェクト %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review: %1</source>
        <translation>レビュー: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 accepted, %2 need a fix, %3 not reviewed</source>
        <translation>承認 %1、要修正 %2、未レビュー %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no class)</source>
        <translation>（クラスなし）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Object colour</source>
        <translation>オブジェクトの色</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ReviewController</name>
    <message numerus="yes">
        <location filename="../ui/review_controller.cpp" line="+56"/>
        <source>Review mode: %n frame(s) to review. Y accepts, X flags for a fix, U goes to the next.</source>
        <translation>
            <numerusform>レビューモード: レビュー対象は %n フレームです。Y で承認、X で修正フラグ、U で次へ。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The selected object has no mask on this frame.</source>
        <translation>選択中のオブジェクトには、このフレームのマスクがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This frame has no masks to review.</source>
        <translation>このフレームにはレビューするマスクがありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an object first.</source>
        <translation>先にオブジェクトを選択してください。</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+2"/>
        <source>Every mask has been reviewed.</source>
        <translation>すべてのマスクをレビューしました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mask is flagged for a fix or has a low score.</source>
        <translation>修正フラグ付きまたは低スコアのマスクはありません。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ShortcutMap</name>
    <message>
        <location filename="../ui/shortcut_map.cpp" line="+90"/>
        <source>There is no action named %1.</source>
        <translation>%1 という名前のアクションはありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already the shortcut of “%2”. Give that action another key first.</source>
        <translation>%1 はすでに「%2」のショートカットです。先にそのアクションに別のキーを割り当ててください。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="+25"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search actions and keys</source>
        <translation>アクションとキーを検索</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Assign</source>
        <translation>割り当て(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;all</source>
        <translation>すべてリセット(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New key:</source>
        <translation>新しいキー:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Changed; the default is %1</source>
        <translation>変更済み。既定値は %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+15"/>
        <location line="+8"/>
        <source>Choose an action in the list first.</source>
        <translation>先にリストからアクションを選択してください。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/timeline_widget.cpp" line="+312"/>
        <source>&amp;Play / pause</source>
        <translation>再生 / 一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause the video (K)</source>
        <translation>動画を再生または一時停止 (K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious frame</source>
        <translation>前のフレーム(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame (Left or ,)</source>
        <translation>前のフレーム (← または ,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt frame</source>
        <translation>次のフレーム(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame (Right or .)</source>
        <translation>次のフレーム (→ または .)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous &amp;keyframe</source>
        <translation>前のキーフレーム(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame with a person-made mask (Shift+Left)</source>
        <translation>人が作成したマスクのある前のフレーム (Shift+←)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next k&amp;eyframe</source>
        <translation>次のキーフレーム(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame with a person-made mask (Shift+Right)</source>
        <translation>人が作成したマスクのある次のフレーム (Shift+→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;problem</source>
        <translation>次の問題箇所(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame where a tracked mask has low confidence or the object was lost (J)</source>
        <translation>追跡マスクの信頼度が低いか、オブジェクトを見失った次のフレーム (J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propagate &amp;forward</source>
        <translation>前方へ伝播(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propagate &amp;backward</source>
        <translation>後方へ伝播(&amp;B)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Track forward from this frame: after a correction only the objects changed here, else every prompted object (Ctrl+P)</source>
        <translation>このフレームから前方へトラッキング: 修正後はここで変更したオブジェクトのみ、それ以外はプロンプトのあるすべてのオブジェクト（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Track backward from this frame: after a correction only the objects changed here, else every prompted object (Ctrl+Shift+P)</source>
        <translation>このフレームから後方へトラッキング: 修正後はここで変更したオブジェクトのみ、それ以外はプロンプトのあるすべてのオブジェクト（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propagate both &amp;ways</source>
        <translation>両方向へ伝播(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track forward, then backward from this frame (Ctrl+Alt+P)</source>
        <translation>このフレームから前方、次に後方へ追跡 (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel propagation</source>
        <translation>伝播をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop tracking before the next frame; computed frames are kept (Ctrl+.)</source>
        <translation>次のフレームの前で追跡を停止します。計算済みのフレームは保持されます (Ctrl+.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show frames while tracking</source>
        <translation>追跡中にフレームを表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The canvas follows a propagation as frames are computed</source>
        <translation>フレームが計算されるにつれてキャンバスが伝播に追従します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear object from this frame on</source>
        <translation>このフレーム以降のオブジェクトを消去(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected object&apos;s masks from this frame to the end (Shift+Del)</source>
        <translation>選択したオブジェクトのマスクをこのフレームから最後まで削除 (Shift+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;prompts on this frame</source>
        <translation>このフレームのプロンプトを消去(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected object&apos;s clicks on this frame are dropped; the frame becomes a tracked one (SAM 2&apos;s clear_all_prompts_in_frame)</source>
        <translation>選択中のオブジェクトのこのフレームでのクリックを破棄し、トラッキングされたフレームにします（SAM 2 の clear_all_prompts_in_frame）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-track &amp;every object forward</source>
        <translation>すべてのオブジェクトを前方へ再トラッキング(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track every object from this frame to the end, whatever changed</source>
        <translation>何が変わったかに関係なく、このフレームから最後まですべてのオブジェクトをトラッキング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masklet &amp;history…</source>
        <translation>マスクレット履歴(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the selected object&apos;s last versions and restore one (Ctrl+Shift+H)</source>
        <translation>選択中のオブジェクトの最近のバージョンを比較して復元（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-track only what changed</source>
        <translation>変更された部分だけを再トラッキング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a correction, Propagate tracks only the objects changed on this frame, up to their next keyframe, and stops once %1 frames agree with the stored masks</source>
        <translation>修正後、伝播はこのフレームで変更されたオブジェクトだけを次のキーフレームまでトラッキングし、%1 フレームが保存済みマスクと一致した時点で停止します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep corrections as keyframes</source>
        <translation>修正をキーフレームとして保持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click on a tracked frame becomes a conditioning frame that later propagations keep (add_all_frames_to_correct_as_cond)</source>
        <translation>トラッキング済みフレームでのクリックを、以後の伝播が保持する条件フレームにします（add_all_frames_to_correct_as_cond）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop tracked memory around corrections</source>
        <translation>修正の周辺のトラッキング記憶を破棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracked frames near a correction leave the object&apos;s memory, so they do not pull it back (clear_non_cond_mem_around_input)</source>
        <translation>修正付近のトラッキング済みフレームをオブジェクトの記憶から外し、修正が引き戻されないようにします（clear_non_cond_mem_around_input）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…also with several objects</source>
        <translation>…複数オブジェクトでも</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear that memory per object when the video has several objects (clear_non_cond_mem_for_multi_obj); off: only with a single object, as SAM 2&apos;s legacy predictor</source>
        <translation>動画に複数のオブジェクトがある場合もオブジェクトごとにその記憶を消去します（clear_non_cond_mem_for_multi_obj）。オフ: SAM 2 の旧予測器のように単一オブジェクトの場合のみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One object per pixel</source>
        <translation>1 ピクセルに 1 オブジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where objects overlap, only the most confident keeps the pixel (non_overlap_masks)</source>
        <translation>オブジェクトが重なる場所では、最も確信度の高いものだけがそのピクセルを持ちます（non_overlap_masks）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select an object to see its masklet history.</source>
        <translation>マスクレット履歴を見るにはオブジェクトを選択してください。</translation>
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
        <translation>次の問題箇所</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forward</source>
        <translation>前方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>後方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both ways</source>
        <translation>両方向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole video</source>
        <translation>動画全体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next N frames</source>
        <translation>次の N フレーム</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Propagate</source>
        <translation>伝播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track every prompted object from this frame (Ctrl+P forward)</source>
        <translation>このフレームからプロンプトを与えたすべてのオブジェクトを追跡 (Ctrl+P で前方)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v / %m frames</source>
        <translation>%v / %m フレーム</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>❚❚</source>
        <translation>❚❚</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Frame %1 / %2</source>
        <translation>フレーム %1 / %2</translation>
    </message>
</context>
<context>
    <name>s2s::ui::TimelineView</name>
    <message>
        <location line="-402"/>
        <source>Open a video or a frame folder to see its timeline.</source>
        <translation>タイムラインを表示するには、動画またはフレームフォルダーを開いてください。</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+41"/>
        <location line="+53"/>
        <source>Object %1</source>
        <translation>オブジェクト %1</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>tracked as absent</source>
        <translation>不在として追跡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no mask</source>
        <translation>マスクなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracked</source>
        <translation>追跡済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected by hand</source>
        <translation>手動で修正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <translation>インポート済み</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>prompted (%n point(s))</source>
        <translation>
            <numerusform>プロンプト済み（%n 点）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, box</source>
        <translation>、ボックス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame %1 · %2: %3</source>
        <translation>フレーム %1 · %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Predicted IoU %1, presence score %2</source>
        <translation>
予測 IoU %1、存在スコア %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Predicted IoU %1</source>
        <translation>
予測 IoU %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Accepted by %1 (%2)</source>
        <translation>
承認者: %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>
Flagged for a fix by %1 (%2)</source>
        <translation>
修正フラグ設定者: %1 (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 from frame %2 on</source>
        <translation>フレーム %2 以降の %1 を消去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the whole video</source>
        <translation>動画全体から %1 を削除</translation>
    </message>
</context>
<context>
    <name>s2s::ui::VideoController</name>
    <message>
        <location filename="../ui/video_controller.cpp" line="+190"/>
        <source>No keyframe after this frame.</source>
        <translation>このフレームより後にキーフレームはありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keyframe before this frame.</source>
        <translation>このフレームより前にキーフレームはありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No frame with a low-confidence or lost mask.</source>
        <translation>信頼度の低いマスクや見失ったマスクのあるフレームはありません。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Load a SAM 2 checkpoint first (Model menu).</source>
        <translation>先に SAM 2 チェックポイントを読み込んでください（モデル メニュー）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a video or a frame folder to track objects.</source>
        <translation>オブジェクトを追跡するには、動画またはフレームフォルダーを開いてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A propagation is already running.</source>
        <translation>伝播はすでに実行中です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the last prompt&apos;s mask, then propagate.</source>
        <translation>最後のプロンプトのマスクを待ってから伝播してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to track: click on an object first.</source>
        <translation>追跡するものがありません: まずオブジェクトをクリックしてください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tracking…</source>
        <translation>追跡中…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Clear masks from frame %1 on</source>
        <translation>フレーム %1 以降のマスクを消去</translation>
    </message>
</context>
</TS>
