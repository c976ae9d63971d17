<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MaskletHistory</name>
    <message>
        <location filename="../annotation/masklet_history.cpp" line="+90"/>
        <source>Restore masklet version (%1)</source>
        <translation>恢复掩码轨迹版本 (%1)</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../ui/model_files.cpp" line="+44"/>
        <source>No SAM 2 checkpoint is loaded, so clicks and boxes cannot segment yet (brush, eraser and polygon work). Get one of the official files %1 (tiny is the quickest) from https://dl.fbaipublicfiles.com/segment_anything_2/092824/ and put it in %2, or choose any SAM 2 checkpoint with Model ▸ Choose checkpoint. Model ▸ Download official checkpoints fetches them for you.</source>
        <translation>尚未加载 SAM 2 检查点，因此点击和框选还无法分割（画笔、橡皮擦和多边形可以使用）。请从 https://dl.fbaipublicfiles.com/segment_anything_2/092824/ 获取官方文件 %1 之一（tiny 最快）并放入 %2，或通过“模型 ▸ 选择检查点”选择任意 SAM 2 检查点。“模型 ▸ 下载官方检查点”可以为您自动下载。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+146"/>
        <source>Segmentation datasets from images and videos with SAM 2.</source>
        <translation>使用 SAM 2 从图像和视频构建分割数据集。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SAM 2 checkpoint (.pt) to load.</source>
        <translation>要加载的 SAM 2 检查点 (.pt)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model config YAML for the checkpoint.</source>
        <translation>检查点对应的模型配置 YAML。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cpu or cuda.</source>
        <translation>cpu 或 cuda。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment a new object at image pixel X,Y.</source>
        <translation>在图像像素 X,Y 处分割一个新对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window once the media is shown, then exit.</source>
        <translation>媒体显示后保存窗口截图，然后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images, videos, folders or a .s2sproj project.</source>
        <translation>图像、视频、文件夹或 .s2sproj 项目。</translation>
    </message>
</context>
<context>
    <name>s2s::AutoMaskletJob</name>
    <message>
        <location filename="../annotation/worker/auto_masklets.cpp" line="+83"/>
        <source>There is no such video in the project.</source>
        <translation>项目中没有该视频。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic masklets need a video or a frame folder; use Segment everything on an image.</source>
        <translation>自动 masklet 需要视频或帧文件夹；图像请使用“分割全部”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking is running; wait for it to end or cancel it.</source>
        <translation>正在跟踪；请等待其结束或取消。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Segmenting everything on frame %1</source>
        <translation>正在分割第 %1 帧的全部对象</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The video was removed from the project.</source>
        <translation>该视频已从项目中移除。</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Automatic masklets on frame %1 (%n new)</source>
        <translation>
            <numerusform>第 %1 帧的自动 masklet（新增 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tracking frames %1-%2</source>
        <translation>正在跟踪第 %1-%2 帧</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Tracking could not start.</source>
        <translation>无法开始跟踪。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Tracking the masklets found on frame %1 back to frame %2</source>
        <translation>将第 %1 帧发现的 masklet 反向跟踪到第 %2 帧</translation>
    </message>
</context>
<context>
    <name>s2s::Autosave</name>
    <message>
        <location filename="../annotation/autosave.cpp" line="+64"/>
        <source>cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>s2s::Commands</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+38"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add class %1</source>
        <translation>添加类别 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit class %1</source>
        <translation>编辑类别 %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove class %1</source>
        <translation>移除类别 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add object</source>
        <translation>添加对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add object %1</source>
        <translation>添加对象 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename object to %1</source>
        <translation>将对象重命名为 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change class of %1</source>
        <translation>更改 %1 的类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change colour of %1</source>
        <translation>更改 %1 的颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>隐藏 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit attributes of %1</source>
        <translation>编辑 %1 的属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete object %1</source>
        <translation>删除对象 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set mask on frame %1</source>
        <translation>设置第 %1 帧的掩码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase mask on frame %1</source>
        <translation>擦除第 %1 帧的掩码</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Set %n mask(s)</source>
        <translation>
            <numerusform>设置 %n 个掩码</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Clear masks from frame %1 on</source>
        <translation>清除从第 %1 帧起的掩码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear masks of frames %1-%2</source>
        <translation>清除第 %1–%2 帧的掩码</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Accept %n mask(s)</source>
        <translation>
            <numerusform>接受 %n 个掩码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Flag %n mask(s) for a fix</source>
        <translation>
            <numerusform>将 %n 个掩码标记为待修正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Clear the review of %n mask(s)</source>
        <translation>
            <numerusform>清除 %n 个掩码的审阅状态</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ImageModel</name>
    <message>
        <location filename="../annotation/worker/image_model.cpp" line="+75"/>
        <source>No checkpoint was chosen.</source>
        <translation>未选择检查点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checkpoint %1 does not exist.</source>
        <translation>检查点 %1 不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model config %1 does not exist.</source>
        <translation>模型配置 %1 不存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
</context>
<context>
    <name>s2s::ImportDatasetCommand</name>
    <message>
        <location filename="../export/import_command.cpp" line="+20"/>
        <source>Import a dataset</source>
        <translation>导入数据集</translation>
    </message>
