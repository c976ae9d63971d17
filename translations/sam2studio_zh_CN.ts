<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../ui/model_files.cpp" line="+44"/>
        <source>No SAM 2 checkpoint is loaded, so clicks and boxes cannot segment yet (brush, eraser and polygon work). Get one of the official files %1 (tiny is the quickest) from https://dl.fbaipublicfiles.com/segment_anything_2/092824/ and put it in %2, or choose any SAM 2 checkpoint with Model ▸ Choose checkpoint. Model ▸ Download checkpoints fetches them for you.</source>
        <translation>尚未加载 SAM 2 检查点，因此点击和框选还无法分割（画笔、橡皮擦和多边形可以使用）。请从 https://dl.fbaipublicfiles.com/segment_anything_2/092824/ 获取官方文件 %1 之一（tiny 最快）并放入 %2，或通过“模型 ▸ 选择检查点”选择任意 SAM 2 检查点。“模型 ▸ 下载检查点”可以为您自动下载。</translation>
    </message>
</context>
<context>
    <name>s2s::AddClassCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+90"/>
        <source>Add class %1</source>
        <translation>添加类别 %1</translation>
    </message>
</context>
<context>
    <name>s2s::AddMediaCommand</name>
    <message>
        <location line="-59"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
</context>
<context>
    <name>s2s::AddObjectCommand</name>
    <message>
        <location line="+122"/>
        <source>Add object</source>
        <translation>添加对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add object %1</source>
        <translation>添加对象 %1</translation>
    </message>
</context>
<context>
    <name>s2s::Autosave</name>
    <message>
        <location filename="../annotation/autosave.cpp" line="+59"/>
        <source>Autosave failed: cannot create the folder %1.</source>
        <translation>自动保存失败：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
</context>
<context>
    <name>s2s::ClearMasksCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="+110"/>
        <source>Clear masks from frame %1 on</source>
        <translation>清除从第 %1 帧起的掩码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear masks of frames %1-%2</source>
        <translation>清除第 %1–%2 帧的掩码</translation>
    </message>
</context>
<context>
    <name>s2s::EditClassCommand</name>
    <message>
        <location line="-158"/>
        <source>Edit class %1</source>
        <translation>编辑类别 %1</translation>
    </message>
</context>
<context>
    <name>s2s::EditObjectCommand</name>
    <message>
        <location line="+59"/>
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
</context>
<context>
    <name>s2s::InferenceWorker</name>
    <message>
        <location filename="../annotation/worker/inference_worker.cpp" line="+160"/>
        <source>Internal error: the model was asked to load on the GUI thread.</source>
        <translation>内部错误：在 GUI 线程中请求加载模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading model %1…</source>
        <translation>正在加载模型 %1…</translation>
    </message>
    <message>
        <location line="+38"/>
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
    <name>s2s::RemoveClassCommand</name>
    <message>
        <location filename="../annotation/commands.cpp" line="-40"/>
        <source>Remove class %1</source>
        <translation>移除类别 %1</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveMediaCommand</name>
    <message>
        <location line="-86"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>s2s::RemoveObjectCommand</name>
    <message>
        <location line="+158"/>
        <source>Delete object %1</source>
        <translation>删除对象 %1</translation>
    </message>
</context>
<context>
    <name>s2s::SetMaskCommand</name>
    <message>
        <location line="+17"/>
        <source>Set mask on frame %1</source>
        <translation>设置第 %1 帧的掩码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase mask on frame %1</source>
        <translation>擦除第 %1 帧的掩码</translation>
    </message>
</context>
<context>
    <name>s2s::SetMasksCommand</name>
    <message>
        <location line="+17"/>
        <source>Set %1 masks</source>
        <translation>设置 %1 个掩码</translation>
    </message>
</context>
<context>
    <name>s2s::UpdateMediaCommand</name>
    <message>
        <location line="-177"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
</context>
<context>
    <name>s2s::ui::Annotator</name>
    <message>
        <location filename="../ui/annotator.cpp" line="+93"/>
        <source>Cannot show %1: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation>模型仍在加载中，请稍后再试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SAM 2 model is loaded: choose a checkpoint in Model ▸ Choose checkpoint. Brush, eraser and polygon work without one.</source>
        <translation>未加载 SAM 2 模型：请在“模型 ▸ 选择检查点”中选择一个检查点。画笔、橡皮擦和多边形无需模型即可使用。</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+150"/>
        <source>Add object</source>
        <translation>添加对象</translation>
    </message>
    <message>
        <location line="-137"/>
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
        <location line="+26"/>
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
        <source>Could not edit the mask: %1</source>
        <translation>无法编辑掩码：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+57"/>
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
        <location filename="../ui/object_list_panel.cpp" line="+38"/>
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
        <location line="+5"/>
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
        <location line="+72"/>
        <source>Object %1</source>
        <translation>对象 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no class)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Object colour</source>
        <translation>对象颜色</translation>
    </message>
</context>
</TS>