</context>
<context>
    <name>s2s::InferenceWorker</name>
    <message>
        <location filename="../annotation/worker/inference_worker.cpp" line="+189"/>
        <source>Internal error: the model was asked to load on the GUI thread.</source>
        <translation>内部错误：在 GUI 线程中请求加载模型。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading model %1…</source>
        <translation>正在加载模型 %1…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Encoding %1 ahead…</source>
        <translation>正在预先编码 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding %1…</source>
        <translation>正在编码 %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Internal error: encoding was asked on the GUI thread.</source>
        <translation>内部错误：在 GUI 线程中请求编码。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Internal error: segmentation was asked on the GUI thread.</source>
        <translation>内部错误：在 GUI 线程中请求分割。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded. Choose a SAM 2 checkpoint in Model ▸ Choose checkpoint.</source>
        <translation>未加载模型。请在“模型 ▸ 选择检查点”中选择一个 SAM 2 检查点。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segmenting…</source>
        <translation>正在分割…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Internal error: automatic masks were asked on the GUI thread.</source>
        <translation>内部错误：在界面线程上请求了自动掩码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Segmenting everything in %1…</source>
        <translation>正在分割 %1 中的全部内容…</translation>
    </message>
</context>
<context>
    <name>s2s::Languages</name>
    <message>
        <location filename="app_translations.cpp" line="+61"/>
        <source>System language</source>
        <comment>language menu entry: follow the desktop&apos;s language</comment>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>s2s::VideoEditor</name>
    <message>
        <location filename="../annotation/worker/video_editor.cpp" line="+21"/>
        <source>The model could not be loaded for video: %1</source>
        <translation>无法为视频加载模型：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a video or a frame folder to track objects.</source>
        <translation>打开视频或帧文件夹以跟踪对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load a SAM 2 checkpoint first (Model menu).</source>
        <translation>请先加载 SAM 2 检查点（“模型”菜单）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Click on the object or draw a box around it.</source>
        <translation>点击对象或在其周围画一个框。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no object %1 on this video.</source>
        <translation>此视频中没有对象 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for tracking to finish (or cancel it), then correct.</source>
        <translation>请等待跟踪完成（或取消），然后再修正。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This frame has no prompts of that object.</source>
        <translation>此帧没有该对象的提示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for tracking to finish (or cancel it).</source>
        <translation>请等待跟踪完成（或取消）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The video was closed.</source>
        <translation>视频已关闭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model gave no mask for this object.</source>
        <translation>模型没有为此对象给出掩码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not clear the prompts: %1</source>
        <translation>无法清除提示：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segmentation failed: %1</source>
        <translation>分割失败：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Clear prompts on frame %1</source>
        <translation>清除第 %1 帧的提示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct on frame %1</source>
        <translation>在第 %1 帧修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box prompt</source>
        <translation>框选提示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click prompt</source>
        <translation>点击提示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The object was deleted meanwhile.</source>
        <translation>该对象已在此期间被删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add object</source>
        <translation>添加对象</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not apply the mask: %1</source>
        <translation>无法应用掩码：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A propagation is already running.</source>
        <translation>传播已在进行中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the last prompt&apos;s mask, then propagate.</source>
        <translation>请等待上一个提示的掩码生成后再传播。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to track: click on an object first.</source>
        <translation>没有可跟踪的内容：请先点击一个对象。</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Tracking failed: %1</source>
        <translation>跟踪失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tracking cancelled; %n frame(s) kept.</source>
        <translation>
            <numerusform>跟踪已取消，保留了 %n 帧。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Re-tracked frames %1-%2 (%n frame(s)); other objects unchanged.</source>
        <translation>
            <numerusform>已重新跟踪第 %1-%2 帧（%n 帧）；其他对象未改变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Tracked %n frame(s).</source>
        <translation>
            <numerusform>已跟踪 %n 帧。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, re-tracked frames %2-%3</source>
        <translation>%1，重新跟踪第 %2-%3 帧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-track frames %1-%2</source>
        <translation>重新跟踪第 %1-%2 帧</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Propagate over %n frame(s)</source>
        <translation>
            <numerusform>在 %n 帧上传播</numerusform>
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
        <translation>内部错误：在 GUI 线程中调用了视频模型。</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>The checkpoint %1 does not exist.</source>
        <translation>检查点 %1 不存在。</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A mask on frame %1 does not have the video&apos;s size.</source>
        <translation>第 %1 帧的掩码与视频尺寸不一致。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+120"/>
        <location line="+35"/>
        <source>No model is loaded for video tracking.</source>
        <translation>未加载用于视频跟踪的模型。</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Nothing to track: prompt an object on a frame first.</source>
        <translation>没有可跟踪的内容：请先在某一帧上为对象添加提示。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Frame %1 is outside the video.</source>
        <translation>第 %1 帧超出视频范围。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::Annotator</name>
    <message>
        <location filename="../ui/annotator.cpp" line="+26"/>
        <location line="+91"/>
        <source>Cannot show %1: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Select an object first, then press a class number.</source>
        <translation>请先选择一个对象，然后按类别编号。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>There is no class %1: the project has %n class(es).</source>
        <translation>
            <numerusform>不存在类别 %1：项目共有 %n 个类别。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The polygons cover no pixel; delete the object instead.</source>
        <translation>多边形未覆盖任何像素；请改为删除该对象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit vertices</source>
        <translation>编辑顶点</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation>模型仍在加载中，请稍后再试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SAM 2 model is loaded: choose a checkpoint in Model ▸ Choose checkpoint. Brush, eraser and polygon work without one.</source>
        <translation>未加载 SAM 2 模型：请在“模型 ▸ 选择检查点”中选择一个检查点。画笔、橡皮擦和多边形无需模型即可使用。</translation>
    </message>
    <message>
        <location line="+169"/>
        <location line="+184"/>
        <source>Add object</source>
        <translation>添加对象</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Box prompt</source>
        <translation>框选提示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click prompt</source>
        <translation>点击提示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not apply the mask: %1</source>
        <translation>无法应用掩码：%1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Segmentation failed: %1</source>
        <translation>分割失败：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Object %1</source>
        <translation>对象 %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Ready: click to segment.</source>
        <translation>就绪：点击即可分割。</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+22"/>
        <source>Could not edit the mask: %1</source>
        <translation>无法编辑掩码：%1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No alternative masks: a single click gives three candidates.</source>
        <translation>没有备选掩码：单次点击会给出三个候选。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose mask candidate %1</source>
        <translation>选择候选掩码 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mask candidate %1 of %2 (score %3)</source>
        <translation>候选掩码 %1/%2（得分 %3）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove last prompt</source>
        <translation>移除上一个提示</translation>
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
        <translation>单击提示网格每边的点数 (points_per_side)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points per side</source>
        <translation>每边点数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop masks whose predicted IoU is not above this (pred_iou_thresh)</source>
        <translation>丢弃预测 IoU 不高于此值的掩码 (pred_iou_thresh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted IoU above</source>
        <translation>预测 IoU 高于</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop masks whose stability score is below this (stability_score_thresh)</source>
        <translation>丢弃稳定性分数低于此值的掩码 (stability_score_thresh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stability at least</source>
        <translation>稳定性至少</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run again on 4, 16, ... crops for small objects (crop_n_layers)</source>
        <translation>为小物体在 4、16、… 个裁剪区域上再次运行 (crop_n_layers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop layers</source>
        <translation>裁剪层数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill holes and remove islands up to this area (min_mask_region_area)</source>
        <translation>填补并移除不超过此面积的孔洞和孤岛 (min_mask_region_area)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean regions up to</source>
        <translation>清理区域上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refine each mask once (use_m2m)</source>
        <translation>每个掩码细化一次 (use_m2m)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment everything</source>
        <translation>分割全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames</source>
        <translation> 帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first frame only</source>
        <translation>仅第一帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole video: run the generator on the first frame and every this many frames; later keyframes add only objects that overlap no masklet there</source>
        <translation>整段视频：在第一帧及每隔此帧数运行生成器；之后的关键帧只添加与现有 masklet 不重叠的对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masklets for the whole video</source>
        <translation>整段视频的 masklet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposals</source>
        <translation>候选</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum area</source>
        <translation>最小面积</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum predicted IoU</source>
        <translation>最小预测 IoU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum stability</source>
        <translation>最小稳定性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+338"/>
        <source>Keep selected</source>
        <translation>保留所选</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open an image or a video frame first.</source>
        <translation>请先打开图像或视频帧。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+47"/>
        <source>Load a model first (Model ▸ Choose checkpoint).</source>
        <translation>请先加载模型（模型 ▸ 选择检查点）。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Segment everything: %1</source>
        <translation>分割全部：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open a video or a frame folder first.</source>
        <translation>请先打开视频或帧文件夹。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Automatic masklets failed: %1</source>
        <translation>自动 masklet 失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Automatic masklets cancelled; %n masklet(s) made so far are kept (Undo removes them).</source>
        <translation>
            <numerusform>已取消自动 masklet；已生成的 %n 个将保留（撤销可删除）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n automatic masklet(s) from %1 keyframe(s).</source>
        <translation>
            <numerusform>从 %1 个关键帧得到 %n 个自动 masklet。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Segment everything finished on a frame no longer shown; run it again here.</source>
        <translation>“分割全部”在已不再显示的帧上完成；请在此处重新运行。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n mask(s) proposed: click to keep or drop, then Keep selected.</source>
        <translation>
            <numerusform>已提出 %n 个掩码：点击以保留或丢弃，然后点“保留所选”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>frame %1: %2</source>
        <translation>第 %1 帧：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segment everything cancelled.</source>
        <translation>已取消“分割全部”。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment everything failed: %1</source>
        <translation>“分割全部”失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Keep %n automatic mask(s)</source>
        <translation>
            <numerusform>保留 %n 个自动掩码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Kept %n automatic mask(s) as objects.</source>
        <translation>
            <numerusform>已将 %n 个自动掩码保留为对象。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 shown, %3 selected</source>
        <translation>显示 %2 个中的 %1 个，已选 %3 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No proposals</source>
        <translation>没有候选</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Keep %n selected</source>
        <translation>
            <numerusform>保留所选的 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ui::CheckpointDownloadDialog</name>
    <message>
        <location filename="../ui/checkpoint_download_dialog.cpp" line="+19"/>
        <source>Download SAM 2.1 checkpoints</source>
        <translation>下载 SAM 2.1 检查点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official checkpoints from Meta (dl.fbaipublicfiles.com). They are saved in %1.</source>
        <translation>Meta 官方检查点 (dl.fbaipublicfiles.com)，保存在 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (installed)</source>
        <translation>（已安装）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download</source>
        <translation>下载</translation>
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
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>s2s::ui::CheckpointDownloader</name>
    <message>
        <location filename="../ui/checkpoint_downloader.cpp" line="+34"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server answered with an unexpected byte range (%1).</source>
        <translation>服务器返回了意外的字节范围 (%1)。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Download cancelled; it resumes where it stopped next time.</source>
        <translation>下载已取消，下次将从中断处继续。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach %1 (%2). Are you offline? Download %3 with a browser and put it in %4, or try again later (the download resumes).</source>
        <translation>无法连接 %1 (%2)。是否处于离线状态？请用浏览器下载 %3 并放入 %4，或稍后重试（下载会继续）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the download of %1 (HTTP %2: %3).</source>
        <translation>服务器拒绝下载 %1 (HTTP %2：%3)。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The download of %1 is incomplete: %2 of %3 bytes. Try again; it resumes.</source>
        <translation>%1 下载不完整：%2 / %3 字节。请重试，下载会继续。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not move the download to %1.</source>
        <translation>无法将下载的文件移动到 %1。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ClassListPanel</name>
    <message>
        <location filename="../ui/class_list_panel.cpp" line="+28"/>
        <source>Classes of the project. New objects get the selected class. Double-click to rename.</source>
        <translation>项目的类别。新对象使用所选类别。双击可重命名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Key %1 gives the selected object this class</source>
        <translation>按键 %1 将此类别分配给所选对象</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Class colour</source>
        <translation>类别颜色</translation>
    </message>
</context>
<context>
    <name>s2s::ui::DatasetJobs</name>
    <message>
        <location filename="../ui/dataset_jobs.cpp" line="+51"/>
        <location line="+70"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Exporting %1 to %2…</source>
        <translation>正在将 %1 导出到 %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing %1 from %2…</source>
        <translation>正在从 %2 导入 %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import dataset</source>
        <translation>导入数据集</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported %1 of %2 to %3.</source>
        <translation>已将 %2 中的 %1 导出到 %3。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+29"/>
        <source>%n mask(s)</source>
        <translation>
            <numerusform>%n 个掩码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>导入已取消；项目未更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1 and %2.</source>
        <translation>已导入 %1 和 %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n 个对象</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2s::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dataset_dialogs.cpp" line="+61"/>
        <source>Export dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder the dataset is written to</source>
        <translation>数据集的写入文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format default</source>
        <translation>格式默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every n-th frame of a video. The default is 4 for SA-V, 1 for the others.</source>
        <translation>视频中每隔 n 帧取一帧。SA-V 默认为 4，其他格式默认为 1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygons instead of RLE (COCO)</source>
        <translation>使用多边形而非 RLE (COCO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the images and frames beside the labels</source>
        <translation>将图像和帧写入标签旁边</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the item shown</source>
        <translation>仅当前显示的项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the folder&apos;s contents if it is not empty</source>
        <translation>如果文件夹不为空，则替换其内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masklets a reviewer accepted</source>
        <translation>仅审阅者已接受的掩码轨迹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame stride:</source>
        <translation>帧步长：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose the folder to export into.</source>
        <translation>请选择要导出到的文件夹。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ImportDialog</name>
    <message>
        <location line="+17"/>
        <source>Import dataset</source>
        <translation>导入数据集</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annotation file (COCO, SA-V) or dataset folder (DAVIS, SA-V)</source>
        <translation>标注文件 (COCO, SA-V) 或数据集文件夹 (DAVIS, SA-V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: beside the annotations</source>
        <translation>留空：与标注文件同目录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SA-V: frames between two annotated frames.</source>
        <translation>SA-V：两个已标注帧之间的帧数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations:</source>
        <translation>标注：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Annotation file</source>
        <translation>标注文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Media folder:</source>
        <translation>媒体文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media folder</source>
        <translation>媒体文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SA-V frame stride:</source>
        <translation>SA-V 帧步长：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the annotations to import.</source>
        <translation>请选择要导入的标注。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MainWindow</name>
    <message>
        <location filename="../ui/project_files.cpp" line="+20"/>
        <source>SAM 2 Studio projects (*.s2sproj)</source>
        <translation>SAM 2 Studio 项目 (*.s2sproj)</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="+40"/>
        <location line="+27"/>
        <source>The model could not be loaded: %1</source>
        <translation>无法加载模型：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+137"/>
        <location line="+407"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open media…</source>
        <translation>打开媒体(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;folder of images…</source>
        <translation>打开图像文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a frame f&amp;older (video)…</source>
        <translation>打开帧文件夹（视频）(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save project &amp;as…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export dataset…</source>
        <translation>导出数据集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import dataset…</source>
        <translation>导入数据集(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+396"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
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
        <translation>重做(&amp;R)</translation>
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
        <translation>撤销上一个提示(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected object&apos;s last point or box and segment again (Backspace)</source>
        <translation>移除所选对象的最后一个点或框并重新分割 (Backspace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New object</source>
        <translation>新建对象(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next click or stroke starts a new object (N)</source>
        <translation>下一次点击或笔画开始一个新对象 (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete object</source>
        <translation>删除对象(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next mask &amp;candidate</source>
        <translation>下一个候选掩码(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle through the three masks of a single click (M)</source>
        <translation>在单次点击得到的三个掩码之间切换 (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide / show object</source>
        <translation>隐藏/显示对象(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select ne&amp;xt object</source>
        <translation>选择下一个对象(&amp;X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select pre&amp;vious object</source>
        <translation>选择上一个对象(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Review mode</source>
        <translation>审阅模式(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step through the masks nobody reviewed; Y accepts, X flags (Ctrl+R)</source>
        <translation>逐个查看尚未审阅的掩码；Y 接受，X 标记 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag for a fix</source>
        <translation>标记为待修正(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the whole &amp;masklet</source>
        <translation>接受整个掩码轨迹(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next to review</source>
        <translation>下一个待审阅项(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous to review</source>
        <translation>上一个待审阅项(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next p&amp;roblem</source>
        <translation>下一个问题(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give class %1</source>
        <translation>分配类别 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected object the class number %1 of the class list</source>
        <translation>为所选对象分配类别列表中编号为 %1 的类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment &amp;everything</source>
        <translation>分割全部(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose masks for everything in the image or frame on screen (Ctrl+Shift+A)</source>
        <translation>为屏幕上图像或帧中的所有内容提出掩码 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Click</source>
        <translation>点击(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click tool (C): left click adds a positive point, right or Shift+click a negative one</source>
        <translation>点击工具 (C)：左键添加正点，右键或 Shift+点击添加负点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bo&amp;x</source>
        <translation>框选(&amp;X)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box tool (R): drag a box</source>
        <translation>框选工具 (R)：拖动绘制一个框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brush</source>
        <translation>画笔(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush (B): paint onto the selected mask; [ and ] change the size</source>
        <translation>画笔 (B)：在所选掩码上绘制；[ 和 ] 调整大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser (E): paint off the selected mask</source>
        <translation>橡皮擦 (E)：擦除所选掩码的部分区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Polygon</source>
        <translation>多边形(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon (P): click vertices, double-click or Enter to close</source>
        <translation>多边形 (P)：点击添加顶点，双击或按 Enter 闭合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;an</source>
        <translation>平移(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan (V): drag to move; Space+drag or the middle button pan with any tool</source>
        <translation>平移 (V)：拖动以移动；任何工具下都可用 Space+拖动或鼠标中键平移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;vertices</source>
        <translation>编辑顶点(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit vertices (G): the selected mask as polygons; drag a vertex, click an edge to add one, right-click to delete one, Shift+drag to move a ring; Enter applies, Esc drops the edits</source>
        <translation>编辑顶点 (G)：将所选掩码作为多边形编辑；拖动顶点，单击边添加顶点，右键删除顶点，Shift+拖动移动整个环；Enter 应用，Esc 放弃编辑</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bigger brush</source>
        <translation>增大画笔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller brush</source>
        <translation>减小画笔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hover preview</source>
        <translation>悬停预览(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the mask a click would give under the pointer</source>
        <translation>显示在指针处点击将得到的掩码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next item</source>
        <translation>下一项(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next item (D or Page Down)</source>
        <translation>下一项 (D 或 Page Down)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous item</source>
        <translation>上一项(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous item (A or Page Up)</source>
        <translation>上一项 (A 或 Page Up)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose &amp;checkpoint…</source>
        <translation>选择检查点(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose model &amp;config (YAML)…</source>
        <translation>选择模型配置 (YAML)(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download official checkpoints…</source>
        <translation>下载官方检查点(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SAM 2 Studio</source>
        <translation>关于 SAM 2 Studio(&amp;A)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+4"/>
        <source>Brush radius %1 px</source>
        <translation>画笔半径 %1 px</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About SAM 2 Studio</source>
        <translation>关于 SAM 2 Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;SAM 2 Studio %1&lt;/b&gt;&lt;p&gt;Build segmentation datasets from images and videos with Segment Anything 2 (Meta).&lt;/p&gt;</source>
        <translation>&lt;b&gt;SAM 2 Studio %1&lt;/b&gt;&lt;p&gt;使用 Segment Anything 2 (Meta) 从图像和视频构建分割数据集。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;utosave every</source>
        <translation>自动保存间隔(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Give class</source>
        <translation>分配类别(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Timeline shows</source>
        <translation>时间轴显示(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every mask</source>
        <translation>所有掩码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a fix</source>
        <translation>需要修正</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="+90"/>
        <source>&amp;Device</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 GiB</source>
        <translation>，%1 GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU %1: %2%3</source>
        <translation>GPU %1：%2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build of LibTorch has no CUDA, or no GPU is present.</source>
        <translation>此 LibTorch 构建不含 CUDA，或没有 GPU。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no bfloat16 arithmetic (that needs an Ampere or later GPU); float16 is the fast precision there.</source>
        <translation>%1 不支持 bfloat16 运算(需要 Ampere 或更新的 GPU);在该 GPU 上 float16 是快速精度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>float16 is for GPUs without bfloat16; on the CPU use bfloat16 or float32.</source>
        <translation>float16 用于不支持 bfloat16 的 GPU;在 CPU 上请使用 bfloat16 或 float32。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Precision</source>
        <translation>精度(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full (float32)</source>
        <translation>完整 (float32)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fast (bfloat16)</source>
        <translation>快速 (bfloat16)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Needs a CPU with AVX-512: on this CPU bfloat16 would be about 30 times slower than float32.</source>
        <translation>需要支持 AVX-512 的 CPU：在此 CPU 上 bfloat16 比 float32 慢约 30 倍。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This CPU has no native bfloat16: on the CPU this is slower than float32 (it helps on a CUDA GPU).</source>
        <translation>此 CPU 不支持原生 bfloat16：在 CPU 上比 float32 更慢（在 CUDA GPU 上有帮助）。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+7"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vertices</source>
        <translation>顶点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simplification: vertices may be this far from the mask&apos;s border (0: every corner)</source>
        <translation>简化：顶点与掩码边界的最大距离（0：保留每个拐角）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tolerance:</source>
        <translation>容差：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the edited polygons as the mask (Enter)</source>
        <translation>将编辑后的多边形保存为掩码 (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop edits</source>
        <translation>放弃编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the mask as it is (Esc)</source>
        <translation>恢复为当前掩码 (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 vertices, IoU %2 with the mask</source>
        <translation>%1 个顶点，与掩码的 IoU 为 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an object with a mask on this frame</source>
        <translation>请选择在此帧上有掩码的对象</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment everything</source>
        <translation>分割全部</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Review: %n frame(s) left</source>
        <translation>
            <numerusform>审阅：剩余 %n 帧</numerusform>
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
        <translation>1 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 minutes</source>
        <translation>2 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+33"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SAM 2 Studio</source>
        <translation>SAM 2 Studio</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.cpp" line="-216"/>
        <source>Model: %1 on %2, %3</source>
        <translation>模型:%1,运行于 %2,%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1 on %2</source>
        <translation>模型：%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (GPU memory %1 GiB in use)</source>
        <translation>（GPU 内存已用 %1 GiB）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model: loading…</source>
        <translation>模型：加载中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: none</source>
        <translation>模型：无</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CUDA is not available in this build; using the CPU.</source>
        <translation>此构建不支持 CUDA，将使用 CPU。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no GPU %1 on this machine; using the CPU.</source>
        <translation>此计算机上没有 GPU %1；改用 CPU。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This CPU has no AVX-512 for bfloat16; using float32.</source>
        <translation>此 CPU 不支持 bfloat16 所需的 AVX-512；改用 float32。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Using %2.</source>
        <translation>%1 改用 %2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a SAM 2 checkpoint</source>
        <translation>选择 SAM 2 检查点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch checkpoints (*.pt *.pth)</source>
        <translation>PyTorch 检查点 (*.pt *.pth)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a checkpoint first.</source>
        <translation>请先选择一个检查点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the model config</source>
        <translation>选择模型配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAM 2 configs (*.yaml *.yml)</source>
        <translation>SAM 2 配置 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Fast on older GPUs (float16)</source>
        <translation>旧款 GPU 上的快速模式 (float16)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About twice as fast here; masks differ slightly from float32.</source>
        <translation>此处约快一倍;掩码与 float32 略有不同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For GPUs without bfloat16 (before Ampere): about twice as fast there; masks differ slightly from float32.</source>
        <translation>用于不支持 bfloat16 的 GPU(Ampere 之前):在那里约快一倍;掩码与 float32 略有不同。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SAM 2&apos;s own precision: the reference&apos;s masks.</source>
        <translation>SAM 2 自身的精度:与参考实现相同的掩码。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+30"/>
        <source>%1: no images in this folder</source>
        <translation>%1：此文件夹中没有图像</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add media</source>
        <translation>添加媒体</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Some media could not be opened:
%1</source>
        <translation>部分媒体无法打开：
%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open images or videos</source>
        <translation>打开图像或视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.webm);;All files (*)</source>
        <translation>图像和视频 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.webm);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of images</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of video frames</source>
        <translation>打开视频帧文件夹</translation>
    </message>
    <message>
        <location filename="../ui/project_files.cpp" line="+43"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes from %2 that were never saved (the application may have stopped unexpectedly). Recover them?</source>
        <translation>%1 有来自 %2 的未保存更改（应用程序可能意外退出）。是否恢复？</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The project was not saved: %1</source>
        <translation>项目未保存：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unsaved project from %1 was found (the application may have stopped unexpectedly). Recover it?</source>
        <translation>发现一个来自 %1 的未保存项目（应用程序可能意外退出）。是否恢复？</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="+67"/>
        <source>Negative point (click tool)</source>
        <translation>负点（点击工具）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right click or Shift+click</source>
        <translation>右键单击或 Shift+单击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan with any tool</source>
        <translation>任意工具下平移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space+drag or middle drag</source>
        <translation>Space+拖动或中键拖动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom at the pointer</source>
        <translation>在指针处缩放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close polygon / cancel</source>
        <translation>闭合多边形 / 取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter or double-click / Esc</source>
        <translation>Enter 或双击 / Esc</translation>
    </message>
    <message>
        <location filename="../ui/video_ui.cpp" line="+20"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video</source>
        <translation>视频(&amp;V)</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MaskletHistoryDialog</name>
    <message>
        <location filename="../ui/masklet_history_dialog.cpp" line="+16"/>
        <source>Masklet history</source>
        <translation>掩码轨迹历史</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last %1 versions of %2, newest last, compared with its masks now.</source>
        <translation>%2 的最近 %1 个版本（最新的在最后），与其当前掩码比较。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object %1</source>
        <translation>对象 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frames differing</source>
        <translation>不同的帧</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean IoU with now</source>
        <translation>与当前的平均 IoU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show first difference</source>
        <translation>显示第一处差异</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none (current)</source>
        <translation>无（当前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (frames %2-%3)</source>
        <translation>%1（第 %2-%3 帧）</translation>
    </message>
</context>
<context>
    <name>s2s::ui::MediaListPanel</name>
    <message>
        <location filename="../ui/media_list_panel.cpp" line="+25"/>
        <source>Remove from project</source>
        <translation>从项目中移除</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ObjectListPanel</name>
    <message>
        <location filename="../ui/object_list_panel.cpp" line="+39"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Masks accepted of all masks; ✗ counts those flagged for a fix</source>
        <translation>已接受掩码数/全部掩码数；✗ 表示标记为待修正的数量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check box: show or hide. Double-click a name to rename.</source>
        <translation>复选框：显示或隐藏。双击名称可重命名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New object: the next click or stroke starts it (N)</source>
        <translation>新对象：下一次点击或笔画即开始创建 (N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected object (Del)</source>
        <translation>删除所选对象 (Del)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class of the selected object</source>
        <translation>所选对象的类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Object %1</source>
        <translation>对象 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review: %1</source>
        <translation>审阅：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 accepted, %2 need a fix, %3 not reviewed</source>
        <translation>%1 个已接受，%2 个待修正，%3 个未审阅</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no class)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Object colour</source>
        <translation>对象颜色</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ReviewController</name>
    <message numerus="yes">
        <location filename="../ui/review_controller.cpp" line="+56"/>
        <source>Review mode: %n frame(s) to review. Y accepts, X flags for a fix, U goes to the next.</source>
        <translation>
            <numerusform>审阅模式：有 %n 帧待审阅。Y 接受，X 标记为待修正，U 转到下一个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The selected object has no mask on this frame.</source>
        <translation>所选对象在此帧上没有掩码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This frame has no masks to review.</source>
        <translation>此帧没有需要审阅的掩码。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an object first.</source>
        <translation>请先选择一个对象。</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+2"/>
        <source>Every mask has been reviewed.</source>
        <translation>所有掩码均已审阅。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mask is flagged for a fix or has a low score.</source>
        <translation>没有被标记为待修正或得分较低的掩码。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ShortcutMap</name>
    <message>
        <location filename="../ui/shortcut_map.cpp" line="+90"/>
        <source>There is no action named %1.</source>
        <translation>不存在名为 %1 的操作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already the shortcut of “%2”. Give that action another key first.</source>
        <translation>%1 已是“%2”的快捷键。请先为该操作指定其他按键。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="+25"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search actions and keys</source>
        <translation>搜索操作和按键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Assign</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;all</source>
        <translation>全部重置(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New key:</source>
        <translation>新按键：</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Changed; the default is %1</source>
        <translation>已更改；默认值为 %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+15"/>
        <location line="+8"/>
        <source>Choose an action in the list first.</source>
        <translation>请先在列表中选择一个操作。</translation>
    </message>
</context>
<context>
    <name>s2s::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/timeline_widget.cpp" line="+312"/>
        <source>&amp;Play / pause</source>
        <translation>播放 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause the video (K)</source>
        <translation>播放或暂停视频 (K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious frame</source>
        <translation>上一帧(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame (Left or ,)</source>
        <translation>上一帧 (← 或 ,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt frame</source>
        <translation>下一帧(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame (Right or .)</source>
        <translation>下一帧 (→ 或 .)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous &amp;keyframe</source>
        <translation>上一关键帧(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame with a person-made mask (Shift+Left)</source>
        <translation>上一个含人工掩码的帧 (Shift+←)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next k&amp;eyframe</source>
        <translation>下一关键帧(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame with a person-made mask (Shift+Right)</source>
        <translation>下一个含人工掩码的帧 (Shift+→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;problem</source>
        <translation>下一个问题(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame where a tracked mask has low confidence or the object was lost (J)</source>
        <translation>下一个跟踪掩码置信度低或对象丢失的帧 (J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propagate &amp;forward</source>
        <translation>向前传播(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propagate &amp;backward</source>
        <translation>向后传播(&amp;B)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Track forward from this frame: after a correction only the objects changed here, else every prompted object (Ctrl+P)</source>
        <translation>从此帧向前跟踪：修正后只跟踪在此改动的对象，否则跟踪所有有提示的对象（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Track backward from this frame: after a correction only the objects changed here, else every prompted object (Ctrl+Shift+P)</source>
        <translation>从此帧向后跟踪：修正后只跟踪在此改动的对象，否则跟踪所有有提示的对象（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propagate both &amp;ways</source>
        <translation>双向传播(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track forward, then backward from this frame (Ctrl+Alt+P)</source>
        <translation>从此帧先向前再向后跟踪 (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel propagation</source>
        <translation>取消传播(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop tracking before the next frame; computed frames are kept (Ctrl+.)</source>
        <translation>在下一帧之前停止跟踪；已计算的帧会保留 (Ctrl+.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show frames while tracking</source>
        <translation>跟踪时显示帧(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The canvas follows a propagation as frames are computed</source>
        <translation>画布会随着帧的计算跟随传播进度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear object from this frame on</source>
        <translation>清除此帧起的对象(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected object&apos;s masks from this frame to the end (Shift+Del)</source>
        <translation>移除所选对象从此帧到末尾的掩码 (Shift+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;prompts on this frame</source>
        <translation>清除此帧的提示(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected object&apos;s clicks on this frame are dropped; the frame becomes a tracked one (SAM 2&apos;s clear_all_prompts_in_frame)</source>
        <translation>丢弃所选对象在此帧上的点击；该帧成为跟踪帧（SAM 2 的 clear_all_prompts_in_frame）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-track &amp;every object forward</source>
        <translation>向前重新跟踪所有对象(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track every object from this frame to the end, whatever changed</source>
        <translation>无论改动了什么，从此帧到结尾跟踪所有对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masklet &amp;history…</source>
        <translation>掩码轨迹历史(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the selected object&apos;s last versions and restore one (Ctrl+Shift+H)</source>
        <translation>比较所选对象的最近版本并恢复其中之一（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-track only what changed</source>
        <translation>只重新跟踪改动的部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a correction, Propagate tracks only the objects changed on this frame, up to their next keyframe, and stops once %1 frames agree with the stored masks</source>
        <translation>修正后，传播只跟踪在此帧上改动的对象，直到其下一个关键帧，并在连续 %1 帧与已存掩码一致时停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep corrections as keyframes</source>
        <translation>将修正保留为关键帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click on a tracked frame becomes a conditioning frame that later propagations keep (add_all_frames_to_correct_as_cond)</source>
        <translation>在跟踪帧上的点击成为条件帧，之后的传播会保留它（add_all_frames_to_correct_as_cond）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop tracked memory around corrections</source>
        <translation>丢弃修正附近的跟踪记忆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracked frames near a correction leave the object&apos;s memory, so they do not pull it back (clear_non_cond_mem_around_input)</source>
        <translation>修正附近的跟踪帧离开对象记忆，使其不会把结果拉回（clear_non_cond_mem_around_input）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…also with several objects</source>
        <translation>……多个对象时也适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear that memory per object when the video has several objects (clear_non_cond_mem_for_multi_obj); off: only with a single object, as SAM 2&apos;s legacy predictor</source>
        <translation>视频有多个对象时也按对象清除该记忆（clear_non_cond_mem_for_multi_obj）；关闭：仅在只有一个对象时清除，如 SAM 2 的旧版预测器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One object per pixel</source>
        <translation>每个像素一个对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where objects overlap, only the most confident keeps the pixel (non_overlap_masks)</source>
        <translation>对象重叠处，只有置信度最高的对象保留该像素（non_overlap_masks）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select an object to see its masklet history.</source>
        <translation>选择一个对象以查看其掩码轨迹历史。</translation>
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
        <translation>下一个问题</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forward</source>
        <translation>向前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>向后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both ways</source>
        <translation>双向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole video</source>
        <translation>整个视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next N frames</source>
        <translation>后续 N 帧</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Propagate</source>
        <translation>传播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track every prompted object from this frame (Ctrl+P forward)</source>
        <translation>从此帧跟踪所有已提示的对象（Ctrl+P 向前）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v / %m frames</source>
        <translation>%v / %m 帧</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>❚❚</source>
        <translation>❚❚</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Frame %1 / %2</source>
        <translation>帧 %1 / %2</translation>
    </message>
</context>
<context>
    <name>s2s::ui::TimelineView</name>
    <message>
        <location line="-402"/>
        <source>Open a video or a frame folder to see its timeline.</source>
        <translation>打开视频或帧文件夹以查看其时间轴。</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+41"/>
        <location line="+53"/>
        <source>Object %1</source>
        <translation>对象 %1</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>tracked as absent</source>
        <translation>跟踪为不存在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no mask</source>
        <translation>无掩码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracked</source>
        <translation>已跟踪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected by hand</source>
        <translation>手动修正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>prompted (%n point(s))</source>
        <translation>
            <numerusform>已提示（%n 个点）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, box</source>
        <translation>，框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame %1 · %2: %3</source>
        <translation>帧 %1 · %2：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Predicted IoU %1, presence score %2</source>
        <translation>
预测 IoU %1，存在得分 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Predicted IoU %1</source>
        <translation>
预测 IoU %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Accepted by %1 (%2)</source>
        <translation>
由 %1 接受 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>
Flagged for a fix by %1 (%2)</source>
        <translation>
由 %1 标记为待修正 (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select %1</source>
        <translation>选择 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 from frame %2 on</source>
        <translation>清除第 %2 帧起的 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the whole video</source>
        <translation>从整个视频中删除 %1</translation>
    </message>
</context>
<context>
    <name>s2s::ui::VideoController</name>
    <message>
        <location filename="../ui/video_controller.cpp" line="+190"/>
        <source>No keyframe after this frame.</source>
        <translation>此帧之后没有关键帧。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keyframe before this frame.</source>
        <translation>此帧之前没有关键帧。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No frame with a low-confidence or lost mask.</source>
        <translation>没有掩码置信度低或丢失的帧。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Load a SAM 2 checkpoint first (Model menu).</source>
        <translation>请先加载 SAM 2 检查点（“模型”菜单）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a video or a frame folder to track objects.</source>
        <translation>打开视频或帧文件夹以跟踪对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A propagation is already running.</source>
        <translation>传播已在进行中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the last prompt&apos;s mask, then propagate.</source>
        <translation>请等待上一个提示的掩码生成后再传播。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to track: click on an object first.</source>
        <translation>没有可跟踪的内容：请先点击一个对象。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tracking…</source>
        <translation>正在跟踪…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Clear masks from frame %1 on</source>
        <translation>清除从第 %1 帧起的掩码</translation>
    </message>
</context>
</TS>
